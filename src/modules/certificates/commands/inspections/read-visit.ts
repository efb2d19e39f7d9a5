// One visit as its checklist page shows it: the plan and the certificate, who took part, every item with its finding,
// fix, report, re-check, photos, and the actions the reader may take on it (from the lifecycle table).
import { inArray } from 'drizzle-orm';
import type { Db } from '../../../../db/pool.ts';
import type { Actor } from '../../../../platform/auth/actor.ts';
import { users } from '../../../../platform/schema.ts';
import { ITEM_STATE_LABELS, itemActions, type ItemState } from '../../domain/inspection-lifecycle.ts';
import { certificatesByIds, findPlan, findVisit, itemsOf, photosOf } from '../../data/inspection-store.ts';
import type { InspectionItemRow, InspectionPhotoRow } from '../../data/inspection-schema.ts';
import { inspectionPolicy } from '../../inspection-policy.ts';
import { rolesOnVisit } from './inspection-access.ts';
import type { ItemActor } from '../../domain/inspection-lifecycle.ts';

export const presentPhoto = (p: InspectionPhotoRow) => ({
  id: p.id,
  name: p.name,
  mime: p.mime,
  size: p.size,
  uploadedAt: p.uploadedAt.toISOString(),
});

export function presentItem(i: InspectionItemRow, photos: InspectionPhotoRow[], who: readonly ItemActor[]) {
  const state = i.state as ItemState;
  return {
    id: i.id,
    visitId: i.visitId,
    seq: i.seq,
    kind: i.kind,
    code: i.code,
    title: i.title,
    expected: i.expected,
    starMark: i.starMark,
    state,
    stateLabel: ITEM_STATE_LABELS[state],
    result: i.result,
    note: i.note,
    fixRequired: i.fixRequired,
    fixDueOn: i.fixDueOn,
    producerReport: i.producerReport,
    reportedOn: i.reportedOn,
    recheckNote: i.recheckNote,
    recheckedOn: i.recheckedOn,
    proposalId: i.proposalId,
    photos: photos.filter((p) => p.itemId === i.id).map(presentPhoto),
    availableActions: itemActions(state, who),
    mayAddPhoto: who.includes('team'),
  };
}

export async function getInspectionVisit(db: Db, actor: Actor, id: string) {
  inspectionPolicy.assertCan(actor, 'inspections.read');
  const visit = await findVisit(db, id);
  const plan = visit ? await findPlan(db, visit.planId) : undefined;
  const { who, product } = await rolesOnVisit(db, actor, visit, plan);
  const v = visit!;
  const items = await itemsOf(db, id);
  const photos = await photosOf(
    db,
    items.map((i) => i.id),
  );
  const cert = (await certificatesByIds(db, [v.certificateId])).get(v.certificateId)!;
  const people = v.participantIds.length
    ? await db
        .select({ id: users.id, displayName: users.displayName })
        .from(users)
        .where(inArray(users.id, v.participantIds))
    : [];
  return {
    id: v.id,
    planId: v.planId,
    plan: { title: plan!.title, documentNo: plan!.documentNo, kind: plan!.kind, level: plan!.level, year: plan!.year },
    certificate: { id: cert.id, number: cert.number, star: cert.star, expiresOn: cert.extendedUntil ?? cert.expiresOn },
    productId: v.productId,
    productName: product.name,
    producerName: product.producerName,
    provinceCode: v.provinceCode,
    visitOn: v.visitOn,
    place: v.place,
    participants: people.map((p) => ({ userId: p.id, displayName: p.displayName })),
    othersPresent: v.othersPresent,
    ruleSet: v.ruleSet,
    setNo: v.setNo,
    items: items.map((i) => presentItem(i, photos, who)),
    roles: who,
  };
}
