import { RRule } from 'rrule';
import { fromWallClock, toWallClock } from '../../common/time-zones';

export interface OccurrenceWindow {
  /** The rule, as checkRrule normalised it (no DTSTART). */
  rrule: string;
  /** The series' first occurrence: the recurring task's own due time. */
  firstDueAt: Date;
  /** The assignee's time zone: "every Monday at 10:00" means 10:00 on his clocks. */
  timeZone: string;
  /** Occurrences strictly after this instant… */
  after: Date;
  /** …and at or before this one… */
  until: Date;
  /** …at most this many. */
  limit: number;
}

/**
 * The due times of a series' occurrences in a window. The rule is expanded on the assignee's wall clock
 * (so the local hour holds across offset changes) and each local time is turned back into an instant.
 * COUNT counts from the first occurrence, which is the recurring task itself.
 */
export function occurrencesBetween(window: OccurrenceWindow): Date[] {
  if (window.limit <= 0 || window.until <= window.after) return [];
  const rule = new RRule({ ...RRule.parseString(window.rrule), dtstart: toWallClock(window.firstDueAt, window.timeZone) });
  const localAfter = toWallClock(window.after, window.timeZone);
  const localUntil = toWallClock(window.until, window.timeZone);
  const found: Date[] = [];
  rule.between(localAfter, localUntil, true, (local) => {
    const instant = fromWallClock(local, window.timeZone);
    if (instant > window.after && instant <= window.until) found.push(instant);
    return found.length < window.limit;
  });
  return found;
}
