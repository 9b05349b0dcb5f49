import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { ALL_PARTS, type ReportParts } from './analytics.sql';
import { AnalyticsFilter, CallAnalytics, TaskAnalytics } from './analytics.types';

/** Which parts of the report the query selects; fragments are not looked into (then everything is computed). */
function selectedParts(info: GraphQLResolveInfo): ReportParts {
  const names = new Set<string>();
  for (const node of info.fieldNodes) {
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind !== 'Field') return ALL_PARTS;
      names.add(selection.name.value);
    }
  }
  return { rows: names.has('rows'), periods: names.has('periods'), groups: names.has('groups') };
}

@Resolver()
export class AnalyticsResolver {
  @Query(() => CallAnalytics, {
    description: 'Calls per manager or branch per day/week/month in a time zone; a manager sees himself, branch leadership its branch',
  })
  callAnalytics(
    @Arg('filter', () => AnalyticsFilter) filter: AnalyticsFilter,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CallAnalytics> {
    return ctx.services.analytics.calls(ctx, filter, selectedParts(info));
  }

  @Query(() => TaskAnalytics, {
    description: 'Tasks created and completed per manager or branch per day/week/month; cancelled tasks never count as completed',
  })
  taskAnalytics(
    @Arg('filter', () => AnalyticsFilter) filter: AnalyticsFilter,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<TaskAnalytics> {
    return ctx.services.analytics.tasks(ctx, filter, selectedParts(info));
  }
}
