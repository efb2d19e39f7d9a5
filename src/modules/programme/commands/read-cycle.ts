// Reading the cycle: the pipeline of an area (counts per stage, per commune with its responsible officer, and the
// list), an idea with its business plans and the review actions open to the reader, a business plan with its
// implementation. Stages are derived (domain/cycle-stage.ts), never stored.
import { and, desc, eq, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { scopeLevel } from '../../../platform/auth/policy.ts';
import { forbidden } from '../../../platform/errors.ts';
import { accessOf } from '../../registry/index.ts';
import { unitNamesOf } from '../../reference/index.ts';
import { openActions, REVIEW_ACTION_LABELS, REVIEW_STATE_LABELS, type ReviewState } from '../domain/cycle-review.ts';
import { countByStage, CYCLE_STAGE_LABELS, cycleStage, type CycleStage } from '../domain/cycle-stage.ts';
import { pipelineFacts, type PipelineRow } from '../data/cycle-facts.ts';
import { cycleBusinessPlans, cycleIdeas, type BusinessPlanRow, type IdeaRow } from '../data/cycle-schema.ts';
import { officersOf } from '../data/partner-store.ts';
import { implementationOf } from '../data/plan-implementation.ts';
import { businessPlanById, ideaById } from '../data/idea-store.ts';
import { assertMayReadCycle, cyclePolicy, reviewLevels, type CyclePlace } from '../cycle-policy.ts';
import { businessPlanNotFound, ideaNotFound } from './cycle-errors.ts';
import type { FileStorage } from '../../../platform/files.ts';

const stageOf = (r: PipelineRow): CycleStage | null =>
  cycleStage({
    surveyed: r.surveyed,
    idea: r.idea_state,
    businessPlan: r.plan_state,
    dossierFiled: r.dossier_filed,
    certifiedInForce: r.certified,
    promoted: r.promoted,
  });

const labelled = (stage: CycleStage) => ({ stage, label: CYCLE_STAGE_LABELS[stage] });

/** The pipeline of the reader's area (a province user may narrow it to a commune) on a day. */
export async function readPipeline(
  db: Db,
  actor: Actor,
  q: { communeCode?: string; provinceCode?: string },
  on: string,
) {
  if (!cyclePolicy.can(actor, 'cycle.pipeline')) throw forbidden();
  const level = scopeLevel(actor);
  const area = {
    provinceCode: level === 'national' ? (q.provinceCode ?? null) : actor.provinceCode,
    communeCode: level === 'commune' ? actor.unitCode : (q.communeCode ?? null),
  };
  const rows = await pipelineFacts(db, area, on);
  const items = rows.map((r) => ({ r, stage: stageOf(r) })).filter((x) => x.stage !== null);
  const communes = [...new Set(items.map((x) => x.r.commune_code))];
  if (area.communeCode && !communes.includes(area.communeCode)) communes.push(area.communeCode);
  const names = await unitNamesOf(db, communes);
  const officers = await officersOf(db, communes);
  return {
    on,
    counts: countByStage(items.map((x) => x.stage)).map((c) => ({ ...labelled(c.stage), n: c.n })),
    communes: communes
      .map((code) => {
        const mine = items.filter((x) => x.r.commune_code === code).map((x) => x.stage);
        return {
          code,
          name: names.get(code) ?? code,
          officer: officers.get(code) ?? null,
          total: mine.length,
          counts: countByStage(mine),
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    items: items.map(({ r, stage }) => ({
      key: r.key,
      ideaId: r.idea_id,
      surveyRowId: r.survey_row_id,
      productId: r.product_id,
      businessPlanId: r.plan_id,
      name: r.name,
      producerName: r.producer_name,
      communeCode: r.commune_code,
      communeName: names.get(r.commune_code) ?? r.commune_code,
      ...labelled(stage!),
    })),
  };
}

const ideaPlace = (i: IdeaRow): CyclePlace => ({
  provinceCode: i.provinceCode,
  communeCode: i.communeCode,
  producerId: i.producerId,
});
export const planPlace = (b: BusinessPlanRow): CyclePlace => ({
  provinceCode: b.provinceCode,
  communeCode: b.communeCode,
  producerId: b.producerId,
});

const actionsOut = (state: string, levels: Parameters<typeof openActions>[1]) =>
  openActions(state as ReviewState, levels).map((code) => ({
    code,
    label: REVIEW_ACTION_LABELS[code],
    needsAdvice: code.endsWith('_return'),
  }));

const review = (r: IdeaRow | BusinessPlanRow) => ({
  state: r.state,
  stateLabel: REVIEW_STATE_LABELS[r.state as ReviewState],
  communeReviewedOn: r.communeReviewedOn,
  communeAdvice: r.communeAdvice,
  provinceReviewedOn: r.provinceReviewedOn,
  provinceAdvice: r.provinceAdvice,
});

async function ideaOut(
  db: Db,
  i: IdeaRow,
  levels: ReturnType<typeof reviewLevels>,
  names: Awaited<ReturnType<typeof unitNamesOf>>,
) {
  return {
    id: i.id,
    name: i.name,
    setNo: i.setNo,
    description: i.description,
    rawMaterials: i.rawMaterials,
    market: i.market,
    producerId: i.producerId,
    householdName: i.householdName,
    communeCode: i.communeCode,
    communeName: names.get(i.communeCode) ?? i.communeCode,
    surveyRowId: i.surveyRowId,
    productId: i.productId,
    registeredOn: i.registeredOn,
    ...review(i),
    availableActions: actionsOut(i.state, levels),
    mayMakeProduct:
      i.state === 'accepted' && !i.productId && (levels.includes('submitter') || levels.includes('province')),
    mayWriteBusinessPlan: i.state === 'accepted' && !!i.producerId && levels.includes('submitter'),
  };
}

/** Ideas the reader sees: staff in their area, a producer account its own. */
export async function listIdeas(db: Db, actor: Actor, q: { state?: string; communeCode?: string }) {
  if (!cyclePolicy.can(actor, 'cycle.read')) throw forbidden();
  const own = (await accessOf(db, actor)).ownProducerId;
  const level = scopeLevel(actor);
  const where: (SQL | undefined)[] = [
    level !== 'national' ? eq(cycleIdeas.provinceCode, actor.provinceCode!) : undefined,
    level === 'commune' ? eq(cycleIdeas.communeCode, actor.unitCode!) : undefined,
    q.communeCode ? eq(cycleIdeas.communeCode, q.communeCode) : undefined,
    q.state ? eq(cycleIdeas.state, q.state) : undefined,
  ];
  if (actor.role === 'producer') {
    if (!own) return { items: [] };
    where.push(eq(cycleIdeas.producerId, own));
  }
  const rows = await db
    .select()
    .from(cycleIdeas)
    .where(and(...where))
    .orderBy(desc(cycleIdeas.registeredOn), desc(cycleIdeas.createdAt))
    .limit(500);
  const names = await unitNamesOf(
    db,
    rows.map((r) => r.communeCode),
  );
  const items = [];
  for (const r of rows) items.push(await ideaOut(db, r, reviewLevels(actor, ideaPlace(r), own), names));
  return { items };
}

export async function planOut(
  db: Db,
  b: BusinessPlanRow,
  levels: ReturnType<typeof reviewLevels>,
  actor: Actor,
  loaded?: Awaited<ReturnType<typeof implementationOf>>,
) {
  const all = loaded ?? (await implementationOf(db, [b.id]));
  const supports = all.supports.filter((x) => x.businessPlanId === b.id);
  const problems = all.problems.filter((x) => x.businessPlanId === b.id);
  const place = planPlace(b);
  const mayRecord =
    b.state === 'accepted' &&
    cyclePolicy.can(actor, 'cycle.record-implementation') &&
    levels.length > 0 &&
    actor.role !== 'producer';
  return {
    id: b.id,
    ideaId: b.ideaId,
    productId: b.productId,
    producerId: b.producerId,
    communeCode: place.communeCode,
    title: b.title,
    summary: b.summary,
    file: b.fileKey ? { name: b.fileName, mime: b.fileMime } : null,
    submittedOn: b.submittedOn,
    ...review(b),
    availableActions: actionsOut(b.state, levels),
    mayUpload: b.state !== 'accepted' && levels.includes('submitter'),
    mayRecordImplementation: mayRecord,
    supports: supports.map((s) => ({
      id: s.id,
      type: s.type,
      givenOn: s.givenOn,
      provider: s.provider,
      partnerId: s.partnerId,
      note: s.note,
    })),
    problems: problems.map((p) => ({ id: p.id, notedOn: p.notedOn, text: p.text })),
  };
}

export async function readIdea(db: Db, actor: Actor, id: string) {
  const idea = await ideaById(db, id);
  if (!idea) throw ideaNotFound();
  const own = (await accessOf(db, actor)).ownProducerId;
  assertMayReadCycle(actor, ideaPlace(idea), own);
  const levels = reviewLevels(actor, ideaPlace(idea), own);
  const names = await unitNamesOf(db, [idea.communeCode]);
  const match = [
    eq(cycleBusinessPlans.ideaId, id),
    idea.productId ? eq(cycleBusinessPlans.productId, idea.productId) : undefined,
  ];
  const plans = await db
    .select()
    .from(cycleBusinessPlans)
    .where(or(...match))
    .orderBy(desc(cycleBusinessPlans.submittedOn));
  const out = [];
  for (const b of plans) out.push(await planOut(db, b, reviewLevels(actor, planPlace(b), own), actor));
  return { ...(await ideaOut(db, idea, levels, names)), businessPlans: out };
}

export async function readBusinessPlan(db: Db, actor: Actor, id: string) {
  const b = await businessPlanById(db, id);
  if (!b) throw businessPlanNotFound();
  const own = (await accessOf(db, actor)).ownProducerId;
  assertMayReadCycle(actor, planPlace(b), own);
  return planOut(db, b, reviewLevels(actor, planPlace(b), own), actor);
}

export async function readBusinessPlanFile(db: Db, files: FileStorage, actor: Actor, id: string) {
  const b = await businessPlanById(db, id);
  if (!b) throw businessPlanNotFound();
  const own = (await accessOf(db, actor)).ownProducerId;
  assertMayReadCycle(actor, planPlace(b), own);
  if (!b.fileKey) throw businessPlanNotFound();
  return {
    bytes: await files.get(b.fileKey),
    name: b.fileName ?? 'phuong-an',
    mime: b.fileMime ?? 'application/octet-stream',
  };
}
