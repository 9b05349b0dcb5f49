import type { Logger } from '../logger';

/**
 * SIGTERM/SIGINT run `stop` once, then exit 0; a stop that hangs past `timeoutMs` exits 1. The API and the worker
 * (`<name> stopping` / `<name> stopped` in the log) shut down the same way.
 */
export function stopOnSignals(logger: Logger, name: string, timeoutMs: number, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, `${name} stopping`);
    const force = setTimeout(() => process.exit(1), timeoutMs);
    force.unref();
    await stop();
    logger.info(`${name} stopped`);
    process.exit(0);
  };
  process.on('SIGTERM', () => void onSignal('SIGTERM'));
  process.on('SIGINT', () => void onSignal('SIGINT'));
}
