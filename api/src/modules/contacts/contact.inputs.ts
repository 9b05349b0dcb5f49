import { ArrayMaxSize, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { EmailInput, PhoneInput } from '../../common/channel-inputs';
import { MAX_CHANNELS } from '../companies/company.inputs';
import type { Contact } from './contact.entity';

const MAX_NOTE = 10_000;

@InputType()
abstract class ContactFieldsInput implements Partial<Contact> {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: 'lastName must be at most 100 characters' })
  lastName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: 'middleName must be at most 100 characters' })
  middleName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'position must be at most 200 characters' })
  position?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MAX_NOTE, { message: `note must be at most ${MAX_NOTE} characters` })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the record came from, e.g. AMOCRM' })
  @IsOptional()
  @MaxLength(40, { message: 'source must be at most 40 characters' })
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'The id in the source system; unique per source' })
  @IsOptional()
  @MaxLength(100, { message: 'externalId must be at most 100 characters' })
  externalId?: string | null;

  @Field(() => [PhoneInput], { nullable: true, description: 'Replaces the phones when given' })
  @IsOptional()
  @ArrayMaxSize(MAX_CHANNELS, { message: `phones may list at most ${MAX_CHANNELS} numbers` })
  @ValidateNested({ each: true })
  phones?: PhoneInput[];

  @Field(() => [EmailInput], { nullable: true, description: 'Replaces the e-mails when given' })
  @IsOptional()
  @ArrayMaxSize(MAX_CHANNELS, { message: `emails may list at most ${MAX_CHANNELS} addresses` })
  @ValidateNested({ each: true })
  emails?: EmailInput[];
}

@InputType()
export class CreateContactInput extends ContactFieldsInput {
  @Field(() => ID)
  companyId: string;

  @Field()
  @Matches(/\S/, { message: 'firstName must not be empty' })
  @MaxLength(100, { message: 'firstName must be at most 100 characters' })
  firstName: string;
}

@InputType()
export class UpdateContactInput extends ContactFieldsInput {
  @Field(() => ID, { nullable: true, description: 'Moves the contact to another company (you must be able to edit both)' })
  @IsOptional()
  companyId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/\S/, { message: 'firstName must not be empty' })
  @MaxLength(100, { message: 'firstName must be at most 100 characters' })
  firstName?: string;
}

@InputType()
export class ContactFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  companyId?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name or position, an e-mail part, or phone digits (5+)' })
  @IsOptional()
  @MaxLength(200, { message: 'search must be at most 200 characters' })
  search?: string | null;
}
