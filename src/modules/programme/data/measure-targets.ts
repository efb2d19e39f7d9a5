// The actual figure of each target, counted from the work recorded in OCOP Hub — the registry, dossiers, certificates
// — in the plan's area, per 2025 commune (the province's figure is their sum, so the plan's page can roll communes up
// to the province; the province's own activities count under its code). Flows count from the period's first day to
// the day read; stocks stand on that day, past days included (certificates' inForceOnSql). One grouped query per
// target, each filtered by the one area condition (area-sql.ts).
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { inForceOnSql } from '../../certificates/index.ts';
import type { IsoDate } from '../../reference/index.ts';
import type { TargetMode, TargetSpec } from '../domain/target-kinds.ts';
import { cycleCountQuery } from './measure-cycle-targets.ts';
import { inAreaSql, type PlanArea } from './area-sql.ts';

export type { PlanArea };

/** A count per 2025 commune. */
export type CommuneCounts = Map<string, number>;

const DOSSIER_KIND: Record<TargetMode, string> = { new: 'first', upgrade: 'upgrade', reevaluation: 'reevaluation' };

/** Done activities of a kind that started in [from, on]. */
function activityCount(kind: string, area: PlanArea, from: IsoDate, on: IsoDate): SQL {
  return sql`select coalesce(a.commune_code, a.province_code) as commune_code, count(*)::int as n
    from programme_activities a
    where ${inAreaSql(area, 'a')} and a.kind = ${kind} and a.status = 'done'
      and a.starts_on between ${from}::date and ${on}::date
    group by 1`;
}

/** The query giving (commune_code, n) for one target, or null when its source is not built. */
function countQuery(spec: TargetSpec, area: PlanArea, from: IsoDate, on: IsoDate): SQL | null {
  const where = inAreaSql(area, 'products');
  const star = spec.star != null ? sql`and certificates.star = ${spec.star}` : sql``;
  const inForce = inForceOnSql(on);
  switch (spec.kind) {
    case 'products_registered':
      return sql`select products.commune_code, count(*)::int as n from products
        where ${where} and (products.created_at at time zone 'Asia/Ho_Chi_Minh')::date between ${from}::date and ${on}::date
        group by 1`;
    case 'dossiers_filed': {
      const mode = spec.mode ? sql`and d.kind = ${DOSSIER_KIND[spec.mode]}` : sql``;
      return sql`select products.commune_code, count(distinct d.product_id)::int as n
        from dossiers d join products on products.id = d.product_id
        where ${where} and d.source = 'procedure' and d.submitted_on between ${from}::date and ${on}::date ${mode}
        group by 1`;
    }
    case 'products_certified': {
      const mode = spec.mode ? sql`and d.kind = ${DOSSIER_KIND[spec.mode]}` : sql``;
      return sql`select products.commune_code, count(distinct certificates.product_id)::int as n
        from certificates join products on products.id = certificates.product_id
        left join dossiers d on d.id = certificates.dossier_id
        where ${where} and certificates.issued_on between ${from}::date and ${on}::date ${star} ${mode}
        group by 1`;
    }
    case 'products_maintained':
      return sql`select products.commune_code, count(distinct certificates.product_id)::int as n
        from certificates join products on products.id = certificates.product_id
        where ${where} and ${inForce} ${star}
        group by 1`;
    case 'producers_with_ocop': {
      const type = spec.legalType ? sql`and producers.legal_type = ${spec.legalType}` : sql``;
      return sql`select products.commune_code, count(distinct products.producer_id)::int as n
        from certificates join products on products.id = certificates.product_id
        join producers on producers.id = products.producer_id
        where ${where} and ${inForce} ${type}
        group by 1`;
    }
    case 'communes_with_ocop':
      return sql`select distinct products.commune_code, 1 as n
        from certificates join products on products.id = certificates.product_id
        where ${where} and ${inForce}`;
    case 'trainings':
      return activityCount('training', area, from, on);
    case 'fair_participations':
      return activityCount('fair', area, from, on);
    case 'sales_points':
      // A sales point stands from its opening (its start) until it closes (its end), when it was done.
      return sql`select coalesce(a.commune_code, a.province_code) as commune_code, count(*)::int as n
        from programme_activities a
        where ${inAreaSql(area, 'a')} and a.kind = 'sales_point' and a.status = 'done'
          and a.starts_on <= ${on}::date and (a.ends_on is null or a.ends_on >= ${on}::date)
        group by 1`;
    case 'funds_disbursed':
      return sql`select a.commune_code, sum(d.amount)::float8 as n
        from support_disbursements d join support_applications a on a.id = d.application_id
        where ${inAreaSql(area, 'a')}
          and d.paid_on between ${from}::date and ${on}::date
        group by 1`;
    case 'products_surveyed':
    case 'ideas_registered':
      return cycleCountQuery(spec.kind, area, from, on);
    default:
      return null;
  }
}

/** The actual figure per commune of a target over [from, on], or null when the target's source is not built. */
export async function measureTarget(
  db: Db,
  spec: TargetSpec,
  area: PlanArea,
  from: IsoDate,
  on: IsoDate,
): Promise<CommuneCounts | null> {
  const query = countQuery(spec, area, from, on);
  if (!query) return null;
  const res = await db.execute<{ commune_code: string; n: number }>(query);
  return new Map(res.rows.map((r) => [r.commune_code, Number(r.n)]));
}

export const total = (counts: CommuneCounts): number => [...counts.values()].reduce((a, b) => a + b, 0);
