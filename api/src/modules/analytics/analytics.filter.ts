import { ForbiddenError, UserInputError, filterId } from '../../common/errors';
import { isTimeZone } from '../../common/time-zones';
import { type Actor, isBranchLeader, isGlobal } from '../access/access-policy';
import { type AnalyticsFilter, AnalyticsGranularity, AnalyticsGroupBy } from './analytics.types';

/** Longest range a report may cover, and the longest at DAY granularity (a row per day per group). */
export const MAX_SPAN_DAYS = 3 * 366;
export const MAX_DAY_SPAN_DAYS = 366;
const MAX_IDS = 500;

/** Whose numbers a viewer may see: a manager his own, branch leadership its branch, ADMIN/GROUP_MANAGER everyone. */
export type AnalyticsScope = { kind: 'all' } | { kind: 'branch'; branchId: string } | { kind: 'own'; userId: string };

export function analyticsScope(actor: Actor): AnalyticsScope {
  if (isGlobal(actor)) return { kind: 'all' };
  if (isBranchLeader(actor) && actor.branchId !== null) return { kind: 'branch', branchId: actor.branchId };
  return { kind: 'own', userId: actor.id };
}

export interface ResolvedFilter {
  from: string;
  to: string;
  timeZone: string;
  granularity: AnalyticsGranularity;
  groupBy: AnalyticsGroupBy;
  userIds: string[] | null;
  branchIds: string[] | null;
  scope: AnalyticsScope;
}

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

function ids(values: string[] | null | undefined, field: string): string[] | null {
  if (values === undefined || values === null || values.length === 0) return null;
  if (values.length > MAX_IDS) throw new UserInputError(`filter.${field}`, `at most ${MAX_IDS} ids`);
  return [...new Set(values.map((value) => filterId(value, field) as string))];
}

/**
 * Checks the range, zone and ids (BAD_USER_INPUT naming the field) and the ids against the viewer's scope.
 * Asking for someone outside it is FORBIDDEN rather than silently narrowed: a report that quietly drops the
 * people asked for would read as "they made no calls". `usersOfBranch` answers which of the ids belong to a branch.
 */
export async function resolveFilter(
  filter: AnalyticsFilter,
  viewer: Actor & { timeZone: string },
  usersOfBranch: (userIds: string[], branchId: string) => Promise<string[]>,
): Promise<ResolvedFilter> {
  const timeZone = filter.timeZone ?? viewer.timeZone;
  if (!isTimeZone(timeZone)) throw new UserInputError('filter.timeZone', 'timeZone must be an IANA time zone such as Europe/Moscow');
  const span = dayNumber(filter.to) - dayNumber(filter.from) + 1;
  if (!(span >= 1)) throw new UserInputError('filter.to', 'to must be on or after from');
  if (span > MAX_SPAN_DAYS) throw new UserInputError('filter.from', 'the range may cover at most 3 years');
  const granularity = filter.granularity ?? AnalyticsGranularity.DAY;
  if (granularity === AnalyticsGranularity.DAY && span > MAX_DAY_SPAN_DAYS) {
    throw new UserInputError('filter.granularity', 'use WEEK or MONTH for ranges longer than a year');
  }
  const userIds = ids(filter.userIds, 'userIds');
  const branchIds = ids(filter.branchIds, 'branchIds');
  const scope = analyticsScope(viewer);
  if (scope.kind === 'own') {
    if (userIds?.some((id) => id !== viewer.id)) throw new ForbiddenError('A manager sees only his own numbers');
    if (branchIds?.some((id) => id !== viewer.branchId)) throw new ForbiddenError('A manager sees only his own numbers');
  }
  if (scope.kind === 'branch') {
    if (branchIds?.some((id) => id !== scope.branchId)) throw new ForbiddenError('Branch leadership sees only its own branch');
    if (userIds && (await usersOfBranch(userIds, scope.branchId)).length !== userIds.length) {
      throw new ForbiddenError('Branch leadership sees only the users of its own branch');
    }
  }
  return {
    from: filter.from,
    to: filter.to,
    timeZone,
    granularity,
    groupBy: filter.groupBy ?? AnalyticsGroupBy.MANAGER,
    userIds,
    branchIds,
    scope,
  };
}
