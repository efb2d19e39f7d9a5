import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';
import { loadDemo } from './load-demo.ts';
import { DEMO_TODAY, loadDemoDossiers } from './demo-dossiers.ts';
import { LIFECYCLE_PRODUCTS } from './demo-lifecycle.ts';
import { LIFECYCLE_STATUSES, lifecyclesOf } from '../certificates/index.ts';
import { users } from '../../platform/schema.ts';
import { actorOf } from '../../platform/auth/actor.ts';
import { DEMO_PRODUCERS } from './lai-chau.ts';
import { testClock as clock } from '../../testing/test-clock.ts';
import { todayInVietnam } from '../registry/index.ts';
import { addWorkingDays, loadCalendar } from '../reference/index.ts';

let s: TestServer;
let summary: Awaited<ReturnType<typeof loadDemo>>;
beforeAll(async () => {
  s = await startTestServer({ listen: false });
});
afterAll(async () => s?.close());

const login = async (username: string, password: string) => {
  const res = await s.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  return { status: res.statusCode, cookie: res.cookies.find((c) => c.name === 'ocop_session')?.value };
};

describe('Lai Châu demo', () => {
  it('loads once through the real commands, and a second run changes nothing', async () => {
    const first = await loadDemo(s.db.db, 'demo-mat-khau');
    expect(first.loaded).toBe(true);
    expect(first.producers).toBe(DEMO_PRODUCERS.length);
    summary = first;
    const second = await loadDemo(s.db.db, 'demo-mat-khau');
    expect(second.loaded).toBe(false);
    const n = await s.db.pool.query(
      `select (select count(*)::int from producers) p, (select count(*)::int from products) pr, (select count(*)::int from certificates) c`,
    );
    // + demo-history.ts's certificates, + demo-lifecycle.ts's products and their certificates.
    const more = LIFECYCLE_PRODUCTS.length;
    expect(n.rows[0]).toEqual({ p: DEMO_PRODUCERS.length, pr: first.products + more, c: 6 + 5 + more });
  }, 120_000); // the demo walks every command (dossiers, rounds, the cycle): slow on a loaded machine

  it('gives every role a working account scoped to its unit', async () => {
    const officer = await login('xa.binhlu', 'demo-mat-khau');
    expect(officer.status).toBe(200);
    const res = await s.app.inject({
      method: 'GET',
      url: '/api/producers?limit=100',
      cookies: { ocop_session: officer.cookie! },
    });
    const names = res.json().items.map((p: { name: string }) => p.name);
    // Bình Lư (03390) has the miến dong HTX, the thổ cẩm group and the mắc ca company — and nothing else.
    expect(names.sort()).toEqual(
      ['Công ty TNHH Mắc ca Tam Đường', 'HTX Miến dong Bình Lư', 'Tổ hợp tác dệt thổ cẩm Lự Bản Hon'].sort(),
    );
    const producer = await login('htx.miendong', 'demo-mat-khau');
    const own = await s.app.inject({
      method: 'GET',
      url: '/api/products',
      cookies: { ocop_session: producer.cookie! },
    });
    expect(own.json().items.map((p: { name: string }) => p.name)).toEqual(['Miến dong Bình Lư']);
  });

  it('keeps the expired 2020 certificate of miến dong Bình Lư as history (Decision 921/QĐ-UBND), next to its 2026 one', async () => {
    const r = await s.db.pool.query(
      `select c.status, c.star, c.expires_on::text e from certificates c join products p on p.id = c.product_id where p.name = 'Miến dong Bình Lư' order by c.issued_on`,
    );
    expect(r.rows).toEqual([
      { status: 'expired', star: 3, e: '2023-07-20' },
      { status: 'valid', star: 4, e: '2029-10-15' },
    ]);
  });
});

describe("the demo's 2026 season: a dossier in every state", () => {
  const STATES = [
    'draft',
    'submitted',
    'commune_received',
    'commune_returned',
    'forwarded',
    'province_incomplete',
    'province_accepted',
    'in_round',
    'advisory_review',
    'council_scoring',
    'council_rescoring',
    'council_closed',
    'result_notice',
    'province_certified',
    'sent_to_ministry',
    'ministry_council',
    'ministry_certified',
    'withdrawn',
    'rejected',
  ];
  const dossier = async (state: string) =>
    (
      await s.db.pool.query(
        `select id, product_name, commune_code, receipt_no, received_on::text, commune_due_on::text, last_reason, final_star, council_id from dossiers where state = $1`,
        [state],
      )
    ).rows[0];

  it('has at least one dossier in each state a provincial officer meets; the test clock still reads the real date (the demo walks on its own)', async () => {
    const r = await s.db.pool.query(`select state, count(*)::int n from dossiers group by state`);
    const counts = Object.fromEntries(r.rows.map((x) => [x.state, x.n]));
    for (const state of STATES) expect(counts[state] ?? 0, state).toBeGreaterThanOrEqual(1);
    expect(clock.today()).toBe(todayInVietnam());
    // Each walked dossier stopped where the loader says.
    const rows = await s.db.pool.query(`select id, state from dossiers`);
    const stateOf = new Map(rows.rows.map((x) => [x.id, x.state]));
    expect(summary.dossiers.map((d) => [d.key, stateOf.get(d.id)])).toEqual(
      summary.dossiers.map((d) => [d.key, d.expected]),
    );
  });

  it('leaves the real date alone even when a walk fails half-way (its clock is its own)', async () => {
    // Every account, but no product: the first filing (on a pinned day) is refused.
    const accounts = await s.db.db.select().from(users);
    await expect(
      loadDemoDossiers(s.db.db, new Map(accounts.map((u) => [u.username, actorOf(u)])), {}),
    ).rejects.toThrow();
    expect(clock.today()).toBe(todayInVietnam());
  });

  it('carries what each state needs: a receipt and its 15-working-day deadline, reasons, a 2★ result notice', async () => {
    const received = await dossier('commune_received');
    expect(received.receipt_no).toMatch(/^\d{2}\/PĐK-12-03390-2026$/);
    expect(received.received_on).toBe('2026-11-18');
    expect(received.commune_due_on).toBe(addWorkingDays(received.received_on, 15, loadCalendar()));
    expect((await dossier('commune_returned')).last_reason).toMatch(/methanol/);
    expect((await dossier('province_incomplete')).last_reason).toMatch(/nhãn hiệu/);
    expect((await dossier('rejected')).last_reason).toMatch(/an toàn thực phẩm/);
    expect((await dossier('withdrawn')).last_reason).toBeTruthy();
    expect((await dossier('result_notice')).final_star).toBe(2);
  });

  it('shows a council at work: some members scored, others not; one member diverging', async () => {
    const cards = async (state: string) =>
      (
        await s.db.pool.query(
          `select count(*) filter (where sc.submitted_at is not null)::int submitted, count(*) filter (where sc.submitted_at is null)::int drafts,
              max(sc.total)::float hi, min(sc.total)::float lo
         from scorecards sc join dossiers d on d.id = sc.dossier_id and d.council_id = sc.council_id where d.state = $1`,
          [state],
        )
      ).rows[0];
    expect(await cards('council_scoring')).toMatchObject({ submitted: 4, drafts: 1 });
    const rescoring = await cards('council_rescoring');
    expect(rescoring.submitted).toBe(7);
    expect(rescoring.hi - rescoring.lo).toBeGreaterThan(10);
  });

  it('has certificates with numbers for the certified: 4★ by the province, 5★ by the Ministry', async () => {
    const r = await s.db.pool.query(
      `select d.state, c.number, c.star from dossiers d join certificates c on c.dossier_id = d.id where d.state in ('province_certified', 'ministry_certified') and d.source = 'procedure' order by d.state desc`,
    );
    expect(r.rows).toEqual([
      { state: 'province_certified', number: '001/GCN-OCOP-12-2026', star: 4 },
      { state: 'ministry_certified', number: '001/GCN-OCOP-BNNMT-2026', star: 5 },
    ]);
  });

  it('records 8 results of 2021–2026 under their own rule sets: one certificate in its re-evaluation window, some expired (demo-history.ts)', async () => {
    const r = await s.db.pool.query(
      `select h.rule_set, h.level, h.star, c.number, c.status, c.expires_on::text e from historical_results h left join certificates c on c.id = h.certificate_id
       where h.product_id not in (select id from products where name = any($1)) order by h.decided_on`,
      [LIFECYCLE_PRODUCTS.map((p) => p.name)],
    );
    expect(r.rows.map((x) => `${x.rule_set} ${x.level} ${x.star} ${x.status ?? '-'}`)).toEqual([
      '1048-2019 province 3 expired',
      '1048-2019 province 4 expired',
      '1048-2019 district 2 -',
      '148-2023 district 3 expired',
      '148-2023 district 2 -',
      '148-2023 district 3 valid',
      '148-2023 province 2 -',
      '148-2023 province 4 valid',
    ]);
    // Gia Khâu: 25/4/2024 + 36 months = 25/4/2027; the Art. 7.6.a window 27/10–26/12/2026 holds 23/11/2026.
    expect(r.rows[5]).toMatchObject({ number: '356-01/GCN-OCOP-TPLC-2024', e: '2027-04-25' });
    const gao = await s.db.pool.query(`select status from certificates where number = '013/GCN-OCOP-12-2024'`);
    expect(gao.rows[0].status).toBe('superseded');
  });

  it("lets the commune officer of Bình Lư see only Bình Lư's dossiers", async () => {
    const officer = await login('xa.binhlu', 'demo-mat-khau');
    const res = await s.app.inject({
      method: 'GET',
      url: '/api/dossiers?limit=100',
      cookies: { ocop_session: officer.cookie! },
    });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { communeCode: string; productName: string }[];
    const all = await s.db.pool.query(`select count(*)::int n from dossiers where commune_code = '03390'`);
    expect(items.length).toBe(all.rows[0].n);
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.every((d) => d.communeCode === '03390')).toBe(true);
    expect(items.map((d) => d.productName)).toContain('Miến dong Bình Lư');
  });

  it('Art. 4.3, 7.6, 8, 12: on 23/11/2026 the register holds a certificate in every lifecycle status, a revocation and an open proposal (demo-lifecycle.ts)', async () => {
    const rows = (await s.db.pool.query(`select * from certificates`)).rows.map((r) => ({
      id: r.id,
      number: r.number,
      star: r.star,
      issuedOn: r.issued_on,
      expiresOn: r.expires_on,
      status: r.status,
      revokedOn: r.revoked_on,
      supersededBy: r.superseded_by,
    }));
    const lives = await lifecyclesOf(s.db.db, rows, DEMO_TODAY);
    const statuses = new Set([...lives.values()].map((l) => l.status));
    expect([...statuses].sort()).toEqual([...LIFECYCLE_STATUSES].sort());
    const proposals = await s.db.pool.query(
      `select state from revocation_proposals where source <> 'inspection' order by state`,
    );
    expect(proposals.rows.map((r) => r.state)).toEqual(['open', 'revoked']);
    const revoked = await s.db.pool.query(`select decision_number from certificate_revocations`);
    expect(revoked.rows).toEqual([{ decision_number: '2210/QĐ-UBND' }]);
    // The demo day's job sent the window notices once (Gia Khâu's and the tea bags').
    const notices = await s.db.pool.query(`select kind from certificate_notices where kind = 'window_opens'`);
    expect(notices.rowCount).toBeGreaterThanOrEqual(2);
  });

  it('holds an inspection plan (Art. 9) with a visit, a fix reported, a serious finding proposed for revocation, a test overdue and a lapsed paper (demo-inspections.ts)', async () => {
    const r = await s.db.pool.query(`select
      (select count(*)::int from inspection_plans) plans,
      (select count(*)::int from inspection_visits) visits,
      (select count(*)::int from inspection_items where state = 'fix_reported') reported,
      (select count(*)::int from inspection_items where state = 'escalated' and proposal_id is not null) escalated,
      (select count(*)::int from revocation_proposals where source = 'inspection' and state = 'open') proposals,
      (select max(tested_on)::text from product_tests) last_test,
      (select count(*)::int from producer_papers where expires_on < '2026-11-23') lapsed`);
    expect(r.rows[0]).toEqual({
      plans: 1,
      visits: 1,
      reported: 1,
      escalated: 1,
      proposals: 1,
      last_test: '2025-09-10',
      lapsed: 1,
    });
  });

  it("holds the Lai Châu 2026 and Tam Đường 2025 plans, whose progress is counted from the demo's work (demo-plans.ts)", async () => {
    const office = await login('vp.ocop', 'demo-mat-khau');
    const get = async (url: string) =>
      (await s.app.inject({ method: 'GET', url, cookies: { ocop_session: office.cookie! } })).json();
    const list = await get('/api/plans');
    expect(list.items.map((p: { year: number; unit: { code: string } }) => `${p.unit.code}/${p.year}`).sort()).toEqual([
      '106/2025',
      '12/2026',
    ]);
    const laiChau = list.items.find((p: { year: number }) => p.year === 2026);
    const plan = await get(`/api/plans/${laiChau.id}?asOf=2026-11-23`);
    const byKind = (kind: string) => plan.targets.find((t: { kind: string }) => t.kind === kind);
    // 3★ products in force on the demo day, and communes holding an OCOP product: counted, never zero.
    expect(byKind('products_maintained').actual).toBeGreaterThan(0);
    expect(byKind('communes_with_ocop').actual).toBeGreaterThan(0);
    // The demo's fair, training, sales point and payment (demo-programme-work.ts) count too.
    expect(byKind('sales_points').actual).toBe(1);
    const ledger = await get('/api/support-ledger');
    expect(ledger.total).toBe(23_000_000);
    const activities = await get('/api/activities?year=2026');
    expect(activities.total).toBe(5);
  });

  it('holds products at every step of the OCOP cycle in Lai Châu: surveyed, ideas pending, returned and accepted, a plan implemented (demo-cycle.ts)', async () => {
    const office = await login('vp.ocop', 'demo-mat-khau');
    const res = await s.app.inject({
      method: 'GET',
      url: '/api/cycle/pipeline',
      cookies: { ocop_session: office.cookie! },
    });
    const pipe = res.json();
    const n = (stage: string) => pipe.counts.find((c: { stage: string }) => c.stage === stage).n;
    for (const stage of [
      'surveyed',
      'idea',
      'idea_accepted',
      'business_plan',
      'implementing',
      'dossier_filed',
      'certified',
      'promoted',
    ])
      expect(n(stage), stage).toBeGreaterThan(0);
    // A few surveys, partners and responsible officers for the cycle's screens.
    const few = await s.db.pool.query(`select (select count(*)::int from cycle_surveys) as surveys,
      (select count(*)::int from cycle_partners) as partners, (select count(*)::int from cycle_commune_officers) as officers`);
    expect(few.rows[0]).toEqual({ surveys: 3, partners: 5, officers: 5 });
    expect(pipe.communes.find((c: { code: string }) => c.code === '03390').officer.name).toMatch(/Tẩn Thị Mai/);
    const states = await s.db.pool.query(`select state, count(*)::int as n from cycle_ideas group by 1 order by 1`);
    expect(states.rows.map((r) => r.state)).toEqual(['accepted', 'forwarded', 'returned_by_province', 'submitted']);
  });
});
