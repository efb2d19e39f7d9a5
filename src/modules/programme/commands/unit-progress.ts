// What a unit's dashboard shows of the programme: the progress of its plans of the year on a day (each target's
// actual / target and state, as the plan's page reads them) and the support funds paid in the year up to that day by
// source. Counted from the work recorded, like everything the plans show.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { IsoDate } from '../../reference/index.ts';
import { SOURCE_LABELS, type FundingSource } from '../domain/funding.ts';
import { listPlans, readPlan } from './read-plans.ts';

/** The plans of a 2025 unit (province or commune) for the year of `asOf`, with their targets' progress on `asOf`. */
export async function unitPlanProgress(db: Db, actor: Actor, unitCode: string, asOf: IsoDate, today: IsoDate) {
  const year = Number(asOf.slice(0, 4));
  const { items } = await listPlans(db, actor, { year, unitCode });
  const plans = [];
  for (const p of items.filter((i) => i.unit.unitSet === 2025)) {
    const plan = await readPlan(db, actor, p.id, today, asOf);
    plans.push({
      id: plan.id,
      title: plan.title,
      targets: plan.targets.map((t) => ({
        label: t.label,
        wording: t.wording,
        actual: t.actual,
        target: t.target,
        unitLabel: t.unitLabel,
        state: t.state,
        stateLabel: t.stateLabel,
      })),
    });
  }
  return { year, plans };
}

/** Support paid in the year of `asOf` up to that day, in a province or one commune, by source. */
export async function unitFundsPaid(db: Db, provinceCode: string, communeCode: string | null, asOf: IsoDate) {
  const from = `${asOf.slice(0, 4)}-01-01`;
  const res = await db.execute<{ source: string; paid: number }>(sql`
    select i.source, sum(d.amount)::float8 paid
    from support_disbursements d
    join support_applications a on a.id = d.application_id
    join support_policy_items i on i.id = a.item_id
    where a.province_code = ${provinceCode} ${communeCode ? sql`and a.commune_code = ${communeCode}` : sql``}
      and d.paid_on between ${from}::date and ${asOf}::date
    group by 1 order by 2 desc`);
  const bySource = res.rows.map((r) => ({
    source: r.source,
    label: SOURCE_LABELS[r.source as FundingSource],
    paid: Number(r.paid),
  }));
  return { from, total: bySource.reduce((s, r) => s + r.paid, 0), bySource };
}
