// allocateProductCode under concurrency, against the real PostgreSQL: the commune's numbers stay gapless.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '../../testing/db.ts';
import { openDatabase, type Database } from '../../db/pool.ts';
import { allocateProductCode } from './commands/allocate-product-code.ts';

let db: Database;
let producerId: string;

beforeAll(async () => {
  const test = await createTestDatabase();
  await test.close();
  // More connections than allocations, so all 20 transactions really run at once.
  db = openDatabase(test.url, undefined, 25);
  const r = await db.pool.query(
    `insert into producers (province_code, commune_code, legal_type, name, name_key) values ('12', '03390', 'htx', 'HTX Miến dong Bình Lư', 'mien dong binh lu') returning id`,
  );
  producerId = r.rows[0].id;
});
afterAll(async () => db?.close());

async function newProducts(n: number, communeCode = '03390'): Promise<string[]> {
  const r = await db.pool.query(
    `insert into products (province_code, commune_code, producer_id, name, set_no)
     select '12', $2, $1, 'Sản phẩm ' || i, 6 from generate_series(1, $3::int) i returning id`,
    [producerId, communeCode, n],
  );
  return r.rows.map((x) => x.id as string);
}

/** One allocation in its own transaction that stays open a little, as a real command would. */
const allocateInTx = (productId: string, year = 2026) =>
  db.db.transaction(async (tx) => {
    const code = await allocateProductCode(tx, productId, year);
    await tx.execute(sql`select pg_sleep(0.02)`);
    return code;
  });

describe('allocateProductCode', () => {
  it('20 parallel allocations in one commune get 1..20: no gap, no repeat', async () => {
    const ids = await newProducts(20);
    const codes = await Promise.all(ids.map((id) => allocateInTx(id)));
    expect(codes.map((c) => c.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(codes.map((c) => c.productCode)).size).toBe(20);
    expect(codes.every((c) => /^12-03390-0(0[1-9]|1\d|20)-2026$/.test(c.productCode))).toBe(true);
    const stored = await db.pool.query(`select product_code from products where id = any($1) order by code_seq`, [ids]);
    expect(stored.rows.map((r) => r.product_code)).toEqual(codes.map((c) => c.productCode).sort());
    const counter = await db.pool.query(`select last_seq from product_code_counters where commune_code = '03390'`);
    expect(counter.rows[0].last_seq).toBe(20);
  });

  it('parallel allocations for the same product and year give one code and take one number', async () => {
    const [id] = await newProducts(1);
    const codes = await Promise.all(Array.from({ length: 10 }, () => allocateInTx(id!)));
    expect(new Set(codes.map((c) => c.productCode))).toEqual(new Set(['12-03390-021-2026']));
    expect(codes.filter((c) => c.allocated)).toHaveLength(1);
    const audit = await db.pool.query(
      `select count(*)::int n from audit_log where entity_id = $1 and action = 'product.code'`,
      [id],
    );
    expect(audit.rows[0].n).toBe(1);
  });

  it('a rolled-back allocation gives its number back: the next product still gets the next number', async () => {
    const [lost, next] = await newProducts(2);
    await expect(
      db.db.transaction(async (tx) => {
        await allocateProductCode(tx, lost!, 2026);
        throw new Error('the caller’s transaction fails after allocating');
      }),
    ).rejects.toThrow('fails');
    expect((await allocateInTx(next!)).productCode).toBe('12-03390-022-2026');
    const row = await db.pool.query(`select product_code from products where id = $1`, [lost]);
    expect(row.rows[0].product_code).toBeNull();
  });

  it('each commune counts on its own; audited as the system when no actor is given', async () => {
    const [other] = await newProducts(1, '03408');
    const code = await allocateInTx(other!);
    expect(code.productCode).toBe('12-03408-001-2026');
    const audit = await db.pool.query(`select actor_id, actor_name from audit_log where entity_id = $1`, [other]);
    expect(audit.rows).toEqual([{ actor_id: null, actor_name: 'system' }]);
  });

  it('an unknown product is a 404 and a year out of range a 400', async () => {
    await expect(
      db.db.transaction((tx) => allocateProductCode(tx, '00000000-0000-4000-8000-000000000000', 2026)),
    ).rejects.toMatchObject({ status: 404 });
    const [id] = await newProducts(1);
    await expect(db.db.transaction((tx) => allocateProductCode(tx, id!, 1999))).rejects.toMatchObject({ status: 400 });
  });
});
