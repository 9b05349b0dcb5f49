import { AnalyticsResolver } from './analytics.resolver';

export { AnalyticsService } from './analytics.service';
export { AnalyticsFilter, CallAnalytics, TaskAnalytics } from './analytics.types';

export const analyticsResolvers = [AnalyticsResolver];
