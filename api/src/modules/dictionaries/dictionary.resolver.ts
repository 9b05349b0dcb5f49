import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { requireUser } from '../../common/context';
import { CompanyStatus, Sphere, TaskType } from './dictionary.entity';

/** Small reference lists the forms and filters need; ordered as the administrator arranged them. */
@Resolver()
export class DictionaryResolver {
  @Query(() => [CompanyStatus])
  companyStatuses(@Ctx() ctx: RequestContext): Promise<CompanyStatus[]> {
    requireUser(ctx);
    return ctx.services.dataSource.getRepository(CompanyStatus).find({ order: { sortOrder: 'ASC', name: 'ASC' } });
  }

  @Query(() => [Sphere])
  spheres(@Ctx() ctx: RequestContext): Promise<Sphere[]> {
    requireUser(ctx);
    return ctx.services.dataSource.getRepository(Sphere).find({ order: { sortOrder: 'ASC', name: 'ASC' } });
  }

  @Query(() => [TaskType])
  taskTypes(@Ctx() ctx: RequestContext): Promise<TaskType[]> {
    requireUser(ctx);
    return ctx.services.dataSource.getRepository(TaskType).find({ order: { sortOrder: 'ASC', name: 'ASC' } });
  }
}
