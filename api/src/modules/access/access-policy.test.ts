import { describe, expect, it } from 'vitest';
import { Role } from '../users/user.entity';
import {
  type Actor,
  callScope,
  canAssignCompanyTo,
  canAssignTaskTo,
  canCancelDeletionRequest,
  canDecideCompanyDeletion,
  canEditCompany,
  canEditNote,
  canPinNote,
  canRequestCompanyDeletion,
  canTransferCompany,
  canViewCall,
  canViewCallRequest,
  canViewCompany,
  canViewTask,
  companyScope,
  deletionRequestScope,
  taskScope,
} from './access-policy';

const EKB = 'branch-ekb';
const TMN = 'branch-tmn';
const actor = (id: string, role: Role, branchId: string | null = EKB): Actor => ({ id, role, branchId });

const manager = actor('m1', Role.MANAGER);
const otherManager = actor('m2', Role.MANAGER);
const head = actor('h1', Role.SALES_HEAD);
const director = actor('d1', Role.BRANCH_DIRECTOR);
const tmnDirector = actor('d2', Role.BRANCH_DIRECTOR, TMN);
const groupManager = actor('g1', Role.GROUP_MANAGER, null);
const admin = actor('a1', Role.ADMIN, null);

const ownCompany = { responsibleId: manager.id, branchId: EKB };
const colleaguesCompany = { responsibleId: otherManager.id, branchId: EKB };

describe('company rules', () => {
  it.each([
    ['manager, own company', manager, ownCompany, true],
    ['manager, colleague company', manager, colleaguesCompany, false],
    ['sales head, branch company', head, colleaguesCompany, true],
    ['director, branch company', director, colleaguesCompany, true],
    ['director of another branch', tmnDirector, colleaguesCompany, false],
    ['group manager', groupManager, colleaguesCompany, true],
    ['admin', admin, colleaguesCompany, true],
  ])('edit and transfer: %s → %s', (_label, who, company, expected) => {
    expect(canEditCompany(who, company)).toBe(expected);
    expect(canTransferCompany(who, company)).toBe(expected);
  });

  it.each([
    ['manager', manager, false],
    ['sales head of the branch', head, true],
    ['director of the branch', director, true],
    ['director of another branch', tmnDirector, false],
    ['group manager', groupManager, true],
    ['admin', admin, true],
  ])('decide deletion: %s → %s', (_label, who, expected) => {
    expect(canDecideCompanyDeletion(who, colleaguesCompany)).toBe(expected);
  });

  it('everyone sees every company and may ask to delete it in the default mode', () => {
    for (const who of [manager, head, tmnDirector, groupManager, admin]) {
      expect(canViewCompany(who, colleaguesCompany)).toBe(true);
      expect(canRequestCompanyDeletion(who, colleaguesCompany)).toBe(true);
    }
  });

  it('the visibility switch narrows managers to their own and leaders to their branch', () => {
    expect(companyScope(manager, 'own')).toEqual({ kind: 'own', userId: manager.id });
    expect(companyScope(director, 'own')).toEqual({ kind: 'branch', branchId: EKB });
    expect(companyScope(admin, 'own')).toEqual({ kind: 'all' });
    expect(canViewCompany(manager, colleaguesCompany, 'own')).toBe(false);
    expect(canViewCompany(tmnDirector, colleaguesCompany, 'branch')).toBe(false);
    expect(canViewCompany(director, colleaguesCompany, 'branch')).toBe(true);
  });
});

describe('company assignment and deletion requests', () => {
  it.each([
    ['manager to himself', manager, manager, true],
    ['manager to a colleague', manager, otherManager, false],
    ['head within the branch', head, otherManager, true],
    ['director outside the branch', tmnDirector, otherManager, false],
    ['group manager anywhere', groupManager, otherManager, true],
    ['admin anywhere', admin, tmnDirector, true],
  ])('make responsible for a new company: %s → %s', (_label, who, assignee, expected) => {
    expect(canAssignCompanyTo(who, assignee)).toBe(expected);
  });

  it('only the requester cancels a deletion request', () => {
    expect(canCancelDeletionRequest(manager, { requesterId: manager.id })).toBe(true);
    expect(canCancelDeletionRequest(otherManager, { requesterId: manager.id })).toBe(false);
    expect(canCancelDeletionRequest(director, { requesterId: manager.id })).toBe(false);
  });

  it.each([
    ['manager', manager, { kind: 'own', userId: manager.id }],
    ['sales head', head, { kind: 'branch', userId: head.id, branchId: EKB }],
    ['director of another branch', tmnDirector, { kind: 'branch', userId: tmnDirector.id, branchId: TMN }],
    ['leader without a branch', actor('h2', Role.BRANCH_DIRECTOR, null), { kind: 'own', userId: 'h2' }],
    ['group manager', groupManager, { kind: 'all' }],
    ['admin', admin, { kind: 'all' }],
  ])('deletion requests listed: %s', (_label, who, expected) => {
    expect(deletionRequestScope(who)).toEqual(expected);
  });
});

describe('task rules', () => {
  const task = { assigneeId: otherManager.id, creatorId: otherManager.id, assigneeBranchId: EKB };
  it.each([
    ['another manager', manager, false],
    ['the assignee', otherManager, true],
    ['branch leadership', head, true],
    ['leadership of another branch', tmnDirector, false],
    ['admin', admin, true],
  ])('view: %s → %s', (_label, who, expected) => {
    expect(canViewTask(who, task)).toBe(expected);
  });

  it.each([
    ['manager to himself', manager, manager, true],
    ['manager to a colleague', manager, otherManager, false],
    ['head within the branch', head, otherManager, true],
    ['director outside the branch', tmnDirector, otherManager, false],
    ['group manager anywhere', groupManager, otherManager, true],
  ])('assign: %s → %s', (_label, who, assignee, expected) => {
    expect(canAssignTaskTo(who, assignee)).toBe(expected);
  });

  it.each([
    ['manager', manager, { kind: 'own', userId: manager.id }],
    ['sales head', head, { kind: 'branch', userId: head.id, branchId: EKB }],
    ['director', director, { kind: 'branch', userId: director.id, branchId: EKB }],
    ['leader without a branch', actor('h2', Role.SALES_HEAD, null), { kind: 'own', userId: 'h2' }],
    ['group manager', groupManager, { kind: 'all' }],
    ['admin', admin, { kind: 'all' }],
  ])('list scope: %s', (_label, who, expected) => {
    expect(taskScope(who)).toEqual(expected);
  });
});

describe('note rules', () => {
  it('authors and admins edit notes, others do not', () => {
    expect(canEditNote(manager, { authorId: manager.id })).toBe(true);
    expect(canEditNote(otherManager, { authorId: manager.id })).toBe(false);
    expect(canEditNote(admin, { authorId: manager.id })).toBe(true);
  });

  it.each([
    ['the author', otherManager, true],
    ['the responsible manager', manager, true],
    ['another manager', actor('m3', Role.MANAGER), false],
    ['branch leadership', head, true],
    ['leadership of another branch', tmnDirector, false],
    ['admin', admin, true],
  ])('pin a colleague\'s note on a company: %s → %s', (_label, who, expected) => {
    expect(canPinNote(who, { authorId: otherManager.id }, ownCompany)).toBe(expected);
  });
});

describe('call rules', () => {
  const call = (userId: string, branchId: string | null) => ({ userId, branchId });
  it.each([
    ['manager, own call', manager, call(manager.id, EKB), true],
    ['manager, colleague call', manager, call(otherManager.id, EKB), false],
    ['sales head, branch call', head, call(otherManager.id, EKB), true],
    ['director, other branch call', director, call('t1', TMN), false],
    ['other branch director, own branch', tmnDirector, call('t1', TMN), true],
    ['group manager, any call', groupManager, call('t1', TMN), true],
    ['admin, any call', admin, call(otherManager.id, EKB), true],
  ])('%s → %s', (_name, who, target, expected) => {
    expect(canViewCall(who, target)).toBe(expected);
  });

  it('lists by the same rule', () => {
    expect(callScope(manager)).toEqual({ kind: 'own', userId: manager.id });
    expect(callScope(head)).toEqual({ kind: 'branch', userId: head.id, branchId: EKB });
    expect(callScope(admin)).toEqual({ kind: 'all' });
  });

  it('shows a call request to its requester, its target and global roles only', () => {
    const request = { requesterId: manager.id, targetUserId: manager.id };
    expect(canViewCallRequest(manager, request)).toBe(true);
    expect(canViewCallRequest(head, request)).toBe(false);
    expect(canViewCallRequest(admin, request)).toBe(true);
  });
});
