import type { Role } from './gql/graphql';

export const ROLES: readonly Role[] = ['MANAGER', 'SALES_HEAD', 'BRANCH_DIRECTOR', 'GROUP_MANAGER', 'ADMIN'];

export function isAdmin(role: Role): boolean {
  return role === 'ADMIN';
}

/** Roles that assign work to others (within their branch, or everywhere for admin and group managers). */
export function isLeadership(role: Role): boolean {
  return role !== 'MANAGER';
}

/** Leadership without a branch scope sees every branch's people. */
export function worksAcrossBranches(role: Role): boolean {
  return role === 'ADMIN' || role === 'GROUP_MANAGER';
}
