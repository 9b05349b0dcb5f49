import { Tabs } from '@/components/ui/tabs';
import { getT } from '@/i18n/server';

export async function AdminTabs({ active }: { active: 'users' | 'branches' | 'jobs' }) {
  const t = await getT('admin');
  return (
    <Tabs
      label={t('tabs.label')}
      items={[
        { href: '/admin/users', label: t('tabs.users'), active: active === 'users' },
        { href: '/admin/branches', label: t('tabs.branches'), active: active === 'branches' },
        { href: '/admin/jobs', label: t('tabs.jobs'), active: active === 'jobs' },
      ]}
    />
  );
}
