import { describe, expect, it } from 'vitest';
import {
  dayPeriod,
  fromDateTimeLocalValue,
  startOfZonedDay,
  toDateTimeLocalValue,
  utcOffsetLabel,
  wallClock,
  zonedTimeOnDay,
  zonedToInstant,
  zonedWeekday,
} from './time';

const MOSCOW = 'Europe/Moscow'; // UTC+3 all year
const YEKATERINBURG = 'Asia/Yekaterinburg'; // UTC+5 all year
const BERLIN = 'Europe/Berlin'; // DST: 2026-03-29 02:00 → 03:00, 2026-10-25 03:00 → 02:00

const at = (iso: string) => new Date(iso);

describe('wallClock', () => {
  it('reads the clock of the zone, not of the machine', () => {
    const instant = at('2026-03-10T20:30:15Z');
    expect(wallClock(instant, MOSCOW)).toEqual({ year: 2026, month: 3, day: 10, hour: 23, minute: 30, second: 15 });
    expect(wallClock(instant, YEKATERINBURG)).toEqual({ year: 2026, month: 3, day: 11, hour: 1, minute: 30, second: 15 });
  });

  it('shows midnight as hour 0, not 24', () => {
    expect(wallClock(at('2026-03-10T21:00:00Z'), MOSCOW)).toMatchObject({ day: 11, hour: 0, minute: 0 });
  });

  it('crosses the year in the zone before it does in UTC', () => {
    expect(wallClock(at('2025-12-31T19:00:00Z'), YEKATERINBURG)).toMatchObject({ year: 2026, month: 1, day: 1, hour: 0 });
  });
});

describe('utcOffsetLabel', () => {
  it.each([
    [MOSCOW, 'UTC+3'],
    [YEKATERINBURG, 'UTC+5'],
    ['Asia/Kamchatka', 'UTC+12'],
    ['UTC', 'UTC'],
    ['Asia/Kolkata', 'UTC+5:30'],
    ['America/St_Johns', 'UTC−3:30'],
    ['America/New_York', 'UTC−5'],
  ])('%s in January → %s', (zone, label) => {
    expect(utcOffsetLabel(zone, at('2026-01-15T12:00:00Z'))).toBe(label);
  });

  it('follows daylight saving time at the given instant', () => {
    expect(utcOffsetLabel(BERLIN, at('2026-01-15T12:00:00Z'))).toBe('UTC+1');
    expect(utcOffsetLabel(BERLIN, at('2026-07-15T12:00:00Z'))).toBe('UTC+2');
  });

  it('knows past offsets (Moscow was UTC+4 in 2012)', () => {
    expect(utcOffsetLabel(MOSCOW, at('2012-06-01T12:00:00Z'))).toBe('UTC+4');
  });
});

describe('zonedToInstant', () => {
  it('is the instant the zone’s clock shows the wall time', () => {
    expect(zonedToInstant({ year: 2026, month: 3, day: 11, hour: 9, minute: 0 }, MOSCOW).toISOString()).toBe('2026-03-11T06:00:00.000Z');
    expect(zonedToInstant({ year: 2026, month: 3, day: 11, hour: 9, minute: 0 }, YEKATERINBURG).toISOString()).toBe('2026-03-11T04:00:00.000Z');
    expect(zonedToInstant({ year: 2026, month: 1, day: 1, hour: 0, minute: 0, second: 30 }, YEKATERINBURG).toISOString()).toBe('2025-12-31T19:00:30.000Z');
  });

  it('resolves a time skipped by a DST gap forward', () => {
    // 02:30 does not exist in Berlin on 2026-03-29; the clock shows 03:30 an hour after 01:30.
    const instant = zonedToInstant({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, BERLIN);
    expect(instant.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(toDateTimeLocalValue(instant, BERLIN)).toBe('2026-03-29T03:30');
  });

  it('round-trips every hour of a DST day that exists', () => {
    for (const hour of [0, 1, 3, 4, 12, 23]) {
      const instant = zonedToInstant({ year: 2026, month: 3, day: 29, hour, minute: 15 }, BERLIN);
      expect(wallClock(instant, BERLIN)).toMatchObject({ day: 29, hour, minute: 15 });
    }
  });
});

describe('startOfZonedDay', () => {
  const evening = at('2026-03-10T20:30:00Z'); // Moscow: 10 March 23:30; Yekaterinburg: 11 March 01:30

  it('is midnight of the zone’s own day', () => {
    expect(startOfZonedDay(evening, MOSCOW).toISOString()).toBe('2026-03-09T21:00:00.000Z');
    expect(startOfZonedDay(evening, YEKATERINBURG).toISOString()).toBe('2026-03-10T19:00:00.000Z');
  });

  it('shifts by whole days, across month and year ends', () => {
    expect(startOfZonedDay(evening, MOSCOW, 1).toISOString()).toBe('2026-03-10T21:00:00.000Z');
    expect(startOfZonedDay(evening, MOSCOW, -10).toISOString()).toBe('2026-02-27T21:00:00.000Z');
    expect(startOfZonedDay(at('2026-12-31T12:00:00Z'), YEKATERINBURG, 1).toISOString()).toBe('2026-12-31T19:00:00.000Z');
  });

  it('a midnight instant is the start of its own day', () => {
    const midnight = at('2026-03-10T21:00:00Z');
    expect(startOfZonedDay(midnight, MOSCOW)).toEqual(midnight);
  });

  it('a DST day is 23 hours long', () => {
    const start = startOfZonedDay(at('2026-03-29T10:00:00Z'), BERLIN);
    const next = startOfZonedDay(at('2026-03-29T10:00:00Z'), BERLIN, 1);
    expect(start.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect((next.getTime() - start.getTime()) / 3_600_000).toBe(23);
  });
});

describe('toDateTimeLocalValue / fromDateTimeLocalValue', () => {
  it('shows the instant as the zone’s wall time', () => {
    const instant = at('2026-03-10T20:05:00Z');
    expect(toDateTimeLocalValue(instant, MOSCOW)).toBe('2026-03-10T23:05');
    expect(toDateTimeLocalValue(instant, YEKATERINBURG)).toBe('2026-03-11T01:05');
  });

  it('reads the wall time back in the same zone', () => {
    expect(fromDateTimeLocalValue('2026-03-11T01:05', YEKATERINBURG)?.toISOString()).toBe('2026-03-10T20:05:00.000Z');
    expect(fromDateTimeLocalValue('2026-03-11T01:05', MOSCOW)?.toISOString()).toBe('2026-03-10T22:05:00.000Z');
    expect(fromDateTimeLocalValue(' 2026-03-11T01:05:59 ', MOSCOW)?.toISOString()).toBe('2026-03-10T22:05:00.000Z');
  });

  it('round-trips', () => {
    for (const zone of [MOSCOW, YEKATERINBURG, BERLIN]) {
      const instant = at('2026-07-01T09:41:00Z');
      expect(fromDateTimeLocalValue(toDateTimeLocalValue(instant, zone), zone)).toEqual(instant);
    }
  });

  it.each([
    '',
    '2026-03-11',
    '2026-03-11 10:00',
    '11.03.2026T10:00',
    '2026-13-01T10:00',
    '2026-00-01T10:00',
    '2026-03-00T10:00',
    '2026-03-32T10:00',
    '2026-03-11T24:00',
    '2026-03-11T10:60',
    // Days the month does not have must not roll over into the next month.
    '2026-02-29T10:00',
    '2026-02-31T10:00',
    '2026-04-31T10:00',
  ])('%j is malformed → null', (value) => {
    expect(fromDateTimeLocalValue(value, MOSCOW)).toBeNull();
  });

  it('accepts 29 February in a leap year', () => {
    expect(fromDateTimeLocalValue('2028-02-29T10:00', MOSCOW)?.toISOString()).toBe('2028-02-29T07:00:00.000Z');
  });
});

describe('zonedTimeOnDay', () => {
  const evening = at('2026-03-10T20:30:00Z'); // Moscow: Tue 10 March 23:30; Yekaterinburg: Wed 11 March 01:30

  it('is the wall time on the zone’s day, counted from the zone’s today', () => {
    expect(zonedTimeOnDay(evening, MOSCOW, 0, 18).toISOString()).toBe('2026-03-10T15:00:00.000Z');
    expect(zonedTimeOnDay(evening, YEKATERINBURG, 0, 18).toISOString()).toBe('2026-03-11T13:00:00.000Z');
    expect(zonedTimeOnDay(evening, MOSCOW, 1, 10, 30).toISOString()).toBe('2026-03-11T07:30:00.000Z');
    expect(zonedTimeOnDay(evening, YEKATERINBURG, 1, 10).toISOString()).toBe('2026-03-12T05:00:00.000Z');
  });

  it('keeps the wall time across a DST change', () => {
    const saturday = at('2026-03-28T09:00:00Z');
    expect(toDateTimeLocalValue(zonedTimeOnDay(saturday, BERLIN, 2, 10), BERLIN)).toBe('2026-03-30T10:00');
  });
});

describe('dayPeriod', () => {
  it.each([
    ['2026-03-10T01:59:00Z', 'night'], // 04:59 in Moscow
    ['2026-03-10T02:00:00Z', 'morning'], // 05:00
    ['2026-03-10T08:59:00Z', 'morning'], // 11:59
    ['2026-03-10T09:00:00Z', 'day'], // 12:00
    ['2026-03-10T14:00:00Z', 'evening'], // 17:00
    ['2026-03-10T19:59:00Z', 'evening'], // 22:59
    ['2026-03-10T20:00:00Z', 'night'], // 23:00
    ['2026-03-10T21:00:00Z', 'night'], // 00:00
  ])('%s in Moscow → %s', (iso, period) => {
    expect(dayPeriod(at(iso), MOSCOW)).toBe(period);
  });

  it('depends on the zone: the same instant is evening in Moscow and night in Yekaterinburg', () => {
    const instant = at('2026-03-10T18:30:00Z');
    expect(dayPeriod(instant, MOSCOW)).toBe('evening');
    expect(dayPeriod(instant, YEKATERINBURG)).toBe('night');
  });
});

describe('zonedWeekday', () => {
  it('is 1 for Monday … 7 for Sunday, on the zone’s calendar', () => {
    expect(zonedWeekday(at('2026-03-09T12:00:00Z'), MOSCOW)).toBe(1); // Monday
    expect(zonedWeekday(at('2026-03-15T12:00:00Z'), MOSCOW)).toBe(7); // Sunday
    // Sunday 22:00 UTC is already Monday 01:00 in Moscow.
    expect(zonedWeekday(at('2026-03-15T22:00:00Z'), MOSCOW)).toBe(1);
    // Sunday 19:30 UTC: still Sunday (22:30) in Moscow, Monday (00:30) in Yekaterinburg.
    expect(zonedWeekday(at('2026-03-15T19:30:00Z'), MOSCOW)).toBe(7);
    expect(zonedWeekday(at('2026-03-15T19:30:00Z'), YEKATERINBURG)).toBe(1);
  });
});
