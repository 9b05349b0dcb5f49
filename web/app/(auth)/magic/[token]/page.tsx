import type { Metadata } from 'next';
import { MagicLinkForm } from '@/components/auth/magic-link-form';
import { getT } from '@/i18n/server';
import { loginWithMagicLinkAction } from '@/lib/actions/auth';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('auth'))('magic.metaTitle'), referrer: 'no-referrer' };
}

/**
 * The link is consumed only when the person presses the button: mail scanners and link previews that
 * fetch the URL do not burn the one-time token.
 */
export default async function MagicLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <MagicLinkForm action={loginWithMagicLinkAction.bind(null, token)} />;
}
