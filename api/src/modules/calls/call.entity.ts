import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';

export enum CallRequestStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  DIALING = 'DIALING',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(CallRequestStatus, {
  name: 'CallRequestStatus',
  description: 'PENDING → DELIVERED (pushed or polled) → DIALING (claimed by one device) → COMPLETED; or CANCELLED / EXPIRED',
});

export enum CallDirection {
  OUTGOING = 'OUTGOING',
  INCOMING = 'INCOMING',
  MISSED = 'MISSED',
}
registerEnumType(CallDirection, { name: 'CallDirection' });

export enum CallOutcome {
  CONNECTED = 'CONNECTED',
  NO_ANSWER = 'NO_ANSWER',
  BUSY = 'BUSY',
  REJECTED = 'REJECTED',
  FAILED = 'FAILED',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(CallOutcome, { name: 'CallOutcome' });

export enum CallSource {
  CLICK_TO_CALL = 'CLICK_TO_CALL',
  PHONE = 'PHONE',
}
registerEnumType(CallSource, {
  name: 'CallSource',
  description: 'CLICK_TO_CALL: dialled from a call request sent by the web app; PHONE: dialled or received on the phone itself',
});

@ObjectType({ description: "A phone a user signed in on (the Android app); `deviceId` is the app's own identifier" })
@Entity('phone_devices')
export class PhoneDevice extends BaseEntity {
  @Column({ type: 'uuid' })
  userId: string;

  @Field(() => ID, { description: "The app's own device identifier (unique per user)" })
  @Column({ type: 'varchar' })
  deviceId: string;

  @Field()
  @Column({ type: 'varchar' })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  appVersion: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastSeenAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastPollAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastErrorAt: Date | null;
}

@ObjectType({ description: "A click-to-call command: dial `phone` on the target user's phone" })
@Entity('call_requests')
export class CallRequest extends BaseEntity {
  @Column({ type: 'uuid' })
  requesterId: string;

  @Column({ type: 'uuid' })
  targetUserId: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  companyId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  contactId: string | null;

  @Field({ description: 'The number as the user saw it' })
  @Column({ type: 'varchar' })
  phone: string;

  @Field({ description: 'The number to dial, E.164' })
  @Column({ type: 'varchar' })
  phoneE164: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  note: string | null;

  @Field(() => CallRequestStatus)
  @Column({ type: 'varchar' })
  status: CallRequestStatus;

  /** The phone_devices row of the device that claimed it. */
  @Column({ type: 'uuid', nullable: true })
  deviceId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Field()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}

@ObjectType({ description: 'One entry of the call log, as the phone reported it. Kept for good.' })
@Entity('calls')
export class Call extends BaseEntity {
  @Field({ description: "The phone's own id for this call: a repeated report with the same clientId changes nothing" })
  @Column({ type: 'varchar' })
  clientId: string;

  @Column({ type: 'uuid' })
  userId: string;

  /** The user's branch when the call was made: analytics group by it. */
  @Column({ type: 'uuid', nullable: true })
  branchId: string | null;

  /** The phone_devices row that reported it. */
  @Column({ type: 'uuid', nullable: true })
  deviceId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  callRequestId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  companyId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  contactId: string | null;

  @Field()
  @Column({ type: 'varchar' })
  phone: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  phoneE164: string | null;

  @Field(() => CallDirection)
  @Column({ type: 'varchar' })
  direction: CallDirection;

  @Field(() => CallOutcome)
  @Column({ type: 'varchar' })
  outcome: CallOutcome;

  @Field(() => CallSource)
  @Column({ type: 'varchar' })
  source: CallSource;

  @Field()
  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Field(() => Int)
  @Column({ type: 'integer' })
  durationSeconds: number;

  @Field()
  @Column({ type: 'boolean' })
  isColdCall: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  note: string | null;
}
