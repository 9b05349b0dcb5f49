import { IsEmail, IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { EmailType, PhoneType } from './contact-channels';

/** A phone of a company or a contact as the user typed it; the service normalises it to E.164. */
@InputType()
export class PhoneInput {
  @Field({ description: 'The number in any common format: "+7 (912) 345-67-89", "8 343 123-45-67 доб. 12"' })
  value: string;

  @Field(() => PhoneType, { nullable: true, description: 'WORK unless given' })
  @IsOptional()
  type?: PhoneType | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, { message: 'comment must be at most 300 characters' })
  comment?: string | null;

  @Field(() => String, { nullable: true, description: 'Extension digits; overrides one written in the value ("доб. 12")' })
  @IsOptional()
  @Matches(/^\d{1,10}$/, { message: 'extension must be 1–10 digits' })
  extension?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  isColdCall?: boolean | null;
}

@InputType()
export class EmailInput {
  @Field()
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  @IsEmail({}, { message: 'email must be an e-mail address such as name@example.ru' })
  email: string;

  @Field(() => EmailType, { nullable: true, description: 'WORK unless given' })
  @IsOptional()
  type?: EmailType | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, { message: 'comment must be at most 300 characters' })
  comment?: string | null;
}
