// Support funding over HTTP: a policy's items with their caps; a producer applies (or its commune for it); the same
// item is never funded twice for the same product; the provincial office approves within the caps and pays in parts
// up to the amount approved; the ledger sums payments by producer, product and source, and a plan's "funds disbursed"
// target counts them by date. Wrong role and wrong province refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pinToday,
  registerBinhLuProduct,
  startEvaluationTestServer,
  type EvaluationTestServer,
} from '../evaluation/evaluation-test-kit.ts';

let s: EvaluationTestServer;
let producerId = '';
let productId = '';
const items: Record<string, string> = {};
const apps: Record<string, string> = {};

beforeAll(async () => {
  s = await startEvaluationTestServer();
  pinToday('2026-11-23');
  ({ producerId, productId } = await registerBinhLuProduct(s));
  const policy = await s.call('laichau_office', 'POST', '/api/support-policies', {
    name: 'Hỗ trợ phát triển sản phẩm OCOP (minh hoạ)',
    legalBasis: 'Nghị quyết số 63/2023/NQ-HĐND ngày 07/12/2023 của HĐND tỉnh Lai Châu',
    validFrom: '2024-01-01',
    items: [
      { code: 'packaging', maxAmount: 50_000_000, maxRate: 0.5, source: 'provincial' },
      { code: 'traceability', maxAmount: 10_000_000, source: 'central_ntp' },
    ],
  });
  expect(policy.status).toBe(201);
  const list = await s.call('binhlu_producer', 'GET', '/api/support-policies');
  for (const i of list.body.items[0].items) items[i.code] = i.id;
});
afterAll(async () => s?.close());

const apply = (who: 'binhlu_producer' | 'binhlu_officer' | 'tanphong_producer', over: Record<string, unknown> = {}) =>
  s.call(who, 'POST', '/api/support-applications', {
    producerId,
    productId,
    itemId: items.packaging,
    cost: 80_000_000,
    requested: 40_000_000,
    appliedOn: '2026-03-02',
    ...over,
  });

describe('applying', () => {
  it('the producer applies for packaging of its product; the same item for the same product again is refused', async () => {
    const first = await apply('binhlu_producer');
    expect(first.status).toBe(201);
    apps.packaging = first.body.id;
    const again = await apply('binhlu_producer', { appliedOn: '2026-04-01' });
    expect(again.status).toBe(400);
    expect(again.body.error.issues[0]).toMatchObject({ field: 'body.itemId', code: 'already_funded' });
  });

  it('an amount above the cap (the lower of 50 million and half the cost) is a 400 on requested', async () => {
    const over = await apply('binhlu_producer', { productId: null, cost: 90_000_000, requested: 46_000_000 });
    expect(over.status).toBe(400);
    expect(over.body.error.issues[0].field).toBe('body.requested');
    expect(over.body.error.issues[0].message.vi).toContain('45.000.000');
  });

  it('the commune applies for a producer of its commune; another producer may not apply for it', async () => {
    const commune = await apply('binhlu_officer', {
      productId: null,
      itemId: items.traceability,
      cost: 12_000_000,
      requested: 9_000_000,
    });
    expect(commune.status).toBe(201);
    apps.traceability = commune.body.id;
    expect((await apply('tanphong_producer', { itemId: items.traceability })).status).toBe(403);
  });
});

describe('deciding and paying', () => {
  it('only the provincial office of the province decides; an amount above the cap is refused; a decision is final', async () => {
    const body = { decision: 'approve', decisionNo: '45/QĐ-SNN', decidedOn: '2026-04-10' };
    expect(
      (await s.call('binhlu_officer', 'POST', `/api/support-applications/${apps.packaging}/decision`, body)).status,
    ).toBe(403);
    expect(
      (await s.call('dienbien_office', 'POST', `/api/support-applications/${apps.packaging}/decision`, body)).status,
    ).toBe(403);
    const over = await s.call('laichau_office', 'POST', `/api/support-applications/${apps.traceability}/decision`, {
      ...body,
      amount: 9_500_000,
    });
    expect(over.status).toBe(400);
    expect(over.body.error.issues[0].field).toBe('body.amount');
    expect(
      (await s.call('laichau_office', 'POST', `/api/support-applications/${apps.packaging}/decision`, body)).status,
    ).toBe(204);
    expect(
      (await s.call('laichau_office', 'POST', `/api/support-applications/${apps.packaging}/decision`, body)).status,
    ).toBe(409);
  });

  it('payments add up to the amount approved and no more; the ledger and the plan count them by date', async () => {
    const pay = (amount: number, paidOn: string) =>
      s.call('laichau_office', 'POST', `/api/support-applications/${apps.packaging}/disbursements`, { amount, paidOn });
    expect((await pay(25_000_000, '2026-05-05')).status).toBe(204);
    const over = await pay(20_000_000, '2026-09-01');
    expect(over.status).toBe(400);
    expect(over.body.error.issues[0].field).toBe('body.amount');
    expect((await pay(15_000_000, '2026-09-01')).status).toBe(204);
    const ledger = await s.call('binhlu_producer', 'GET', '/api/support-ledger');
    expect(ledger.body.total).toBe(40_000_000);
    expect(ledger.body.items[0]).toMatchObject({ source: 'provincial', paid: 40_000_000, payments: 2 });
    const plan = await s.call('laichau_office', 'POST', '/api/plans', {
      unitSet: 2025,
      unitCode: '12',
      year: 2026,
      title: 'Kế hoạch 2026',
      targets: [{ kind: 'funds_disbursed', target: 100_000_000 }],
    });
    expect(plan.body.targets[0].actual).toBe(40_000_000);
    const june = await s.call('laichau_office', 'GET', `/api/plans/${plan.body.id}?asOf=2026-06-30`);
    expect(june.body.targets[0].actual).toBe(25_000_000);
  });

  it('the producer sees its own applications only; another province none', async () => {
    const own = await s.call('binhlu_producer', 'GET', '/api/support-applications');
    expect(own.body.total).toBe(2);
    expect(own.body.items.find((a: { id: string }) => a.id === apps.packaging).paid).toBe(40_000_000);
    expect((await s.call('tanphong_producer', 'GET', '/api/support-applications')).body.total).toBe(0);
    expect((await s.call('dienbien_office', 'GET', '/api/support-applications')).body.total).toBe(0);
  });
});
