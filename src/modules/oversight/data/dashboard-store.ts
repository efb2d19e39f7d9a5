// The dashboard's figures as SQL: one grouped query per block, over the unit's rows only (province_code leads the
// indexes; a commune's certificates are found through its products). A certificate's status is the certificates
// module's own lifecycleStatusSql (the same CASE the register's filters use), never derived here; what a dossier has
// missed is evaluation's overdueDeadlines, applied to the few dates it reads.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { IN_FORCE, lifecycleStatusSql, OPEN_FINDING_STATES, type LifecycleStatus } from '../../certificates/index.ts';
import { mayBeOverdueSql, TERMINAL_STATES, type DossierState, type OverdueFacts } from '../../evaluation/index.ts';
import type { IsoDate } from '../../reference/index.ts';

/** The rows a dashboard counts: national (no condition), a province's, or a commune's. */
export interface DashboardScope {
  provinceCode: string | null;
  communeCode: string | null;
}

const list = (values: readonly string[]): SQL =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** `<table>.province_code = … [and the commune]`; `communeColumn` null: the row reaches its commune through a product. */
function where(scope: DashboardScope, table: string, communeColumn: string | null): SQL {
  const conds: SQL[] = [sql`true`];
  if (scope.provinceCode) conds.push(sql`${sql.raw(`${table}.province_code`)} = ${scope.provinceCode}`);
  if (scope.communeCode) {
    conds.push(
      communeColumn
        ? sql`${sql.raw(`${table}.${communeColumn}`)} = ${scope.communeCode}`
        : sql`${sql.raw(`${table}.product_id`)} in (select id from products where province_code = ${scope.provinceCode} and commune_code = ${scope.communeCode})`,
    );
  }
  return sql.join(conds, sql` and `);
}

/** The star of each product's certificate in force on `asOf` (the highest, should two overlap). */
const starredOn = (scope: DashboardScope, asOf: IsoDate) => sql`
  select certificates.product_id, max(certificates.star)::int as star
  from certificates
  where ${where(scope, 'certificates', null)} and certificates.issued_on <= ${asOf}::date
    and ${lifecycleStatusSql(asOf)} in (${list(IN_FORCE)})
  group by certificates.product_id`;

export interface ProductCountRow {
  /** 'all' (by star), 'set' (by product set and star) or 'unit' (by the unit one level down and star). */
  by: 'all' | 'set' | 'unit';
  setNo: number | null;
  unitCode: string | null;
  star: number;
  count: number;
}

/**
 * Products registered on `asOf` (entered by that day, or holding a certificate in force then) by the star of their
 * certificate in force (0: none), by product set and by the unit one level down (provinces nationally, else communes):
 * one query, three grouping sets.
 */
export async function productCounts(
  db: Db,
  scope: DashboardScope,
  asOf: IsoDate,
  today: IsoDate,
): Promise<ProductCountRow[]> {
  // Today counts every product; an earlier day those entered by then (in Vietnam's time) or certified then.
  const existed =
    asOf < today
      ? sql`(s.star is not null or (p.created_at at time zone 'Asia/Ho_Chi_Minh')::date <= ${asOf}::date)`
      : sql`true`;
  const unitColumn = scope.provinceCode ? sql`p.commune_code` : sql`p.province_code`;
  const { rows } = await db.execute<{ g: number; set_no: number | null; unit_code: string | null; star: number; count: number }>(sql`
    with starred as (${starredOn(scope, asOf)}),
    listed as (
      select p.set_no, ${unitColumn} as unit_code, coalesce(s.star, 0) as star
      from products p left join starred s on s.product_id = p.id
      where ${where(scope, 'p', 'commune_code')} and ${existed}
    )
    select grouping(set_no, unit_code)::int as g, set_no::int, unit_code, star::int, count(*)::int as count
    from listed group by grouping sets ((star), (set_no, star), (unit_code, star))`);
  return rows.map((r) => ({
    by: r.g === 3 ? 'all' : r.g === 1 ? 'set' : 'unit',
    setNo: r.set_no,
    unitCode: r.unit_code,
    star: r.star,
    count: r.count,
  }));
}

export interface CertificateCountRow {
  star: number;
  status: LifecycleStatus | null;
  /** The month (YYYY-MM) an in-force certificate reaches its expiry, when that is on or before `until`. */
  month: string | null;
  byMonth: boolean;
  count: number;
}

/**
 * Certificates issued by `asOf`, by star and lifecycle status on that day, and those in force expiring by `until`
 * by month and star (an Art. 12.3 extension already past its expiry counts in `asOf`'s month): one query.
 */
export async function certificateCounts(
  db: Db,
  scope: DashboardScope,
  asOf: IsoDate,
  until: IsoDate,
): Promise<CertificateCountRow[]> {
  const { rows } = await db.execute<{ g: number; star: number; status: LifecycleStatus | null; month: string | null; count: number }>(sql`
    with c as (
      select certificates.star, certificates.expires_on, ${lifecycleStatusSql(asOf)} as status
      from certificates
      where ${where(scope, 'certificates', null)} and certificates.issued_on <= ${asOf}::date
    ), m as (
      select star, status, case when status in (${list(IN_FORCE)}) and expires_on <= ${until}::date
        then to_char(greatest(expires_on, ${asOf}::date), 'YYYY-MM') end as month
      from c
    )
    select grouping(status, month)::int as g, star::int, status, month, count(*)::int as count
    from m group by grouping sets ((star, status), (star, month))`);
  return rows.map((r) => ({
    star: r.star,
    status: r.g === 1 ? r.status : null,
    month: r.g === 2 ? r.month : null,
    byMonth: r.g === 2,
    count: r.count,
  }));
}

export type ExpiringCertificate = {
  id: string;
  number: string;
  star: number;
  expiresOn: IsoDate;
  productName: string;
};

/** The first in-force certificates to expire by `until` (the dashboard's short list; the register has the rest). */
export async function soonestExpiring(
  db: Db,
  scope: DashboardScope,
  asOf: IsoDate,
  until: IsoDate,
  limit: number,
): Promise<ExpiringCertificate[]> {
  const { rows } = await db.execute<ExpiringCertificate>(sql`
    select certificates.id, certificates.number, certificates.star::int as star,
      to_char(certificates.expires_on, 'YYYY-MM-DD') as "expiresOn", p.name as "productName"
    from certificates join products p on p.id = certificates.product_id
    where ${where(scope, 'certificates', null)} and certificates.issued_on <= ${asOf}::date
      and certificates.expires_on <= ${until}::date and certificates.expires_on >= ${asOf}::date - 180
      and ${lifecycleStatusSql(asOf)} in (${list(IN_FORCE)})
    order by certificates.expires_on, certificates.number limit ${limit}`);
  return rows;
}

/** Dossiers of the procedure (past results recorded from paper are not) by state, today. */
export async function dossierCounts(db: Db, scope: DashboardScope): Promise<{ state: DossierState; count: number }[]> {
  const { rows } = await db.execute<{ state: DossierState; count: number }>(sql`
    select d.state, count(*)::int as count from dossiers d
    where ${where(scope, 'd', 'commune_code')} and d.source = 'procedure' group by d.state`);
  return rows;
}

/** The dates the overdue check reads (a few short fields each), of the open dossiers of the procedure that may have
 *  missed a deadline on `today` (evaluation's mayBeOverdueSql: a superset; overdueDeadlines decides), and how many
 *  dossiers are open. */
export async function overdueCandidates(
  db: Db,
  scope: DashboardScope,
  today: IsoDate,
): Promise<{ open: number; candidates: OverdueFacts[] }> {
  const f = (key: string) => sql.raw(`d.facts->>'${key}' as "${key}"`);
  const [open, candidates] = await Promise.all([
    db.execute<{ n: number }>(sql`
      select count(*)::int as n from dossiers d
      where ${where(scope, 'd', 'commune_code')} and d.source = 'procedure' and d.state not in (${list(TERMINAL_STATES)})`),
    db.execute<OverdueFacts & Record<string, unknown>>(sql`
      select d.state, d.kind, ${f('communeDueOn')}, ${f('reevaluationDueOn')}, ${f('roundFinishBy')},
        ${f('centralRoundFinishBy')}, to_char(d.submitted_on, 'YYYY-MM-DD') as "submittedOn"
      from dossiers d
      where ${where(scope, 'd', 'commune_code')} and d.source = 'procedure' and ${mayBeOverdueSql('d', today)}`),
  ]);
  return { open: open.rows[0]!.n, candidates: candidates.rows };
}

/** Open inspection findings (Art. 9), open revocation proposals (Art. 8.3) and open consumer reports, today. */
export async function openSignals(
  db: Db,
  scope: DashboardScope,
): Promise<{ findings: number; proposals: number; reports: number }> {
  const { rows } = await db.execute<{ findings: number; proposals: number; reports: number }>(sql`
    select
      (select count(*)::int from inspection_items i join inspection_visits v on v.id = i.visit_id
        where ${where(scope, 'v', null)} and i.state in (${list(OPEN_FINDING_STATES)})) as findings,
      (select count(*)::int from revocation_proposals r join certificates rc on rc.id = r.certificate_id
        where ${where(scope, 'rc', null)} and r.state = 'open') as proposals,
      (select count(*)::int from consumer_reports cr where ${where(scope, 'cr', null)} and cr.state = 'open') as reports`);
  return rows[0]!;
}
