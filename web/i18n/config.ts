export const locales = ['ru', 'en'] as const;
export type AppLocale = (typeof locales)[number];
export const defaultLocale: AppLocale = 'ru';
export const LOCALE_COOKIE = 'pulse_locale';
/** Used until we know the signed-in user's own time zone (e.g. on the login page). */
export const defaultTimeZone = 'Europe/Moscow';

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
