import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { RequestContext } from '../../common/context';
import { AppError, ErrorCode, UnauthenticatedError, UserInputError } from '../../common/errors';
import type { Logger } from '../../logger';
import { AnalyticsFilter, AnalyticsGranularity, AnalyticsGroupBy, type CallStats, type TaskStats } from './analytics.types';

/**
 * `GET /export/analytics/calls.csv` and `/export/analytics/tasks.csv`: the report callAnalytics/taskAnalytics
 * would return, as a CSV file. Query parameters mirror AnalyticsFilter (`from`, `to`, `granularity`, `groupBy`,
 * `timeZone`, `branchIds` and `userIds` comma-separated) plus `locale` (ru, the default, or en). Authenticated
 * and role-scoped exactly like GraphQL (same cookie or bearer token, same service).
 *
 * Format for Excel as Russian offices run it: UTF-8 with a byte-order mark (without it Excel reads the file
 * as Windows-1251 and Cyrillic turns into mojibake), `;` between fields (the list separator of the Russian
 * regional settings, where `,` is the decimal separator — so ru rates are written `0,75`), CRLF line ends,
 * fields quoted when they hold `;`, `"` or line breaks, and a leading `'` on text starting with = + - @ so
 * that a name is never run as a formula. Rows are written as they are formatted, in chunks, not built as one
 * string; the report itself is already aggregated in SQL and bounded by the filter's limits.
 */
type Locale = 'ru' | 'en';
type Report = 'calls' | 'tasks';

const BOM = '\uFEFF';
const SEPARATOR = ';';
const EOL = '\r\n';
const CHUNK_ROWS = 500;

const TEXT: Record<Locale, Record<string, string>> = {
  ru: {
    period: 'Период',
    MANAGER: 'Менеджер',
    BRANCH: 'Филиал',
    rangeTotal: 'Итого за период',
    everyone: 'Все',
    noBranch: 'Без филиала',
    total: 'Всего звонков',
    connected: 'Дозвонились',
    connectRate: 'Доля дозвонов',
    talkSeconds: 'Время разговоров, с',
    averageTalkSeconds: 'Средний разговор, с',
    outgoing: 'Исходящие',
    incoming: 'Входящие',
    missed: 'Пропущенные',
    clickToCall: 'Из CRM (click-to-call)',
    fromPhone: 'С телефона',
    coldTotal: 'Холодные звонки',
    coldConnected: 'Холодные: дозвонились',
    coldTalkSeconds: 'Холодные: время разговоров, с',
    created: 'Создано задач',
    completed: 'Выполнено',
    completedOnTime: 'Выполнено в срок',
    onTimeRate: 'Доля в срок',
    averageCompletionSeconds: 'Среднее время выполнения, с',
    overdueNow: 'Просрочено сейчас',
  },
  en: {
    period: 'Period',
    MANAGER: 'Manager',
    BRANCH: 'Branch',
    rangeTotal: 'Range total',
    everyone: 'Everyone',
    noBranch: 'No branch',
    total: 'Calls',
    connected: 'Connected',
    connectRate: 'Connect rate',
    talkSeconds: 'Talk time, s',
    averageTalkSeconds: 'Average talk, s',
    outgoing: 'Outgoing',
    incoming: 'Incoming',
    missed: 'Missed',
    clickToCall: 'Click-to-call',
    fromPhone: 'From phone',
    coldTotal: 'Cold calls',
    coldConnected: 'Cold: connected',
    coldTalkSeconds: 'Cold: talk time, s',
    created: 'Tasks created',
    completed: 'Completed',
    completedOnTime: 'Completed on time',
    onTimeRate: 'On-time rate',
    averageCompletionSeconds: 'Average time to complete, s',
    overdueNow: 'Overdue now',
  },
};

const CALL_COLUMNS = [
  'total', 'connected', 'connectRate', 'talkSeconds', 'averageTalkSeconds', 'outgoing', 'incoming', 'missed',
  'clickToCall', 'fromPhone', 'coldTotal', 'coldConnected', 'coldTalkSeconds',
] as const satisfies ReadonlyArray<keyof CallStats>;
const TASK_COLUMNS = ['created', 'completed', 'completedOnTime', 'onTimeRate', 'averageCompletionSeconds', 'overdueNow'] as const satisfies ReadonlyArray<
  keyof TaskStats
>;
const RATIOS = new Set(['connectRate', 'onTimeRate']);

export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function formatNumber(value: number | null, column: string, locale: Locale): string {
  if (value === null) return '';
  const text = RATIOS.has(column) ? value.toFixed(4) : Number.isInteger(value) ? String(value) : value.toFixed(1);
  return locale === 'ru' ? text.replace('.', ',') : text;
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function localDate(value: unknown, field: string): string {
  if (typeof value !== 'string' || !LOCAL_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new UserInputError(`filter.${field}`, `${field} must be a date YYYY-MM-DD`);
  }
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: Record<string, T>, field: string): T | undefined {
  if (value === undefined || value === '') return undefined;
  const found = Object.values(allowed).find((option) => option === value);
  if (!found) throw new UserInputError(`filter.${field}`, `${field} must be one of ${Object.values(allowed).join(', ')}`);
  return found;
}

const list = (value: unknown) => (typeof value === 'string' && value !== '' ? value.split(',') : undefined);
const single = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The query string as an AnalyticsFilter; the service then checks it exactly as for GraphQL. */
export function filterFromQuery(query: Request['query']): AnalyticsFilter {
  return Object.assign(new AnalyticsFilter(), {
    from: localDate(query.from, 'from'),
    to: localDate(query.to, 'to'),
    granularity: oneOf(query.granularity, AnalyticsGranularity, 'granularity'),
    groupBy: oneOf(query.groupBy, AnalyticsGroupBy, 'groupBy'),
    timeZone: single(query.timeZone),
    branchIds: list(query.branchIds),
    userIds: list(query.userIds),
  });
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
};

async function writeRows(res: Response, lines: Iterable<string>): Promise<void> {
  let chunk: string[] = [];
  const flush = async () => {
    if (chunk.length === 0) return;
    const ok = res.write(chunk.join(''));
    chunk = [];
    if (!ok) await new Promise((resolve) => res.once('drain', resolve));
  };
  for (const line of lines) {
    chunk.push(line);
    if (chunk.length >= CHUNK_ROWS) await flush();
  }
  await flush();
}

type Stats = CallStats | TaskStats;

function* csvLines(report: Report, groupBy: AnalyticsGroupBy, result: { rows: Stats[]; periods: Stats[]; groups: Stats[]; total: Stats }, locale: Locale) {
  const text = TEXT[locale];
  const columns: readonly string[] = report === 'calls' ? CALL_COLUMNS : TASK_COLUMNS;
  const line = (cells: string[]) => `${cells.map(csvField).join(SEPARATOR)}${EOL}`;
  const name = (stats: Stats) => stats.groupName ?? (stats.groupId === null && groupBy === AnalyticsGroupBy.BRANCH ? text.noBranch : '');
  const numbers = (stats: Stats) => columns.map((column) => formatNumber((stats as unknown as Record<string, number | null>)[column] ?? null, column, locale));
  yield `${BOM}${line([text.period!, text[groupBy]!, ...columns.map((column) => text[column]!)])}`;
  for (const row of result.rows) yield line([row.period ?? '', name(row), ...numbers(row)]);
  for (const period of result.periods) yield line([period.period ?? '', text.everyone!, ...numbers(period)]);
  for (const group of result.groups) yield line([text.rangeTotal!, name(group), ...numbers(group)]);
  yield line([text.rangeTotal!, text.everyone!, ...numbers(result.total)]);
}

export function analyticsCsvHandler(options: {
  contextOf: (req: Request, res: Response) => Promise<RequestContext>;
  logger: Logger;
}): RequestHandler {
  return async (req, res) => {
    const report: Report | null = req.params.report === 'calls.csv' ? 'calls' : req.params.report === 'tasks.csv' ? 'tasks' : null;
    if (!report) {
      res.status(404).json({ code: ErrorCode.NOT_FOUND, message: 'Unknown report' });
      return;
    }
    try {
      const ctx = await options.contextOf(req, res);
      if (!ctx.user) throw new UnauthenticatedError();
      const locale: Locale = req.query.locale === 'en' ? 'en' : 'ru';
      const filter = filterFromQuery(req.query);
      const analytics = ctx.services.analytics;
      const result = report === 'calls' ? await analytics.calls(ctx, filter) : await analytics.tasks(ctx, filter);
      res.status(200);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${report}-${result.from}-${result.to}.csv"`);
      await writeRows(res, csvLines(report, result.groupBy, result, locale));
      res.end();
    } catch (error) {
      if (res.headersSent) {
        res.destroy(error instanceof Error ? error : undefined);
        return;
      }
      if (error instanceof AppError) {
        res.status(STATUS[error.code] ?? 400).json({ code: error.code, message: error.message, ...error.extensions });
        return;
      }
      const errorId = randomUUID();
      options.logger.error({ err: error, errorId, path: req.path }, 'analytics export failed');
      res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', errorId });
    }
  };
}
