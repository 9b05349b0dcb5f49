'use client';

import type { ReactNode } from 'react';
import { IntlProvider } from 'use-intl';
import type { Messages } from './catalogues';
import type { AppLocale } from './config';

/** Client components read translations and formats from here (`useTranslations`, `useFormatter`). */
export function I18nProvider({
  locale,
  messages,
  timeZone,
  now,
  children,
}: {
  locale: AppLocale;
  messages: Messages;
  timeZone: string;
  now?: Date;
  children: ReactNode;
}) {
  return (
    <IntlProvider locale={locale} messages={messages} timeZone={timeZone} now={now}>
      {children}
    </IntlProvider>
  );
}
