'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormatter, useTranslations } from 'use-intl';
import type { Granularity } from '@/lib/analytics/params';
import { periodLabelOptions } from '@/lib/analytics/format';
import { localDateAsDate } from '@/lib/reshape/companies';

export type ChartPoint = { period: string; total: number; connected: number };

const HEIGHT = 280;

/**
 * Calls per period, total beside connected. Drawn in the browser (recharts measures its container); the
 * figure's caption, rendered on the server, carries the same numbers as text for screen readers.
 */
export function CallsChart({ points, granularity }: { points: ChartPoint[]; granularity: Granularity }) {
  const t = useTranslations('analytics.chart');
  const format = useFormatter();
  const label = (period: unknown) => (typeof period === 'string' ? format.dateTime(localDateAsDate(period), periodLabelOptions(granularity)) : '');
  return (
    <div aria-hidden="true" data-testid="calls-chart">
      <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 640, height: HEIGHT }}>
        <BarChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke="var(--color-border)" />
          <XAxis dataKey="period" tickFormatter={label} tick={{ fontSize: 12, fill: 'var(--color-text-muted)' }} tickLine={false} minTickGap={12} />
          <YAxis allowDecimals={false} tickFormatter={(value: number) => format.number(value)} tick={{ fontSize: 12, fill: 'var(--color-text-muted)' }} width={44} tickLine={false} axisLine={false} />
          <Tooltip
            labelFormatter={label}
            formatter={(value) => (typeof value === 'number' ? format.number(value) : String(value))}
            cursor={{ fill: 'var(--color-surface-hover)' }}
          />
          <Legend wrapperStyle={{ fontSize: 13 }} />
          <Bar dataKey="total" name={t('total')} fill="var(--color-primary-soft-text)" radius={[3, 3, 0, 0]} maxBarSize={36} isAnimationActive={false} />
          <Bar dataKey="connected" name={t('connected')} fill="var(--color-success)" radius={[3, 3, 0, 0]} maxBarSize={36} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
