import { createLogger, type Logger } from '../logger';

/**
 * The command-line side of a maintenance script on DATABASE_URL (migrate, rebuild-search, rebuild-analytics):
 * refuses to start without the variable, saying which database it needs, then logs the result, or the failure
 * with exit code 1.
 */
export function runOnDatabaseUrl<T>(what: { needs: string; failed: string }, task: (url: string) => Promise<T>, report: (log: Logger, result: T) => void): void {
  const log = createLogger();
  const url = process.env.DATABASE_URL;
  if (!url) {
    log.fatal(`Set DATABASE_URL to ${what.needs}`);
    process.exit(1);
  }
  task(url).then(
    (result) => report(log, result),
    (error: unknown) => {
      log.fatal({ err: error }, what.failed);
      process.exit(1);
    },
  );
}
