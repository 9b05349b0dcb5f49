import cluster from 'node:cluster';
import { join } from 'node:path';

/**
 * N API processes behind one port (bench:load's stand-in for nginx in front of pulse-api@4001…): Node cluster
 * hands accepted connections round-robin to `api/dist/main.js` workers. API_PROCESSES (default 2) sets N.
 */
const processes = Number(process.env.API_PROCESSES ?? 2);
let stopping = false;

cluster.setupPrimary({ exec: join(__dirname, '../../../../dist/main.js') });
for (let index = 0; index < processes; index += 1) cluster.fork();
cluster.on('exit', (worker, code, signal) => {
  if (stopping) {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    return;
  }
  process.stderr.write(`api worker ${worker.process.pid} exited (${code ?? signal}); stopping the cluster\n`);
  process.exit(1);
});
const stop = () => {
  stopping = true;
  for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  setTimeout(() => process.exit(0), 12_000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
