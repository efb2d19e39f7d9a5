// Many past results at once, in the caller's transaction (the onboarding import of a province's register): the same
// checks, rows and audit as prepareHistoricalResult + writeHistoricalResult, set-based. Every record is checked first
// (products in one read, certificate numbers in one read, the rules of their time in memory); a refused record
// writes nothing. Then the records are written in "waves": wave k holds the k-th result of each product (the caller
// lists a product's results in decision order), so a later result finds the certificate an earlier one recorded
// (its upgrade or re-evaluation replaces it) exactly as one-by-one recording would, with a few statements per wave.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { auditMany, type AuditEntry } from '../../../platform/audit.ts';
import { badRequest, type FieldIssue } from '../../../platform/errors.ts';
import { loadCalendar } from '../../reference/index.ts';
import {
  accessOf as registryAccessOf,
  covers as registryCovers,
  findProductViews,
  lockProducts,
} from '../../registry/index.ts';
import { checkHistoricalResult } from '../domain/historical-result.ts';
import { insertDossiers } from '../data/dossier-store.ts';
import { decisionKey, findSameDecisions, insertHistoricalResults } from '../data/history-store.ts';
import { insertDecisions } from '../data/result-store.ts';
import { evaluationPolicy } from '../policy.ts';
import { presentHistorical } from '../history-presenter.ts';
import type { EvaluationDeps, PastCertificate, RegisteredCertificate } from './certificate-register.ts';
import {
  duplicateNumber,
  historicalDossierRow,
  inBody,
  type HistoricalResultBody,
  type PreparedRecord,
} from './record-historical-result.ts';

// Dossiers carry ~25 columns: 400 rows stay well under PostgreSQL's 65,535 parameters per statement.
const CHUNK = 400;

export type ManyOutcome = { ok: true; dossierIds: string[] } | { ok: false; index: number; issues: FieldIssue[] };

/** Checks every record, then writes them all; the dossier ids come back in the order of `inputs`. A product's
 *  results must come in decision order (its first 'first', the others an upgrade or re-evaluation). */
export async function recordHistoricalResultsMany(
  tx: Db,
  actor: Actor,
  inputs: readonly HistoricalResultBody[],
  today: string,
  deps: EvaluationDeps,
  opts: { numbersMayBeUnknown?: boolean } = {},
): Promise<ManyOutcome> {
  evaluationPolicy.assertCan(actor, 'history.record');
  const prepared = await prepareMany(tx, actor, inputs, today, deps, opts);
  if (!prepared.ok) return prepared;
  const records = prepared.records;
  await lockProducts(
    tx,
    records.map((r) => r.product.id),
  );
  const waves: number[][] = [];
  const seen = new Map<string, number>();
  records.forEach((r, i) => {
    const k = seen.get(r.product.id) ?? 0;
    seen.set(r.product.id, k + 1);
    (waves[k] ??= []).push(i);
  });
  const dossierIds: string[] = new Array(records.length);
  for (const wave of waves) {
    for (let i = 0; i < wave.length; i += CHUNK) {
      const part = wave.slice(i, i + CHUNK);
      const ids = await writeWave(
        tx,
        actor,
        part.map((j) => records[j]!),
        today,
        deps,
      );
      part.forEach((j, n) => (dossierIds[j] = ids[n]!));
    }
  }
  return { ok: true, dossierIds };
}

async function prepareMany(
  tx: Db,
  actor: Actor,
  inputs: readonly HistoricalResultBody[],
  today: string,
  deps: EvaluationDeps,
  opts: { numbersMayBeUnknown?: boolean },
): Promise<{ ok: true; records: PreparedRecord[] } | { ok: false; index: number; issues: FieldIssue[] }> {
  const views = await findProductViews(
    tx,
    inputs.map((i) => i.productId),
  );
  const access = await registryAccessOf(tx, actor);
  const calendar = loadCalendar();
  const checks = inputs.map((input) => checkHistoricalResult(input, today, { calendar, ...opts }));
  const numbers = checks.flatMap((c) => (c.ok && c.plan.certificateNumber ? [c.plan.certificateNumber] : []));
  const used = await deps.certificates.usedNumbers(tx, [...new Set(numbers)]);
  const records: PreparedRecord[] = [];
  for (const [i, input] of inputs.entries()) {
    const issues: FieldIssue[] = [];
    const view = views.get(input.productId);
    const product = view && registryCovers(access, view) ? view : null;
    if (!product)
      issues.push({
        field: 'productId',
        code: 'unknown',
        message: { vi: 'Không tìm thấy sản phẩm này trong địa bàn của bạn', en: 'No such product in your area' },
      });
    const check = checks[i]!;
    if (!check.ok) issues.push(...check.issues);
    else if (check.plan.certificateNumber) {
      // Taken in the register, or by a record earlier in the list.
      if (used.has(check.plan.certificateNumber)) issues.push(duplicateNumber(check.plan.certificateNumber));
      used.add(check.plan.certificateNumber);
    }
    if (issues.length || !product || !check.ok) return { ok: false, index: i, issues };
    records.push({ input, product, plan: check.plan });
  }
  return { ok: true, records };
}

/** Records of different products (one wave): dossiers, decisions (reused when recorded), certificates, supersession
 *  of the certificate each replaces, the past results and their audit rows. */
async function writeWave(
  tx: Db,
  actor: Actor,
  records: PreparedRecord[],
  today: string,
  deps: EvaluationDeps,
): Promise<string[]> {
  const previous: (RegisteredCertificate | undefined)[] = [];
  for (const { input, product } of records)
    previous.push(input.kind === 'first' ? undefined : await deps.certificates.before(tx, product.id, input.decidedOn));
  const dossiers = records.map((r, i) => ({ id: randomUUID(), ...historicalDossierRow(actor, r, previous[i]) }));
  await insertDossiers(tx, dossiers);
  const audits: AuditEntry[] = [];

  // A decision lists many products: the same level, province, number and day is one decision, recorded once.
  const keyOf = ({ input, product, plan }: PreparedRecord) =>
    plan.decisionNumber
      ? {
          level: input.level,
          provinceCode: product.provinceCode,
          number: plan.decisionNumber,
          signedOn: input.decidedOn,
        }
      : null;
  const keys = records.map(keyOf);
  const decisions = await findSameDecisions(
    tx,
    keys.filter((k) => k !== null),
  );
  const missing = new Map<string, NonNullable<(typeof keys)[number]> & { kind: string }>();
  records.forEach((r, i) => {
    const k = keys[i];
    if (k && !decisions.has(decisionKey(k)) && !missing.has(decisionKey(k)))
      missing.set(decisionKey(k), { ...k, kind: r.plan.star >= 3 ? 'recognition' : 'result' });
  });
  const added = await insertDecisions(
    tx,
    [...missing.values()].map((d) => ({ ...d, createdBy: actor.id })),
  );
  for (const d of added) {
    decisions.set(decisionKey(d), d);
    audits.push({
      action: 'decision.record_historical',
      entityType: 'decision',
      entityId: d.id,
      provinceCode: d.provinceCode,
      toState: 'recorded',
      after: { level: d.level, number: d.number, signedOn: d.signedOn },
    });
  }
  const decisionOf = (i: number) => (keys[i] ? decisions.get(decisionKey(keys[i])) : undefined);

  const past: PastCertificate[] = [];
  records.forEach(({ input, product, plan }, i) => {
    if (plan.certificateNumber && plan.expiresOn)
      past.push({
        provinceCode: product.provinceCode,
        productId: product.id,
        dossierId: dossiers[i]!.id,
        decisionId: decisionOf(i)?.id ?? null,
        number: plan.certificateNumber,
        star: plan.star,
        points: input.points,
        issuedOn: input.decidedOn,
        expiresOn: plan.expiresOn,
        status: plan.expiresOn < today ? 'expired' : 'valid',
        productCode: product.productCode ?? null,
      });
  });
  const certificates = new Map(
    (await unlessTaken(past, deps.certificates.recordPastMany(tx, past))).map((c) => [c.number, c]),
  );
  const certificateOf = (i: number) => {
    const n = records[i]!.plan.certificateNumber;
    return n && records[i]!.plan.expiresOn ? certificates.get(n) : undefined;
  };
  for (const [i, prev] of previous.entries()) {
    const c = certificateOf(i);
    if (c && prev) await deps.certificates.supersede(tx, actor, prev, c);
  }

  const rows = await insertHistoricalResults(
    tx,
    records.map(({ input, product, plan }, i) => ({
      provinceCode: product.provinceCode,
      dossierId: dossiers[i]!.id,
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
      decisionId: decisionOf(i)?.id ?? null,
      decisionNo: plan.decisionNumber,
      certificateId: certificateOf(i)?.id ?? null,
      certificateNo: certificateOf(i)?.number ?? null,
      note: input.note?.trim() || null,
      productName: product.name,
      producerName: product.producerName,
      createdBy: actor.id,
    })),
  );
  const rowOf = new Map(rows.map((r) => [r.dossierId, r]));
  const states = await deps.certificates.statesOf(
    tx,
    [...certificates.values()].map((c) => c.id),
    today,
  );
  records.forEach(({ product, plan }, i) => {
    const c = certificateOf(i);
    audits.push({
      action: 'dossier.record_historical',
      entityType: 'dossier',
      entityId: dossiers[i]!.id,
      provinceCode: product.provinceCode,
      toState: plan.state,
      reason: plan.message.vi,
      after: presentHistorical(rowOf.get(dossiers[i]!.id)!, (c && states.get(c.id)) || null),
    });
    if (c)
      audits.push({
        action: 'certificate.record_historical',
        entityType: 'certificate',
        entityId: c.id,
        provinceCode: product.provinceCode,
        toState: c.status,
        after: {
          number: c.number,
          star: c.star,
          issuedOn: c.issuedOn,
          expiresOn: c.expiresOn,
          dossierId: dossiers[i]!.id,
        },
      });
  });
  await auditMany(tx, actor, audits);
  return dossiers.map((d) => d.id);
}

/** A number taken by a concurrent record between the check and the insert is a refusal too, not a 500. */
async function unlessTaken<T>(past: PastCertificate[], insert: Promise<T>): Promise<T> {
  try {
    return await insert;
  } catch (err) {
    const e = err as { code?: string; cause?: { code?: string } };
    if (e.code !== '23505' && e.cause?.code !== '23505') throw err;
    throw badRequest(inBody([duplicateNumber(past.map((p) => p.number).join(', '))]));
  }
}
