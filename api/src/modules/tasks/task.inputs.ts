import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../common/sort-direction';
import { type Task, TaskStatus } from './task.entity';

export const TASK_TEXT_MAX = 20_000;
const TITLE_MESSAGE = 'title must be 1–300 characters';
const DESCRIPTION_MESSAGE = `description must be at most ${TASK_TEXT_MAX} characters`;
const RRULE_DESCRIPTION = 'iCal RRULE, e.g. FREQ=WEEKLY;BYDAY=MO; a recurring task needs dueAt';

export enum TaskOrderField {
  DUE_AT = 'DUE_AT',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(TaskOrderField, { name: 'TaskOrderField', valuesConfig: { DUE_AT: { description: 'Tasks without a due date last' } } });

@InputType()
export class TaskOrder {
  @Field(() => TaskOrderField)
  field: TaskOrderField;

  @Field(() => SortDirection, { nullable: true, defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

@InputType()
export class TaskFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  assigneeId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  creatorId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  companyId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  contactId?: string;

  @Field(() => [TaskStatus], { nullable: true, description: 'Any of these statuses' })
  @IsOptional()
  status?: TaskStatus[];

  @Field(() => Date, { nullable: true, description: 'Due at or after this moment' })
  @IsOptional()
  dueFrom?: Date;

  @Field(() => Date, { nullable: true, description: 'Due before this moment' })
  @IsOptional()
  dueTo?: Date;

  @Field({ nullable: true, description: 'true: open and past due; false: everything else' })
  @IsOptional()
  overdue?: boolean;

  @Field({ nullable: true, description: 'true: assigned to me; false: assigned to someone else' })
  @IsOptional()
  mine?: boolean;

  @Field({ nullable: true, description: 'Part of the title' })
  @IsOptional()
  @MaxLength(100, { message: 'search must be at most 100 characters' })
  search?: string;
}

@InputType()
export class CreateTaskInput implements Partial<Task> {
  @Field()
  @MinLength(1, { message: TITLE_MESSAGE })
  @MaxLength(300, { message: TITLE_MESSAGE })
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TASK_TEXT_MAX, { message: DESCRIPTION_MESSAGE })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  typeId?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  dueAt?: Date | null;

  @Field({ nullable: true })
  @IsOptional()
  isUrgent?: boolean;

  @Field(() => ID, { nullable: true, description: 'Defaults to the signed-in user' })
  @IsOptional()
  assigneeId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  companyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A contact of the company; sets the company when companyId is omitted' })
  @IsOptional()
  contactId?: string | null;

  @Field(() => String, { nullable: true, description: RRULE_DESCRIPTION })
  @IsOptional()
  rrule?: string | null;
}

@InputType({ description: 'Omitted fields stay as they are; null clears an optional one' })
export class UpdateTaskInput implements Partial<Task> {
  @Field({ nullable: true })
  @IsOptional()
  @MinLength(1, { message: TITLE_MESSAGE })
  @MaxLength(300, { message: TITLE_MESSAGE })
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TASK_TEXT_MAX, { message: DESCRIPTION_MESSAGE })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  typeId?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  dueAt?: Date | null;

  @Field({ nullable: true })
  @IsOptional()
  isUrgent?: boolean;

  @Field(() => TaskStatus, { nullable: true, description: 'NEW or IN_PROGRESS; use completeTask / cancelTask / reopenTask to close or reopen' })
  @IsOptional()
  status?: TaskStatus;

  @Field(() => ID, { nullable: true, description: 'Reassign; the same rules as on creation apply' })
  @IsOptional()
  assigneeId?: string;

  @Field(() => ID, { nullable: true, description: 'Changing the company drops a contact of the old one unless contactId is given' })
  @IsOptional()
  companyId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  contactId?: string | null;

  @Field(() => String, { nullable: true, description: RRULE_DESCRIPTION })
  @IsOptional()
  rrule?: string | null;
}
