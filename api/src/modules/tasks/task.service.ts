import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { type ConnectionShape, pageSize } from '../../common/connection';
import type { RequestContext } from '../../common/context';
import { requireActor, requireUser } from '../../common/context';
import { ConflictError, ForbiddenError, NotFoundError, UserInputError, isUuid, filterId } from '../../common/errors';
import { paginate } from '../../common/paginate';
import { SortDirection } from '../../common/sort-direction';
import { escapeLike } from '../../common/sql';
import { type Actor, canEditTask, canViewTask } from '../access/access-policy';
import { type AuditService, auditPreview, diffFields } from '../audit/audit.service';
import { NotificationKind } from '../notifications/notification.entity';
import type { NotificationOutbox, NotificationService } from '../notifications/notification.service';
import { User } from '../users/user.entity';
import { type CreateTaskInput, type TaskFilter, type TaskOrder, TaskOrderField, TASK_TEXT_MAX, type UpdateTaskInput } from './task.inputs';
import { Task, TaskStatus } from './task.entity';
import { OPEN_STATUSES, countTasksPerCompany, dueSortKey, firstTasksPerCompany } from './task.loaders';
import { type TaskChanges, resolveTaskFields } from './task.references';
import { applyTaskScope } from './task.scope';

export interface TaskCountsShape {
  overdue: number;
  today: number;
  next7Days: number;
  open: number;
}

const SORT_KEYS: Record<TaskOrderField, string> = {
  [TaskOrderField.DUE_AT]: dueSortKey('t'),
  [TaskOrderField.CREATED_AT]: 't.created_at',
  [TaskOrderField.UPDATED_AT]: 't.updated_at',
};

const auditable = (fields: Partial<Task>) =>
  ({ ...fields, description: auditPreview(fields.description), result: auditPreview(fields.result) }) as Record<string, unknown>;

const isOpen = (task: Task) => OPEN_STATUSES.includes(task.status);

/** Tasks: a manager works with his own, branch leadership within its branch, ADMIN and GROUP_MANAGER everywhere. */
export class TaskService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  async list(
    ctx: RequestContext,
    filter: TaskFilter = {},
    orderBy?: TaskOrder | null,
    first?: number | null,
    after?: string | null,
  ): Promise<ConnectionShape<Task>> {
    const actor = requireActor(ctx);
    const query = this.dataSource.getRepository(Task).createQueryBuilder('t');
    applyTaskScope(query, 't', actor);
    this.applyFilter(query, filter, actor);
    const field = orderBy?.field ?? TaskOrderField.DUE_AT;
    const direction = orderBy?.direction ?? SortDirection.ASC;
    return paginate(query, { sortExpression: SORT_KEYS[field], direction, first, after });
  }

  async get(ctx: RequestContext, id: string): Promise<Task> {
    const actor = requireActor(ctx);
    const task = isUuid(id) ? await ctx.loaders.byId(Task).load(id) : null;
    if (!task || !(await this.canView(ctx, actor, task))) throw new NotFoundError('Task');
    return task;
  }

  /** Whether the signed-in user may edit the task; the assignee's branch comes through the request's user loader. */
  async viewerCanEdit(ctx: RequestContext, task: Task): Promise<boolean> {
    const assignee = await ctx.loaders.byId(User, { withDeleted: true }).load(task.assigneeId);
    return canEditTask(requireActor(ctx), { ...task, assigneeBranchId: assignee?.branchId ?? null });
  }

  /** A page of a company's tasks, batched across every company in the response. */
  async pageOfCompany(ctx: RequestContext, companyId: string, statuses: TaskStatus[] | null | undefined, first?: number | null) {
    const key = { actor: requireActor(ctx), statuses: [...new Set(statuses ?? [])].sort(), limit: pageSize(first) };
    const name = `tasks:company:${key.statuses.join(',')}:${key.limit}`;
    const pages = ctx.loaders.get(name, (ids) => firstTasksPerCompany(this.dataSource, ids, key));
    const counts = ctx.loaders.get(`${name}:count`, (ids) => countTasksPerCompany(this.dataSource, ids, key));
    const connection = await pages.load(companyId);
    // graphql-js awaits a promise-valued field only when it is selected: the count runs only for clients that ask.
    return Object.defineProperty({ ...connection }, 'totalCount', { enumerable: true, get: () => counts.load(companyId) });
  }

  /**
   * Open tasks assigned to the signed-in user, bucketed by the calendar days of his own time zone. The status
   * list is literal so that the planner uses the partial index tasks_assignee_open_idx.
   */
  async myCounts(ctx: RequestContext): Promise<TaskCountsShape> {
    const user = requireUser(ctx);
    const [row] = await this.dataSource.query(
      `WITH local_day AS (SELECT date_trunc('day', now() AT TIME ZONE $2) AS start)
       SELECT count(*)::int AS open,
              count(*) FILTER (WHERE t.due_at < now())::int AS overdue,
              count(*) FILTER (WHERE t.due_at >= d.start AT TIME ZONE $2
                                 AND t.due_at < (d.start + interval '1 day') AT TIME ZONE $2)::int AS today,
              count(*) FILTER (WHERE t.due_at >= (d.start + interval '1 day') AT TIME ZONE $2
                                 AND t.due_at < (d.start + interval '8 days') AT TIME ZONE $2)::int AS next7
         FROM tasks t CROSS JOIN local_day d
        WHERE t.assignee_id = $1 AND t.deleted_at IS NULL AND t.status IN ('NEW', 'IN_PROGRESS')`,
      [user.id, user.timeZone],
    );
    return { open: row.open, overdue: row.overdue, today: row.today, next7Days: row.next7 };
  }

  async create(ctx: RequestContext, input: CreateTaskInput): Promise<Task> {
    const actor = requireActor(ctx);
    const fields = await resolveTaskFields(ctx, actor, input);
    const outbox = this.notifications.outbox();
    const created = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Task);
      const values = { ...fields, status: TaskStatus.NEW, creatorId: actor.id };
      const { id } = await repository.save(repository.create(values));
      await this.record(ctx, manager, 'task.create', id, fields.companyId, diffFields({}, auditable(values)));
      const task = await repository.findOneByOrFail({ id });
      await this.notifyAssignee(ctx, manager, outbox, task);
      return task;
    });
    outbox.publish();
    return created;
  }

  async update(ctx: RequestContext, id: string, input: UpdateTaskInput): Promise<Task> {
    const actor = requireActor(ctx);
    const current = await this.getEditable(ctx, id);
    const { status, ...requested } = input;
    if (status !== undefined && status !== null) {
      if (!OPEN_STATUSES.includes(status)) throw new UserInputError('status', 'Use completeTask or cancelTask to close a task');
      if (!isOpen(current)) throw new ConflictError('The task is closed; reopen it first');
    }
    const fields = await resolveTaskFields(ctx, actor, requested as TaskChanges, current);
    const patch: Partial<Task> = { ...fields, ...(status ? { status } : {}) };
    return this.transition(ctx, current.id, 'task.update', (task) => {
      if (status && !isOpen(task)) throw new ConflictError('The task is closed; reopen it first');
      return patch;
    });
  }

  async complete(ctx: RequestContext, id: string, result?: string | null): Promise<Task> {
    const current = await this.getEditable(ctx, id);
    const text = result?.trim() || null;
    if (text && text.length > TASK_TEXT_MAX) throw new UserInputError('result', `result must be at most ${TASK_TEXT_MAX} characters`);
    return this.transition(ctx, current.id, 'task.complete', (task) => {
      if (task.status === TaskStatus.DONE) return null;
      if (task.status === TaskStatus.CANCELLED) throw new ConflictError('The task is cancelled; reopen it before completing it');
      return { status: TaskStatus.DONE, completedAt: new Date(), result: text };
    });
  }

  async reschedule(ctx: RequestContext, id: string, dueAt: Date): Promise<Task> {
    const current = await this.getEditable(ctx, id);
    return this.transition(ctx, current.id, 'task.reschedule', (task) => {
      if (!isOpen(task)) throw new ConflictError('The task is closed; reopen it before rescheduling it');
      return { dueAt };
    });
  }

  async cancel(ctx: RequestContext, id: string): Promise<Task> {
    const current = await this.getEditable(ctx, id);
    return this.transition(ctx, current.id, 'task.cancel', (task) => {
      if (task.status === TaskStatus.CANCELLED) return null;
      if (task.status === TaskStatus.DONE) throw new ConflictError('The task is done; reopen it before cancelling it');
      return { status: TaskStatus.CANCELLED };
    });
  }

  async reopen(ctx: RequestContext, id: string): Promise<Task> {
    const current = await this.getEditable(ctx, id);
    return this.transition(ctx, current.id, 'task.reopen', (task) =>
      isOpen(task) ? null : { status: TaskStatus.NEW, completedAt: null, result: null },
    );
  }

  private applyFilter(query: SelectQueryBuilder<Task>, filter: TaskFilter, actor: Actor): void {
    const assigneeId = filterId(filter.assigneeId, 'assigneeId');
    const creatorId = filterId(filter.creatorId, 'creatorId');
    const companyId = filterId(filter.companyId, 'companyId');
    const contactId = filterId(filter.contactId, 'contactId');
    if (assigneeId) query.andWhere('t.assignee_id = :assigneeId', { assigneeId });
    if (creatorId) query.andWhere('t.creator_id = :creatorId', { creatorId });
    if (companyId) query.andWhere('t.company_id = :companyId', { companyId });
    if (contactId) query.andWhere('t.contact_id = :contactId', { contactId });
    if (filter.status && filter.status.length > 0) query.andWhere('t.status IN (:...statuses)', { statuses: filter.status });
    if (filter.dueFrom) query.andWhere('t.due_at >= :dueFrom', { dueFrom: filter.dueFrom });
    if (filter.dueTo) query.andWhere('t.due_at < :dueTo', { dueTo: filter.dueTo });
    const overdue = `(t.status IN (:...openStatuses) AND t.due_at < now())`;
    if (filter.overdue === true) query.andWhere(overdue, { openStatuses: OPEN_STATUSES });
    if (filter.overdue === false) query.andWhere(`NOT COALESCE(${overdue}, false)`, { openStatuses: OPEN_STATUSES });
    if (filter.mine === true) query.andWhere('t.assignee_id = :me', { me: actor.id });
    if (filter.mine === false) query.andWhere('t.assignee_id <> :me', { me: actor.id });
    const search = filter.search?.trim();
    if (search) query.andWhere('t.title ILIKE :search', { search: `%${escapeLike(search)}%` });
  }

  private async canView(ctx: RequestContext, actor: Actor, task: Task): Promise<boolean> {
    const assignee = await ctx.loaders.byId(User, { withDeleted: true }).load(task.assigneeId);
    return canViewTask(actor, { ...task, assigneeBranchId: assignee?.branchId ?? null });
  }

  /** A task one may not see is not found; one seen but not editable is forbidden (today the two rules coincide). */
  private async getEditable(ctx: RequestContext, id: string): Promise<Task> {
    const task = await this.get(ctx, id);
    if (!(await this.viewerCanEdit(ctx, task))) throw new ForbiddenError('You may not change this task');
    return task;
  }

  /**
   * Applies a change under a row lock so that two clicks on "complete" settle into one audited change.
   * `decide` sees the locked row and returns the fields to set, or null when the task is already as asked.
   */
  private async transition(ctx: RequestContext, id: string, verb: string, decide: (task: Task) => Partial<Task> | null): Promise<Task> {
    const outbox = this.notifications.outbox();
    const result = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Task);
      const task = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!task) throw new NotFoundError('Task');
      const patch = decide(task);
      const changes = patch ? diffFields(task as unknown as Record<string, unknown>, patch) : {};
      if (!patch || Object.keys(changes).length === 0) return task;
      const changed = Object.fromEntries(Object.keys(changes).map((field) => [field, patch[field as keyof Task]]));
      await repository.update(task.id, changed);
      const updated = await repository.findOneByOrFail({ id: task.id });
      const audited = diffFields(auditable(task), auditable(changed as Partial<Task>));
      await this.record(ctx, manager, verb, task.id, updated.companyId ?? task.companyId, audited);
      if (changes.assigneeId) await this.notifyAssignee(ctx, manager, outbox, updated);
      return updated;
    });
    outbox.publish();
    return result;
  }

  /** A task given to someone else rings his bell; one's own task does not. */
  private async notifyAssignee(ctx: RequestContext, manager: EntityManager, outbox: NotificationOutbox, task: Task): Promise<void> {
    const actor = requireUser(ctx);
    if (task.assigneeId === actor.id) return;
    await outbox.add(manager, {
      userId: task.assigneeId,
      kind: NotificationKind.TASK_ASSIGNED,
      params: { actor: actor.fullName, task: task.title },
      entityType: 'Task',
      entityId: task.id,
      companyId: task.companyId,
      dedupeKey: `task:${task.id}:assigned:${task.assigneeId}:${task.updatedAt.getTime()}`,
    });
  }

  private record(ctx: RequestContext, manager: EntityManager, verb: string, id: string, companyId: string | null, changes: Record<string, unknown>) {
    return this.audit.record(ctx, manager, { verb, entityType: 'Task', entityId: id, companyId, changes });
  }
}
