import { describe, expect, it } from 'vitest';
import type { Role } from './gql/graphql';
import { isAdmin, isLeadership, ROLES, worksAcrossBranches } from './roles';

describe('roles', () => {
  it('lists every role of the schema once, the manager first', () => {
    const schemaRoles: Record<Role, true> = { MANAGER: true, SALES_HEAD: true, BRANCH_DIRECTOR: true, GROUP_MANAGER: true, ADMIN: true };
    expect([...ROLES].sort()).toEqual(Object.keys(schemaRoles).sort());
    expect(ROLES[0]).toBe('MANAGER');
  });

  it.each([
    // role, admin, leadership, across branches
    ['MANAGER', false, false, false],
    ['SALES_HEAD', false, true, false],
    ['BRANCH_DIRECTOR', false, true, false],
    ['GROUP_MANAGER', false, true, true],
    ['ADMIN', true, true, true],
  ] as const)('%s: admin %s, leadership %s, across branches %s', (role, admin, leadership, acrossBranches) => {
    expect(isAdmin(role)).toBe(admin);
    expect(isLeadership(role)).toBe(leadership);
    expect(worksAcrossBranches(role)).toBe(acrossBranches);
  });
});
