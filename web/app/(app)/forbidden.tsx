import { StatusPage } from '@/components/feedback/status-page';
import { ButtonLink } from '@/components/ui/button';
import { getT } from '@/i18n/server';

export default async function Forbidden() {
  const t = await getT('common');
  return (
    <StatusPage
      code="403"
      title={t('pages.forbiddenTitle')}
      hint={t('pages.forbiddenHint')}
      actions={
        <ButtonLink href="/" variant="primary" icon="home">
          {t('actions.toHome')}
        </ButtonLink>
      }
    />
  );
}
