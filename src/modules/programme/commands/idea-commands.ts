// Product ideas (phiếu đăng ký ý tưởng sản phẩm, seed 001 §III.2.1.2): registered by the producer's own account, or
// by a commune officer for a producer or a not-yet-registered household of its commune, possibly from a survey row;
// reviewed by the commune then the province; an accepted idea becomes a registry product (registry's createProduct),
// keeping the link. Each step is one transaction with its audit row.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit.ts';
import { forbidden } from '../../../platform/errors.ts';
import { accessOf, createProduct } from '../../registry/index.ts';
import type { ReviewAction, ReviewState } from '../domain/cycle-review.ts';
import { communePlace, producerPlace } from '../data/cycle-places.ts';
import { ideaById, insertIdea, updateIdea } from '../data/idea-store.ts';
import { surveyLineById } from '../data/survey-store.ts';
import { assertCycleWrite, cyclePolicy, OUTSIDE, reviewLevels, type CyclePlace } from '../cycle-policy.ts';
import { fieldError, ideaNotFound, wrongState } from './cycle-errors.ts';
import { checkedStep } from './cycle-review-step.ts';

export interface IdeaInput {
  name: string;
  setNo: number;
  description?: string | null;
  rawMaterials?: string | null;
  market?: string | null;
  producerId?: string | null;
  household?: { name: string; communeCode: string } | null;
  surveyRowId?: string | null;
}

const ownProducer = async (db: Db, actor: Actor) => (await accessOf(db, actor)).ownProducerId;

export const ideaPlace = (r: { provinceCode: string; communeCode: string; producerId: string | null }): CyclePlace => ({
  provinceCode: r.provinceCode,
  communeCode: r.communeCode,
  producerId: r.producerId,
});

async function placeOfInput(db: Db, actor: Actor, input: IdeaInput, own: string | null): Promise<CyclePlace> {
  const producerId = input.producerId ?? (actor.role === 'producer' ? own : null);
  if (producerId) {
    const p = await producerPlace(db, producerId);
    if (!p) throw fieldError('body.producerId', 'unknown', 'Không tìm thấy chủ thể này', 'No such producer');
    return { provinceCode: p.provinceCode, communeCode: p.communeCode, producerId: p.id };
  }
  if (!input.household)
    throw fieldError(
      'body.producerId',
      'required',
      'Chọn chủ thể hoặc ghi tên hộ sản xuất chưa đăng ký',
      'Choose a producer or name a household not yet registered',
    );
  const c = await communePlace(db, input.household.communeCode);
  if (!c)
    throw fieldError('body.household.communeCode', 'unknown', 'Không có xã với mã này', 'No commune with this code');
  return { provinceCode: c.provinceCode, communeCode: input.household.communeCode, producerId: null };
}

export async function registerIdea(db: Db, actor: Actor, input: IdeaInput, today: string): Promise<string> {
  if (!cyclePolicy.can(actor, 'ideas.register')) throw forbidden();
  const own = await ownProducer(db, actor);
  const place = await placeOfInput(db, actor, input, own);
  assertCycleWrite(actor, 'ideas.register', place, own);
  return db.transaction(async (tx) => {
    if (input.surveyRowId) {
      const line = await surveyLineById(tx, input.surveyRowId);
      if (!line || line.communeCode !== place.communeCode)
        throw fieldError(
          'body.surveyRowId',
          'unknown',
          'Không có dòng khảo sát này ở xã của ý tưởng',
          "No such survey row in the idea's commune",
        );
    }
    const row = await insertIdea(tx, {
      ...place,
      householdName: place.producerId ? null : input.household!.name.trim(),
      surveyRowId: input.surveyRowId ?? null,
      name: input.name.trim(),
      setNo: input.setNo,
      description: input.description ?? null,
      rawMaterials: input.rawMaterials ?? null,
      market: input.market ?? null,
      state: 'submitted',
      registeredOn: today,
      createdBy: actor.id,
    });
    await audit(tx, actor, {
      action: 'idea.register',
      entityType: 'product_idea',
      entityId: row.id,
      provinceCode: row.provinceCode,
      toState: row.state,
      after: row,
    });
    return row.id;
  });
}

export async function actOnIdea(
  db: Db,
  actor: Actor,
  id: string,
  action: ReviewAction,
  advice: string | null | undefined,
  today: string,
): Promise<void> {
  const own = await ownProducer(db, actor);
  await db.transaction(async (tx) => {
    const idea = await ideaById(tx, id, true);
    if (!idea) throw ideaNotFound();
    const set = checkedStep(actor, ideaPlace(idea), own, idea.state as ReviewState, action, advice, today);
    const after = await updateIdea(tx, id, set);
    await audit(tx, actor, {
      action: `idea.${action}`,
      entityType: 'product_idea',
      entityId: id,
      provinceCode: idea.provinceCode,
      fromState: idea.state,
      toState: after.state,
      reason: advice ?? null,
    });
  });
}

/** An accepted idea becomes a registry product; a household's idea names the producer it has since registered as. */
export async function ideaToProduct(db: Db, actor: Actor, id: string, producerId?: string | null): Promise<string> {
  const own = await ownProducer(db, actor);
  return db.transaction(async (tx) => {
    const idea = await ideaById(tx, id, true);
    if (!idea) throw ideaNotFound();
    const levels = reviewLevels(actor, ideaPlace(idea), own);
    if (!levels.includes('submitter') && !levels.includes('province')) throw forbidden(OUTSIDE);
    if (idea.state !== 'accepted' || idea.productId) throw wrongState();
    const producer = idea.producerId ?? producerId;
    if (!producer)
      throw fieldError(
        'body.producerId',
        'required',
        'Hộ sản xuất cần đăng ký chủ thể trước khi tạo sản phẩm',
        'The household must be registered as a producer before the product is created',
      );
    const p = await producerPlace(tx, producer);
    if (!p || p.communeCode !== idea.communeCode)
      throw fieldError(
        'body.producerId',
        'unknown',
        'Không có chủ thể này ở xã của ý tưởng',
        "No such producer in the idea's commune",
      );
    const product = await createProduct(tx, actor, {
      producerId: producer,
      name: idea.name,
      setNo: idea.setNo,
      description: idea.description,
    });
    await updateIdea(tx, id, { productId: product.id, producerId: producer });
    await audit(tx, actor, {
      action: 'idea.to_product',
      entityType: 'product_idea',
      entityId: id,
      provinceCode: idea.provinceCode,
      after: { productId: product.id, producerId: producer },
    });
    return product.id;
  });
}
