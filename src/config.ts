// Configuration comes from the environment only (twelve-factor), so several processes can share one database.
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** External PostgreSQL; when absent an embedded server is started under dataDir/pg. */
  databaseUrl: string | undefined;
  /** Optional read replica for read-only queries. */
  databaseReadUrl: string | undefined;
  /** Port for the embedded PostgreSQL; undefined = pick a free one. */
  pgPort: number | undefined;
  dataDir: string;
  /** When set, the first admin gets this password instead of a random one-time password (tests, CI, demos). */
  initialAdminPassword: string | undefined;
  sessionTtlHours: number;
  logLevel: string;
  /** Cookies are marked Secure when the app is served over HTTPS. */
  secureCookies: boolean;
  /** Requests per minute per client address on the public scoring endpoints. */
  publicRateLimitPerMinute: number;
}

function intOrUndefined(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0 || n > 65535) throw new Error(`${name} must be a port number, got "${value}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: intOrUndefined('PORT', env.PORT) ?? 3000,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    databaseReadUrl: env.DATABASE_READ_URL || undefined,
    pgPort: intOrUndefined('PGPORT', env.PGPORT),
    dataDir: resolve(env.OCOP_DATA_DIR ?? 'data'),
    initialAdminPassword: env.OCOP_INITIAL_ADMIN_PASSWORD || undefined,
    sessionTtlHours: Number(env.OCOP_SESSION_TTL_HOURS ?? 12),
    logLevel: env.LOG_LEVEL ?? 'info',
    secureCookies: env.OCOP_SECURE_COOKIES === '1',
    publicRateLimitPerMinute: Number(env.OCOP_PUBLIC_RATE_LIMIT ?? 300),
  };
}
