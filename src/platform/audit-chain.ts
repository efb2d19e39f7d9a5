// The audit log's hash chain (migration 0026): sealing rows once their transaction has ended, and verifying that
// every sealed row still hashes to what it was sealed with and links to the row before it. The SQL functions compute
// the hashes, so sealing and verifying cannot disagree on the canonical text.
import type pg from 'pg';

/** Seals the rows whose transactions have ended, a batch at a time; returns how many it sealed. */
export async function sealAudit(pool: pg.Pool, batch = 5000): Promise<number> {
  let total = 0;
  for (;;) {
    const n = Number((await pool.query('select audit_seal($1) as n', [batch])).rows[0].n);
    total += n;
    if (n < batch) return total;
  }
}

export interface AuditVerdict {
  rows: number;
  sealed: number;
  /** The last sealed row: record it somewhere else, and check later with `--expect <id>:<hash>`. */
  head: { id: number; hash: string } | null;
  /** The first row where the chain breaks, and why; null when it holds. */
  broken: { id: number; problem: 'changed' | 'link' | 'unsealed_between' | 'expected_head' } | null;
}

/**
 * Recomputes the chain. `changed`: the row's content no longer gives its hash; `link`: its prev_hash is not the hash
 * of the row before it (a row removed or slipped in); `unsealed_between`: an unsealed row sits before a sealed one.
 * `expect` (a head recorded earlier) must still be in the chain with the same hash.
 */
export async function verifyAudit(pool: pg.Pool, expect?: { id: number; hash: string }): Promise<AuditVerdict> {
  const counts = (await pool.query(`select count(*)::int as rows, count(hash)::int as sealed from audit_log`))
    .rows[0] as { rows: number; sealed: number };
  const head = (await pool.query(`select id::int, hash from audit_log where hash is not null order by id desc limit 1`))
    .rows[0] as { id: number; hash: string } | undefined;
  const broken = (
    await pool.query(
      `select id::int, case when hash <> expect then 'changed'
                            when before_unsealed then 'unsealed_between'
                            else 'link' end as problem
       from (select id, hash, prev_hash, audit_row_hash(a.prev_hash, a) as expect,
                    lag(hash) over w as before_hash, lag(hash is null) over w as before_unsealed
             from audit_log a window w as (order by id)) t
       where hash is not null and (hash <> expect or prev_hash is distinct from before_hash or before_unsealed)
       order by id limit 1`,
    )
  ).rows[0] as AuditVerdict['broken'] | undefined;
  let verdict: AuditVerdict = { ...counts, head: head ?? null, broken: broken ?? null };
  if (!verdict.broken && expect) {
    const still = await pool.query(`select 1 from audit_log where id = $1 and hash = $2`, [expect.id, expect.hash]);
    if (!still.rowCount) verdict = { ...verdict, broken: { id: expect.id, problem: 'expected_head' } };
  }
  return verdict;
}

/** Seals every `everyMs` in the background (several processes may run it: one seals, the others skip). */
export function startAuditSealer(pool: pg.Pool, everyMs = 30_000, onError: (err: unknown) => void = () => {}) {
  const timer = setInterval(() => void sealAudit(pool).catch(onError), everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
