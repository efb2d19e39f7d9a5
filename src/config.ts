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
  /** Producer self-registrations per hour per client address (a commune office may register many households). */
  registerRateLimitPerHour: number;
  /** SMTP server for e-mail notifications (smtp:// or smtps://); undefined = e-mail off, nothing is queued. */
  smtpUrl: string | undefined;
  /** Run the certificates' daily job (notices before and on expiry) in this process: OCOP_CERTIFICATE_DAILY=0 turns it off. */
  certificateDaily: boolean;
  /** The From header of every e-mail. */
  mailFrom: string;
  /** Base URL of this app as users reach it, for links inside e-mails (no trailing slash). */
  publicUrl: string;
  /** Consumer reports (public product pages) per hour per client address. */
  reportRateLimitPerHour: number;
  /** Encrypts the QR signing keys in the database; undefined = a random secret kept in dataDir/signing-secret. */
  signingSecret: string | undefined;
  /**
   * Which proxies may tell the client's address (X-Forwarded-For): false = none, the socket's address is the
   * client's; a hop count; or the proxies' addresses/CIDRs. Trusting every sender would let anyone forge an address
   * and dodge the per-address limits.
   */
  trustProxy: false | number | string;
  /** A session unused for this many minutes ends, beside the absolute lifetime sessionTtlHours. */
  sessionIdleMinutes: number;
}

function intOrUndefined(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0 || n > 65535) throw new Error(`${name} must be a port number, got "${value}"`);
  return n;
}

function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a whole number above 0, got "${value}"`);
  return n;
}

/** The URL with its password masked, so a start-up error never prints a secret. */
function masked(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:/@]*:)[^@]*@/i, '$1***@');
}

function smtpUrlOrUndefined(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !['smtp:', 'smtps:'].includes(url.protocol) || !url.hostname) {
    throw new Error(
      `OCOP_SMTP_URL must look like smtp://user:password@host:587 or smtps://user:password@host:465, got "${masked(value)}"`,
    );
  }
  return value;
}

function mailFrom(value: string | undefined): string {
  const from = value || '"OCOP Hub" <no-reply@localhost>';
  // An address is required; a display name in front of it is optional ("Name" <a@b> or a@b).
  if (!/^(?:[^<>]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s"]+@[^<>@\s"]+)$/.test(from.trim())) {
    throw new Error(
      `OCOP_MAIL_FROM must be an e-mail address, optionally with a name: "OCOP Hub" <no-reply@example.vn>; got "${from}"`,
    );
  }
  return from.trim();
}

function publicUrl(value: string | undefined, port: number): string {
  if (!value) return `http://localhost:${port}`;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol)) {
    throw new Error(
      `OCOP_PUBLIC_URL must be an http:// or https:// address such as https://ocop.laichau.gov.vn, got "${value}"`,
    );
  }
  return value.replace(/\/+$/, '');
}

const proxyEntry = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f:]+)(?:\/\d{1,3})?$|^(?:loopback|linklocal|uniquelocal)$/i;

function trustProxy(value: string | undefined): false | number | string {
  if (!value) return false;
  if (/^\d+$/.test(value)) return Number(value);
  const entries = value.split(',').map((e) => e.trim());
  if (entries.some((e) => !proxyEntry.test(e))) {
    throw new Error(
      `OCOP_TRUST_PROXY must be a number of proxy hops or a list of proxy addresses such as 10.0.0.5,10.0.1.0/24 or loopback, got "${value}"`,
    );
  }
  return entries.join(',');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = intOrUndefined('PORT', env.PORT) ?? 3000;
  return {
    port,
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
    registerRateLimitPerHour: positiveInt('OCOP_REGISTER_RATE_LIMIT', env.OCOP_REGISTER_RATE_LIMIT) ?? 10,
    smtpUrl: smtpUrlOrUndefined(env.OCOP_SMTP_URL),
    certificateDaily: env.OCOP_CERTIFICATE_DAILY !== '0',
    mailFrom: mailFrom(env.OCOP_MAIL_FROM),
    publicUrl: publicUrl(env.OCOP_PUBLIC_URL, port),
    reportRateLimitPerHour: positiveInt('OCOP_REPORT_RATE_LIMIT', env.OCOP_REPORT_RATE_LIMIT) ?? 10,
    signingSecret: env.OCOP_SIGNING_SECRET || undefined,
    trustProxy: trustProxy(env.OCOP_TRUST_PROXY),
    sessionIdleMinutes: positiveInt('OCOP_SESSION_IDLE_MINUTES', env.OCOP_SESSION_IDLE_MINUTES) ?? 60,
  };
}
