// The import's commit as it was before the set-based path (kept here for `npm run bench -- onboarding` only, so the
// two are timed in one run on the same kind of file): every row through the registry's single-record commands
// (createProducer, createProduct: a savepoint, checks and an audit row each) and every past result through
// evaluation's prepareHistoricalResult + writeHistoricalResult, in one transaction. No progress, no row ids saved.
import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/pool.ts';
import type { Actor } from '../src/platform/auth/actor.ts';
import {
  prepareHistoricalResult,
  writeHistoricalResult,
  type EvaluationDeps,
  type HistoricalResultBody,
} from '../src/modules/evaluation/index.ts';
import { createProducer, createProduct, type LegalType } from '../src/modules/registry/index.ts';

interface Plan {
  unit: { communeCode: string };
  producer: { action: string; id?: string; row?: number; name: string; legalType: string | null };
  product: { action: string; id?: string; row?: number; name: string; setNo: number | null };
  result: {
    record: boolean;
    star: number;
    decidedOn: string | null;
    level: HistoricalResultBody['level'] | null;
    points: number | null;
    decisionNumber: string | null;
    certificateNumber: string | null;
  } | null;
}

export async function commitRowByRow(db: Db, actor: Actor, batchId: string, deps: EvaluationDeps): Promise<number> {
  const today = deps.clock.today();
  return db.transaction(async (tx) => {
    const rows = (
      await tx.execute<{ row_no: number; plan: Plan }>(sql`
        select row_no, plan from onboarding_rows where batch_id = ${batchId} and outcome in ('ok', 'warning')
        order by row_no`)
    ).rows;
    const producerOf = new Map<number, string>();
    const productOf = new Map<number, string>();
    const results: { productId: string; r: NonNullable<Plan['result']> }[] = [];
    for (const { row_no: rowNo, plan } of rows) {
      const producerId =
        plan.producer.action === 'match'
          ? plan.producer.id!
          : plan.producer.action === 'same_as_row'
            ? producerOf.get(plan.producer.row!)!
            : (
                await createProducer(tx, actor, {
                  communeCode: plan.unit.communeCode,
                  legalType: plan.producer.legalType as LegalType,
                  name: plan.producer.name,
                  confirmDuplicate: true,
                })
              ).id;
      producerOf.set(rowNo, producerId);
      const productId =
        plan.product.action === 'match'
          ? plan.product.id!
          : plan.product.action === 'same_as_row'
            ? productOf.get(plan.product.row!)!
            : (await createProduct(tx, actor, { producerId, name: plan.product.name, setNo: plan.product.setNo! })).id;
      productOf.set(rowNo, productId);
      if (plan.result?.record) results.push({ productId, r: plan.result });
    }
    results.sort((a, c) => a.productId.localeCompare(c.productId) || a.r.decidedOn!.localeCompare(c.r.decidedOn!));
    let prev: { productId: string; star: number } | null = null;
    for (const { productId, r } of results) {
      const before = prev?.productId === productId ? prev.star : null;
      const body: HistoricalResultBody = {
        productId,
        kind: before === null ? 'first' : r.star > before ? 'upgrade' : 'reevaluation',
        filedOn: null,
        decidedOn: r.decidedOn!,
        level: r.level!,
        points: r.points,
        star: r.star,
        decisionNumber: r.decisionNumber,
        certificateNumber: r.certificateNumber,
        note: 'bench',
      };
      const prepared = await prepareHistoricalResult(tx, actor, body, today, deps, { numbersMayBeUnknown: true });
      if (!prepared.ok) throw new Error(JSON.stringify(prepared.issues));
      await writeHistoricalResult(tx, actor, prepared.record, today, deps);
      prev = { productId, star: r.star };
    }
    return rows.length;
  });
}
