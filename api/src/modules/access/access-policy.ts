import { Role } from '../users/user.entity';

/**
 * Who may do what (SPEC §4), in one place. Pure functions over plain shapes so that services, jobs and the
 * web's `viewerCan…` fields all ask the same question, and a table-driven test pins every rule.
 */
export interface Actor {
  id: string;
  role: Role;
  branchId: string | null;
}

export interface CompanyOwnership {
  responsibleId: string;
  branchId: string | null;
}

export interface TaskOwnership {
  assigneeId: string;
  creatorId: string;
  /** Branch of the assignee: leadership works within its branch. */
  assigneeBranchId: string | null;
}

export type CompanyScope = { kind: 'all' } | { kind: 'branch'; branchId: string | null } | { kind: 'own'; userId: string };

/** Which tasks a user sees: his own (assigned or created) always, plus every task assigned within the branch he leads. */
export type TaskScope = { kind: 'all' } | { kind: 'branch'; userId: string; branchId: string } | { kind: 'own'; userId: string };

const LEADERSHIP = new Set<Role>([Role.SALES_HEAD, Role.BRANCH_DIRECTOR]);
const EVERYWHERE = new Set<Role>([Role.ADMIN, Role.GROUP_MANAGER]);

export const isGlobal = (actor: Actor) => EVERYWHERE.has(actor.role);
export const isBranchLeader = (actor: Actor) => LEADERSHIP.has(actor.role);
const leadsBranchOf = (actor: Actor, branchId: string | null) =>
  isBranchLeader(actor) && actor.branchId !== null && actor.branchId === branchId;

/**
 * Which companies a user sees. The business keeps "everyone sees every company"; switching to 'branch' or
 * 'own' here narrows every list, search and lookup at once.
 */
export type CompanyVisibilityMode = 'all' | 'branch' | 'own';

export function companyScope(actor: Actor, mode: CompanyVisibilityMode = 'all'): CompanyScope {
  if (mode === 'all' || isGlobal(actor)) return { kind: 'all' };
  if (mode === 'branch' || isBranchLeader(actor)) return { kind: 'branch', branchId: actor.branchId };
  return { kind: 'own', userId: actor.id };
}

export function canViewCompany(actor: Actor, company: CompanyOwnership, mode: CompanyVisibilityMode = 'all'): boolean {
  const scope = companyScope(actor, mode);
  if (scope.kind === 'all') return true;
  if (scope.kind === 'branch') return company.branchId === scope.branchId || company.responsibleId === actor.id;
  return company.responsibleId === actor.id;
}

export function canEditCompany(actor: Actor, company: CompanyOwnership): boolean {
  return isGlobal(actor) || company.responsibleId === actor.id || leadsBranchOf(actor, company.branchId);
}

/** A manager hands over only his own companies; leadership those of its branch. */
export function canTransferCompany(actor: Actor, company: CompanyOwnership): boolean {
  return canEditCompany(actor, company);
}

/** Anyone who sees a company may ask for its deletion; the decision is leadership's. */
export function canRequestCompanyDeletion(actor: Actor, company: CompanyOwnership): boolean {
  return canViewCompany(actor, company);
}

export function canDeleteCompany(actor: Actor, company: CompanyOwnership): boolean {
  return isGlobal(actor) || leadsBranchOf(actor, company.branchId);
}

export const canDecideCompanyDeletion = canDeleteCompany;

/** Who may be made responsible for a new company: a manager creates only for himself, leadership within its branch. */
export function canAssignCompanyTo(actor: Actor, assignee: { id: string; branchId: string | null }): boolean {
  return isGlobal(actor) || assignee.id === actor.id || leadsBranchOf(actor, assignee.branchId);
}

/** Only the requester withdraws his deletion request. */
export function canCancelDeletionRequest(actor: Actor, request: { requesterId: string }): boolean {
  return request.requesterId === actor.id;
}

/** Which deletion requests a user sees: his own always, leadership those for its branch's companies, ADMIN/GROUP_MANAGER all. */
export type DeletionRequestScope =
  | { kind: 'all' }
  | { kind: 'branch'; userId: string; branchId: string }
  | { kind: 'own'; userId: string };

export function deletionRequestScope(actor: Actor): DeletionRequestScope {
  if (isGlobal(actor)) return { kind: 'all' };
  if (isBranchLeader(actor) && actor.branchId !== null) return { kind: 'branch', userId: actor.id, branchId: actor.branchId };
  return { kind: 'own', userId: actor.id };
}

export function canViewTask(actor: Actor, task: TaskOwnership): boolean {
  return (
    isGlobal(actor) || task.assigneeId === actor.id || task.creatorId === actor.id || leadsBranchOf(actor, task.assigneeBranchId)
  );
}

export const canEditTask = canViewTask;

/** The SQL form of canViewTask: list queries filter by it, so a list never shows a task that task(id) would hide. */
export function taskScope(actor: Actor): TaskScope {
  if (isGlobal(actor)) return { kind: 'all' };
  if (isBranchLeader(actor) && actor.branchId !== null) return { kind: 'branch', userId: actor.id, branchId: actor.branchId };
  return { kind: 'own', userId: actor.id };
}

export function canAssignTaskTo(actor: Actor, assignee: { id: string; branchId: string | null }): boolean {
  return isGlobal(actor) || assignee.id === actor.id || leadsBranchOf(actor, assignee.branchId);
}

export function canEditNote(actor: Actor, note: { authorId: string }): boolean {
  return isGlobal(actor) || note.authorId === actor.id;
}

/** Pinning arranges the company's card: its author, and whoever may edit the company, may do it. */
export function canPinNote(actor: Actor, note: { authorId: string }, company: CompanyOwnership): boolean {
  return canEditNote(actor, note) || canEditCompany(actor, company);
}

export const canManageUsers = (actor: Actor) => actor.role === Role.ADMIN;
export const canManageBranches = (actor: Actor) => actor.role === Role.ADMIN;
export const canManageDictionaries = (actor: Actor) => actor.role === Role.ADMIN;

/** Which calls a user sees: his own always, leadership those made within its branch, ADMIN/GROUP_MANAGER all. */
export type CallScope = { kind: 'all' } | { kind: 'branch'; userId: string; branchId: string } | { kind: 'own'; userId: string };

export function callScope(actor: Actor): CallScope {
  if (isGlobal(actor)) return { kind: 'all' };
  if (isBranchLeader(actor) && actor.branchId !== null) return { kind: 'branch', userId: actor.id, branchId: actor.branchId };
  return { kind: 'own', userId: actor.id };
}

/** `branchId` is the caller's branch when the call was made (the call log keeps it). */
export function canViewCall(actor: Actor, call: { userId: string; branchId: string | null }): boolean {
  return isGlobal(actor) || call.userId === actor.id || leadsBranchOf(actor, call.branchId);
}

/** A call request is seen by its requester and its target, and by ADMIN/GROUP_MANAGER. */
export function canViewCallRequest(actor: Actor, request: { requesterId: string; targetUserId: string }): boolean {
  return isGlobal(actor) || request.requesterId === actor.id || request.targetUserId === actor.id;
}
