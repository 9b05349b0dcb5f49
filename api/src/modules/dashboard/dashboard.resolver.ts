import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { Dashboard } from './dashboard.types';

@Resolver()
export class DashboardResolver {
  @Query(() => Dashboard, { description: "The signed-in user's tasks, contracts, cold calls and recent activity, in his time zone" })
  dashboard(@Ctx() ctx: RequestContext): Promise<Dashboard> {
    return ctx.services.dashboard.dashboard(ctx);
  }
}
