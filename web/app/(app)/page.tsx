import type { Metadata } from 'next';
import { Suspense } from 'react';
import { DashboardBoard, DashboardSkeleton } from '@/components/dashboard/dashboard';
import { DashboardLive } from '@/components/dashboard/dashboard-live';
import { PageHeader } from '@/components/ui/page-header';
import { getFormatter, getT } from '@/i18n/server';
import { dayPeriod } from '@/lib/time';
import type { SearchParams } from '@/lib/url';
import { getViewer } from '@/lib/viewer';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('shell'))('home.metaTitle') };
}

/** "Иванов Иван Петрович" → "Иван"; "Иван Иванов" / "Jane Smith" → the first word. */
function givenName(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  return (words.length === 3 ? words[1] : words[0]) ?? fullName;
}

export default async function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [params, viewer] = await Promise.all([searchParams, getViewer()]);
  const [t, format] = await Promise.all([getT('shell'), getFormatter(viewer.timeZone)]);
  const now = new Date();
  const firstName = givenName(viewer.fullName);
  return (
    <>
      <PageHeader
        title={t(`home.greeting.${dayPeriod(now, viewer.timeZone)}`, { name: firstName })}
        description={t('home.subtitle', { date: format.dateTime(now, { weekday: 'long', day: 'numeric', month: 'long' }) })}
      />
      <DashboardLive />
      <Suspense fallback={<DashboardSkeleton />}>
        <DashboardBoard params={params} timeZone={viewer.timeZone} />
      </Suspense>
    </>
  );
}
