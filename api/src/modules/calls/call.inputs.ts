import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CallDirection, CallOutcome } from './call.entity';

/**
 * One call as the phone reports it. Checked by `checkCallResult` (call-result.ts) rather than by decorators, so
 * that an error inside a batch names its item: `inputs.3.durationSeconds`.
 */
@InputType({ description: 'A call the phone made or received; `clientId` makes a repeated report harmless' })
export class CallResultInput {
  @Field({ description: "The phone's own id for this call (1–100 of A–Z a–z 0–9 _ . : -), unique per user" })
  clientId: string;

  @Field(() => ID, { nullable: true, description: 'The call request this call answers (click-to-call)' })
  callRequestId?: string | null;

  @Field(() => ID, { nullable: true, description: "The app's device id (as in registerDevice)" })
  deviceId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Omitted: taken from the call request, or from the phone number when one company has it' })
  companyId?: string | null;

  @Field(() => ID, { nullable: true })
  contactId?: string | null;

  @Field({ description: 'The number dialled or calling, as the phone shows it' })
  phone: string;

  @Field(() => CallDirection)
  direction: CallDirection;

  @Field(() => CallOutcome)
  outcome: CallOutcome;

  @Field()
  startedAt: Date;

  @Field(() => Int, { description: 'Talk time in seconds, 0–86400' })
  durationSeconds: number;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  isColdCall?: boolean | null;

  @Field(() => String, { nullable: true, description: 'At most 2000 characters' })
  note?: string | null;
}

@InputType()
export class CallFilter {
  @Field(() => ID, { nullable: true, description: "A user's calls (leadership: within its branch)" })
  userId?: string | null;

  @Field(() => ID, { nullable: true })
  companyId?: string | null;

  @Field(() => ID, { nullable: true })
  contactId?: string | null;

  @Field(() => CallDirection, { nullable: true })
  direction?: CallDirection | null;

  @Field(() => CallOutcome, { nullable: true })
  outcome?: CallOutcome | null;
}

@ObjectType({ description: 'A one-time phone sign-in code; the web shows `qrPayload` as a QR code' })
export class PhoneLoginToken {
  @Field({ description: 'The one-time secret (the phone passes it to exchangePhoneLoginToken)' })
  token: string;

  @Field()
  expiresAt: Date;

  @Field({ description: 'What the QR code encodes: `<web origin>/phone-login#token=<token>`' })
  qrPayload: string;

  @Field({ description: 'The same link, for a phone that opens it instead of scanning' })
  url: string;
}
