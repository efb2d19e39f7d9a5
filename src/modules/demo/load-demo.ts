// `npm run ocop -- demo`: loads the Lai Châu demo (users of every role, producers, products, historical
// certificates) through the same commands the app uses, so the demo obeys every rule. Idempotent.
import { sql, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/pool.ts';
import { users } from '../../platform/schema.ts';
import { actorOf, type Actor } from '../../platform/auth/actor.ts';
import { hashPassword } from '../../platform/auth/passwords.ts';
import { audit } from '../../platform/audit.ts';
import { createUser } from '../users/index.ts';
import { createProducer, createProduct, linkProducerAccount } from '../registry/index.ts';
import { insertCertificate } from '../certificates/index.ts';
import { insertDecision } from '../evaluation/index.ts';
import { DEMO_HISTORICAL_CERTIFICATES, DEMO_PRODUCERS, DEMO_PROVINCE, DEMO_USERS } from './lai-chau.ts';
import { loadDemoDossiers, type DemoDossier } from './demo-dossiers.ts';
import { loadDemoHistory } from './demo-history.ts';
import { loadDemoLifecycle } from './demo-lifecycle.ts';
import { loadDemoInspections } from './demo-inspections.ts';
import { loadDemoPlans } from './demo-plans.ts';
import { loadDemoProgrammeWork } from './demo-programme-work.ts';
import { loadDemoCycle } from './demo-cycle.ts';

const MARKER = 'demo-lai-chau';

export interface DemoSummary {
  loaded: boolean;
  users: { username: string; role: string; unit: string | null }[];
  producers: number;
  products: number;
  productIds: Record<string, string>;
  /** The dossiers walked through the procedure, each with the state it was left in. */
  dossiers: DemoDossier[];
}

async function adminActor(db: Db): Promise<Actor> {
  const [admin] = await db
    .select()
    .from(users)
    .where(sql`${users.role} = 'admin' and ${users.provinceCode} is null`)
    .orderBy(users.createdAt)
    .limit(1);
  if (!admin) throw new Error('no national admin: start the app once (npm start) before loading the demo');
  return actorOf(admin);
}

/** Demo accounts share one password, set without the first-login change so the tour can start at once. */
async function setDemoPassword(db: Db, userId: string, password: string) {
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(password), mustChangePassword: false })
    .where(eq(users.id, userId));
}

export async function loadDemo(db: Db, password: string): Promise<DemoSummary> {
  const done = await db.execute(sql`select 1 from reference_loads where name = ${MARKER}`);
  const summary: DemoSummary = {
    loaded: false,
    users: [
      ...DEMO_USERS.map((u) => ({ username: u.username, role: u.role, unit: u.unitCode })),
      ...DEMO_PRODUCERS.flatMap((p) =>
        p.account ? [{ username: p.account.username, role: 'producer', unit: p.communeCode }] : [],
      ),
    ],
    producers: DEMO_PRODUCERS.length,
    products: DEMO_PRODUCERS.reduce((n, p) => n + p.products.length, 0),
    productIds: {},
    dossiers: [],
  };
  if (done.rows.length > 0) return summary;
  // One transaction: a demo that fails half-way leaves nothing behind (no marker, no half a province).
  return db.transaction(async (tx) => ({ ...summary, ...(await load(tx, password, summary)), loaded: true }));
}

async function load(db: Db, password: string, summary: DemoSummary): Promise<Partial<DemoSummary>> {
  const admin = await adminActor(db);
  for (const u of DEMO_USERS) {
    const { user } = await createUser(db, admin, u);
    await setDemoPassword(db, user.id, password);
  }
  for (const p of DEMO_PRODUCERS) {
    const { key: _key, account, products, ...input } = p;
    const producer = await createProducer(db, admin, input);
    for (const { key, ...product } of products) {
      const created = await createProduct(db, admin, { producerId: producer.id, ...product });
      summary.productIds[key] = created.id;
    }
    if (account) {
      const { user } = await createUser(db, admin, { ...account, role: 'producer', unitCode: p.communeCode });
      await setDemoPassword(db, user.id, password);
      await linkProducerAccount(db, admin, producer.id, user.id);
    }
  }
  await db.transaction(async (tx) => {
    for (const c of DEMO_HISTORICAL_CERTIFICATES) {
      const decision = await insertDecision(tx, {
        provinceCode: DEMO_PROVINCE,
        level: 'province',
        kind: 'recognition',
        number: c.decisionNo,
        signedOn: c.issuedOn,
        createdBy: admin.id,
      });
      const today = new Date().toISOString().slice(0, 10);
      const cert = await insertCertificate(tx, {
        provinceCode: DEMO_PROVINCE,
        productId: summary.productIds[c.productKey]!,
        decisionId: decision.id,
        number: c.number,
        star: c.star,
        issuedOn: c.issuedOn,
        expiresOn: c.expiresOn,
        status: c.expiresOn < today ? 'expired' : 'valid',
      });
      await audit(tx, admin, {
        action: 'certificate.import-historical',
        entityType: 'certificate',
        entityId: cert.id,
        provinceCode: DEMO_PROVINCE,
        toState: cert.status,
        reason: `Giấy chứng nhận theo ${c.decisionNo} (${c.ruleSet}), nhập từ hồ sơ giấy`,
        after: cert,
      });
    }
  });
  // The accounts as the procedure sees them (producer links included), then the 2026 season's dossiers.
  const usernames = summary.users.map((u) => u.username);
  const rows = await db.select().from(users).where(inArray(users.username, usernames));
  const actors = new Map(rows.map((u) => [u.username, actorOf(u)]));
  // Results decided before OCOP Hub (148/2023, 1048/2019), recorded as the office would, before the 2026 season.
  await loadDemoHistory(db, actors.get('vp.ocop')!, summary.productIds);
  const dossiers = await loadDemoDossiers(db, actors, summary.productIds);
  // After the decision: certificates in every lifecycle status, a revocation and an open proposal (Art. 7.6, 8, 12).
  await loadDemoLifecycle(db, actors);
  // Inspection after certification of the season's certificates (Art. 9), with a test overdue and a lapsed paper.
  await loadDemoInspections(db, actors, summary.productIds);
  // The programme's plans (Lai Châu 2026, Tam Đường 2025), whose progress fills itself in from the work above.
  await loadDemoPlans(db, actors.get('vp.ocop')!);
  await loadDemoProgrammeWork(db, actors.get('vp.ocop')!, summary.productIds);
  // The OCOP cycle before the dossier: a survey, ideas at every step, business plans, support, partners.
  await loadDemoCycle(db, actors);
  await db.execute(
    sql`insert into reference_loads (name, checksum, rows) values (${MARKER}, 'v2', ${summary.products})`,
  );
  return { productIds: summary.productIds, dossiers };
}
