import type { Metadata } from 'next';
import { Suspense } from 'react';
import { TaskSummaryCards, TaskSummaryCardsSkeleton } from '@/components/home/task-summary-cards';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { getFormatter, getT } from '@/i18n/server';
import { dayPeriod } from '@/lib/time';
import { getViewer } from '@/lib/viewer';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('shell'))('home.metaTitle') };
}

/** "Иванов Иван Петрович" → "Иван"; "Иван Иванов" / "Jane Smith" → the first word. */
function givenName(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  return (words.length === 3 ? words[1] : words[0]) ?? fullName;
}

export default async function HomePage() {
  const viewer = await getViewer();
  const [t, format] = await Promise.all([getT('shell'), getFormatter(viewer.timeZone)]);
  const now = new Date();
  const firstName = givenName(viewer.fullName);
  return (
    <>
      <PageHeader
        title={t(`home.greeting.${dayPeriod(now, viewer.timeZone)}`, { name: firstName })}
        description={t('home.subtitle', { date: format.dateTime(now, { weekday: 'long', day: 'numeric', month: 'long' }) })}
      />
      <Suspense fallback={<TaskSummaryCardsSkeleton />}>
        <TaskSummaryCards />
      </Suspense>
      <Card>
        <EmptyState
          icon="compass"
          title={t('home.comingSoon.title')}
          hint={t('home.comingSoon.hint')}
          action={
            <ButtonLink href="/tasks" variant="primary" icon="tasks">
              {t('home.comingSoon.action')}
            </ButtonLink>
          }
        />
      </Card>
    </>
  );
}
