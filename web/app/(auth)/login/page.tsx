import type { Metadata } from 'next';
import { LoginForm } from '@/components/auth/login-form';
import { getT } from '@/i18n/server';
import { firstParam, safeRedirectPath, type SearchParams } from '@/lib/url';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('auth'))('login.metaTitle') };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const t = await getT('auth');
  const notice =
    firstParam(params.signedOut) === 'everywhere'
      ? t('login.signedOutEverywhere')
      : firstParam(params.expired)
        ? t('login.sessionExpired')
        : undefined;
  return <LoginForm next={safeRedirectPath(firstParam(params.next))} notice={notice} />;
}
