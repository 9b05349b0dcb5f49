import { GraphQLJSONObject, GraphQLLocalDate } from 'graphql-scalars';
import {
  ArrayMaxSize,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { EmailInput, PhoneInput } from '../../common/channel-inputs';
import { SortDirection } from '../../common/sort-direction';
import { IsTimeZone } from '../../common/time-zones';
import { type Company, ContractType } from './company.entity';

/** numeric(16,2): anything larger overflows the column. */
export const MAX_CONTRACT_AMOUNT = 99_999_999_999_999.99;
export const MAX_CHANNELS = 50;

/** The fields create and update share; every one optional, so omitted fields stay as they are on update. */
@InputType()
abstract class CompanyFieldsInput implements Partial<Company> {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'legalName must be at most 500 characters' })
  legalName?: string | null;

  @Field(() => [String], { nullable: true, description: 'INNs, 10 or 12 digits each, checksum-validated; the first is the main one' })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'inns may list at most 10 INNs' })
  inns?: string[];

  @Field(() => String, { nullable: true, description: '9 characters: 4 digits, 2 digits or capital Latin letters, 3 digits' })
  @IsOptional()
  kpp?: string | null;

  @Field(() => String, { nullable: true, description: 'OGRN (13 digits) or OGRNIP (15 digits)' })
  @IsOptional()
  ogrn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000, { message: 'address must be at most 1000 characters' })
  address?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  regionId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, { message: 'website must be at most 300 characters' })
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'activityKind must be at most 500 characters' })
  activityKind?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'employeeCount must not be negative' })
  employeeCount?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'workingHours must be at most 200 characters' })
  workingHours?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Asia/Yekaterinburg' })
  @IsOptional()
  @IsTimeZone({ message: 'timeZone must be an IANA time zone such as Asia/Yekaterinburg' })
  timeZone?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  statusId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the spheres when given' })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'sphereIds may list at most 50 spheres' })
  sphereIds?: string[];

  @Field(() => ID, { nullable: true, description: 'Defaults to the current user on create' })
  @IsOptional()
  responsibleId?: string;

  @Field(() => ID, { nullable: true, description: "Defaults to the responsible user's branch" })
  @IsOptional()
  branchId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The head company of a holding; never the company itself or one of its subsidiaries' })
  @IsOptional()
  headCompanyId?: string | null;

  @Field(() => ContractType, { nullable: true })
  @IsOptional()
  contractType?: ContractType | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @IsOptional()
  contractEndDate?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'contractAmount must not be negative' })
  @Max(MAX_CONTRACT_AMOUNT, { message: 'contractAmount is too large' })
  contractAmount?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  isColdCall?: boolean;

  @Field(() => String, { nullable: true, description: 'Where the record came from, e.g. AMOCRM' })
  @IsOptional()
  @MaxLength(40, { message: 'source must be at most 40 characters' })
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'The id in the source system; unique per source' })
  @IsOptional()
  @MaxLength(100, { message: 'externalId must be at most 100 characters' })
  externalId?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Free JSON object, at most 16 KB' })
  @IsOptional()
  customFields?: Record<string, unknown>;

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
export class CreateCompanyInput extends CompanyFieldsInput {
  @Field()
  @Matches(/\S/, { message: 'name must not be empty' })
  @MaxLength(300, { message: 'name must be at most 300 characters' })
  name: string;
}

@InputType()
export class UpdateCompanyInput extends CompanyFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/\S/, { message: 'name must not be empty' })
  @MaxLength(300, { message: 'name must be at most 300 characters' })
  name?: string;
}

@InputType()
export class CompanyFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'What searchCompanies finds (words of the name, legal name, address or contact names, INN/KPP/OGRN, phones, e-mails); ' +
      'ordered by relevance unless orderBy is given; fewer than 2 characters filter nothing; at most 100',
  })
  @IsOptional()
  @MaxLength(100, { message: 'search must be at most 100 characters' })
  search?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  responsibleId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  branchId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  statusId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  sphereId?: string | null;

  @Field(() => ContractType, { nullable: true })
  @IsOptional()
  contractType?: ContractType | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  isColdCall?: boolean | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  regionId?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Contracts ending on or before this date' })
  @IsOptional()
  contractEndsBefore?: string | null;
}

export enum CompanyOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  LAST_ACTIVITY_AT = 'LAST_ACTIVITY_AT',
  CONTRACT_END_DATE = 'CONTRACT_END_DATE',
}
registerEnumType(CompanyOrderField, {
  name: 'CompanyOrderField',
  valuesConfig: { CONTRACT_END_DATE: { description: 'Companies without a contract end date come last in ASC' } },
});

@InputType({ description: 'Sort order of companies; UPDATED_AT DESC unless given' })
export class CompanyOrder {
  @Field(() => CompanyOrderField)
  field: CompanyOrderField;

  @Field(() => SortDirection)
  direction: SortDirection;
}
