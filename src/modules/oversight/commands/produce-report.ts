// Produces one standard report for a unit as of a day: checks the input (the day not in the future, a period that
// ends by it, a year not after it), the user's right and scope, reads the facts, builds the document (domain/) and
// draws it as Excel or PDF. Read-only: nothing is written, so no audit row.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { badRequest, type FieldIssue } from '../../../platform/errors.ts';
import { listProductSets } from '../../criteria/index.ts';
import { reevaluationsOf } from '../../evaluation/index.ts';
import { unitFundsPaid, unitPlanProgress } from '../../programme/index.ts';
import { LEGAL_TYPE_NAMES, type LegalType } from '../../registry/index.ts';
import { getUnit, unitNamesOf, type IsoDate } from '../../reference/index.ts';
import type { CertificateFact } from '../domain/report-certificate-facts.ts';
import { certificatesReport } from '../domain/report-certificates.ts';
import type { ReportContext } from '../domain/report-context.ts';
import type { ReportDocument } from '../domain/report-document.ts';
import type { ReportFormat, ReportKind } from '../domain/report-kinds.ts';
import { productsReport } from '../domain/report-products.ts';
import { roundsReport } from '../domain/report-rounds.ts';
import { yearReviewReport } from '../domain/report-year-review.ts';
import { targetsReport } from '../domain/report-programme.ts';
import {
  certificatesIssuedBy,
  dossierCountsOfYear,
  productsOfYear,
  roundResults,
  type UnitScope,
} from '../data/report-store.ts';
import { renderReportPdf } from './report-pdf.ts';
import { resolveReportUnit } from './report-unit.ts';
import { renderReportXlsx } from './report-xlsx.ts';

export interface ReportParams {
  unit?: string;
  asOf?: IsoDate;
  year?: number;
  from?: IsoDate;
  to?: IsoDate;
}

const issue = (field: string, code: string, vi: string, en: string): FieldIssue => ({
  field: `querystring.${field}`,
  code,
  message: { vi, en },
});

/** The day, year and period a report stands on, from the query and today; 400 naming the field when they clash. */
export function reportDates(p: ReportParams, today: IsoDate) {
  const asOf = p.asOf ?? today;
  const issues: FieldIssue[] = [];
  if (asOf > today)
    issues.push(issue('asOf', 'in_future', `Ngày ${asOf} ở tương lai`, `The day ${asOf} is in the future`));
  const year = p.year ?? Number(asOf.slice(0, 4));
  if (year > Number(asOf.slice(0, 4)))
    issues.push(
      issue('year', 'after_as_of', `Năm ${year} sau ngày lập số liệu ${asOf}`, `Year ${year} is after the day ${asOf}`),
    );
  const to = p.to ?? asOf;
  const from = p.from ?? `${to.slice(0, 4)}-01-01`;
  if (to > asOf)
    issues.push(
      issue('to', 'after_as_of', `Ngày cuối kỳ ${to} sau ngày lập số liệu ${asOf}`, `The period ends after ${asOf}`),
    );
  if (from > to)
    issues.push(
      issue('from', 'after_to', `Ngày đầu kỳ ${from} sau ngày cuối kỳ ${to}`, `The period starts after it ends`),
    );
  if (issues.length) throw badRequest(issues);
  return { asOf, year, period: { from, to } };
}

/** Certificates of the unit by the day, each with its latest re-evaluation (evaluation's read, in batches). */
async function certificateFacts(db: Db, u: UnitScope, asOf: IsoDate): Promise<CertificateFact[]> {
  const certs = await certificatesIssuedBy(db, u, asOf);
  for (let i = 0; i < certs.length; i += 5000) {
    const batch = certs.slice(i, i + 5000);
    const re = await reevaluationsOf(
      db,
      batch.map((c) => c.id),
    );
    for (const c of batch) c.reevaluation = re.get(c.id) ?? null;
  }
  return certs;
}

/** The unit's plans of the year with their targets' progress, and the funds paid — on the day, cut to the year. */
async function programmeFacts(db: Db, actor: Actor, u: UnitScope, year: number, asOf: IsoDate, today: IsoDate) {
  if (u.level === 'national') return null;
  const day = asOf.startsWith(`${year}-`) ? asOf : `${year}-12-31`;
  const provinceCode = u.level === 'commune' ? ((await getUnit(db, 2025, u.code))?.provinceCode ?? '') : u.code;
  const [targets, funds] = await Promise.all([
    unitPlanProgress(db, actor, u.code, day, today),
    unitFundsPaid(db, provinceCode, u.level === 'commune' ? u.code : null, day),
  ]);
  return { plans: targets.plans, funds };
}

export async function buildReport(
  db: Db,
  actor: Actor,
  kind: ReportKind,
  params: ReportParams,
  today: IsoDate,
): Promise<ReportDocument> {
  const unit = await resolveReportUnit(db, actor, params.unit);
  const { asOf, year, period } = reportDates(params, today);
  const scope: UnitScope = { level: unit.level, code: unit.code };
  const sets = new Map(listProductSets('26-2026').map((s) => [s.setNo, s.name]));
  const load = async () => {
    switch (kind) {
      case 'products': {
        const [products, certs] = await Promise.all([
          productsOfYear(db, scope, year, asOf),
          certificateFacts(db, scope, asOf),
        ]);
        return {
          codes: products.map((p) => p.communeCode),
          make: (c: ReportContext) => productsReport(c, year, products, certs),
        };
      }
      case 'rounds': {
        const results = await roundResults(db, scope, year, asOf);
        return { codes: results.map((r) => r.communeCode), make: (c: ReportContext) => roundsReport(c, year, results) };
      }
      case 'certificates': {
        const certs = await certificateFacts(db, scope, asOf);
        return {
          codes: certs.map((x) => x.communeCode),
          make: (c: ReportContext) => certificatesReport(c, period, certs),
        };
      }
      case 'targets': {
        const programme = await programmeFacts(db, actor, scope, year, asOf, today);
        return { codes: [], make: (c: ReportContext) => targetsReport(c, year, programme) };
      }
      case 'year-review': {
        const [certs, dossiers, products, programme] = await Promise.all([
          certificateFacts(db, scope, asOf),
          dossierCountsOfYear(db, scope, year, asOf),
          productsOfYear(db, scope, year, asOf),
          programmeFacts(db, actor, scope, year, asOf, today),
        ]);
        const newProducts = products.filter((p) => p.registeredOn.startsWith(`${year}-`)).length;
        return {
          codes: certs.map((x) => x.communeCode),
          make: (c: ReportContext) => yearReviewReport(c, year, certs, { newProducts, dossiers }, programme),
        };
      }
    }
  };
  const { codes, make } = await load();
  const names = await unitNamesOf(db, codes);
  return make({
    unit,
    asOf,
    producedOn: today,
    communeName: (code) => names.get(code) ?? code,
    setName: (n) => (sets.get(n) ? `${n}. ${sets.get(n)}` : String(n)),
    legalTypeName: (t) => LEGAL_TYPE_NAMES[t as LegalType]?.vi ?? t,
  });
}

export async function produceReport(
  db: Db,
  actor: Actor,
  kind: ReportKind,
  format: ReportFormat,
  params: ReportParams,
  today: IsoDate,
): Promise<{ body: Buffer; filename: string; doc: ReportDocument }> {
  const doc = await buildReport(db, actor, kind, params, today);
  const body = format === 'pdf' ? await renderReportPdf(doc) : await renderReportXlsx(doc);
  return { body, filename: `${doc.fileName}.${format}`, doc };
}
