// Names of provinces and communes for the public pages and the verify route, kept in memory: they change by law a few
// times a decade, and the verify route must stay one database read.
import type { Db } from '../../../db/pool.ts';
import { unitNamesOf } from '../../reference/index.ts';

export class UnitNameCache {
  private readonly names = new Map<string, string | null>();
  constructor(private readonly db: Db) {}

  /** Loads the names not yet known, in one query. */
  async load(codes: Iterable<string | null | undefined>): Promise<(code: string | null | undefined) => string | null> {
    const missing = [...new Set([...codes].filter((c): c is string => !!c && !this.names.has(c)))];
    if (missing.length) {
      const got = await unitNamesOf(this.db, missing);
      for (const c of missing) this.names.set(c, got.get(c));
    }
    return (code) => (code ? (this.names.get(code) ?? null) : null);
  }
}
