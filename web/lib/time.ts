/**
 * Wall-clock arithmetic in a named IANA time zone with nothing but Intl: the server may run in UTC while a
 * manager in Yekaterinburg means "today" in Yekaterinburg.
 */

const pad = (value: number) => String(value).padStart(2, '0');

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partFormatters.set(timeZone, formatter);
  }
  return formatter;
}

export function wallClock(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

function offsetMs(instant: Date, timeZone: string): number {
  const clock = wallClock(instant, timeZone);
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** "UTC+5", "UTC+3:30", "UTC" — the zone's offset at `instant`. */
export function utcOffsetLabel(timeZone: string, instant = new Date()): string {
  const minutes = Math.round(offsetMs(instant, timeZone) / 60000);
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '−';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${sign}${hours}${rest ? `:${pad(rest)}` : ''}`;
}

/** The instant at which the zone's clock shows the given wall time (DST gaps resolve forward). */
export function zonedToInstant(clock: Omit<WallClock, 'second'> & { second?: number }, timeZone: string): Date {
  const guess = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second ?? 0);
  const first = guess - offsetMs(new Date(guess), timeZone);
  const second = guess - offsetMs(new Date(first), timeZone);
  return new Date(second);
}

/** Midnight of the zone's day containing `instant`, shifted by `addDays` days. */
export function startOfZonedDay(instant: Date, timeZone: string, addDays = 0): Date {
  const clock = wallClock(instant, timeZone);
  const day = new Date(Date.UTC(clock.year, clock.month - 1, clock.day + addDays));
  return zonedToInstant({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour: 0, minute: 0 }, timeZone);
}

/** `YYYY-MM-DDTHH:mm` as an <input type="datetime-local"> shows the instant in the zone. */
export function toDateTimeLocalValue(instant: Date, timeZone: string): string {
  const c = wallClock(instant, timeZone);
  return `${c.year}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}`;
}

/** Day 0 of the next month is the last day of this one. */
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Parses an <input type="datetime-local"> value as wall time in the zone; null when malformed, or on a day the
 * month lacks (31 April would otherwise roll over into May).
 */
export function fromDateTimeLocalValue(value: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59) return null;
  return zonedToInstant({ year, month, day, hour, minute }, timeZone);
}

/** The instant at `hour:minute` on the zone's day `addDays` after the one containing `instant`. */
export function zonedTimeOnDay(instant: Date, timeZone: string, addDays: number, hour: number, minute = 0): Date {
  const start = wallClock(startOfZonedDay(instant, timeZone, addDays), timeZone);
  return zonedToInstant({ year: start.year, month: start.month, day: start.day, hour, minute }, timeZone);
}

export type DayPeriod = 'morning' | 'day' | 'evening' | 'night';

export function dayPeriod(instant: Date, timeZone: string): DayPeriod {
  const { hour } = wallClock(instant, timeZone);
  if (hour >= 5 && hour < 12) return 'morning';
  if (hour >= 12 && hour < 17) return 'day';
  if (hour >= 17 && hour < 23) return 'evening';
  return 'night';
}

/** Weekday of the zone's day, 1 = Monday … 7 = Sunday. */
export function zonedWeekday(instant: Date, timeZone: string): number {
  const c = wallClock(instant, timeZone);
  const weekday = new Date(Date.UTC(c.year, c.month - 1, c.day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** The zone's calendar date of `instant` as a LocalDate, "2026-11-24". */
export function localToday(timeZone: string, instant = new Date()): string {
  const c = wallClock(instant, timeZone);
  return `${c.year}-${pad(c.month)}-${pad(c.day)}`;
}
