import { StatusPage } from '@/components/feedback/status-page';
import { ButtonLink } from '@/components/ui/button';
import { getT } from '@/i18n/server';

export default async function NotFound() {
  const t = await getT('common');
  return (
    <StatusPage
      fullscreen
      code="404"
      title={t('pages.notFoundTitle')}
      hint={t('pages.notFoundHint')}
      actions={
        <ButtonLink href="/" variant="primary" icon="home">
          {t('actions.toHome')}
        </ButtonLink>
      }
    />
  );
}
