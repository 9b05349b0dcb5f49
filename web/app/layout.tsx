import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { ToastProvider } from '@/components/ui/toast';
import { defaultTimeZone } from '@/i18n/config';
import { I18nProvider } from '@/i18n/provider';
import { clientMessages } from '@/i18n/client-messages';
import { getLocale, getT } from '@/i18n/server';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT('common');
  return {
    title: { template: `%s · ${t('appName')}`, default: t('appName') },
    description: t('tagline'),
    robots: { index: false, follow: false },
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f6f7f9' },
    { media: '(prefers-color-scheme: dark)', color: '#0c111d' },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const messages = clientMessages(locale);
  return (
    <html lang={locale}>
      <body>
        <I18nProvider locale={locale} messages={messages} timeZone={defaultTimeZone}>
          <ToastProvider>{children}</ToastProvider>
        </I18nProvider>
      </body>
    </html>
  );
}
