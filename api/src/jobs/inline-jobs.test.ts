import { describe, expect, it } from 'vitest';
import { InlineJobs } from './inline-jobs';
import { type JobContext, defineJob } from './jobs';

describe('InlineJobs', () => {
  const seen: unknown[] = [];
  const echo = defineJob<{ value: number }>({ name: 'test.echo', every: '1 hour', run: async (data) => void seen.push(data.value) });
  const context = {} as JobContext;

  it('runs an enqueued job at once with its data', async () => {
    const jobs = new InlineJobs([echo], () => context);
    await jobs.enqueue('test.echo', { value: 7 });
    expect(seen).toEqual([7]);
    expect(jobs.runs).toEqual([{ name: 'test.echo', data: { value: 7 } }]);
  });

  it('schedules periodic jobs on start and rejects unknown names', async () => {
    const jobs = new InlineJobs([echo], () => context);
    await jobs.start();
    expect(jobs.schedules.get('test.echo')).toEqual({ interval: '1 hour', data: {} });
    await expect(jobs.enqueue('nope', {})).rejects.toThrow('No job named nope');
    await jobs.stop();
    expect(jobs.schedules.size).toBe(0);
  });
});
