import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { Role } from '../users/user.entity';
import { CompanyStatus, Sphere, TaskType } from './dictionary.entity';
import { DictionaryEntryInput, TaskTypeInput, UpdateDictionaryEntryInput, UpdateTaskTypeInput } from './dictionary.inputs';

/** Small reference lists the forms and filters need; ordered as the administrator arranged them. */
@Resolver()
export class DictionaryResolver {
  @Query(() => [CompanyStatus])
  companyStatuses(@Ctx() ctx: RequestContext): Promise<CompanyStatus[]> {
    return ctx.services.dictionaries.list(ctx, CompanyStatus);
  }

  @Query(() => [Sphere])
  spheres(@Ctx() ctx: RequestContext): Promise<Sphere[]> {
    return ctx.services.dictionaries.list(ctx, Sphere);
  }

  @Query(() => [TaskType])
  taskTypes(@Ctx() ctx: RequestContext): Promise<TaskType[]> {
    return ctx.services.dictionaries.list(ctx, TaskType);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CompanyStatus)
  createCompanyStatus(@Arg('input', () => DictionaryEntryInput) input: DictionaryEntryInput, @Ctx() ctx: RequestContext): Promise<CompanyStatus> {
    return ctx.services.dictionaries.create(ctx, CompanyStatus, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CompanyStatus)
  updateCompanyStatus(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateDictionaryEntryInput) input: UpdateDictionaryEntryInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CompanyStatus> {
    return ctx.services.dictionaries.update(ctx, CompanyStatus, id, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Sphere)
  createSphere(@Arg('input', () => DictionaryEntryInput) input: DictionaryEntryInput, @Ctx() ctx: RequestContext): Promise<Sphere> {
    return ctx.services.dictionaries.create(ctx, Sphere, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Sphere)
  updateSphere(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateDictionaryEntryInput) input: UpdateDictionaryEntryInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Sphere> {
    return ctx.services.dictionaries.update(ctx, Sphere, id, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => TaskType)
  createTaskType(@Arg('input', () => TaskTypeInput) input: TaskTypeInput, @Ctx() ctx: RequestContext): Promise<TaskType> {
    return ctx.services.dictionaries.create(ctx, TaskType, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => TaskType)
  updateTaskType(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateTaskTypeInput) input: UpdateTaskTypeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TaskType> {
    return ctx.services.dictionaries.update(ctx, TaskType, id, input);
  }
}
