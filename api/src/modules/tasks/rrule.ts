/**
 * Validation of the iCal RRULE (RFC 5545 §3.3.10) a recurring task carries. Only the parts our series job
 * understands are allowed; the job that expands occurrences relies on this having accepted the rule.
 */
const FREQUENCIES = new Set(['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY', 'MINUTELY', 'SECONDLY']);
const WEEKDAYS = new Set(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
const MAX_LENGTH = 500;

type PartCheck = (value: string) => string | null;

const wholeNumber = (min: number, max: number): PartCheck => (value) =>
  /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max ? null : `must be a whole number from ${min} to ${max}`;

/** A comma-separated list of integers whose absolute value is within [min, max], negative allowed when signed. */
const numberList = (min: number, max: number, signed: boolean): PartCheck => (value) => {
  const ok = value.split(',').every((item) => {
    const match = /^([+-]?)(\d{1,3})$/.exec(item);
    if (!match) return false;
    if (match[1] && !signed) return false;
    const magnitude = Number(match[2]);
    return magnitude >= min && magnitude <= max;
  });
  return ok ? null : `must be a comma-separated list of numbers from ${signed ? `±${min}` : min} to ${signed ? `±${max}` : max}`;
};

const weekdayList: PartCheck = (value) =>
  value.split(',').every((item) => {
    const match = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(item);
    if (!match || !WEEKDAYS.has(match[2] ?? '')) return false;
    const ordinal = match[1] === undefined ? null : Math.abs(Number(match[1]));
    return ordinal === null || (ordinal >= 1 && ordinal <= 53);
  })
    ? null
    : 'must be a comma-separated list of weekdays such as MO,WE or 1MO,-1FR';

const untilDate: PartCheck = (value) => {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(value);
  if (!match) return 'must be a date such as 20261231 or a UTC time such as 20261231T235959Z';
  const [, year, month, day, hour = '00', minute = '00', second = '00'] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)));
  const valid =
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day) &&
    Number(hour) < 24 &&
    Number(minute) < 60 &&
    Number(second) < 60;
  return valid ? null : 'is not a real date';
};

const PARTS: Record<string, PartCheck> = {
  FREQ: (value) => (FREQUENCIES.has(value) ? null : `must be one of ${[...FREQUENCIES].join(', ')}`),
  INTERVAL: wholeNumber(1, 1000),
  COUNT: wholeNumber(1, 10_000),
  UNTIL: untilDate,
  BYDAY: weekdayList,
  BYMONTHDAY: numberList(1, 31, true),
  BYMONTH: numberList(1, 12, false),
  BYHOUR: numberList(0, 23, false),
  BYMINUTE: numberList(0, 59, false),
  BYSETPOS: numberList(1, 366, true),
  WKST: (value) => (WEEKDAYS.has(value) ? null : 'must be a weekday such as MO'),
};

export type RruleCheck = { ok: true; rule: string } | { ok: false; message: string };

/** Checks a rule such as `FREQ=WEEKLY;BYDAY=MO,WE` (an `RRULE:` prefix is accepted) and returns it normalised. */
export function checkRrule(input: string): RruleCheck {
  const text = input.trim().replace(/^RRULE:/i, '').toUpperCase();
  if (!text) return { ok: false, message: 'rrule is empty' };
  if (text.length > MAX_LENGTH) return { ok: false, message: `rrule must be at most ${MAX_LENGTH} characters` };
  const seen = new Map<string, string>();
  for (const part of text.split(';')) {
    const match = /^([A-Z]+)=([^;=]+)$/.exec(part);
    if (!match) return { ok: false, message: `rrule part "${part}" is not KEY=VALUE` };
    const [, key = '', value = ''] = match;
    const check = PARTS[key];
    if (!check) return { ok: false, message: `rrule part ${key} is not supported; use ${Object.keys(PARTS).join(', ')}` };
    if (seen.has(key)) return { ok: false, message: `rrule repeats ${key}` };
    const problem = check(value);
    if (problem) return { ok: false, message: `rrule ${key} ${problem}` };
    seen.set(key, value);
  }
  if (!seen.has('FREQ')) return { ok: false, message: 'rrule needs FREQ, e.g. FREQ=WEEKLY' };
  if (seen.has('COUNT') && seen.has('UNTIL')) return { ok: false, message: 'rrule may have COUNT or UNTIL, not both' };
  const ordered = ['FREQ', ...[...seen.keys()].filter((key) => key !== 'FREQ')];
  return { ok: true, rule: ordered.map((key) => `${key}=${seen.get(key)}`).join(';') };
}
