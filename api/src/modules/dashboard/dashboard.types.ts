import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { AuditEvent } from '../audit/audit-event.entity';
import { CallOutcome } from '../calls/call.entity';
import { Company } from '../companies/company.entity';
import { Task } from '../tasks/task.entity';

export const DASHBOARD_LIST_SIZE = 10;
export const RECENT_ACTIVITY_SIZE = 20;

@ObjectType({ description: `How many, and the first ${DASHBOARD_LIST_SIZE} (soonest due first)` })
export class DashboardTaskList {
  @Field(() => Int)
  count: number;

  @Field(() => [Task])
  items: Task[];
}

@ObjectType({ description: "The signed-in user's open tasks by the calendar days of his time zone" })
export class DashboardTasks {
  @Field(() => DashboardTaskList, { description: 'Open tasks not started yet (status NEW)' })
  new: DashboardTaskList;

  @Field(() => DashboardTaskList, { description: 'Due today, including those already past due today' })
  dueToday: DashboardTaskList;

  @Field(() => DashboardTaskList, { description: 'Open and past due' })
  overdue: DashboardTaskList;

  @Field(() => DashboardTaskList, { description: 'Due in the seven days after today' })
  next7Days: DashboardTaskList;
}

@ObjectType({ description: `Companies of the signed-in user whose contract ends within 30 days: how many, and the first ${DASHBOARD_LIST_SIZE}` })
export class DashboardContracts {
  @Field(() => Int)
  count: number;

  @Field(() => [Company], { description: 'Soonest ending first' })
  items: Company[];
}

@ObjectType({ description: "The signed-in user's cold calls by the calendar days of his time zone" })
export class DashboardColdCalls {
  @Field(() => Int)
  today: number;

  @Field(() => Int, { description: 'Since the first day of this month' })
  thisMonth: number;

  @Field(() => Int, { description: 'Today and the six days before it' })
  last7Days: number;
}

@ObjectType()
export class CallOutcomeCount {
  @Field(() => CallOutcome)
  outcome: CallOutcome;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: "The signed-in user's day at a glance; re-query it when a relevant subscription event arrives" })
export class Dashboard {
  @Field({ description: "The user's time zone, whose calendar days the numbers use" })
  timeZone: string;

  @Field(() => GraphQLLocalDate)
  today: string;

  @Field(() => DashboardTasks)
  tasks: DashboardTasks;

  @Field(() => DashboardContracts)
  contractsEnding: DashboardContracts;

  @Field(() => DashboardColdCalls)
  coldCalls: DashboardColdCalls;

  @Field(() => [CallOutcomeCount], { description: "Today's calls by outcome, every outcome listed (zeros included)" })
  callsToday: CallOutcomeCount[];

  @Field(() => [AuditEvent], { description: `The latest ${RECENT_ACTIVITY_SIZE} changes in the last 30 days on companies the user is responsible for` })
  recentActivity: AuditEvent[];
}
