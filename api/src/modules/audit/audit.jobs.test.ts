import { describe, expect, it } from 'vitest';
import { partitionsToDrop } from './audit.jobs';

describe('partitionsToDrop', () => {
  const names = ['audit_events_default', 'audit_events_2023_12', 'audit_events_2024_10', 'audit_events_2024_11', 'audit_events_2026_11', 'other'];

  it('drops whole months before the retention horizon, never the default partition', () => {
    expect(partitionsToDrop(names, new Date('2026-11-24T00:00:00Z'), 24)).toEqual(['audit_events_2023_12', 'audit_events_2024_10']);
  });

  it('keeps everything within a long retention', () => {
    expect(partitionsToDrop(names, new Date('2026-11-24T00:00:00Z'), 48)).toEqual([]);
  });
});
