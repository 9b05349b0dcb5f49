import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { AnalyticsFilter, CallAnalytics, TaskAnalytics } from './analytics.types';

@Resolver()
export class AnalyticsResolver {
  @Query(() => CallAnalytics, {
    description: 'Calls per manager or branch per day/week/month in a time zone; a manager sees himself, branch leadership its branch',
  })
  callAnalytics(@Arg('filter', () => AnalyticsFilter) filter: AnalyticsFilter, @Ctx() ctx: RequestContext): Promise<CallAnalytics> {
    return ctx.services.analytics.calls(ctx, filter);
  }

  @Query(() => TaskAnalytics, {
    description: 'Tasks created and completed per manager or branch per day/week/month; cancelled tasks never count as completed',
  })
  taskAnalytics(@Arg('filter', () => AnalyticsFilter) filter: AnalyticsFilter, @Ctx() ctx: RequestContext): Promise<TaskAnalytics> {
    return ctx.services.analytics.tasks(ctx, filter);
  }
}
