import { DashboardResolver } from './dashboard.resolver';

export { DashboardService } from './dashboard.service';
export { Dashboard } from './dashboard.types';

export const dashboardResolvers = [DashboardResolver];
