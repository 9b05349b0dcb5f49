'use client';

import type { ReactNode } from 'react';
import { IntlProvider } from 'use-intl';
import type { ClientMessages } from './client-messages';
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
  /** Only the namespaces client components use (client-messages.ts). */
  messages: ClientMessages;
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
