import { describe, expect, it } from 'vitest';
import { isRussianTimeZone, RUSSIAN_TIME_ZONES, timeZoneOptions } from './time-zones';
import { utcOffsetLabel } from './time';

describe('RUSSIAN_TIME_ZONES', () => {
  it('are real IANA zones, west to east', () => {
    const offsets = RUSSIAN_TIME_ZONES.map((zone) => {
      expect(() => new Intl.DateTimeFormat('ru', { timeZone: zone })).not.toThrow();
      return Number(/UTC\+(\d+)/.exec(utcOffsetLabel(zone, new Date('2026-01-15T12:00:00Z')))?.[1]);
    });
    expect(offsets).toEqual([2, 3, 4, 5, 6, 7, 7, 8, 9, 10, 11, 12]);
  });

  it.each([
    ['Europe/Moscow', true],
    ['Asia/Yekaterinburg', true],
    ['Europe/Berlin', false],
    ['europe/moscow', false],
    ['', false],
  ])('isRussianTimeZone(%j) → %s', (zone, expected) => {
    expect(isRussianTimeZone(zone)).toBe(expected);
  });
});

describe('timeZoneOptions', () => {
  const cityName = (zone: string) => `city:${zone}`;

  it('lists the Russian zones with their offset', () => {
    const options = timeZoneOptions(cityName);
    expect(options).toHaveLength(RUSSIAN_TIME_ZONES.length);
    expect(options.find((option) => option.value === 'Asia/Yekaterinburg')?.label).toBe('city:Asia/Yekaterinburg (UTC+5)');
  });

  it('keeps a zone already in use elsewhere as an option under its IANA name, once', () => {
    const options = timeZoneOptions(cityName, ['Asia/Almaty', 'Europe/Moscow', '', 'Asia/Almaty']);
    const extra = options.slice(RUSSIAN_TIME_ZONES.length);
    expect(extra.map((option) => option.value)).toEqual(['Asia/Almaty']);
    expect(extra[0]?.label).toMatch(/^Asia\/Almaty \(UTC\+\d+\)$/);
  });
});
