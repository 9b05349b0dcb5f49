import { describe, expect, it } from 'vitest';
import { NotificationKind } from './notification.entity';
import { contractExpiryKey, contractThreshold, taskReminderKey } from './notification.jobs';

describe('contractThreshold', () => {
  it.each([
    [-1, null],
    [0, 14],
    [14, 14],
    [15, 30],
    [30, 30],
    [31, null],
  ])('%i days left → %s', (days, threshold) => {
    expect(contractThreshold(days)).toBe(threshold);
  });
});

describe('dedupe keys', () => {
  it('name the task, kind and due time, so a reschedule re-arms the reminder', () => {
    expect(taskReminderKey('t1', NotificationKind.TASK_DUE, new Date('2026-01-01T00:00:00Z'))).toBe('task:t1:TASK_DUE:1767225600');
    expect(contractExpiryKey('c1', 14, '2026-02-01')).toBe('contract:c1:14:2026-02-01');
  });
});
