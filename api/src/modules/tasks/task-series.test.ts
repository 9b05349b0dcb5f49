import { describe, expect, it } from 'vitest';
import { fromWallClock, toWallClock } from '../../common/time-zones';
import { occurrencesBetween } from './task-series';

const iso = (dates: Date[]) => dates.map((date) => date.toISOString());

describe('wall-clock time', () => {
  it('reads and inverts local time in Moscow (UTC+3) and Yekaterinburg (UTC+5)', () => {
    const instant = new Date('2026-11-23T21:30:00Z');
    expect(toWallClock(instant, 'Europe/Moscow').toISOString()).toBe('2026-11-24T00:30:00.000Z');
    expect(toWallClock(instant, 'Asia/Yekaterinburg').toISOString()).toBe('2026-11-24T02:30:00.000Z');
    expect(fromWallClock(new Date('2026-11-24T02:30:00Z'), 'Asia/Yekaterinburg').toISOString()).toBe(instant.toISOString());
  });

  it('keeps the local hour across a daylight-saving change', () => {
    // Berlin moves from UTC+2 to UTC+1 on 2026-10-25.
    expect(fromWallClock(new Date('2026-10-24T10:00:00Z'), 'Europe/Berlin').toISOString()).toBe('2026-10-24T08:00:00.000Z');
    expect(fromWallClock(new Date('2026-10-26T10:00:00Z'), 'Europe/Berlin').toISOString()).toBe('2026-10-26T09:00:00.000Z');
  });
});

describe('occurrencesBetween', () => {
  const firstDueAt = new Date('2026-11-02T07:00:00Z'); // Monday 10:00 in Moscow, 12:00 in Yekaterinburg

  it('expands on the assignee’s clock: Mondays and Wednesdays at 10:00 Moscow time', () => {
    const found = occurrencesBetween({
      rrule: 'FREQ=WEEKLY;BYDAY=MO,WE',
      firstDueAt,
      timeZone: 'Europe/Moscow',
      after: new Date('2026-11-20T00:00:00Z'),
      until: new Date('2026-12-03T00:00:00Z'),
      limit: 10,
    });
    expect(iso(found)).toEqual(['2026-11-23T07:00:00.000Z', '2026-11-25T07:00:00.000Z', '2026-11-30T07:00:00.000Z', '2026-12-02T07:00:00.000Z']);
  });

  it('puts "the first working day of the month" on the local date, not the UTC one', () => {
    // 00:30 on Tuesday 1 December in Yekaterinburg is still Monday 30 November in UTC.
    const found = occurrencesBetween({
      rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1',
      firstDueAt: new Date('2026-10-31T19:30:00Z'), // Sunday 1 November 00:30 local; Monday 2 November is the first working day
      timeZone: 'Asia/Yekaterinburg',
      after: new Date('2026-11-01T00:00:00Z'),
      until: new Date('2026-12-31T12:00:00Z'),
      limit: 10,
    });
    expect(iso(found)).toEqual(['2026-11-01T19:30:00.000Z', '2026-11-30T19:30:00.000Z']);
  });

  it('counts COUNT from the first occurrence and stops at the limit', () => {
    const window = { firstDueAt, timeZone: 'Europe/Moscow', after: firstDueAt, until: new Date('2027-06-01T00:00:00Z') };
    expect(occurrencesBetween({ ...window, rrule: 'FREQ=WEEKLY;COUNT=3', limit: 10 })).toHaveLength(2);
    expect(occurrencesBetween({ ...window, rrule: 'FREQ=DAILY', limit: 4 })).toHaveLength(4);
    expect(occurrencesBetween({ ...window, rrule: 'FREQ=DAILY', limit: 0 })).toHaveLength(0);
  });

  it('honours UNTIL', () => {
    const found = occurrencesBetween({
      rrule: 'FREQ=DAILY;UNTIL=20261105T235959Z',
      firstDueAt,
      timeZone: 'Europe/Moscow',
      after: firstDueAt,
      until: new Date('2026-12-01T00:00:00Z'),
      limit: 50,
    });
    expect(iso(found)).toEqual(['2026-11-03T07:00:00.000Z', '2026-11-04T07:00:00.000Z', '2026-11-05T07:00:00.000Z']);
  });
});
