import { Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../common/context';
import { Role } from '../modules/users/user.entity';

@ObjectType({ description: "A background job as the worker sees it (read from Agenda's table)" })
export class JobRun {
  @Field()
  name: string;

  @Field(() => Date, { nullable: true })
  lastRunAt: Date | null;

  @Field(() => Date, { nullable: true })
  lastFinishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  nextRunAt: Date | null;

  @Field(() => String, { nullable: true, description: 'For periodic jobs: how often' })
  repeatInterval: string | null;

  @Field(() => Int)
  failCount: number;

  @Field(() => Date, { nullable: true })
  lastFailedAt: Date | null;

  @Field(() => String, { nullable: true })
  lastError: string | null;
}

export class JobRunService {
  constructor(private readonly dataSource: DataSource) {}

  /** Periodic jobs and the latest run of every other job name; empty until a worker first connects. */
  async list(): Promise<JobRun[]> {
    const [{ exists }] = await this.dataSource.query(`SELECT to_regclass('agenda_jobs') IS NOT NULL AS exists`);
    if (!exists) return [];
    const rows: Array<Record<string, any>> = await this.dataSource.query(
      `SELECT DISTINCT ON (name) name, last_run_at, last_finished_at, next_run_at, repeat_interval, fail_count, failed_at, fail_reason
         FROM agenda_jobs
        ORDER BY name, (repeat_interval IS NOT NULL) DESC, last_run_at DESC NULLS LAST`,
    );
    return rows.map((row) =>
      Object.assign(new JobRun(), {
        name: row.name,
        lastRunAt: row.last_run_at,
        lastFinishedAt: row.last_finished_at,
        nextRunAt: row.next_run_at,
        repeatInterval: row.repeat_interval,
        failCount: row.fail_count ?? 0,
        lastFailedAt: row.failed_at,
        lastError: row.fail_reason,
      }),
    );
  }
}

@Resolver()
export class JobRunResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [JobRun], { description: 'Admin: background jobs — last run, next run, failures' })
  jobRuns(@Ctx() ctx: RequestContext): Promise<JobRun[]> {
    return ctx.services.jobRuns.list();
  }
}
