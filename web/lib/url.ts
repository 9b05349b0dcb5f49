/** Search params as Next passes them to pages. */
export type SearchParams = Record<string, string | string[] | undefined>;

export function firstParam(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first === '' ? undefined : first;
}

export function allParams(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((item) => item !== '');
}

/**
 * Builds `pathname?query` from the current params with some keys replaced (string / string[]) or removed
 * (undefined). Keys listed in `drop` are removed too (e.g. paging when a filter changes).
 */
export function hrefWith(
  pathname: string,
  current: SearchParams,
  changes: Record<string, string | readonly string[] | undefined> = {},
  drop: readonly string[] = [],
): string {
  const params = new URLSearchParams();
  const merged: Record<string, string | readonly string[] | undefined> = { ...current, ...changes };
  for (const [key, value] of Object.entries(merged)) {
    if (drop.includes(key) || value === undefined) continue;
    for (const item of typeof value === 'string' ? [value] : value) if (item !== '') params.append(key, item);
  }
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** URL parsers drop tab, CR and LF anywhere, so "/\t/evil.com" would be read as "//evil.com", another site. */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** Accepts only same-origin relative paths, so `?next=` can never send a user to another site. */
export function safeRedirectPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return fallback;
  }
  return CONTROL_CHARACTERS.test(value) ? fallback : value;
}
