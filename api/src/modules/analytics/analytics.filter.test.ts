import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { Role } from '../users/user.entity';
import { analyticsScope } from './analytics.filter';
import { wholeMonths } from './analytics.sql';

describe('wholeMonths', () => {
  it.each([
    ['2025-03-01', '2025-03-31', { first: '2025-03-01', last: '2025-03-31' }],
    ['2025-02-15', '2025-05-10', { first: '2025-03-01', last: '2025-04-30' }],
    ['2024-02-01', '2024-02-29', { first: '2024-02-01', last: '2024-02-29' }],
    ['2024-12-02', '2025-01-31', { first: '2025-01-01', last: '2025-01-31' }],
    ['2025-03-10', '2025-03-11', null],
    ['2025-03-02', '2025-04-30', { first: '2025-04-01', last: '2025-04-30' }],
  ])('%s..%s → %o', (from, to, expected) => {
    expect(wholeMonths(from, to)).toEqual(expected);
  });
});

describe('analyticsScope', () => {
  it.each([
    [Role.ADMIN, 'b1', { kind: 'all' }],
    [Role.GROUP_MANAGER, null, { kind: 'all' }],
    [Role.BRANCH_DIRECTOR, 'b1', { kind: 'branch', branchId: 'b1' }],
    [Role.SALES_HEAD, 'b1', { kind: 'branch', branchId: 'b1' }],
    [Role.SALES_HEAD, null, { kind: 'own', userId: 'u1' }],
    [Role.MANAGER, 'b1', { kind: 'own', userId: 'u1' }],
  ])('%s in branch %s sees %o', (role, branchId, expected) => {
    expect(analyticsScope({ id: 'u1', role, branchId })).toEqual(expected);
  });
});
