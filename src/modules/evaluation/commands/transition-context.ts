// Builds the TransitionContext of one action from the request body and the database: the calendar and the day of
// the act, the receipt number (allocated gaplessly on `receive`), the commune's report (Form 03), the round, the
// advisory report, the council's scoring and result, the decision. Also lists what else the step writes beside the
// dossier row (product code, council outcome, decision row) — all inside the caller's transaction.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { forbidden } from '../../../platform/errors.ts';
import { addDays, loadCalendar, type IsoDate } from '../../reference/index.ts';
import { allocateProductCode } from '../../registry/index.ts';
import {
  type CommuneReport,
  type Dossier,
  type DossierAction,
  type TransitionContext,
} from '../domain/dossier-lifecycle.ts';
import { formatReceiptNumber, validateDecisionNumber } from '../domain/numbers.ts';
import type { EvaluationRound } from '../domain/rounds.ts';
import type { Form01 } from '../forms/form01.ts';
import type { Form03 } from '../forms/form03.ts';
import { nextReceiptSeq, type DossierValues } from '../data/dossier-store.ts';
import {
  councilOfRound,
  findCouncil,
  findOutcome,
  findRound,
  latestAdvisoryReport,
  listMembers,
  upsertOutcome,
} from '../data/council-store.ts';
import { findDecision, findDecisionByNumber, insertDecision } from '../data/result-store.ts';
import type { CouncilRow, DecisionRow, DossierRow, RoundRow } from '../data/schema.ts';
import { coversProvinceRecord } from '../policy.ts';
import { outcomeOf, sessionOf } from './council-session.ts';
import { conflict, invalid } from './errors.ts';
import { DECISION_KIND, type ActionBody } from '../dossier-actions.ts';

export type { ActionBody };

export interface Built {
  ctx: TransitionContext;
  /** Mirrored or linked columns this step sets besides the facts. */
  columns: Partial<DossierValues>;
  /** Writes after the dossier row (same transaction). */
  after: ((tx: Db, row: DossierRow) => Promise<void>)[];
  /** The recorded decision a certificate cites. */
  decisionRow: DecisionRow | null;
}

export function toDomainRound(r: RoundRow): EvaluationRound {
  return {
    id: r.id,
    level: r.level as 'province' | 'central',
    provinceCode: r.provinceCode,
    year: r.year,
    number: r.number,
    cutoff: r.cutoffOn,
    finishBy: addDays(r.finishBefore, -1),
    extra: r.extra ? { councilRulesDecision: r.basis ?? '', planReference: r.planReference ?? '' } : null,
    closed: r.status === 'closed',
  };
}

/** Form 03's section II as the domain's commune report (Art. 7.2.a), with the letter to the province (7.2.b). */
export function communeReportFromForm03(form03: unknown, letterNumber: string | undefined): CommuneReport | undefined {
  if (!form03) return undefined;
  const f = form03 as Form03;
  const letter = letterNumber ?? f.reportNo;
  if (!letter) return undefined;
  return {
    localMaterials: f.assessment.localRawMaterial.communeAssessment,
    localLabour: f.assessment.localLabour.communeAssessment,
    ideaOrigin: f.assessment.ideaOrigin.assessment,
    localIdentity: f.assessment.localIdentity.assessment,
    letterNumber: letter,
  };
}

const provincial = (c: CouncilRow | undefined, row: DossierRow) =>
  c && c.level === 'province' && c.provinceCode === row.provinceCode;

async function roundFromBody(
  tx: Db,
  actor: Actor,
  roundId: string | undefined,
  level: 'province' | 'central',
): Promise<RoundRow | undefined> {
  if (!roundId) return undefined;
  const r = await findRound(tx, roundId);
  if (!r || r.level !== level || !coversProvinceRecord(actor, r.provinceCode)) {
    throw invalid(
      'body.roundId',
      'unknown',
      'Không tìm thấy đợt đánh giá này (hoặc không cùng cấp với hồ sơ)',
      "No such round (or not at the dossier's level)",
    );
  }
  return r;
}

async function councilFromBody(
  tx: Db,
  row: DossierRow,
  councilId: string | undefined,
  level: 'province' | 'central',
): Promise<CouncilRow | undefined> {
  if (!councilId) return undefined;
  const c = await findCouncil(tx, councilId);
  if (!c || c.level !== level || (level === 'province' && c.provinceCode !== row.provinceCode)) {
    throw invalid(
      'body.councilId',
      'unknown',
      'Không tìm thấy Hội đồng này (hoặc không cùng cấp, cùng tỉnh với hồ sơ)',
      "No such council (or not at the dossier's level and province)",
    );
  }
  if ((await findRound(tx, c.roundId))?.status === 'closed') {
    throw conflict(
      'round_closed',
      'Đợt đánh giá của Hội đồng này đã đóng: Hội đồng không nhận thêm hồ sơ',
      "This council's round is closed: it takes no more dossiers",
    );
  }
  await assertNotScoredBy(tx, c, row);
  return c;
}

/**
 * A council gives one result per dossier: a dossier the province takes up again (Art. 7.4.g) goes before a council
 * that has not already scored it, or the old scorecards would stand as the new evaluation.
 */
async function assertNotScoredBy(tx: Db, c: CouncilRow | undefined, row: DossierRow): Promise<void> {
  if (c && (await findOutcome(tx, c.id, row.id))) {
    throw conflict(
      'already_evaluated',
      `Hội đồng theo Quyết định ${c.decisionNo} đã đánh giá hồ sơ này; hãy chọn đợt đánh giá khác (điểm g khoản 4 Điều 7)`,
      `The council of decision ${c.decisionNo} has already evaluated this dossier; choose another round (Art. 7.4.g)`,
    );
  }
}

async function councilOf(tx: Db, row: DossierRow, level: 'province' | 'central'): Promise<CouncilRow> {
  const id = level === 'province' ? row.councilId : row.centralCouncilId;
  const c = id ? await findCouncil(tx, id) : undefined;
  if (!c) {
    throw conflict(
      'no_council',
      'Hồ sơ chưa được giao cho Hội đồng nào (Hội đồng của đợt đánh giá chưa được thành lập)',
      "The dossier has no council yet (the round's council has not been formed)",
    );
  }
  return c;
}

/** The chair acts for their own council only; the office may act for any council of its province. */
async function assertChairOf(tx: Db, council: CouncilRow, actor: Actor): Promise<void> {
  if (actor.role !== 'province_council_chair') return;
  const members = await listMembers(tx, council.id);
  if (!members.some((m) => m.userId === actor.id && m.position === 'chair')) {
    throw forbidden({
      vi: 'Bạn không phải Chủ tịch Hội đồng đánh giá hồ sơ này',
      en: 'You do not chair the council evaluating this dossier',
    });
  }
}

/** A member of the advisory team acts on the dossiers of its own council (when the council has a team). */
async function assertAdvisoryOf(tx: Db, row: DossierRow, actor: Actor): Promise<void> {
  if (actor.role !== 'advisory_member' || !row.councilId) return;
  const members = await listMembers(tx, row.councilId);
  const team = members.filter((m) => m.position === 'advisory');
  if (team.length && !team.some((m) => m.userId === actor.id)) {
    throw forbidden({
      vi: 'Bạn không thuộc Tổ tư vấn của Hội đồng đánh giá hồ sơ này',
      en: "You are not on the advisory team of this dossier's council",
    });
  }
}

/** A decision's kind in words, for refusals (never the code "recognition" in a Vietnamese message). */
const DECISION_KIND_VI: Record<string, string> = {
  recognition: 'công nhận',
  approval: 'phê duyệt kết quả',
  result: 'thông báo kết quả',
};
const DECISION_KIND_EN: Record<string, string> = { recognition: 'recognition', approval: 'approval', result: 'result' };

/**
 * The decision an act records: a decision already entered (decisionId) or one typed in with the act (its row is
 * created here). Province acts cite the province's decisions, the Ministry's its own.
 */
async function decisionFor(
  tx: Db,
  actor: Actor,
  row: DossierRow,
  action: DossierAction,
  body: ActionBody,
  on: IsoDate,
): Promise<{ ctx?: { number: string; date: IsoDate }; row: DecisionRow | null }> {
  const level = action === 'certify_ministry' ? 'central' : 'province';
  const provinceCode = level === 'central' ? null : row.provinceCode;
  const kind = DECISION_KIND[action]!;
  if (body.decisionId) {
    const dec = await findDecision(tx, body.decisionId);
    if (!dec || dec.level !== level || (dec.provinceCode ?? null) !== provinceCode) {
      throw invalid(
        'body.decisionId',
        'unknown',
        'Không tìm thấy quyết định này của cơ quan có thẩm quyền',
        'No such decision of the competent authority',
      );
    }
    if (dec.kind !== kind) {
      throw invalid(
        'body.decisionId',
        'wrong_kind',
        `Cần quyết định ${DECISION_KIND_VI[kind]}, không phải quyết định ${DECISION_KIND_VI[dec.kind] ?? dec.kind}`,
        `A ${DECISION_KIND_EN[kind]} decision is needed, not a ${DECISION_KIND_EN[dec.kind] ?? dec.kind} one`,
      );
    }
    return { ctx: { number: dec.number, date: dec.signedOn }, row: dec };
  }
  if (!body.decision) return { row: null };
  const { number, date } = body.decision;
  // Checked by the domain too; checked here first so no decision row is made for a refused act.
  const parsed = validateDecisionNumber(number);
  if (!parsed.ok || date > on) return { ctx: { number, date }, row: null };
  const existing = await findDecisionByNumber(tx, level, provinceCode, parsed.normalized);
  if (existing && existing.signedOn !== date) {
    throw invalid(
      'body.decision.date',
      'mismatch',
      `Quyết định ${parsed.normalized} đã được ghi nhận với ngày ký ${existing.signedOn}`,
      `Decision ${parsed.normalized} is already recorded as signed on ${existing.signedOn}`,
    );
  }
  if (existing && existing.kind !== kind) {
    throw invalid(
      'body.decision.number',
      'wrong_kind',
      `Quyết định ${parsed.normalized} đã được ghi nhận là quyết định ${DECISION_KIND_VI[existing.kind] ?? existing.kind}, cần quyết định ${DECISION_KIND_VI[kind]}`,
      `Decision ${parsed.normalized} is recorded as a ${DECISION_KIND_EN[existing.kind] ?? existing.kind} decision; a ${DECISION_KIND_EN[kind]} decision is needed`,
    );
  }
  const dec =
    existing ??
    (await insertDecision(tx, {
      level,
      provinceCode,
      kind,
      number: parsed.normalized,
      signedOn: date,
      signer: body.decision.signer ?? null,
      createdBy: actor.id,
    }));
  return { ctx: { number: dec.number, date: dec.signedOn }, row: dec };
}

interface BuildArgs {
  actor: Actor;
  row: DossierRow;
  facts: Dossier;
  action: DossierAction;
  body: ActionBody;
  on: IsoDate;
}
/** Reads what one step needs from the body and the database into `built` (context, columns, writes after). */
type ContextBuilder = (tx: Db, args: BuildArgs, built: Built) => Promise<void>;

/** A decision act (certify_province, certify_ministry, send_to_ministry after the council): the decision it records. */
const recordDecision: ContextBuilder = async (tx, { actor, row, action, body, on }, built) => {
  const d = await decisionFor(tx, actor, row, action, body, on);
  if (d.ctx) built.ctx.decision = d.ctx;
  built.decisionRow = d.row;
};

/** flag_divergence and close_scoring: the provincial council's scoring (Art. 7.3.d), and on closing its result. */
const provincialScoring: ContextBuilder = async (tx, { actor, row, action, body, on }, built) => {
  const council = await councilOf(tx, row, 'province');
  await assertChairOf(tx, council, actor);
  const s = await sessionOf(tx, council, row);
  built.ctx.scoring = {
    allSubmitted: s.allSubmitted,
    spreadFlag: s.aggregate?.spreadFlag ?? false,
    ...(body.flagAcceptedReason ? { flagAcceptedReason: body.flagAcceptedReason } : {}),
  };
  if (action === 'close_scoring' && s.aggregate) {
    const agg = s.aggregate;
    const outcome = outcomeOf(row, agg, 'province', on, s.policy);
    built.ctx.outcome = outcome;
    built.columns.finalPoints = agg.mean;
    built.columns.finalStar = agg.star;
    built.after.push(async (t) =>
      upsertOutcome(t, {
        councilId: council.id,
        dossierId: row.id,
        provinceCode: row.provinceCode,
        aggregate: aggregateRecord(agg, body.flagAcceptedReason),
        mean: agg.mean,
        star: agg.star,
        spreadFlag: agg.spreadFlag,
        outcome: outcome.kind,
      }),
    );
  }
};

/**
 * What each action reads from the world before the domain decides (null: nothing beyond the day and the calendar),
 * beside the domain's EFFECTS (what it writes); the fields each reads are dossier-actions.ts `ACTION_INPUTS`.
 */
export const CONTEXT: Record<DossierAction, ContextBuilder | null> = {
  submit: null,
  // Art. 7.2 / Form 01: the commune numbers its receipts per year; a dossier received again keeps its number.
  receive: async (tx, { actor, row, facts, on }, built) => {
    const year = Number(on.slice(0, 4));
    if (!facts.receiptNumber) {
      const seq = await nextReceiptSeq(tx, row.provinceCode, row.communeCode, year);
      built.ctx.receiptNumber = formatReceiptNumber({
        seq,
        provinceCode: row.provinceCode,
        communeCode: row.communeCode,
        year,
      });
    }
    built.columns.year = year;
    const receipt = {
      number: built.ctx.receiptNumber ?? facts.receiptNumber!,
      receivedOn: on,
      receiverName: actor.displayName,
    };
    if (row.form01) built.columns.form01 = { ...(row.form01 as Form01), communeReceipt: receipt };
    // Appendix II "Mã số sản phẩm" T-X-STT-YYYY: the product enters the commune's list when the commune receives it.
    built.after.push(async (t) => {
      await allocateProductCode(t, row.productId, year, actor);
    });
  },
  return_to_producer: null,
  resubmit: null,
  forward: async (_tx, { row, body }, built) => {
    const report = body.communeReport ?? communeReportFromForm03(row.form03, body.letterNumber);
    if (report) built.ctx.communeReport = report;
  },
  request_supplement: null,
  submit_supplement: null,
  accept: async (_tx, { on }, built) => {
    built.columns.acceptedOn = on;
  },
  reject: async (tx, { row, on }, built) => {
    if (row.state === 'ministry_council') await centralResult(tx, row, built, on);
  },
  assign_round: async (tx, { actor, row, body }, built) => {
    const r = await roundFromBody(tx, actor, body.roundId, 'province');
    if (r) {
      built.ctx.round = toDomainRound(r);
      const council = await councilOfRound(tx, r.id);
      await assertNotScoredBy(tx, council, row);
      built.columns.councilId = council?.id ?? null;
    }
  },
  start_review: async (tx, { row, body }, built) => {
    const chosen = await councilFromBody(tx, row, body.councilId, 'province');
    const council = chosen ?? (row.roundId ? await councilOfRound(tx, row.roundId) : undefined);
    if (council && provincial(council, row)) built.columns.councilId = council.id;
  },
  request_advisory_supplement: async (tx, { actor, row }) => assertAdvisoryOf(tx, row, actor),
  record_field_visit: async (tx, { actor, row, body }, built) => {
    await assertAdvisoryOf(tx, row, actor);
    if (body.fieldVisit) built.ctx.fieldVisit = { ground: body.fieldVisit.ground };
  },
  submit_advisory_report: async (tx, { actor, row, body }, built) => {
    await assertAdvisoryOf(tx, row, actor);
    const report = body.advisoryReport ?? (await reportReference(tx, row));
    if (report) built.ctx.advisoryReport = report;
  },
  convene_meeting: async (tx, { actor, row }) => assertChairOf(tx, await councilOf(tx, row, 'province'), actor),
  flag_divergence: provincialScoring,
  close_scoring: provincialScoring,
  issue_result_notice: null,
  certify_province: recordDecision,
  send_to_ministry: async (tx, args, built) => {
    // A 5★ re-evaluation goes from the office's check with the advisory report (Art. 7.6.e), else with a decision.
    if (args.row.state === 'advisory_review') {
      const report = args.body.advisoryReport ?? (await reportReference(tx, args.row));
      if (report) built.ctx.advisoryReport = report;
      return;
    }
    await recordDecision(tx, args, built);
  },
  receive_at_ministry: null,
  open_central_council: async (tx, { actor, row, body }, built) => {
    const r = await roundFromBody(tx, actor, body.roundId, 'central');
    if (r) built.ctx.round = toDomainRound(r);
    const chosen = await councilFromBody(tx, row, body.councilId, 'central');
    const council = chosen ?? (r ? await councilOfRound(tx, r.id) : undefined);
    if (council) built.columns.centralCouncilId = council.id;
  },
  certify_ministry: async (tx, args, built) => {
    await centralResult(tx, args.row, built, args.on);
    await recordDecision(tx, args, built);
  },
  record_central_result: async (tx, { row, on }, built) => centralResult(tx, row, built, on),
  reassess_at_province: async (_tx, _args, built) => {
    built.columns.councilId = null;
    built.columns.centralCouncilId = null;
  },
  withdraw: null,
};

export async function buildContext(tx: Db, args: BuildArgs): Promise<Built> {
  const { body, on } = args;
  const ctx: TransitionContext = { on, calendar: loadCalendar(), ...(body.reason ? { reason: body.reason } : {}) };
  const built: Built = { ctx, columns: {}, after: [], decisionRow: null };
  await CONTEXT[args.action]?.(tx, args, built);
  return built;
}

async function reportReference(tx: Db, row: DossierRow): Promise<{ reference: string } | undefined> {
  const r = await latestAdvisoryReport(tx, row.id);
  return r ? { reference: r.reference ?? r.id } : undefined;
}

/** The central council's result (Art. 7.4.d): every member's card in, aggregated, classified at the central level. */
async function centralResult(tx: Db, row: DossierRow, built: Built, on: IsoDate): Promise<void> {
  const council = await councilOf(tx, row, 'central');
  const s = await sessionOf(tx, council, row);
  if (!s.aggregate) {
    throw conflict(
      'scores_incomplete',
      `Còn ${s.memberIds.length - s.submitted.length} thành viên Hội đồng cấp trung ương chưa nộp phiếu chấm.`,
      `${s.memberIds.length - s.submitted.length} central council member(s) have not submitted a scorecard.`,
    );
  }
  const agg = s.aggregate;
  const outcome = outcomeOf(row, agg, 'central', on, s.policy);
  built.ctx.outcome = outcome;
  built.columns.finalPoints = agg.mean;
  built.columns.finalStar = agg.star;
  built.after.push(async (t) =>
    upsertOutcome(t, {
      councilId: council.id,
      dossierId: row.id,
      provinceCode: row.provinceCode,
      aggregate: aggregateRecord(agg),
      mean: agg.mean,
      star: agg.star,
      spreadFlag: agg.spreadFlag,
      outcome: outcome.kind,
    }),
  );
}

/** What council_outcomes keeps of an aggregate: the numbers the result rests on, not the quick wins. */
function aggregateRecord(
  agg: NonNullable<Awaited<ReturnType<typeof sessionOf>>['aggregate']>,
  flagAcceptedReason?: string,
) {
  return {
    mean: agg.mean,
    parts: agg.parts,
    band: agg.band,
    star: agg.star,
    disqualified: agg.disqualified,
    disqualifiedReasons: agg.disqualifiedReasons,
    spreadFlag: agg.spreadFlag,
    spreadThreshold: agg.spreadThreshold,
    outcome: agg.outcome,
    knockouts: agg.knockouts,
    marksWaived: agg.marksWaived,
    policy: agg.policy,
    members: agg.members,
    consensus: agg.consensus,
    blocking: agg.blocking.map((b) => ({
      criterion: b.criterion,
      star: b.star,
      requiredPoints: b.requiredPoints,
      actualPoints: b.actualPoints,
    })),
    ...(flagAcceptedReason ? { flagAcceptedReason } : {}),
  };
}
