import type { JobContext, JobDefinition, Jobs } from './jobs';

/** Runs a job the moment it is enqueued, in this process: for unit tests and scripts. */
export class InlineJobs implements Jobs {
  readonly schedules = new Map<string, { interval: string; data: unknown }>();
  readonly runs: Array<{ name: string; data: unknown }> = [];
  private readonly definitions: Map<string, JobDefinition<any>>;

  constructor(
    definitions: JobDefinition<any>[],
    private readonly context: () => JobContext,
  ) {
    this.definitions = new Map(definitions.map((definition) => [definition.name, definition]));
  }

  async enqueue<Data>(name: string, data: Data): Promise<void> {
    const definition = this.definitions.get(name);
    if (!definition) throw new Error(`No job named ${name}`);
    this.runs.push({ name, data });
    await definition.run(data, this.context());
  }

  async every<Data>(interval: string, name: string, data?: Data): Promise<void> {
    this.schedules.set(name, { interval, data: data ?? {} });
  }

  async start(): Promise<void> {
    for (const definition of this.definitions.values()) {
      if (definition.every) await this.every(definition.every, definition.name);
    }
  }

  async stop(): Promise<void> {
    this.schedules.clear();
  }
}
