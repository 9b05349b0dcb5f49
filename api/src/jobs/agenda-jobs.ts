import { hostname } from 'node:os';
import { PostgresBackend } from '@agendajs/postgres-backend';
import { Agenda } from 'agenda';
import { Pool } from 'pg';
import type { Logger } from '../logger';
import type { JobContext, JobDefinition, Jobs } from './jobs';

/** Any fixed number; names the advisory lock that serialises creating Agenda's table. */
const AGENDA_SCHEMA_LOCK = 7_310_042;

export interface AgendaJobsOptions {
  databaseUrl: string;
  /** How often to look for due jobs, in ms; LISTEN/NOTIFY starts newly queued ones sooner. */
  processEveryMs: number;
  /** A running job's lock; renewed at half of it, taken over by another worker once it lapses. */
  lockLifetimeMs: number;
  /** Names this worker in the jobs table (`last_modified_by`). */
  name?: string;
  logger: Logger;
}

/**
 * Agenda 6 on PostgreSQL (`agenda_jobs`, created by the backend): `FOR UPDATE SKIP LOCKED` hands each due job to
 * one worker, periodic jobs are single rows upserted by name, so any number of processes may call `start()`.
 * Connects lazily: a process that never enqueues opens no pool.
 */
export class AgendaJobs implements Jobs {
  private agenda: Promise<Agenda> | null = null;
  private pool: Pool | null = null;
  private started = false;

  constructor(
    private readonly definitions: JobDefinition<any>[],
    private readonly context: () => JobContext,
    private readonly options: AgendaJobsOptions,
  ) {}

  async enqueue<Data>(name: string, data: Data): Promise<void> {
    await (await this.instance()).now(name, data);
  }

  async every<Data>(interval: string, name: string, data?: Data): Promise<void> {
    await (await this.instance()).every(interval, name, (data ?? {}) as Data);
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    const agenda = await this.instance();
    for (const definition of this.definitions) {
      agenda.define(definition.name, async (job) => {
        await definition.run(job.attrs.data ?? {}, this.context());
      });
    }
    // Agenda re-emits other workers' failures (PostgreSQL notifications) with remote = true and a notification in
    // place of the job: the worker that ran the job logs it, and reading `attrs` of the notification would throw.
    agenda.on('fail', (error: Error, job: { attrs?: { name: string } }, remote?: boolean) => {
      if (remote) return;
      this.options.logger.error({ err: error, job: job.attrs?.name }, 'job failed');
    });
    await agenda.start();
    for (const definition of this.definitions) {
      if (definition.every) await agenda.every(definition.every, definition.name, {});
    }
  }

  async stop(): Promise<void> {
    const { agenda, pool } = this;
    this.agenda = null;
    this.pool = null;
    this.started = false;
    if (agenda) await (await agenda).stop();
    if (pool) await pool.end();
  }

  private instance(): Promise<Agenda> {
    this.agenda ??= this.connect();
    return this.agenda;
  }

  /**
   * The backend creates its table on connect with CREATE … IF NOT EXISTS, which races when two processes start
   * together (a unique violation in pg_type): an advisory lock lets one create it while the other waits.
   */
  private async connect(): Promise<Agenda> {
    const pool = new Pool({ connectionString: this.options.databaseUrl, max: 4 });
    // An idle connection PostgreSQL ends (a restart, a failover, a dropped database) is an 'error' event on the
    // pool: without a listener it would crash the worker. The pool replaces the connection on next use.
    pool.on('error', (error) => this.options.logger.warn({ err: error }, 'job database connection lost'));
    this.pool = pool;
    const lock = await pool.connect();
    try {
      await lock.query('SELECT pg_advisory_lock($1)', [AGENDA_SCHEMA_LOCK]);
      const agenda = new Agenda({
        backend: new PostgresBackend({ pool }),
        name: this.options.name ?? `${hostname()}:${process.pid}`,
        processEvery: this.options.processEveryMs,
        defaultLockLifetime: this.options.lockLifetimeMs,
      });
      await agenda.ready;
      return agenda;
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [AGENDA_SCHEMA_LOCK]).catch(() => undefined);
      lock.release();
    }
  }
}
