// Open findings in the reader's sight, soonest fix deadline first: the producer's list to report fixes from, the
// commune's and the province's follow-up list.
import type { Db } from '../../../../db/pool.ts';
import type { Actor } from '../../../../platform/auth/actor.ts';
import { scopeLevel } from '../../../../platform/auth/policy.ts';
import { findProductViews } from '../../../registry/index.ts';
import { ITEM_STATE_LABELS, type ItemState } from '../../domain/inspection-lifecycle.ts';
import { openFindingRows } from '../../data/inspection-store.ts';
import { inspectionPolicy } from '../../inspection-policy.ts';
import { productIdsInSight } from './inspection-access.ts';

export async function listOpenFindings(db: Db, actor: Actor) {
  inspectionPolicy.assertCan(actor, 'inspections.read');
  const level = scopeLevel(actor);
  const rows =
    actor.role === 'producer' || level === 'commune'
      ? await openFindingRows(db, { productIds: await productIdsInSight(db, actor) })
      : await openFindingRows(db, level === 'province' ? { provinceCode: actor.provinceCode! } : {});
  const views = await findProductViews(
    db,
    rows.map((r) => r.visit.productId),
  );
  return rows.map(({ item, visit }) => ({
    id: item.id,
    visitId: visit.id,
    visitOn: visit.visitOn,
    productId: visit.productId,
    productName: views.get(visit.productId)?.name ?? null,
    producerName: views.get(visit.productId)?.producerName ?? null,
    code: item.code,
    title: item.title,
    result: item.result,
    note: item.note,
    state: item.state,
    stateLabel: ITEM_STATE_LABELS[item.state as ItemState],
    fixRequired: item.fixRequired,
    fixDueOn: item.fixDueOn,
  }));
}
