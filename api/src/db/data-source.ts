import 'reflect-metadata';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';
import { SnakeNamingStrategy } from './naming-strategy';

export interface DataSourceOptions {
  url: string;
  poolSize?: number;
  /** Called with every SQL statement: the N+1 test counts them. */
  onQuery?: (sql: string) => void;
  applicationName?: string;
}

export function createDataSource({ url, poolSize = 10, onQuery, applicationName = 'pulse-api' }: DataSourceOptions): DataSource {
  const logger: TypeOrmLogger | undefined = onQuery
    ? {
        logQuery: (sql) => onQuery(sql),
        logQueryError: () => undefined,
        logQuerySlow: () => undefined,
        logSchemaBuild: () => undefined,
        logMigration: () => undefined,
        log: () => undefined,
      }
    : undefined;
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logging: onQuery ? ['query'] : false,
    logger,
    applicationName,
    // jit off: JIT compilation costs tens to hundreds of ms and pays off only for long analytical queries, never
    // for ours (ops/postgresql.md sets it server-wide too).
    extra: { max: poolSize, idleTimeoutMillis: 30_000, statement_timeout: 30_000, options: '-c jit=off' },
  });
}
