import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import {
  _createCache,
  _createIntlFormatters,
  createFormatter,
  createTranslator,
  type NamespaceKeys,
  type NestedKeyOf,
} from 'use-intl/core';
import { catalogues, type Messages } from './catalogues';
import { defaultLocale, defaultTimeZone, isLocale, LOCALE_COOKIE, type AppLocale } from './config';

/** The UI locale: the `pulse_locale` cookie (set at sign-in from the profile and by the switcher), else Russian. */
export const getLocale = cache(async (): Promise<AppLocale> => {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : defaultLocale;
});

export async function getMessages(): Promise<Messages> {
  return catalogues[await getLocale()];
}

type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

/**
 * Parsed ICU messages and Intl formatters, shared by every request of this process: without them each getT parses
 * its messages again. Entries are keyed by the message text, locale and format options, so sharing them is safe,
 * and they are bounded by the catalogues and the time zones in use.
 */
const intlCache = _createCache();
const intlFormatters = _createIntlFormatters(intlCache);

/** Server-side translator for one namespace, e.g. `const t = await getT('tasks')`. */
export async function getT<const N extends Namespace>(namespace: N) {
  const locale = await getLocale();
  return createTranslator({ locale, messages: catalogues[locale], namespace, timeZone: defaultTimeZone, _cache: intlCache, _formatters: intlFormatters });
}

/** Locale-aware date/number formatting in the given time zone (the viewer's own when signed in). */
export async function getFormatter(timeZone: string = defaultTimeZone) {
  const locale = await getLocale();
  return createFormatter({ locale, timeZone, _formatters: intlFormatters });
}
