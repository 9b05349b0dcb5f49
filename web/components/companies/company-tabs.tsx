'use client';

import { usePathname } from 'next/navigation';
import { useTranslations } from 'use-intl';
import { Tabs } from '@/components/ui/tabs';

export const COMPANY_TABS = ['details', 'channels', 'contacts', 'notes', 'tasks', 'calls', 'history'] as const;
export type CompanyTab = (typeof COMPANY_TABS)[number];

/** The company's sections as routes (`/companies/:id`, `/companies/:id/notes`…), so each loads on its own. */
export function CompanyTabs({ companyId, counts }: { companyId: string; counts: Partial<Record<CompanyTab, number>> }) {
  const t = useTranslations('companies.page');
  const pathname = usePathname();
  const base = `/companies/${companyId}`;
  const items = COMPANY_TABS.map((tab) => {
    const href = tab === 'details' ? base : `${base}/${tab}`;
    return { href, label: t(`tabs.${tab}`), active: pathname === href, count: counts[tab], testId: `company-tab-${tab}` };
  });
  return <Tabs items={items} label={t('tabsLabel')} />;
}
