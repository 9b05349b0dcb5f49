import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection } from '../../common/connection';
import type { RequestContext } from '../../common/context';
import { Company } from '../companies/company.entity';
import { Contact } from '../contacts/contact.entity';
import { TaskType } from '../dictionaries/dictionary.entity';
import { User } from '../users/user.entity';
import { CreateTaskInput, TaskFilter, TaskOrder, UpdateTaskInput } from './task.inputs';
import { Task, TaskStatus } from './task.entity';
import { OPEN_STATUSES } from './task.loaders';
import type { TaskCountsShape } from './task.service';

export const TaskConnection = Connection(Task);

@ObjectType({ description: "The signed-in user's open tasks, by the calendar days of his time zone" })
export class TaskCounts implements TaskCountsShape {
  @Field(() => Int, { description: 'Past due' })
  overdue: number;

  @Field(() => Int, { description: 'Due today, including those already past due today' })
  today: number;

  @Field(() => Int, { description: 'Due in the seven days after today' })
  next7Days: number;

  @Field(() => Int, { description: 'All open tasks, with or without a due date' })
  open: number;
}

@Resolver(() => Task)
export class TaskResolver {
  @Query(() => TaskConnection, { description: 'Tasks the signed-in user may see; soonest due first by default' })
  tasks(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => TaskFilter, { nullable: true }) filter?: TaskFilter,
    @Arg('orderBy', () => TaskOrder, { nullable: true }) orderBy?: TaskOrder,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return ctx.services.tasks.list(ctx, filter ?? {}, orderBy, first, after);
  }

  @Query(() => Task, { nullable: true })
  task(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Task> {
    return ctx.services.tasks.get(ctx, id);
  }

  @Query(() => TaskCounts)
  myTaskCounts(@Ctx() ctx: RequestContext): Promise<TaskCountsShape> {
    return ctx.services.tasks.myCounts(ctx);
  }

  @Mutation(() => Task)
  createTask(@Arg('input', () => CreateTaskInput) input: CreateTaskInput, @Ctx() ctx: RequestContext): Promise<Task> {
    return ctx.services.tasks.create(ctx, input);
  }

  @Mutation(() => Task)
  updateTask(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateTaskInput) input: UpdateTaskInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Task> {
    return ctx.services.tasks.update(ctx, id, input);
  }

  @Mutation(() => Task, { description: 'Marks the task DONE; completing a done task again changes nothing' })
  completeTask(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Arg('result', () => String, { nullable: true }) result?: string,
  ): Promise<Task> {
    return ctx.services.tasks.complete(ctx, id, result);
  }

  @Mutation(() => Task)
  rescheduleTask(@Arg('id', () => ID) id: string, @Arg('dueAt', () => Date) dueAt: Date, @Ctx() ctx: RequestContext): Promise<Task> {
    return ctx.services.tasks.reschedule(ctx, id, dueAt);
  }

  @Mutation(() => Task)
  cancelTask(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Task> {
    return ctx.services.tasks.cancel(ctx, id);
  }

  @Mutation(() => Task, { description: 'Makes a done or cancelled task NEW again' })
  reopenTask(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Task> {
    return ctx.services.tasks.reopen(ctx, id);
  }

  @FieldResolver(() => TaskType, { nullable: true })
  type(@Root() task: Task, @Ctx() ctx: RequestContext): Promise<TaskType | null> | null {
    return task.typeId ? ctx.loaders.byId(TaskType).load(task.typeId) : null;
  }

  @FieldResolver(() => User)
  assignee(@Root() task: Task, @Ctx() ctx: RequestContext): Promise<User | null> {
    return ctx.loaders.byId(User, { withDeleted: true }).load(task.assigneeId);
  }

  @FieldResolver(() => User)
  creator(@Root() task: Task, @Ctx() ctx: RequestContext): Promise<User | null> {
    return ctx.loaders.byId(User, { withDeleted: true }).load(task.creatorId);
  }

  @FieldResolver(() => Company, { nullable: true })
  company(@Root() task: Task, @Ctx() ctx: RequestContext): Promise<Company | null> | null {
    return task.companyId ? ctx.loaders.byId(Company).load(task.companyId) : null;
  }

  @FieldResolver(() => Contact, { nullable: true })
  contact(@Root() task: Task, @Ctx() ctx: RequestContext): Promise<Contact | null> | null {
    return task.contactId ? ctx.loaders.byId(Contact).load(task.contactId) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due time' })
  isOverdue(@Root() task: Task): boolean {
    return OPEN_STATUSES.includes(task.status) && task.dueAt !== null && task.dueAt.getTime() < Date.now();
  }

  @FieldResolver(() => Boolean, { description: 'Whether the signed-in user may change this task' })
  viewerCanEdit(@Root() task: Task, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.services.tasks.viewerCanEdit(ctx, task);
  }
}

@Resolver(() => Company)
export class CompanyTasksResolver {
  @FieldResolver(() => TaskConnection, { description: 'Tasks on this company the signed-in user may see, soonest due first' })
  tasks(
    @Root() company: Company,
    @Ctx() ctx: RequestContext,
    @Arg('status', () => [TaskStatus], { nullable: true }) status: TaskStatus[] | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
  ) {
    return ctx.services.tasks.pageOfCompany(ctx, company.id, status, first);
  }
}
