// The risk list (Art. 9.2.a: periodic inspections, and unannounced ones "khi cần thiết"): certified products of a
// province ranked for inspection by an expiring certificate, an overdue yearly test, lapsed or lapsing papers, open
// findings, open revocation proposals and open consumer reports — counted by the public register, above this module,
// through the ConsumerReportCounts port app.ts hands in (none: not counted).
import type { Db } from '../../../../db/pool.ts';
import type { Actor } from '../../../../platform/auth/actor.ts';
import { daysBetween, type IsoDate } from '../../../reference/index.ts';
import { riskScore, RISK_WEIGHTS } from '../../domain/inspection-risk.ts';
import { currentPapers, paperStatus } from '../../domain/papers.ts';
import { testStatus } from '../../domain/product-tests.ts';
import { lastTestOn, papersBehind } from '../../data/evidence-term-store.ts';
import { openCountsByProduct } from '../../data/inspection-store.ts';
import { inspectionPolicy } from '../../inspection-policy.ts';
import { certifiedInSight } from './certified-in-sight.ts';

/** Open consumer reports per product (the public register's, wired in by app.ts). */
export type ConsumerReportCounts = (db: Db, productIds: readonly string[]) => Promise<Map<string, number>>;

export async function inspectionRiskList(
  db: Db,
  actor: Actor,
  f: { provinceCode?: string; limit: number },
  today: IsoDate,
  reportCounts?: ConsumerReportCounts,
) {
  inspectionPolicy.assertCan(actor, 'inspections.risk');
  const certified = await certifiedInSight(db, actor, today, f.provinceCode);
  const ids = certified.map((c) => c.product.id);
  const [tests, papers, open, reports] = await Promise.all([
    lastTestOn(db, ids),
    papersBehind(
      db,
      certified.map((c) => ({ id: c.product.id, producerId: c.product.producerId })),
    ),
    openCountsByProduct(db, ids),
    reportCounts ? reportCounts(db, ids) : null,
  ]);
  const items = certified.map(({ cert, product }) => {
    const until = cert.extendedUntil ?? cert.expiresOn;
    const mine = currentPapers(papers).filter(
      (p) => p.productId === product.id || (p.productId === null && p.producerId === product.producerId),
    );
    const statuses = mine.map((p) => paperStatus(p.expiresOn, today, until));
    const test = testStatus(tests.get(product.id) ?? null, today);
    const counts = open.get(product.id)!;
    const { score, reasons } = riskScore({
      daysToExpiry: daysBetween(today, until),
      testOverdue: test.status === 'overdue' || test.status === 'none',
      lapsedPapers: statuses.filter((s) => s === 'lapsed').length,
      lapsingPapers: statuses.filter((s) => s === 'lapsing' || s === 'lapses_before_certificate').length,
      openFindings: counts.findings,
      openSeriousFindings: counts.serious,
      openProposals: counts.proposals,
      consumerReports: reports ? (reports.get(product.id) ?? 0) : null,
    });
    return {
      productId: product.id,
      productName: product.name,
      producerName: product.producerName,
      provinceCode: product.provinceCode,
      communeCode: product.communeCode,
      certificateId: cert.id,
      certificateNumber: cert.number,
      star: cert.star,
      expiresOn: until,
      lastTestedOn: tests.get(product.id) ?? null,
      score,
      reasons,
    };
  });
  items.sort((a, b) => b.score - a.score || a.expiresOn.localeCompare(b.expiresOn));
  return {
    today,
    weights: RISK_WEIGHTS,
    policyNote: {
      vi: 'Trọng số xếp hạng là quy định của OCOP Hub, không phải của Quyết định 26/2026/QĐ-TTg',
      en: 'The ranking weights are OCOP Hub’s own, not Decision 26/2026/QĐ-TTg’s',
    },
    items: items.slice(0, f.limit),
    total: items.length,
  };
}
