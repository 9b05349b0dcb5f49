import { ValidateBy, type ValidationOptions } from 'class-validator';

const TIME_ZONES = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);

/** An IANA time zone this Node.js knows, e.g. Europe/Moscow or Asia/Yekaterinburg. */
export const isTimeZone = (value: string) => TIME_ZONES.has(value);

/** class-validator decorator for IANA time-zone fields; each input words its own message. */
export const IsTimeZone = (options?: ValidationOptions) =>
  ValidateBy({ name: 'isTimeZone', validator: { validate: (value: unknown) => typeof value === 'string' && isTimeZone(value) } }, options);

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = wallClockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    wallClockFormats.set(timeZone, format);
  }
  return format;
}

/**
 * The local wall-clock time of `instant` in `timeZone`, as a Date whose UTC fields read that local time
 * ("floating" time): calendar arithmetic on it (e.g. RRULE expansion) then ignores offsets, as a user would.
 */
export function toWallClock(instant: Date, timeZone: string): Date {
  const parts = Object.fromEntries(wallClockFormat(timeZone).formatToParts(instant).map((part) => [part.type, part.value]));
  const utc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return new Date(utc + instant.getUTCMilliseconds());
}

/** The instant at which the clocks of `timeZone` show `wallClock` (the inverse of toWallClock). */
export function fromWallClock(wallClock: Date, timeZone: string): Date {
  const offsetAt = (instant: Date) => toWallClock(instant, timeZone).getTime() - instant.getTime();
  const guess = new Date(wallClock.getTime() - offsetAt(wallClock));
  // A second pass settles times near an offset change (DST, or a zone's own change of standard time).
  return new Date(wallClock.getTime() - offsetAt(guess));
}
