import type { Services } from '../app/services';

/** What a job handler may use: the same services GraphQL uses, without a request. */
export type JobContext = Pick<Services, 'config' | 'dataSource' | 'logger' | 'notifications' | 'callRequests'>;

export interface JobDefinition<Data = unknown> {
  name: string;
  run(data: Data, context: JobContext): Promise<void>;
  /** Periodic jobs: how often (an Agenda interval such as '1 minute' or '1 day'); `start()` schedules them. */
  every?: string;
}

/** Keeps the data type of a handler beside its name; the list of every job is built from these. */
export const defineJob = <Data>(definition: JobDefinition<Data>): JobDefinition<Data> => definition;

/** Our job interface: Agenda in the app and the worker, inline in unit tests. */
export interface Jobs {
  enqueue<Data>(name: string, data: Data): Promise<void>;
  every<Data>(interval: string, name: string, data?: Data): Promise<void>;
  /** Starts processing and schedules every periodic job (idempotent across processes). */
  start(): Promise<void>;
  stop(): Promise<void>;
}
