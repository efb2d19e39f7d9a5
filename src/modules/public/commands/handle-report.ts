// An officer handles a consumer report of the province's queue: closes it with a note, or turns it into a revocation
// proposal (Art. 8.3: a revocation may be proposed on a consumer's report) through the certificates module's entry.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit.ts';
import { AppError } from '../../../platform/errors.ts';
import { proposeRevocation } from '../../certificates/index.ts';
import { listReports, lockReport, updateReport } from '../data/report-store.ts';
import type { ConsumerReportRow } from '../data/schema.ts';
import { REPORT_KINDS } from '../domain/report-guard.ts';
import { publicPolicy, reportNotFound } from '../policy.ts';

export function presentReport(r: ConsumerReportRow) {
  return {
    id: r.id,
    provinceCode: r.provinceCode,
    productId: r.productId,
    certificateId: r.certificateId,
    kind: r.kind,
    kindLabel: REPORT_KINDS[r.kind] ?? REPORT_KINDS.other!,
    message: r.message,
    contact: r.contact,
    state: r.state,
    createdAt: r.createdAt.toISOString(),
    closedAt: r.closedAt?.toISOString() ?? null,
    closeNote: r.closeNote,
    proposalId: r.proposalId,
  };
}
export type PublicReport = ReturnType<typeof presentReport>;

export async function listProvinceReports(db: Db, actor: Actor, state: 'open' | 'all') {
  publicPolicy.assertCan(actor, 'publicReports.read');
  const rows = await listReports(db, actor.provinceCode, state === 'open' ? ['open'] : []);
  return { items: rows.map(presentReport) };
}

const notOpen = () =>
  new AppError(409, 'report_handled', {
    vi: 'Phản ánh này đã được xử lý',
    en: 'This report has already been handled',
  });

async function lockOpen(tx: Db, actor: Actor, id: string) {
  const row = await lockReport(tx, id);
  if (!row) throw reportNotFound();
  publicPolicy.assertCan(actor, 'publicReports.handle', { provinceCode: row.provinceCode });
  if (row.state !== 'open') throw notOpen();
  return row;
}

export async function closeReport(db: Db, actor: Actor, id: string, note: string) {
  return db.transaction(async (tx) => {
    const before = await lockOpen(tx, actor, id);
    const row = await updateReport(tx, id, {
      state: 'closed',
      closedAt: new Date(),
      closedBy: actor.id,
      closeNote: note,
    });
    await audit(tx, actor, {
      action: 'consumer_report.close',
      entityType: 'consumer_report',
      entityId: id,
      provinceCode: row.provinceCode,
      fromState: before.state,
      toState: row.state,
      reason: note,
    });
    return presentReport(row);
  });
}

/** Art. 8.3: the report becomes an open revocation proposal on the product's certificate, in one transaction. */
export async function proposeRevocationFromReport(db: Db, actor: Actor, id: string, summary: string) {
  return db.transaction(async (tx) => {
    const before = await lockOpen(tx, actor, id);
    if (!before.certificateId) throw reportNotFound();
    const proposal = await proposeRevocation(tx, actor, {
      certificateId: before.certificateId,
      source: 'consumer_report',
      sourceRef: before.id,
      summary,
    });
    if (!proposal) throw reportNotFound();
    const row = await updateReport(tx, id, {
      state: 'proposed',
      closedAt: new Date(),
      closedBy: actor.id,
      closeNote: summary,
      proposalId: proposal.id,
    });
    await audit(tx, actor, {
      action: 'consumer_report.propose_revocation',
      entityType: 'consumer_report',
      entityId: id,
      provinceCode: row.provinceCode,
      fromState: before.state,
      toState: row.state,
      after: { proposalId: proposal.id },
    });
    return presentReport(row);
  });
}
