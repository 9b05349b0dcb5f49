import { env } from '../env';
import { accessTokenExpiry } from './token';

export const ACCESS_COOKIE = 'pulse_at';
export const REFRESH_COOKIE = 'pulse_rt';
const REFRESH_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
const FALLBACK_ACCESS_MAX_AGE_SECONDS = 15 * 60;

export type CookieToSet = {
  name: string;
  value: string;
  options: { httpOnly: true; sameSite: 'lax'; secure: boolean; path: '/'; maxAge: number };
};

function cookie(name: string, value: string, maxAge: number): CookieToSet {
  return { name, value, options: { httpOnly: true, sameSite: 'lax', secure: env.cookieSecure, path: '/', maxAge } };
}

/** The two session cookies for a fresh token pair; the access cookie lives exactly as long as its token. */
export function sessionCookies(tokens: { accessToken: string; refreshToken: string }, nowMs = Date.now()): CookieToSet[] {
  const exp = accessTokenExpiry(tokens.accessToken);
  const accessMaxAge = exp ? Math.max(1, Math.floor(exp - nowMs / 1000)) : FALLBACK_ACCESS_MAX_AGE_SECONDS;
  return [cookie(ACCESS_COOKIE, tokens.accessToken, accessMaxAge), cookie(REFRESH_COOKIE, tokens.refreshToken, REFRESH_MAX_AGE_SECONDS)];
}

export const SESSION_COOKIE_NAMES = [ACCESS_COOKIE, REFRESH_COOKIE] as const;
