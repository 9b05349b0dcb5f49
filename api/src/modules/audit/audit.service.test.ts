import { describe, expect, it } from 'vitest';
import { diffFields } from './audit.service';

describe('diffFields', () => {
  it('reports only the fields that changed, with before and after values', () => {
    const before = { name: 'Ромашка', inns: ['7707083893'], kpp: null, updatedAt: new Date('2026-01-01') };
    const after = { name: 'Ромашка', inns: ['7707083893', '500100732259'], kpp: '770701001', website: undefined };
    expect(diffFields(before, after)).toEqual({
      inns: { from: ['7707083893'], to: ['7707083893', '500100732259'] },
      kpp: { from: null, to: '770701001' },
    });
  });

  it('treats equal dates as unchanged', () => {
    expect(diffFields({ dueAt: new Date('2026-05-01T10:00:00Z') }, { dueAt: new Date('2026-05-01T10:00:00Z') })).toEqual({});
  });
});
