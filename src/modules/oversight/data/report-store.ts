// The rows the standard reports read (the views of 0015_report_views.sql), for one unit: the whole country, a
// province or a commune. Only what existed on the report's day is read (a product registered by then, a certificate
// issued by then, a dossier opened by then); what happened later to it is filtered by date in the domain.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import type { IsoDate } from '../../reference/index.ts';
import type { CertificateFact } from '../domain/report-certificate-facts.ts';
import type { ProductFact, RoundResultFact } from '../domain/report-facts.ts';

export interface UnitScope {
  level: 'national' | 'province' | 'commune';
  code: string;
}

const inUnit = (u: UnitScope): SQL =>
  u.level === 'national'
    ? sql`true`
    : u.level === 'province'
      ? sql`province_code = ${u.code}`
      : sql`commune_code = ${u.code}`;


/**
 * Products of the year: registered in the year, or with a dossier of the year (the procedure's, not a past result
 * typed in), by the report's day.
 */
export async function productsOfYear(db: Db, u: UnitScope, year: number, asOf: IsoDate): Promise<ProductFact[]> {
  const res = await db.execute<{
    product_id: string;
    commune_code: string;
    product_name: string;
    set_no: number;
    registered_on: string;
    producer_id: string;
    producer_name: string;
    legal_type: string;
    dossier_kind: string | null;
  }>(sql`
    select p.product_id, p.commune_code, p.product_name, p.set_no, p.registered_on::text as registered_on,
      p.producer_id, p.producer_name, p.legal_type, d.kind as dossier_kind
    from report_products p
    left join lateral (
      select kind from report_dossiers x
      where x.product_id = p.product_id and x.year = ${year} and x.source = 'procedure' and x.opened_on <= ${asOf}::date
      order by x.opened_on desc limit 1
    ) d on true
    where ${inUnit(u)} and p.registered_on <= ${asOf}::date
      and (extract(year from p.registered_on) = ${year} or d.kind is not null)
    order by p.commune_code, p.producer_name collate vi, p.product_name collate vi, p.product_id`);
  return res.rows.map((r) => ({
    productId: r.product_id,
    communeCode: r.commune_code,
    productName: r.product_name,
    setNo: Number(r.set_no),
    registeredOn: r.registered_on,
    producerId: r.producer_id,
    producerName: r.producer_name,
    legalType: r.legal_type,
    dossierKind: r.dossier_kind,
  }));
}

/** Certificates of the unit issued by the report's day, with what the register knows of their events. */
export async function certificatesIssuedBy(db: Db, u: UnitScope, asOf: IsoDate): Promise<CertificateFact[]> {
  const res = await db.execute<Record<string, string | number | null>>(sql`
    select certificate_id, number, province_code, commune_code, star, points, issued_on::text as issued_on,
      expires_on::text as expires_on, status, revoked_on::text as revoked_on, superseded_by,
      superseded_on::text as superseded_on, product_id, product_name, set_no, producer_name, legal_type, dossier_kind,
      decision_number, decision_signed_on::text as decision_signed_on, decision_level, revocation_number,
      revocation_ground
    from report_certificates
    where ${inUnit(u)} and issued_on <= ${asOf}::date
    order by issued_on, number`);
  const s = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return res.rows.map((r) => ({
    id: String(r.certificate_id),
    number: String(r.number),
    provinceCode: String(r.province_code),
    communeCode: String(r.commune_code),
    star: Number(r.star),
    points: r.points === null ? null : Number(r.points),
    issuedOn: String(r.issued_on),
    expiresOn: String(r.expires_on),
    status: String(r.status),
    revokedOn: s(r.revoked_on),
    supersededBy: s(r.superseded_by),
    supersededOn: s(r.superseded_on),
    productId: String(r.product_id),
    productName: String(r.product_name),
    setNo: Number(r.set_no),
    producerName: String(r.producer_name),
    legalType: String(r.legal_type),
    dossierKind: String(r.dossier_kind),
    decisionNumber: s(r.decision_number),
    decisionSignedOn: s(r.decision_signed_on),
    decisionLevel: s(r.decision_level),
    revocationNumber: s(r.revocation_number),
    revocationGround: s(r.revocation_ground),
    reevaluation: null,
  }));
}


/**
 * Council results of the year's rounds scored by the report's day (or decided by then: a decision's date is the
 * procedure's own day, while the scoring is stamped with the server's time): the Ministry's rounds for the whole country, the
 * province's rounds for a province, and of those the commune's dossiers for a commune.
 */
export async function roundResults(db: Db, u: UnitScope, year: number, asOf: IsoDate): Promise<RoundResultFact[]> {
  const where =
    u.level === 'national'
      ? sql`round_level = 'central'`
      : u.level === 'province'
        ? sql`round_level = 'province' and round_province_code = ${u.code}`
        : sql`round_level = 'province' and commune_code = ${u.code}`;
  const res = await db.execute<Record<string, string | number | boolean | null>>(sql`
    select round_id, round_level, round_year, round_number, round_extra, cutoff_on::text as cutoff_on,
      finish_before::text as finish_before, council_decision_no, council_decision_date::text as council_decision_date,
      dossier_id, scored_on::text as scored_on, mean, star, outcome, commune_code, dossier_kind, product_name,
      producer_name, decision_number, decision_date::text as decision_date, certificate_number,
      certificate_issued_on::text as certificate_issued_on
    from report_round_results
    where ${where} and round_year = ${year} and (scored_on <= ${asOf}::date or decision_date <= ${asOf}::date)
    order by round_number, cutoff_on, round_id, mean desc, product_name collate vi`);
  const s = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return res.rows.map((r) => ({
    roundId: String(r.round_id),
    roundLevel: String(r.round_level),
    roundYear: Number(r.round_year),
    roundNumber: Number(r.round_number),
    roundExtra: r.round_extra === true,
    cutoffOn: String(r.cutoff_on),
    finishBefore: String(r.finish_before),
    councilDecisionNo: String(r.council_decision_no),
    councilDecisionDate: String(r.council_decision_date),
    dossierId: String(r.dossier_id),
    scoredOn: String(r.scored_on),
    mean: Number(r.mean),
    star: r.star === null ? null : Number(r.star),
    outcome: String(r.outcome),
    communeCode: String(r.commune_code),
    dossierKind: String(r.dossier_kind),
    productName: String(r.product_name),
    producerName: String(r.producer_name),
    decisionNumber: s(r.decision_number),
    decisionDate: s(r.decision_date),
    certificateNumber: s(r.certificate_number),
    certificateIssuedOn: s(r.certificate_issued_on),
  }));
}

/** Dossiers of the year opened by the report's day, by kind (the year-end review's activity line). */
export async function dossierCountsOfYear(
  db: Db,
  u: UnitScope,
  year: number,
  asOf: IsoDate,
): Promise<{ kind: string; filed: number; opened: number }[]> {
  const res = await db.execute<{ kind: string; filed: number; opened: number }>(sql`
    select kind, count(*) filter (where submitted_on <= ${asOf}::date)::int as filed, count(*)::int as opened
    from report_dossiers
    where ${inUnit(u)} and year = ${year} and source = 'procedure' and opened_on <= ${asOf}::date
    group by kind`);
  return res.rows;
}
