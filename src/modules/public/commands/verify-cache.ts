// The public routes' memory: the verify answer for a number (and code) on a day, and register search answers (under
// the bucket "*"), kept up to a minute and dropped the moment a certificate changes (a search answer: any certificate). Every write to `certificates` NOTIFYs its number (migration 0011); each process LISTENs on
// one connection of the primary and forgets that number's answers. Without the listener (it failed or dropped) nothing
// is cached and every call reads the register. Repeated scans of one printed code thus cost no database read.
import type pg from 'pg';

const TTL_MS = 60_000;
const MAX_ENTRIES = 50_000;
const CHANNEL = 'ocop_certificates';
/** The bucket of register search answers. */
export const SEARCHES = '*';

export interface CachedAnswer<T> {
  value: T;
  expires: number;
}

export class VerifyCache {
  private readonly byNumber = new Map<string, Map<string, CachedAnswer<unknown>>>();
  private size = 0;
  /** Bumped by every change heard: an answer read before a change is not kept after it. */
  epoch = 0;
  private client: pg.PoolClient | null = null;
  private starting: Promise<void> | null = null;
  private listening = false;
  private stopped = false;

  constructor(private readonly pool: pg.Pool) {}

  /** Starts listening on first use; until it listens, the cache stays empty. */
  private listen(): void {
    if (this.starting || this.stopped) return;
    this.starting = (async () => {
      try {
        const client = await this.pool.connect();
        client.on('notification', (m) => {
          if (m.channel === CHANNEL && m.payload) this.forget(m.payload);
        });
        const lost = () => {
          this.listening = false;
          this.clear();
        };
        client.on('error', lost);
        client.on('end', lost);
        await client.query(`listen ${CHANNEL}`);
        if (this.stopped) {
          client.release();
          return;
        }
        this.client = client;
        this.listening = true;
      } catch {
        this.listening = false;
      }
    })();
  }

  get<T>(number: string, key: string): T | undefined {
    this.listen();
    if (!this.listening) return undefined;
    const hit = this.byNumber.get(number)?.get(key);
    if (!hit) return undefined;
    if (hit.expires < Date.now()) {
      this.byNumber.get(number)!.delete(key);
      this.size--;
      return undefined;
    }
    return hit.value as T;
  }

  private readonly inflight = new Map<string, Promise<unknown>>();

  /**
   * The kept answer, or the one being read for the same number and key (concurrent misses share one read: a burst of
   * scans of one fresh code, or many people searching the same word, cost one query), or `load`'s.
   */
  async through<T>(number: string, key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.get<T>(number, key);
    if (hit !== undefined) return hit;
    const id = `${number}\u0000${key}`;
    const pending = this.inflight.get(id) as Promise<T> | undefined;
    if (pending) return pending;
    const epoch = this.epoch;
    const p = load().then(
      (value) => {
        this.inflight.delete(id);
        this.set(number, key, value, epoch);
        return value;
      },
      (err: unknown) => {
        this.inflight.delete(id);
        throw err;
      },
    );
    this.inflight.set(id, p);
    return p;
  }

  /** Keeps an answer read at `epoch` (this.epoch when its read began), unless a change was heard since. */
  set<T>(number: string, key: string, value: T, epoch: number): void {
    if (!this.listening || epoch !== this.epoch) return;
    if (this.size >= MAX_ENTRIES) this.clear();
    let m = this.byNumber.get(number);
    if (!m) this.byNumber.set(number, (m = new Map()));
    if (!m.has(key)) this.size++;
    m.set(key, { value, expires: Date.now() + TTL_MS });
  }

  /** A certificate changed: its answers go, and every search answer (it may list it). */
  forget(number: string): void {
    this.epoch++;
    for (const bucket of [number, SEARCHES]) {
      const m = this.byNumber.get(bucket);
      if (!m) continue;
      this.size -= m.size;
      this.byNumber.delete(bucket);
    }
  }

  clear(): void {
    this.epoch++;
    this.byNumber.clear();
    this.size = 0;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.listening = false;
    await this.starting?.catch(() => undefined);
    const client = this.client;
    this.client = null;
    if (client) {
      await client.query(`unlisten ${CHANNEL}`).catch(() => undefined);
      client.release();
    }
  }
}
