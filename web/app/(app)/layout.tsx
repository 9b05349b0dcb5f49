import type { ReactNode } from 'react';
import { AppShell } from '@/components/shell/app-shell';
import { I18nProvider } from '@/i18n/provider';
import { getLocale, getMessages } from '@/i18n/server';
import { getViewer } from '@/lib/viewer';

export default async function AppLayout({ children }: { children: ReactNode }) {
  const [viewer, locale, messages] = await Promise.all([getViewer(), getLocale(), getMessages()]);
  return (
    // Inside the app, dates read in the viewer's own time zone.
    <I18nProvider locale={locale} messages={messages} timeZone={viewer.timeZone}>
      <AppShell viewer={viewer}>{children}</AppShell>
    </I18nProvider>
  );
}
