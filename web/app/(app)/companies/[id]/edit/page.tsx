import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CompanyForm } from '@/components/companies/company-form';
import { getCompanyForForm } from '@/components/companies/company-loader';
import { getCompanyFormOptions } from '@/components/companies/dictionaries';
import { StatusPage } from '@/components/feedback/status-page';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { getT } from '@/i18n/server';
import { companyFormValues } from '@/lib/reshape/company-input';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [company, t] = await Promise.all([getCompanyForForm((await params).id), getT('companies')]);
  return { title: company ? t('form.editTitle', { name: company.name }) : t('page.notFoundTitle') };
}

export default async function EditCompanyPage({ params }: Props) {
  const { id } = await params;
  const [company, t] = await Promise.all([getCompanyForForm(id), getT('companies')]);
  if (!company) notFound();
  if (!company.viewerCanEdit) {
    return (
      <StatusPage
        icon="lock"
        title={t('form.forbiddenTitle')}
        hint={t('form.forbiddenHint')}
        actions={
          <ButtonLink href={`/companies/${company.id}`} variant="primary" icon="chevronLeft">
            {t('form.backToCompany')}
          </ButtonLink>
        }
      />
    );
  }
  const options = await getCompanyFormOptions(company.timeZone);
  return (
    <>
      <PageHeader title={t('form.editTitle', { name: company.name })} description={t('form.editDescription')} />
      <CompanyForm companyId={company.id} initial={companyFormValues(company)} options={options} cancelHref={`/companies/${company.id}`} />
    </>
  );
}
