import { IsEmail, IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsTimeZone } from '../../common/time-zones';
import { Locale, Role, type User } from './user.entity';

@InputType()
export class CreateUserInput implements Partial<User> {
  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @Field()
  @MinLength(2, { message: 'fullName must be at least 2 characters' })
  @MaxLength(200, { message: 'fullName must be at most 200 characters' })
  fullName: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  branchId?: string | null;

  @Field(() => Locale, { nullable: true })
  @IsOptional()
  locale?: Locale;

  @Field({ nullable: true })
  @IsOptional()
  @IsTimeZone({ message: 'timeZone must be an IANA time zone such as Europe/Moscow' })
  timeZone?: string;

  @Field({ nullable: true, description: 'Initial password; leave empty and send a magic link instead' })
  @IsOptional()
  @MinLength(8, { message: 'password must be at least 8 characters' })
  @MaxLength(200)
  password?: string;
}

@InputType()
export class UpdateUserInput implements Partial<User> {
  @Field({ nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MinLength(2, { message: 'fullName must be at least 2 characters' })
  @MaxLength(200, { message: 'fullName must be at most 200 characters' })
  fullName?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  role?: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  branchId?: string | null;

  @Field(() => Locale, { nullable: true })
  @IsOptional()
  locale?: Locale;

  @Field({ nullable: true })
  @IsOptional()
  @IsTimeZone({ message: 'timeZone must be an IANA time zone such as Europe/Moscow' })
  timeZone?: string;

  @Field({ nullable: true })
  @IsOptional()
  isActive?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  emailSignature?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @MinLength(8, { message: 'password must be at least 8 characters' })
  @MaxLength(200)
  password?: string;
}

@InputType({ description: 'What a user may change about himself' })
export class UpdateMyProfileInput implements Partial<User> {
  @Field({ nullable: true })
  @IsOptional()
  @MinLength(2, { message: 'fullName must be at least 2 characters' })
  @MaxLength(200, { message: 'fullName must be at most 200 characters' })
  fullName?: string;

  @Field(() => Locale, { nullable: true })
  @IsOptional()
  locale?: Locale;

  @Field({ nullable: true })
  @IsOptional()
  @IsTimeZone({ message: 'timeZone must be an IANA time zone such as Europe/Moscow' })
  timeZone?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  emailSignature?: string | null;
}

@InputType()
export class UserFilter {
  @Field({ nullable: true, description: 'Part of the name or e-mail' })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  role?: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  branchId?: string;

  @Field({ nullable: true })
  @IsOptional()
  isActive?: boolean;
}
