import { readdirSync, readFileSync } from 'node:fs';
import { Client } from 'pg';

/** Per-component CPU and memory from /proc, and PostgreSQL connections from pg_stat_activity, sampled every second. */

const TICKS = 100; // USER_HZ on Linux

export interface ComponentUsage {
  /** Average cores used over the window (user + system). */
  cores: number;
  /** Peak resident set (sum over the component's processes), MB. */
  rssMb: number;
  /** Peak proportional set (shared pages split between the processes that map them), MB: these add up across components. */
  pssMb: number;
  processes: number;
}

export interface WindowUsage {
  components: Record<string, ComponentUsage>;
  connections: { max: number; average: number; activeMax: number; activeAverage: number };
  loadAverage: number[];
}

export function readCpuTicks(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

export function readMemory(pid: number): { rss: number; pss: number } {
  let rss = 0;
  let pss = 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    pss = Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0) / 1024;
  } catch {
    // the process ended
  }
  return { rss, pss };
}

export function childrenOf(parent: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.split(') ')[1]!.split(' ')[1]) === parent) pids.push(Number(entry));
    } catch {
      // gone
    }
  }
  return pids;
}

export function pidsByName(name: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === name) pids.push(Number(entry));
    } catch {
      // gone
    }
  }
  return pids;
}

export class Monitor {
  private timer: NodeJS.Timeout | null = null;
  private last = new Map<number, number>();
  private cpu = new Map<string, number>();
  private peakRss = new Map<string, number>();
  private peakPss = new Map<string, number>();
  private processCount = new Map<string, number>();
  private connections: Array<{ total: number; active: number }> = [];
  private started = 0;
  private client: Client | null = null;
  private postgresPids: number[] = [];
  private sampling = false;

  /** `fixed`: component → pids known up front; PostgreSQL's pids come from pg_stat_activity of `database`. */
  constructor(
    private readonly fixed: () => Record<string, number[]>,
    private readonly databaseUrl: string,
    private readonly database: string,
  ) {}

  async start(): Promise<void> {
    this.client = new Client({ connectionString: this.databaseUrl, application_name: 'bench-monitor' });
    await this.client.connect();
    await this.sample();
    this.timer = setInterval(() => void this.sample(), 1000);
  }

  /** Starts a new window: CPU is counted from here. */
  reset(): void {
    this.cpu.clear();
    this.peakRss.clear();
    this.peakPss.clear();
    this.processCount.clear();
    this.connections = [];
    this.started = performance.now();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.client?.end();
  }

  private async sample(): Promise<void> {
    if (this.sampling || !this.client) return;
    this.sampling = true;
    try {
      const { rows } = await this.client.query<{ pid: number; ours: boolean; active: boolean }>(
        `SELECT pid, datname = $1 AS ours, state = 'active' AS active FROM pg_stat_activity
          WHERE (datname = $1 OR datname IS NULL) AND pid <> pg_backend_pid()`,
        [this.database],
      );
      const ours = rows.filter((row) => row.ours);
      this.connections.push({ total: ours.length, active: ours.filter((row) => row.active).length });
      const postmaster = rows.length ? Number(readFileSync(`/proc/${rows[0]!.pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]) : null;
      this.postgresPids = [...rows.map((row) => row.pid), ...(postmaster ? [postmaster] : [])];
    } catch {
      // keep the previous list
    }
    const components = { ...this.fixed(), postgresql: this.postgresPids };
    for (const [name, pids] of Object.entries(components)) {
      let rss = 0;
      let pss = 0;
      for (const pid of pids) {
        const ticks = readCpuTicks(pid);
        if (ticks === null) continue;
        const previous = this.last.get(pid);
        this.last.set(pid, ticks);
        if (previous !== undefined) this.cpu.set(name, (this.cpu.get(name) ?? 0) + (ticks - previous));
        const memory = readMemory(pid);
        rss += memory.rss;
        pss += memory.pss;
      }
      this.peakRss.set(name, Math.max(this.peakRss.get(name) ?? 0, rss));
      this.peakPss.set(name, Math.max(this.peakPss.get(name) ?? 0, pss));
      this.processCount.set(name, Math.max(this.processCount.get(name) ?? 0, pids.length));
    }
    this.sampling = false;
  }

  window(loadAverage: number[]): WindowUsage {
    const seconds = (performance.now() - this.started) / 1000;
    const components: Record<string, ComponentUsage> = {};
    for (const name of this.peakRss.keys()) {
      components[name] = {
        cores: (this.cpu.get(name) ?? 0) / TICKS / seconds,
        rssMb: this.peakRss.get(name) ?? 0,
        pssMb: this.peakPss.get(name) ?? 0,
        processes: this.processCount.get(name) ?? 0,
      };
    }
    const totals = this.connections.map((c) => c.total);
    const actives = this.connections.map((c) => c.active);
    const average = (list: number[]) => (list.length ? list.reduce((a, b) => a + b, 0) / list.length : 0);
    return {
      components,
      connections: { max: Math.max(0, ...totals), average: average(totals), activeMax: Math.max(0, ...actives), activeAverage: average(actives) },
      loadAverage,
    };
  }
}
