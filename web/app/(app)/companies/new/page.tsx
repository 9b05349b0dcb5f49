import type { Metadata } from 'next';
import { CompanyForm } from '@/components/companies/company-form';
import { getCompanyFormOptions } from '@/components/companies/dictionaries';
import { PageHeader } from '@/components/ui/page-header';
import { getT } from '@/i18n/server';
import { emptyCompanyFormValues } from '@/lib/reshape/company-input';
import { getViewer } from '@/lib/viewer';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('companies'))('form.createTitle') };
}

export default async function NewCompanyPage() {
  const [options, viewer, t] = await Promise.all([getCompanyFormOptions(), getViewer(), getT('companies')]);
  return (
    <>
      <PageHeader title={t('form.createTitle')} description={t('form.createDescription')} />
      <CompanyForm initial={emptyCompanyFormValues(viewer.id)} options={options} cancelHref="/companies" />
    </>
  );
}
