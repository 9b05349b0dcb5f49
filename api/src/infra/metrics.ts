import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { JobDefinition } from '../jobs/jobs';

/** Seconds; SPEC §8 asks for p95 ≤ 50 ms and p99 ≤ 150 ms, so the buckets are dense below 250 ms. */
const LATENCY_BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.25, 0.5, 1, 2.5, 5, 10];
/** Operation names come from clients: only this many distinct ones get their own series, the rest count as "other". */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** The subset of pg's Pool that the pool gauges read. */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * The Prometheus series of one process (API or worker), in a registry of its own so that several apps in one test
 * process do not collide. Served as text by `GET /metrics` (API) or `metricsServer` (worker).
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();

  readonly graphqlDuration = new Histogram({
    name: 'pulse_graphql_request_duration_seconds',
    help: 'GraphQL HTTP requests from arrival to response, by operation name and type',
    labelNames: ['operation', 'type'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly graphqlErrors = new Counter({
    name: 'pulse_graphql_errors_total',
    help: 'GraphQL errors returned to clients (HTTP and WebSocket), by extensions.code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  readonly wsSubscriptions = new Gauge({
    name: 'pulse_graphql_ws_subscriptions',
    help: 'Subscriptions currently running over graphql-ws in this process',
    registers: [this.registry],
  });
  readonly jobRuns = new Counter({
    name: 'pulse_job_runs_total',
    help: 'Background job runs started in this process, by job name',
    labelNames: ['job'] as const,
    registers: [this.registry],
  });
  readonly jobFailures = new Counter({
    name: 'pulse_job_failures_total',
    help: 'Background job runs that threw, by job name',
    labelNames: ['job'] as const,
    registers: [this.registry],
  });
  readonly jobDuration = new Histogram({
    name: 'pulse_job_duration_seconds',
    help: 'Background job run time, by job name',
    labelNames: ['job'] as const,
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 30, 120, 600],
    registers: [this.registry],
  });

  constructor(options: { dataSource?: DataSource } = {}) {
    collectDefaultMetrics({ register: this.registry });
    const { dataSource } = options;
    if (dataSource) {
      const pool = () => (dataSource.driver as unknown as { master?: PoolCounts }).master;
      const poolGauge = (name: string, help: string, read: (counts: PoolCounts) => number) =>
        new Gauge({
          name,
          help,
          registers: [this.registry],
          collect() {
            const counts = pool();
            this.set(counts ? read(counts) : 0);
          },
        });
      poolGauge('pulse_db_pool_connections', 'PostgreSQL connections open in the TypeORM pool', (c) => c.totalCount);
      poolGauge('pulse_db_pool_idle', 'Idle PostgreSQL connections in the TypeORM pool', (c) => c.idleCount);
      poolGauge('pulse_db_pool_waiting', 'Queries waiting for a free PostgreSQL connection', (c) => c.waitingCount);
    }
  }

  /** Registers a gauge read at scrape time (the API's open WebSocket count). */
  gaugeFrom(name: string, help: string, read: () => number): void {
    new Gauge({
      name,
      help,
      registers: [this.registry],
      collect() {
        this.set(read());
      },
    });
  }

  /** A bounded label for a client-chosen operation name. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }

  countErrors(errors: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined): void {
    for (const error of errors ?? []) {
      const code = error.extensions?.code;
      this.graphqlErrors.inc({ code: typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR' });
    }
  }

  /** Histogram children by label pair: prom-client would hash the label object on every observation. */
  private readonly durationChildren = new Map<string, { observe(value: number): void }>();

  /** Times one HTTP GraphQL request (type `invalid` when no operation was resolved) and counts its formatted errors. */
  observeGraphqlRequest(operationName: string | null | undefined, type: string | undefined, seconds: number, errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }>): void {
    const operation = this.operationLabel(operationName);
    const labelType = type ?? 'invalid';
    const key = `${operation} ${labelType}`;
    let child = this.durationChildren.get(key);
    if (!child) {
      child = this.graphqlDuration.labels({ operation, type: labelType });
      this.durationChildren.set(key, child);
    }
    child.observe(seconds);
    if (errors) this.countErrors(errors);
  }

  /** The same jobs, each run counted and timed. */
  instrumentJobs(definitions: JobDefinition<any>[]): JobDefinition<any>[] {
    return definitions.map((definition) => ({
      ...definition,
      run: async (data, context) => {
        const labels = { job: definition.name };
        this.jobRuns.inc(labels);
        const stop = this.jobDuration.startTimer(labels);
        try {
          await definition.run(data, context);
        } catch (error) {
          this.jobFailures.inc(labels);
          throw error;
        } finally {
          stop();
        }
      },
    }));
  }
}

/** Who may read /metrics: the bearer METRICS_TOKEN when one is set, else only direct (not proxied) loopback clients. */
export function metricsAllowed(request: IncomingMessage, token: string | undefined): boolean {
  if (token) {
    const match = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '');
    const given = Buffer.from(match?.[1] ?? '');
    const expected = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
  const address = request.socket.remoteAddress ?? '';
  const loopback = address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
  // nginx on the same host connects from loopback too: a forwarded request came from outside.
  return loopback && request.headers['x-forwarded-for'] === undefined && request.headers.forwarded === undefined;
}

export async function serveMetrics(metrics: Metrics, token: string | undefined, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (!metricsAllowed(request, token)) {
    response.writeHead(token ? 401 : 403, { 'content-type': 'text/plain' }).end(token ? 'Bearer METRICS_TOKEN required\n' : 'Metrics are served to localhost only (or set METRICS_TOKEN)\n');
    return;
  }
  const body = await metrics.registry.metrics();
  response.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' }).end(body);
}

/** The worker has no HTTP server of its own: this one serves only GET /metrics. */
export function metricsServer(metrics: Metrics, token: string | undefined): Server {
  return createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    void serveMetrics(metrics, token, request, response).catch(() => response.writeHead(500).end());
  });
}
