import type { ReactNode } from 'react';
import { AppShell } from '@/components/shell/app-shell';
import { I18nProvider } from '@/i18n/provider';
import { clientMessages } from '@/i18n/client-messages';
import { getLocale } from '@/i18n/server';
import { getViewerWithUnread } from '@/lib/viewer';

export default async function AppLayout({ children }: { children: ReactNode }) {
  const [{ viewer, unread }, locale] = await Promise.all([getViewerWithUnread(), getLocale()]);
  return (
    // Inside the app, dates read in the viewer's own time zone. The same messages object as the root layout's:
    // the payload carries it once.
    <I18nProvider locale={locale} messages={clientMessages(locale)} timeZone={viewer.timeZone}>
      <AppShell viewer={viewer} unread={unread}>{children}</AppShell>
    </I18nProvider>
  );
}
