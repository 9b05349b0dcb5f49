import { IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { IsTimeZone } from '../../common/time-zones';
import type { Branch } from './branch.entity';

@InputType()
export class BranchInput implements Partial<Branch> {
  @Field()
  @Matches(/^[A-Za-z0-9_-]{2,16}$/, { message: 'code must be 2–16 latin letters, digits, - or _' })
  code: string;

  @Field()
  @MinLength(2, { message: 'name must be at least 2 characters' })
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsTimeZone({ message: 'timeZone must be an IANA time zone such as Asia/Yekaterinburg' })
  timeZone?: string;
}
