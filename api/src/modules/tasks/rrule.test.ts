import { describe, expect, it } from 'vitest';
import { checkRrule } from './rrule';

describe('checkRrule', () => {
  it.each([
    ['FREQ=DAILY', 'FREQ=DAILY'],
    ['freq=weekly;byday=mo,we,fr', 'FREQ=WEEKLY;BYDAY=MO,WE,FR'],
    ['RRULE:FREQ=MONTHLY;BYMONTHDAY=-1', 'FREQ=MONTHLY;BYMONTHDAY=-1'],
    ['INTERVAL=2;FREQ=WEEKLY', 'FREQ=WEEKLY;INTERVAL=2'],
    ['FREQ=MONTHLY;BYDAY=1MO,-1FR;COUNT=12', 'FREQ=MONTHLY;BYDAY=1MO,-1FR;COUNT=12'],
    ['FREQ=YEARLY;BYMONTH=3,9;BYMONTHDAY=15;UNTIL=20301231', 'FREQ=YEARLY;BYMONTH=3,9;BYMONTHDAY=15;UNTIL=20301231'],
    ['FREQ=DAILY;BYHOUR=9,14;BYMINUTE=30;UNTIL=20261231T235959Z', 'FREQ=DAILY;BYHOUR=9,14;BYMINUTE=30;UNTIL=20261231T235959Z'],
    ['FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;WKST=MO', 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;WKST=MO'],
  ])('accepts %s as %s', (input, normalised) => {
    expect(checkRrule(input)).toEqual({ ok: true, rule: normalised });
  });

  it.each([
    ['', 'rrule is empty'],
    ['FREQ=SOMETIMES', 'rrule FREQ must be one of YEARLY, MONTHLY, WEEKLY, DAILY, HOURLY, MINUTELY, SECONDLY'],
    ['BYDAY=MO', 'rrule needs FREQ, e.g. FREQ=WEEKLY'],
    ['FREQ=DAILY;FREQ=WEEKLY', 'rrule repeats FREQ'],
    ['FREQ=DAILY;BYEASTER=1', 'rrule part BYEASTER is not supported; use FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH, BYHOUR, BYMINUTE, BYSETPOS, WKST'],
    ['FREQ=DAILY;INTERVAL=0', 'rrule INTERVAL must be a whole number from 1 to 1000'],
    ['FREQ=DAILY;COUNT=-3', 'rrule COUNT must be a whole number from 1 to 10000'],
    ['FREQ=DAILY;COUNT=3;UNTIL=20301231', 'rrule may have COUNT or UNTIL, not both'],
    ['FREQ=DAILY;UNTIL=20260231', 'rrule UNTIL is not a real date'],
    ['FREQ=DAILY;UNTIL=tomorrow', 'rrule UNTIL must be a date such as 20261231 or a UTC time such as 20261231T235959Z'],
    ['FREQ=WEEKLY;BYDAY=XX', 'rrule BYDAY must be a comma-separated list of weekdays such as MO,WE or 1MO,-1FR'],
    ['FREQ=WEEKLY;BYDAY=60MO', 'rrule BYDAY must be a comma-separated list of weekdays such as MO,WE or 1MO,-1FR'],
    ['FREQ=MONTHLY;BYMONTHDAY=32', 'rrule BYMONTHDAY must be a comma-separated list of numbers from ±1 to ±31'],
    ['FREQ=YEARLY;BYMONTH=-1', 'rrule BYMONTH must be a comma-separated list of numbers from 1 to 12'],
    ['FREQ=DAILY;BYHOUR=24', 'rrule BYHOUR must be a comma-separated list of numbers from 0 to 23'],
    ['FREQ=DAILY;', 'rrule part "" is not KEY=VALUE'],
    ['FREQ=DAILY;INTERVAL', 'rrule part "INTERVAL" is not KEY=VALUE'],
    [`FREQ=DAILY;BYMINUTE=${'1,'.repeat(300)}1`, 'rrule must be at most 500 characters'],
  ])('rejects %j: %s', (input, message) => {
    expect(checkRrule(input)).toEqual({ ok: false, message });
  });
});
