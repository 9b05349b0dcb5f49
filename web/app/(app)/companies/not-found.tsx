import { StatusPage } from '@/components/feedback/status-page';
import { ButtonLink } from '@/components/ui/button';
import { getT } from '@/i18n/server';

/** A company that does not exist (deleted, mistyped link) gets its own 404 with the way back to the list. */
export default async function CompanyNotFound() {
  const t = await getT('companies');
  return (
    <StatusPage
      code="404"
      title={t('page.notFoundTitle')}
      hint={t('page.notFoundHint')}
      actions={
        <ButtonLink href="/companies" variant="primary" icon="building">
          {t('page.toList')}
        </ButtonLink>
      }
    />
  );
}
