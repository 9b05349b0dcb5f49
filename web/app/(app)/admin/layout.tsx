import { forbidden } from 'next/navigation';
import type { ReactNode } from 'react';
import { clientMessages } from '@/i18n/client-messages';
import { I18nProvider } from '@/i18n/provider';
import { getLocale } from '@/i18n/server';
import { isAdmin } from '@/lib/roles';
import { getViewer } from '@/lib/viewer';

/** Administration is for administrators only: everyone else gets a 403 page inside the app shell. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const [viewer, locale] = await Promise.all([getViewer(), getLocale()]);
  if (!isAdmin(viewer.role)) forbidden();
  // The admin dialogs' messages reach the browser on these pages only.
  return (
    <I18nProvider locale={locale} messages={clientMessages(locale, 'admin')} timeZone={viewer.timeZone}>
      {children}
    </I18nProvider>
  );
}
