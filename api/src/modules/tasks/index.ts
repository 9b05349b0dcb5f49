import { CompanyTasksResolver, TaskResolver } from './task.resolver';

export { Task, TaskStatus } from './task.entity';
export { TaskService } from './task.service';
export { CompanyTasksResolver, TaskConnection, TaskCounts, TaskResolver } from './task.resolver';

export const taskResolvers = [TaskResolver, CompanyTasksResolver];
