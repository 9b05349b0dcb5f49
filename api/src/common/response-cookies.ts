import { serialize } from 'cookie';

export interface CookieOptions {
  httpOnly: boolean;
  sameSite: 'lax' | 'strict' | 'none';
  secure: boolean;
  path: string;
  /** Milliseconds; written as Max-Age (seconds) and Expires, as Express's res.cookie did. */
  maxAgeMs?: number;
}

/** The Set-Cookie headers a request's resolvers ask for, written with the response. */
export class ResponseCookies {
  readonly headers: string[] = [];

  set(name: string, value: string, options: CookieOptions): void {
    const { maxAgeMs, ...rest } = options;
    const timing = maxAgeMs === undefined ? {} : { maxAge: Math.floor(maxAgeMs / 1000), expires: new Date(Date.now() + maxAgeMs) };
    this.headers.push(serialize(name, value, { ...rest, ...timing }));
  }

  /** An empty value that expired at the epoch: the browser drops the cookie. */
  clear(name: string, options: Omit<CookieOptions, 'maxAgeMs'>): void {
    this.headers.push(serialize(name, '', { ...options, expires: new Date(1) }));
  }
}
