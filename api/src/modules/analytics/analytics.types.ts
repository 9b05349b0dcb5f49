import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum AnalyticsGranularity {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(AnalyticsGranularity, {
  name: 'AnalyticsGranularity',
  description: 'Length of a period; weeks start on Monday, and the first and last periods hold only days inside the range',
});

export enum AnalyticsGroupBy {
  MANAGER = 'MANAGER',
  BRANCH = 'BRANCH',
}
registerEnumType(AnalyticsGroupBy, {
  name: 'AnalyticsGroupBy',
  description: "MANAGER: per user; BRANCH: calls by the branch the caller was in when calling, tasks by the assignee's current branch",
});

@InputType({ description: 'A range of local calendar days in one time zone, what to group by and whose numbers to include' })
export class AnalyticsFilter {
  @Field(() => GraphQLLocalDate, { description: 'First day, inclusive' })
  from: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day, inclusive; at most 3 years after `from` (1 year for DAY)' })
  to: string;

  @Field(() => AnalyticsGranularity, { nullable: true, defaultValue: AnalyticsGranularity.DAY })
  granularity?: AnalyticsGranularity;

  @Field(() => AnalyticsGroupBy, { nullable: true, defaultValue: AnalyticsGroupBy.MANAGER })
  groupBy?: AnalyticsGroupBy;

  @Field(() => [ID], { nullable: true, description: 'Only these branches (within what the viewer may see)' })
  branchIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only these users (within what the viewer may see)' })
  userIds?: string[] | null;

  @Field(() => String, { nullable: true, description: "IANA time zone whose calendar days count; the viewer's own by default" })
  timeZone?: string | null;
}

/** Who a row of numbers is about: a user or a branch (null id: calls made by users without a branch). */
/**
 * Stats types use `simpleResolvers`: their fields are plain properties, and skipping the global middlewares per
 * field is what keeps a report of thousands of rows cheap to serialise (the sign-in check runs on the root field).
 */
@ObjectType({ simpleResolvers: true, description: 'Base of CallStats and TaskStats (not emitted: type-graphql 2 drops unreferenced types)' })
abstract class AnalyticsRow {
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'First day of the period; null on per-group and overall totals' })
  period: string | null;

  @Field(() => ID, { nullable: true, description: 'User id (MANAGER) or branch id (BRANCH); null on the overall total and for "no branch"' })
  groupId: string | null;

  @Field(() => String, { nullable: true, description: "The user's full name or the branch's name; null with a null groupId" })
  groupName: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Call numbers of one group in one period (or over the whole range)' })
export class CallStats extends AnalyticsRow {
  @Field(() => Int)
  total: number;

  @Field(() => Int, { description: 'Calls with outcome CONNECTED' })
  connected: number;

  @Field(() => Float, { nullable: true, description: 'connected / total; null when there were no calls' })
  connectRate: number | null;

  @Field(() => Float, { description: 'Seconds of talk: the durations of connected calls (Float: a year of a large team passes 2^31)' })
  talkSeconds: number;

  @Field(() => Float, { nullable: true, description: 'talkSeconds / connected; null when nothing connected' })
  averageTalkSeconds: number | null;

  @Field(() => Int)
  outgoing: number;

  @Field(() => Int)
  incoming: number;

  @Field(() => Int)
  missed: number;

  @Field(() => Int, { description: 'Dialled from a web click-to-call request' })
  clickToCall: number;

  @Field(() => Int, { description: 'Dialled or received on the phone itself' })
  fromPhone: number;

  @Field(() => Int, { description: 'Cold calls (part of total)' })
  coldTotal: number;

  @Field(() => Int)
  coldConnected: number;

  @Field(() => Float)
  coldTalkSeconds: number;
}

@ObjectType({ simpleResolvers: true, description: 'Task numbers of one group in one period (or over the whole range). Cancelled tasks count as created, never as completed.' })
export class TaskStats extends AnalyticsRow {
  @Field(() => Int, { description: 'Tasks created in the period (assigned to the group)' })
  created: number;

  @Field(() => Int, { description: 'Tasks completed (DONE) in the period' })
  completed: number;

  @Field(() => Int, { description: 'Completed no later than due (a task without a due date cannot be late)' })
  completedOnTime: number;

  @Field(() => Float, { nullable: true, description: 'completedOnTime / completed; null when nothing was completed' })
  onTimeRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean seconds from creation to completion of the completed tasks' })
  averageCompletionSeconds: number | null;

  @Field(() => Int, { nullable: true, description: 'Open and past due right now; only on per-group and overall totals' })
  overdueNow: number | null;
}

@ObjectType()
abstract class AnalyticsReport {
  @Field(() => GraphQLLocalDate)
  from: string;

  @Field(() => GraphQLLocalDate)
  to: string;

  @Field()
  timeZone: string;

  @Field(() => AnalyticsGranularity)
  granularity: AnalyticsGranularity;

  @Field(() => AnalyticsGroupBy)
  groupBy: AnalyticsGroupBy;

  @Field({ description: 'true when read from the daily rollups, false when aggregated from the raw tables (a time zone not rolled up yet)' })
  fromRollups: boolean;
}

@ObjectType({ description: 'Calls per group per period, per-group totals over the range and the overall total' })
export class CallAnalytics extends AnalyticsReport {
  @Field(() => [CallStats], { description: 'Only non-empty (group, period) pairs, by period then group name' })
  rows: CallStats[];

  @Field(() => [CallStats], { description: 'One per period over every group (a chart series), by period; groupId null' })
  periods: CallStats[];

  @Field(() => [CallStats], { description: 'One per group over the whole range, by group name' })
  groups: CallStats[];

  @Field(() => CallStats)
  total: CallStats;
}

@ObjectType({ description: 'Tasks per group per period, per-group totals over the range and the overall total' })
export class TaskAnalytics extends AnalyticsReport {
  @Field(() => [TaskStats], { description: 'Only non-empty (group, period) pairs, by period then group name' })
  rows: TaskStats[];

  @Field(() => [TaskStats], { description: 'One per period over every group (a chart series), by period; groupId null' })
  periods: TaskStats[];

  @Field(() => [TaskStats], { description: 'One per group over the whole range, by group name' })
  groups: TaskStats[];

  @Field(() => TaskStats)
  total: TaskStats;
}
