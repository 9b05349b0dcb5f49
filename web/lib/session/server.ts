import 'server-only';
import { cookies } from 'next/headers';
import { LOCALE_COOKIE, type AppLocale } from '@/i18n/config';
import { env } from '../env';
import { ACCESS_COOKIE, SESSION_COOKIE_NAMES, sessionCookies } from './cookies';

const LOCALE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** Stores a fresh token pair (server actions only: cookies cannot be set while rendering). */
export async function startSession(tokens: { accessToken: string; refreshToken: string }, locale?: AppLocale): Promise<void> {
  const store = await cookies();
  for (const { name, value, options } of sessionCookies(tokens)) store.set(name, value, options);
  if (locale) await rememberLocale(locale);
}

export async function endSession(): Promise<void> {
  const store = await cookies();
  for (const name of SESSION_COOKIE_NAMES) store.delete({ name, path: '/' });
}

export async function hasSession(): Promise<boolean> {
  return (await cookies()).has(ACCESS_COOKIE);
}

export async function rememberLocale(locale: AppLocale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, {
    httpOnly: true,
    sameSite: 'lax',
    secure: env.cookieSecure,
    path: '/',
    maxAge: LOCALE_MAX_AGE_SECONDS,
  });
}
