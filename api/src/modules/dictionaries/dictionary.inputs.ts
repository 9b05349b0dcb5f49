import { IsInt, IsOptional, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import type { CompanyStatus, TaskType } from './dictionary.entity';

const COLOR = /^#[0-9a-fA-F]{6}$/;
const COLOR_MESSAGE = 'color must be a colour like #2f80ed';
const ICON = /^[a-z0-9-]{1,40}$/;
const ICON_MESSAGE = 'icon must be an icon name of up to 40 lowercase latin letters, digits or -';

@InputType({ description: 'A company status or a sphere' })
export class DictionaryEntryInput implements Partial<CompanyStatus> {
  @Field({ description: 'Unique regardless of case' })
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(100, { message: 'name must be at most 100 characters' })
  name: string;

  @Field(() => String, { nullable: true, description: 'CSS colour #rrggbb' })
  @IsOptional()
  @Matches(COLOR, { message: COLOR_MESSAGE })
  color?: string | null;

  @Field(() => Int, { nullable: true, description: 'Position in lists; new entries go last by default' })
  @IsOptional()
  @IsInt({ message: 'sortOrder must be a whole number' })
  @Min(0, { message: 'sortOrder must be between 0 and 10000' })
  @Max(10_000, { message: 'sortOrder must be between 0 and 10000' })
  sortOrder?: number;

  @Field({ nullable: true, description: 'Inactive entries stay on existing records but are not offered for new ones' })
  @IsOptional()
  isActive?: boolean;
}

@InputType({ description: 'Changes to a company status or a sphere; omitted fields stay as they are' })
export class UpdateDictionaryEntryInput implements Partial<CompanyStatus> {
  @Field({ nullable: true })
  @IsOptional()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(100, { message: 'name must be at most 100 characters' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'CSS colour #rrggbb; null removes it' })
  @IsOptional()
  @Matches(COLOR, { message: COLOR_MESSAGE })
  color?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'sortOrder must be a whole number' })
  @Min(0, { message: 'sortOrder must be between 0 and 10000' })
  @Max(10_000, { message: 'sortOrder must be between 0 and 10000' })
  sortOrder?: number;

  @Field({ nullable: true })
  @IsOptional()
  isActive?: boolean;
}

@InputType()
export class TaskTypeInput extends DictionaryEntryInput implements Partial<TaskType> {
  @Field(() => String, { nullable: true, description: 'Icon name from the web app\'s icon set, e.g. phone' })
  @IsOptional()
  @Matches(ICON, { message: ICON_MESSAGE })
  icon?: string | null;
}

@InputType()
export class UpdateTaskTypeInput extends UpdateDictionaryEntryInput implements Partial<TaskType> {
  @Field(() => String, { nullable: true, description: 'null removes the icon' })
  @IsOptional()
  @Matches(ICON, { message: ICON_MESSAGE })
  icon?: string | null;
}
