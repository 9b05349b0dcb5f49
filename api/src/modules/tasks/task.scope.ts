import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { type Actor, taskScope } from '../access/access-policy';

/**
 * Narrows a task query (any alias) to what `canViewTask` allows the actor to see. Every task list goes
 * through here, so lists, counts and `task(id)` agree.
 */
export function applyTaskScope<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, alias: string, actor: Actor): void {
  const scope = taskScope(actor);
  if (scope.kind === 'all') return;
  const own = `${alias}.assignee_id = :scopeUserId OR ${alias}.creator_id = :scopeUserId`;
  if (scope.kind === 'own') {
    query.andWhere(`(${own})`, { scopeUserId: scope.userId });
    return;
  }
  query.andWhere(`(${own} OR ${alias}.assignee_id IN (SELECT scope_user.id FROM users scope_user WHERE scope_user.branch_id = :scopeBranchId))`, {
    scopeUserId: scope.userId,
    scopeBranchId: scope.branchId,
  });
}
