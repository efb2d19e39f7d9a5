// Records one result decided before OCOP Hub (ghi nhận kết quả đánh giá, phân hạng trước đây): the provincial
// office (own province) or the admin types it in from the paper decision. It becomes a real dossier in a terminal
// state (source 'historical', its own rule set), a decision and, for 3★–5★, a certificate — so upgrades,
// re-evaluations (Art. 7.6.a window) and certificate lists work from it. One transaction, audited; a refused record
// writes nothing. The import (import-historical-results.ts) runs the same two steps for every row.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit.ts';
import { badRequest, type FieldIssue } from '../../../platform/errors.ts';
import { loadCalendar } from '../../reference/index.ts';
import {
  accessOf as registryAccessOf,
  covers as registryCovers,
  findProductView,
  lockProduct,
  type ProductView,
  TOURISM_SET_NO,
} from '../../registry/index.ts';
import type { CertificateFacts } from '../domain/certificate.ts';
import { newDossier, type DossierKind } from '../domain/dossier-lifecycle.ts';
import { checkHistoricalResult, type HistoricalLevel, type HistoricalPlan } from '../domain/historical-result.ts';
import { insertDossier } from '../data/dossier-store.ts';
import { findSameDecision, insertHistoricalResult } from '../data/history-store.ts';
import { insertDecision } from '../data/result-store.ts';
import { evaluationPolicy } from '../policy.ts';
import { presentHistorical, type PublicHistoricalResult } from '../history-presenter.ts';
import type { EvaluationDeps, RegisteredCertificate } from './certificate-register.ts';

export interface HistoricalResultBody {
  productId: string;
  kind: DossierKind;
  /** null: unknown (onboarding import of a province's own register; the single record route requires it). */
  filedOn: string | null;
  decidedOn: string;
  level: HistoricalLevel;
  /** null: unknown (onboarding import; the single record route requires it). */
  points: number | null;
  star: number;
  decisionNumber?: string | null;
  certificateNumber?: string | null;
  note?: string | null;
}

export interface PreparedRecord {
  input: HistoricalResultBody;
  product: ProductView;
  plan: HistoricalPlan;
}

/**
 * Checks one record inside the caller's transaction: the product in the actor's area (else "unknown", as a dossier
 * would answer), the rules of its time (domain), its certificate number still free. Issues name the bare field.
 */
export async function prepareHistoricalResult(
  tx: Db,
  actor: Actor,
  input: HistoricalResultBody,
  today: string,
  deps: EvaluationDeps,
  opts: { numbersMayBeUnknown?: boolean } = {},
): Promise<{ ok: true; record: PreparedRecord } | { ok: false; issues: FieldIssue[] }> {
  const issues: FieldIssue[] = [];
  const view = await findProductView(tx, input.productId);
  const product = view && registryCovers(await registryAccessOf(tx, actor), view) ? view : null;
  if (!product)
    issues.push({
      field: 'productId',
      code: 'unknown',
      message: { vi: 'Không tìm thấy sản phẩm này trong địa bàn của bạn', en: 'No such product in your area' },
    });
  const check = checkHistoricalResult(input, today, { calendar: loadCalendar(), ...opts });
  if (!check.ok) issues.push(...check.issues);
  else if (
    check.plan.certificateNumber &&
    (await deps.certificates.usedNumbers(tx, [check.plan.certificateNumber])).size
  ) {
    issues.push(duplicateNumber(check.plan.certificateNumber));
  }
  if (issues.length || !product || !check.ok) return { ok: false, issues };
  return { ok: true, record: { input, product, plan: check.plan } };
}

export const factsOf = (c: {
  number: string;
  star: number;
  issuedOn: string;
  expiresOn: string;
}): CertificateFacts => ({
  number: c.number,
  star: c.star as 3 | 4 | 5,
  issuedOn: c.issuedOn,
  expiresOnPerDecision: c.expiresOn,
});

/** A number taken by a concurrent record between the check and the insert is a refusal too, not a 500. */
async function unlessTaken<T>(number: string, insert: Promise<T>): Promise<T> {
  try {
    return await insert;
  } catch (err) {
    const e = err as { code?: string; cause?: { code?: string } };
    if (e.code !== '23505' && e.cause?.code !== '23505') throw err;
    throw badRequest(inBody([duplicateNumber(number)]));
  }
}

export const duplicateNumber = (number: string): FieldIssue => ({
  field: 'certificateNumber',
  code: 'duplicate',
  message: {
    vi: `Số giấy chứng nhận ${number} đã được ghi nhận`,
    en: `Certificate number ${number} is already recorded`,
  },
});

/**
 * The dossier row of a past result: terminal, with the outcome its star gives (a certificate from 3★), the decision
 * when its number is known, and the certificate it replaced. Shared by the single record and the bulk import.
 */
export function historicalDossierRow(actor: Actor, r: PreparedRecord, previous: RegisteredCertificate | undefined) {
  const { input, product, plan } = r;
  const outcome =
    plan.star >= 3
      ? { kind: 'certify' as const, level: input.level, star: plan.star, by: input.level }
      : { kind: 'result_notice' as const, level: input.level, star: plan.star };
  const facts = {
    ...newDossier({
      kind: input.kind,
      provinceCode: product.provinceCode,
      communeCode: product.communeCode,
      tourism: product.setNo === TOURISM_SET_NO,
      baseCertificate: previous ? factsOf(previous) : null,
      state: plan.state,
      submittedOn: input.filedOn,
      outcome,
      decision: plan.decisionNumber ? { number: plan.decisionNumber, date: input.decidedOn } : null,
      lastActionOn: input.decidedOn,
    }),
    historical: {
      level: input.level,
      ruleSet: plan.ruleSet,
      procedure: plan.procedure,
      transitional: plan.transitional,
    },
  };
  return {
    provinceCode: product.provinceCode,
    communeCode: product.communeCode,
    producerId: product.producerId,
    productId: product.id,
    productName: product.name,
    producerName: product.producerName,
    kind: input.kind,
    ruleSet: plan.ruleSet,
    setNo: product.setNo,
    state: plan.state,
    facts,
    year: Number((input.filedOn ?? input.decidedOn).slice(0, 4)),
    submittedOn: input.filedOn,
    previousCertificateId: previous?.id ?? null,
    finalPoints: input.points,
    finalStar: plan.star,
    lastReason: input.note?.trim() || null,
    createdBy: actor.id,
    source: 'historical' as const,
  };
}

/** Writes a checked record: dossier, decision (a decision lists many products: reused), certificate, supersession. */
export async function writeHistoricalResult(
  tx: Db,
  actor: Actor,
  r: PreparedRecord,
  today: string,
  deps: EvaluationDeps,
): Promise<PublicHistoricalResult> {
  const { input, product, plan } = r;
  await lockProduct(tx, product.id);
  const previous = input.kind === 'first' ? undefined : await deps.certificates.before(tx, product.id, input.decidedOn);
  const dossier = await insertDossier(tx, historicalDossierRow(actor, r, previous));
  let decision = plan.decisionNumber
    ? await findSameDecision(tx, {
        level: input.level,
        provinceCode: product.provinceCode,
        number: plan.decisionNumber,
        signedOn: input.decidedOn,
      })
    : undefined;
  if (plan.decisionNumber && !decision) {
    decision = await insertDecision(tx, {
      level: input.level,
      provinceCode: product.provinceCode,
      kind: plan.star >= 3 ? 'recognition' : 'result',
      number: plan.decisionNumber,
      signedOn: input.decidedOn,
      createdBy: actor.id,
    });
    await audit(tx, actor, {
      action: 'decision.record_historical',
      entityType: 'decision',
      entityId: decision.id,
      provinceCode: product.provinceCode,
      toState: 'recorded',
      after: { level: input.level, number: decision.number, signedOn: decision.signedOn },
    });
  }
  const certificate =
    plan.certificateNumber && plan.expiresOn
      ? await unlessTaken(
          plan.certificateNumber,
          deps.certificates.recordPast(tx, {
            provinceCode: product.provinceCode,
            productId: product.id,
            dossierId: dossier.id,
            decisionId: decision?.id ?? null,
            number: plan.certificateNumber,
            star: plan.star,
            points: input.points,
            issuedOn: input.decidedOn,
            expiresOn: plan.expiresOn,
            status: plan.expiresOn < today ? ('expired' as const) : ('valid' as const),
            productCode: product.productCode ?? null,
          }),
        )
      : null;
  if (certificate && previous) {
    await deps.certificates.supersede(tx, actor, previous, certificate);
  }
  const row = await insertHistoricalResult(tx, {
    provinceCode: product.provinceCode,
    dossierId: dossier.id,
    productId: product.id,
    kind: input.kind,
    ruleSet: plan.ruleSet,
    procedure: plan.procedure,
    transitional: plan.transitional,
    filedOn: input.filedOn,
    decidedOn: input.decidedOn,
    level: input.level,
    points: input.points,
    star: plan.star,
    decisionId: decision?.id ?? null,
    decisionNo: plan.decisionNumber,
    certificateId: certificate?.id ?? null,
    certificateNo: certificate?.number ?? null,
    note: input.note?.trim() || null,
    productName: product.name,
    producerName: product.producerName,
    createdBy: actor.id,
  });
  const states = certificate ? await deps.certificates.statesOf(tx, [certificate.id], today) : new Map();
  const out = presentHistorical(row, (certificate && states.get(certificate.id)) || null);
  await audit(tx, actor, {
    action: 'dossier.record_historical',
    entityType: 'dossier',
    entityId: dossier.id,
    provinceCode: product.provinceCode,
    toState: plan.state,
    reason: plan.message.vi,
    after: out,
  });
  if (certificate) {
    await audit(tx, actor, {
      action: 'certificate.record_historical',
      entityType: 'certificate',
      entityId: certificate.id,
      provinceCode: product.provinceCode,
      toState: certificate.status,
      after: {
        number: certificate.number,
        star: certificate.star,
        issuedOn: certificate.issuedOn,
        expiresOn: certificate.expiresOn,
        dossierId: dossier.id,
      },
    });
  }
  return out;
}

/** Prefixes the domain's bare field names for the HTTP body. */
export const inBody = (issues: FieldIssue[]): FieldIssue[] => issues.map((i) => ({ ...i, field: `body.${i.field}` }));

export async function recordHistoricalResult(
  db: Db,
  actor: Actor,
  input: HistoricalResultBody,
  deps: EvaluationDeps,
): Promise<PublicHistoricalResult> {
  evaluationPolicy.assertCan(actor, 'history.record');
  const today = deps.clock.today();
  return db.transaction(async (tx) => {
    const prepared = await prepareHistoricalResult(tx, actor, input, today, deps);
    if (!prepared.ok) throw badRequest(inBody(prepared.issues));
    return writeHistoricalResult(tx, actor, prepared.record, today, deps);
  });
}
