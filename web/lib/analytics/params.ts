import type { AnalyticsFilter, AnalyticsGranularity, AnalyticsGroupBy } from '../gql/graphql';
import { firstParam, type SearchParams } from '../url';

/**
 * The analytics page's filters as they live in the URL (shareable, and the back button walks through them):
 * `range` (a preset) or `from` + `to` (LocalDate, inclusive), `by` (day | week | month), `group`
 * (manager | branch), `branch` and `manager` (ids). Pure: "today" comes in as the viewer's local date.
 */
export const RANGE_PRESETS = ['today', 'week', 'month', '30d', 'year'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export const DEFAULT_PRESET: RangePreset = 'month';

export const GRANULARITIES = ['day', 'week', 'month'] as const;
export type Granularity = (typeof GRANULARITIES)[number];
export const GROUPINGS = ['manager', 'branch'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export type AnalyticsParams = {
  /** null for a hand-picked range */
  preset: RangePreset | null;
  from: string;
  to: string;
  granularity: Granularity;
  grouping: Grouping;
  branchId: string | null;
  managerId: string | null;
};

/** The API refuses DAY over more than 366 days and any range over 3 years. */
const MAX_DAY_RANGE_DAYS = 366;
const MAX_RANGE_YEARS = 3;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 24 * 60 * 60 * 1000;

function toUtc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function isLocalDate(value: string | undefined): value is string {
  return value !== undefined && LOCAL_DATE.test(value) && !Number.isNaN(toUtc(value).getTime()) && fromUtc(toUtc(value)) === value;
}

export function addDays(date: string, days: number): string {
  return fromUtc(new Date(toUtc(date).getTime() + days * DAY_MS));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);
}

/** The preset's first and last day; every preset ends today. Weeks start on Monday, as the API's do. */
export function presetRange(preset: RangePreset, today: string): { from: string; to: string } {
  const [year, month] = today.split('-');
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'week': {
      const weekday = (toUtc(today).getUTCDay() + 6) % 7;
      return { from: addDays(today, -weekday), to: today };
    }
    case 'month':
      return { from: `${year}-${month}-01`, to: today };
    case '30d':
      return { from: addDays(today, -29), to: today };
    case 'year':
      return { from: `${year}-01-01`, to: today };
  }
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return allowed.find((option) => option === value);
}

/** Long ranges read better by week or month; a day-by-day year is what the API allows at most. */
function defaultGranularity(from: string, to: string): Granularity {
  const days = daysBetween(from, to);
  return days > 92 ? 'month' : 'day';
}

export function readAnalyticsParams(params: SearchParams, today: string): AnalyticsParams {
  const from = firstParam(params.from);
  const to = firstParam(params.to);
  const custom = isLocalDate(from) && isLocalDate(to) && from <= to && toUtc(to) < new Date(Date.UTC(Number(from.slice(0, 4)) + MAX_RANGE_YEARS, 0, 1));
  const preset = custom ? null : (oneOf(firstParam(params.range), RANGE_PRESETS) ?? DEFAULT_PRESET);
  const range = custom ? { from, to } : presetRange(preset ?? DEFAULT_PRESET, today);
  let granularity = oneOf(firstParam(params.by), GRANULARITIES) ?? defaultGranularity(range.from, range.to);
  if (granularity === 'day' && daysBetween(range.from, range.to) >= MAX_DAY_RANGE_DAYS) granularity = 'week';
  return {
    preset,
    ...range,
    granularity,
    grouping: oneOf(firstParam(params.group), GROUPINGS) ?? 'manager',
    branchId: firstParam(params.branch) ?? null,
    managerId: firstParam(params.manager) ?? null,
  };
}

const GRANULARITY: Record<Granularity, AnalyticsGranularity> = { day: 'DAY', week: 'WEEK', month: 'MONTH' };
const GROUP_BY: Record<Grouping, AnalyticsGroupBy> = { manager: 'MANAGER', branch: 'BRANCH' };

export function analyticsFilter(params: AnalyticsParams, timeZone: string): AnalyticsFilter {
  return {
    from: params.from,
    to: params.to,
    granularity: GRANULARITY[params.granularity],
    groupBy: GROUP_BY[params.grouping],
    timeZone,
    ...(params.branchId ? { branchIds: [params.branchId] } : {}),
    ...(params.managerId ? { userIds: [params.managerId] } : {}),
  };
}

/**
 * The API's CSV export of the same report, through this site's origin (proxy.ts forwards /export/…) so that
 * the session cookie goes along.
 */
export function csvHref(report: 'calls' | 'tasks', params: AnalyticsParams, timeZone: string, locale: string): string {
  const filter = analyticsFilter(params, timeZone);
  const query = new URLSearchParams({
    from: filter.from,
    to: filter.to,
    granularity: filter.granularity ?? 'DAY',
    groupBy: filter.groupBy ?? 'MANAGER',
    timeZone,
    locale,
  });
  if (filter.branchIds) query.set('branchIds', filter.branchIds.join(','));
  if (filter.userIds) query.set('userIds', filter.userIds.join(','));
  return `/export/analytics/${report}.csv?${query.toString()}`;
}

/** The URL query of these filters, keeping a preset as a preset (so a shared link moves with the calendar). */
export function analyticsQuery(params: AnalyticsParams): Record<string, string | undefined> {
  return {
    range: params.preset ?? undefined,
    from: params.preset ? undefined : params.from,
    to: params.preset ? undefined : params.to,
    by: params.granularity,
    group: params.grouping === 'manager' ? undefined : params.grouping,
    branch: params.branchId ?? undefined,
    manager: params.managerId ?? undefined,
  };
}

/** The first day of the calendar period (Monday of the week, the 1st of the month) holding `date`. */
export function periodStart(date: string, granularity: Granularity): string {
  if (granularity === 'month') return `${date.slice(0, 7)}-01`;
  if (granularity === 'week') return addDays(date, -((toUtc(date).getUTCDay() + 6) % 7));
  return date;
}

/**
 * Every period of the range in order, each labelled by its first day inside the range, with the API's numbers
 * where it has them and zeros elsewhere: the API lists only periods with something in them, while a chart's
 * time axis must not skip the quiet days.
 */
export function fillPeriods<T extends { period: string }>(points: readonly T[], from: string, to: string, granularity: Granularity, empty: (period: string) => T): T[] {
  const byStart = new Map(points.map((point) => [periodStart(point.period, granularity), point]));
  const filled: T[] = [];
  for (let start = periodStart(from, granularity); start <= to; ) {
    const label = start < from ? from : start;
    filled.push({ ...(byStart.get(start) ?? empty(label)), period: label });
    start = granularity === 'day' ? addDays(start, 1) : granularity === 'week' ? addDays(start, 7) : nextMonth(start);
  }
  return filled;
}

function nextMonth(firstOfMonth: string): string {
  const date = toUtc(firstOfMonth);
  return fromUtc(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)));
}
