// The producer's business plan (phương án sản xuất kinh doanh, seed 001 §III.2.1.3) of an accepted idea or a registry
// product: submitted by the producer (or a commune officer for it), its file kept in the evidence FileStorage,
// reviewed by the commune then the province (approved or returned with advice); then its implementation (§2.1.4):
// the support given (training, consultants, credit, technology) and the problems met. One transaction and audit row
// per step.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit.ts';
import { forbidden } from '../../../platform/errors.ts';
import { sniffEvidenceType, type FileStorage } from '../../../platform/files.ts';
import { accessOf } from '../../registry/index.ts';
import type { ReviewAction, ReviewState } from '../domain/cycle-review.ts';
import { cyclePlanProblems, cyclePlanSupports } from '../data/cycle-schema.ts';
import { productPlace } from '../data/cycle-places.ts';
import { businessPlanById, ideaById, insertBusinessPlan, updateBusinessPlan } from '../data/idea-store.ts';
import { partnerById } from '../data/partner-store.ts';
import { assertCycleWrite, cyclePolicy, type CyclePlace } from '../cycle-policy.ts';
import { businessPlanNotFound, fieldError, wrongState } from './cycle-errors.ts';
import { checkedStep } from './cycle-review-step.ts';

export const SUPPORT_TYPES = ['training', 'consulting', 'credit', 'technology', 'other'] as const;
export type SupportType = (typeof SUPPORT_TYPES)[number];

export interface BusinessPlanInput {
  ideaId?: string | null;
  productId?: string | null;
  title: string;
  summary?: string | null;
}

const ownProducer = async (db: Db, actor: Actor) => (await accessOf(db, actor)).ownProducerId;
const planPlace = (r: { provinceCode: string; communeCode: string; producerId: string }): CyclePlace => ({
  provinceCode: r.provinceCode,
  communeCode: r.communeCode,
  producerId: r.producerId,
});

export async function submitBusinessPlan(
  db: Db,
  actor: Actor,
  input: BusinessPlanInput,
  today: string,
): Promise<string> {
  if (!cyclePolicy.can(actor, 'business-plans.submit')) throw forbidden();
  const own = await ownProducer(db, actor);
  let place: CyclePlace & { producerId: string };
  let productId = input.productId ?? null;
  if (input.ideaId) {
    const idea = await ideaById(db, input.ideaId);
    if (!idea) throw fieldError('body.ideaId', 'unknown', 'Không tìm thấy ý tưởng này', 'No such idea');
    if (idea.state !== 'accepted' || !idea.producerId)
      throw fieldError(
        'body.ideaId',
        'not_accepted',
        'Phương án kinh doanh lập cho ý tưởng đã được tỉnh chấp thuận, của một chủ thể đã đăng ký',
        'A business plan is written for an idea the province accepted, of a registered producer',
      );
    place = { ...idea, producerId: idea.producerId };
    productId = productId ?? idea.productId;
  } else if (input.productId) {
    const p = await productPlace(db, input.productId);
    if (!p) throw fieldError('body.productId', 'unknown', 'Không tìm thấy sản phẩm này', 'No such product');
    place = p;
  } else throw fieldError('body.ideaId', 'required', 'Chọn ý tưởng hoặc sản phẩm', 'Choose an idea or a product');
  assertCycleWrite(actor, 'business-plans.submit', place, own);
  return db.transaction(async (tx) => {
    const row = await insertBusinessPlan(tx, {
      provinceCode: place.provinceCode,
      communeCode: place.communeCode,
      producerId: place.producerId,
      ideaId: input.ideaId ?? null,
      productId,
      title: input.title.trim(),
      summary: input.summary ?? null,
      state: 'submitted',
      submittedOn: today,
      firstSubmittedOn: today,
      createdBy: actor.id,
    });
    await audit(tx, actor, {
      action: 'business_plan.submit',
      entityType: 'business_plan',
      entityId: row.id,
      provinceCode: row.provinceCode,
      toState: row.state,
      after: row,
    });
    return row.id;
  });
}

export async function uploadBusinessPlanFile(
  db: Db,
  files: FileStorage,
  actor: Actor,
  id: string,
  file: { bytes: Buffer; filename: string },
): Promise<void> {
  const own = await ownProducer(db, actor);
  const plan = await businessPlanById(db, id);
  if (!plan) throw businessPlanNotFound();
  assertCycleWrite(actor, 'business-plans.submit', planPlace(plan), own);
  // The file may change while the plan waits or was returned; an accepted plan is what was approved.
  if (plan.state === 'accepted') throw wrongState();
  const type = sniffEvidenceType(file.bytes, 'body.file');
  const key = await files.put(file.bytes);
  await db.transaction(async (tx) => {
    await businessPlanById(tx, id, true);
    await updateBusinessPlan(tx, id, {
      fileKey: key,
      fileName: file.filename || `phuong-an.${type.ext}`,
      fileMime: type.mime,
    });
    await audit(tx, actor, {
      action: 'business_plan.upload',
      entityType: 'business_plan',
      entityId: id,
      provinceCode: plan.provinceCode,
      after: { fileKey: key, fileName: file.filename },
    });
  });
}

export async function actOnBusinessPlan(
  db: Db,
  actor: Actor,
  id: string,
  action: ReviewAction,
  advice: string | null | undefined,
  today: string,
): Promise<void> {
  const own = await ownProducer(db, actor);
  await db.transaction(async (tx) => {
    const plan = await businessPlanById(tx, id, true);
    if (!plan) throw businessPlanNotFound();
    const set = checkedStep(actor, planPlace(plan), own, plan.state as ReviewState, action, advice, today);
    if (action === 'resubmit') Object.assign(set, { submittedOn: today });
    const after = await updateBusinessPlan(tx, id, set);
    await audit(tx, actor, {
      action: `business_plan.${action}`,
      entityType: 'business_plan',
      entityId: id,
      provinceCode: plan.provinceCode,
      fromState: plan.state,
      toState: after.state,
      reason: advice ?? null,
    });
  });
}

export interface SupportInput {
  type: SupportType;
  givenOn: string;
  provider: string;
  partnerId?: string | null;
  note?: string | null;
}

async function approvedPlan(tx: Db, actor: Actor, id: string) {
  const plan = await businessPlanById(tx, id, true);
  if (!plan) throw businessPlanNotFound();
  assertCycleWrite(actor, 'cycle.record-implementation', planPlace(plan), null);
  // Implementation follows the approval (§2.1.4): nothing is recorded against a plan still in review.
  if (plan.state !== 'accepted') throw wrongState();
  return plan;
}

export async function recordSupport(db: Db, actor: Actor, id: string, input: SupportInput): Promise<string> {
  return db.transaction(async (tx) => {
    const plan = await approvedPlan(tx, actor, id);
    if (input.partnerId) {
      const partner = await partnerById(tx, input.partnerId);
      if (!partner || partner.provinceCode !== plan.provinceCode)
        throw fieldError(
          'body.partnerId',
          'unknown',
          'Không có đối tác này trong tỉnh',
          'No such partner in the province',
        );
    }
    const [row] = await tx
      .insert(cyclePlanSupports)
      .values({
        ...input,
        provider: input.provider.trim(),
        businessPlanId: id,
        provinceCode: plan.provinceCode,
        createdBy: actor.id,
      })
      .returning();
    await audit(tx, actor, {
      action: 'business_plan.support',
      entityType: 'business_plan',
      entityId: id,
      provinceCode: plan.provinceCode,
      after: row,
    });
    return row!.id;
  });
}

export async function recordProblem(db: Db, actor: Actor, id: string, input: { notedOn: string; text: string }) {
  return db.transaction(async (tx) => {
    const plan = await approvedPlan(tx, actor, id);
    const [row] = await tx
      .insert(cyclePlanProblems)
      .values({
        notedOn: input.notedOn,
        text: input.text.trim(),
        businessPlanId: id,
        provinceCode: plan.provinceCode,
        createdBy: actor.id,
      })
      .returning();
    await audit(tx, actor, {
      action: 'business_plan.problem',
      entityType: 'business_plan',
      entityId: id,
      provinceCode: plan.provinceCode,
      after: row,
    });
    return row!.id;
  });
}
