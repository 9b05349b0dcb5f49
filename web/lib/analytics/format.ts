import type { Granularity } from './params';

/** A period's first day as its label: "12 нояб." for days and weeks, "нояб. 2026" for months (LocalDate at noon UTC). */
export function periodLabelOptions(granularity: Granularity): Pick<Intl.DateTimeFormatOptions, 'day' | 'month' | 'year' | 'timeZone'> {
  return granularity === 'month' ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'short', timeZone: 'UTC' };
}

export type DurationParts = { days: number; hours: number; minutes: number };

/** Seconds as whole days, hours and minutes (the average time to complete a task spans hours to weeks). */
export function durationParts(totalSeconds: number): DurationParts {
  const minutesTotal = Math.round(Math.max(0, totalSeconds) / 60);
  return { days: Math.floor(minutesTotal / 1440), hours: Math.floor((minutesTotal % 1440) / 60), minutes: minutesTotal % 60 };
}
