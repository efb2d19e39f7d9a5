// Receipt numbers are gapless per commune and year (Form 01 "…/PĐK-<tỉnh>-<xã>-<năm>") even when the commune's
// officers receive many dossiers at the same moment, and a refused step writes nothing — not even a number.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import {
  act,
  fileDossier,
  pinToday,
  registerBinhLuProduct,
  startEvaluationTestServer,
  type EvaluationTestServer,
} from './evaluation-test-kit.ts';

let s: EvaluationTestServer;

beforeAll(async () => {
  s = await startEvaluationTestServer();
  pinToday('2026-10-05');
});
afterAll(async () => s?.close());

const snapshot = async (id: string) => {
  const d = await s.db.pool.query('select state, version, facts, receipt_no, updated_at from dossiers where id = $1', [
    id,
  ]);
  const a = await s.db.pool.query(`select count(*)::int n from audit_log where entity_id = $1`, [id]);
  const c = await s.db.pool.query(
    `select coalesce(max(last_seq), 0) n from receipt_counters where commune_code = '03390'`,
  );
  return { dossier: d.rows[0], audits: a.rows[0].n, counter: c.rows[0].n };
};

describe('gapless receipt numbers under concurrency', () => {
  it('parallel receipts of one commune get 01…N, each once, with no gap', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 8; i++)
      ids.push(await fileDossier(s, (await registerBinhLuProduct(s, `Sản phẩm thử ${i}`)).productId));
    const results = await Promise.all(
      ids.map((id) => s.call('binhlu_officer', 'POST', `/api/dossiers/${id}/actions/receive`, {})),
    );
    expect(results.map((r) => r.status)).toEqual(ids.map(() => 200));
    const numbers = results.map((r) => r.body.dossier.receiptNo as string).sort();
    expect(numbers).toEqual(ids.map((_, i) => `${String(i + 1).padStart(2, '0')}/PĐK-12-03390-2026`));
    // The product codes of the commune's list are gapless too (registry counter).
    const codes = await s.db.pool.query(`select code_seq from products where code_seq is not null order by code_seq`);
    expect(codes.rows.map((r) => r.code_seq)).toEqual(ids.map((_, i) => i + 1));
  });

  it('a receipt refused after its number was drawn gives the number back: the next receipt takes it', async () => {
    const { productId } = await registerBinhLuProduct(s, 'Sản phẩm ngừng');
    const id = await fileDossier(s, productId);
    // The product is deactivated after filing: the product code cannot be issued, so the whole receipt fails.
    expect(
      (await s.call('binhlu_producer', 'PATCH', `/api/products/${productId}`, { status: 'inactive' })).status,
    ).toBe(200);
    const before = await snapshot(id);
    const refused = await s.call('binhlu_officer', 'POST', `/api/dossiers/${id}/actions/receive`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('product_inactive');
    expect(await snapshot(id)).toEqual(before);
    const next = await fileDossier(s, (await registerBinhLuProduct(s, 'Sản phẩm kế tiếp')).productId);
    const ok = await act(s, 'binhlu_officer', next, 'receive');
    expect(ok.body.dossier.receiptNo).toBe('09/PĐK-12-03390-2026');
  });

  it('parallel actions on the same dossier: one wins, the other finds the new state (409)', async () => {
    const id = await fileDossier(s, (await registerBinhLuProduct(s, 'Sản phẩm song song')).productId);
    const [a, b] = await Promise.all([
      s.call('binhlu_officer', 'POST', `/api/dossiers/${id}/actions/receive`, {}),
      s.call('binhlu_officer', 'POST', `/api/dossiers/${id}/actions/receive`, {}),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const counter = await s.db.pool.query(
      `select last_seq from receipt_counters where commune_code = '03390' and year = 2026`,
    );
    expect(counter.rows[0].last_seq).toBe(10);
  });

  it('expectedVersion refuses a step on a dossier changed since it was read', async () => {
    const id = await fileDossier(s, (await registerBinhLuProduct(s, 'Sản phẩm phiên bản')).productId);
    const d = await s.call('binhlu_officer', 'GET', `/api/dossiers/${id}`);
    const stale = await s.call('binhlu_officer', 'POST', `/api/dossiers/${id}/actions/receive`, {
      expectedVersion: d.body.version - 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
    expect(
      (
        await s.call('binhlu_officer', 'POST', `/api/dossiers/${id}/actions/receive`, {
          expectedVersion: d.body.version,
        })
      ).status,
    ).toBe(200);
  });
});
