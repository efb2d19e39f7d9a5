// Evaluation rounds (đợt đánh giá, phân hạng), Art. 5 of Decision 26/2026/QĐ-TTg. At least two statutory rounds a
// year per level (5.1 province, 5.2 Ministry, dates in deadline-rules.ts); more only when the council's rules
// (Quyết định ban hành Quy chế hoạt động của Hội đồng) provide for them and an evaluation plan exists (5.1 ¶2, 5.2 ¶2).
//
// A round takes the dossiers forwarded (province: by the commune) or proposed (Ministry: by the province) strictly
// before its cut-off, and must be finished by its last day. Art. 5 cut-offs are read strictly, as in deadline-rounds.ts.
import type { Message } from '../../../platform/errors.ts';
import { addDays, formatDateVi, toEpochDay, type IsoDate } from '../../reference/index.ts';
import { DEADLINES_26_2026, type RoundRule } from './deadline-rules.ts';
import { ministryRoundFor, provinceRoundFor } from './deadline-rounds.ts';
import { articleVi } from '../../reference/index.ts';

const v = formatDateVi;

export type RoundLevel = 'province' | 'central';

export interface EvaluationRound {
  id: string;
  level: RoundLevel;
  /** Province rounds belong to one province; null for the Ministry's. */
  provinceCode: string | null;
  /** Programme year (Ministry round 2 of year Y ends in March of Y+1). */
  year: number;
  number: number;
  /** Dossiers forwarded/proposed strictly before this day. */
  cutoff: IsoDate;
  /** The last day to finish (inclusive). */
  finishBy: IsoDate;
  /** An extra round (Art. 5.1 ¶2 / 5.2 ¶2): the decision issuing the council's rules that provides for it, and the plan. */
  extra?: { councilRulesDecision: string; planReference: string } | null;
  /** Closed by the office once every dossier in it was decided (closeRound): it takes no more dossiers. */
  closed?: boolean;
}

export type RoundCheck = { ok: true; warnings: Message[] } | { ok: false; code: RoundRefusal; message: Message };

export type RoundRefusal =
  | 'wrong_level'
  | 'wrong_province'
  | 'not_forwarded'
  | 'after_cutoff'
  | 'round_finished'
  | 'extra_round_undeclared'
  | 'round_closed';

const articleOf = (level: RoundLevel) => (level === 'province' ? 'Art. 5.1' : 'Art. 5.2');
const ruleOf = (level: RoundLevel) =>
  level === 'province' ? DEADLINES_26_2026.provinceRounds : DEADLINES_26_2026.ministryRounds;

/** The statutory rounds of a programme year at a level, as Art. 5 fixes them (cut-off and last day). */
export function statutoryRounds(
  level: RoundLevel,
  year: number,
): { number: number; cutoff: IsoDate; finishBy: IsoDate }[] {
  return ruleOf(level)
    .rounds.map((r: RoundRule) => {
      const calendarYear = year - r.cycleYearOffset;
      return {
        number: r.round,
        cutoff: `${calendarYear}-${r.submittedBefore}`,
        finishBy: addDays(`${calendarYear}-${r.finishBefore}`, -1),
      };
    })
    .sort((a, b) => a.number - b.number);
}

const isStatutoryNumber = (level: RoundLevel, n: number) => ruleOf(level).rounds.some((r) => r.round === n);

/** Issues of a round as planned by the office: dates, statutory limits, the basis of an extra round. */
export function validateRound(r: EvaluationRound): { field: string; code: string; message: Message }[] {
  const issues: { field: string; code: string; message: Message }[] = [];
  const add = (field: string, code: string, vi: string, en: string) =>
    issues.push({ field, code, message: { vi, en } });
  try {
    toEpochDay(r.cutoff);
    toEpochDay(r.finishBy);
  } catch {
    add('cutoff', 'invalid_date', 'Ngày không hợp lệ (YYYY-MM-DD).', 'Invalid date (YYYY-MM-DD).');
    return issues;
  }
  if (!Number.isInteger(r.number) || r.number < 1)
    add('number', 'invalid', 'Số đợt phải là số nguyên dương.', 'The round number must be a positive integer.');
  if (r.level === 'province' && !r.provinceCode)
    add('provinceCode', 'required', 'Đợt cấp tỉnh phải thuộc một tỉnh.', 'A provincial round belongs to a province.');
  if (r.level === 'central' && r.provinceCode)
    add(
      'provinceCode',
      'invalid',
      'Đợt cấp trung ương không thuộc tỉnh nào.',
      'A national round belongs to no province.',
    );
  if (r.finishBy < r.cutoff)
    add(
      'finishBy',
      'before_cutoff',
      'Hạn hoàn thành không được trước ngày chốt hồ sơ.',
      'The round cannot finish before its cut-off.',
    );
  const art = articleOf(r.level);
  if (r.extra) {
    if (!r.extra.councilRulesDecision.trim())
      add(
        'extra.councilRulesDecision',
        'required',
        `Đợt bổ sung phải được quy định trong Quyết định ban hành Quy chế hoạt động của Hội đồng (${articleVi(art)}).`,
        `An extra round must be provided for in the decision issuing the council's rules (${art}).`,
      );
    if (!r.extra.planReference.trim())
      add(
        'extra.planReference',
        'required',
        `Đợt bổ sung phải có kế hoạch đánh giá, phân hạng (${articleVi(art)}).`,
        `An extra round needs an evaluation plan (${art}).`,
      );
    return issues;
  }
  const statutory = statutoryRounds(r.level, r.year).find((s) => s.number === r.number);
  if (!statutory) {
    add(
      'extra',
      'required',
      `Đợt ${r.number} không phải đợt theo ${articleVi(art)}: cần căn cứ Quy chế hoạt động của Hội đồng và kế hoạch.`,
      `Round ${r.number} is not an ${art} round: give the council's rules and plan that provide for it.`,
    );
    return issues;
  }
  // Entitled dossiers (before the statutory cut-off) must fit in: a later cut-off is generous, an earlier one is not.
  if (r.cutoff < statutory.cutoff)
    add(
      'cutoff',
      'too_early',
      `Đợt ${r.number} phải nhận các hồ sơ đề nghị trước ngày ${v(statutory.cutoff)} (${articleVi(art)}).`,
      `Round ${r.number} must take dossiers submitted before ${statutory.cutoff} (${art}).`,
    );
  if (r.finishBy > statutory.finishBy)
    add(
      'finishBy',
      'too_late',
      `Đợt ${r.number} phải hoàn thành chậm nhất ngày ${v(statutory.finishBy)} (${articleVi(art)}).`,
      `Round ${r.number} must finish by ${statutory.finishBy} (${art}).`,
    );
  return issues;
}

/**
 * May a dossier forwarded (province) or proposed (central) on `submittedOn` be put in `round` on `today`? Refused:
 * other level or province, not yet forwarded, submitted on/after the cut-off, round already over, extra round without
 * its basis. Warned: a later round than the statutory one the dossier is entitled to (Art. 5).
 */
export function checkRoundAssignment(
  dossier: { level: RoundLevel; provinceCode: string | null; submittedOn: IsoDate | null },
  round: EvaluationRound,
  today: IsoDate,
): RoundCheck {
  const art = articleOf(round.level);
  const no = (code: RoundRefusal, vi: string, en: string): RoundCheck => ({ ok: false, code, message: { vi, en } });
  if (dossier.level !== round.level)
    return no('wrong_level', 'Đợt đánh giá không cùng cấp với hồ sơ.', "The round is not at the dossier's level.");
  if (round.level === 'province' && dossier.provinceCode !== round.provinceCode)
    return no('wrong_province', 'Đợt đánh giá thuộc tỉnh khác.', 'The round belongs to another province.');
  if (round.closed)
    return no(
      'round_closed',
      `Đợt ${round.number}/${round.year} đã đóng: không nhận thêm hồ sơ.`,
      `Round ${round.number}/${round.year} is closed: it takes no more dossiers.`,
    );
  if (!dossier.submittedOn)
    return no('not_forwarded', 'Hồ sơ chưa được đề nghị đánh giá.', 'The dossier has not been forwarded yet.');
  if (
    round.extra !== undefined &&
    round.extra !== null &&
    (!round.extra.councilRulesDecision.trim() || !round.extra.planReference.trim())
  ) {
    return no(
      'extra_round_undeclared',
      `Đợt bổ sung chưa có căn cứ Quy chế hoạt động của Hội đồng và kế hoạch (${articleVi(art)}).`,
      `The extra round lacks the council's rules and plan providing for it (${art}).`,
    );
  }
  if (!round.extra && !isStatutoryNumber(round.level, round.number)) {
    return no(
      'extra_round_undeclared',
      `Đợt ${round.number} không phải đợt theo ${articleVi(art)} và chưa có căn cứ tổ chức thêm.`,
      `Round ${round.number} is not an ${art} round and has no basis as an extra round.`,
    );
  }
  if (dossier.submittedOn >= round.cutoff) {
    return no(
      'after_cutoff',
      `Hồ sơ đề nghị ngày ${v(dossier.submittedOn)}, không trước ngày chốt ${v(round.cutoff)} của đợt ${round.number}/${round.year} (${articleVi(art)}).`,
      `Dossier submitted on ${dossier.submittedOn}, not before the cut-off ${round.cutoff} of round ${round.number}/${round.year} (${art}).`,
    );
  }
  if (today > round.finishBy)
    return no(
      'round_finished',
      `Đợt ${round.number}/${round.year} đã kết thúc ngày ${v(round.finishBy)}.`,
      `Round ${round.number}/${round.year} ended on ${round.finishBy}.`,
    );
  const entitled =
    round.level === 'province' ? provinceRoundFor(dossier.submittedOn) : ministryRoundFor(dossier.submittedOn);
  const warnings: Message[] = [];
  if (round.finishBy > entitled.lastDay) {
    warnings.push({
      vi: `Hồ sơ thuộc đợt ${entitled.round} năm ${entitled.year}, phải hoàn thành chậm nhất ngày ${v(entitled.lastDay)}; đợt này kết thúc ngày ${v(round.finishBy)} (${articleVi(art)}).`,
      en: `The dossier belongs to round ${entitled.round} of ${entitled.year}, due by ${entitled.lastDay}; this round ends on ${round.finishBy} (${art}).`,
    });
  }
  return { ok: true, warnings };
}

/** The rounds a dossier may be assigned to on `today`, soonest first. */
export function eligibleRounds(
  dossier: { level: RoundLevel; provinceCode: string | null; submittedOn: IsoDate | null },
  rounds: readonly EvaluationRound[],
  today: IsoDate,
): EvaluationRound[] {
  return rounds
    .filter((r) => checkRoundAssignment(dossier, r, today).ok)
    .sort((a, b) => a.finishBy.localeCompare(b.finishBy) || a.cutoff.localeCompare(b.cutoff));
}

export function roundLabel(r: Pick<EvaluationRound, 'level' | 'number' | 'year' | 'extra'>): Message {
  const extra = r.extra ? { vi: ' (bổ sung)', en: ' (extra)' } : { vi: '', en: '' };
  return r.level === 'province'
    ? {
        vi: `Đợt ${String(r.number).padStart(2, '0')} năm ${r.year} cấp tỉnh${extra.vi}`,
        en: `Provincial round ${r.number} of ${r.year}${extra.en}`,
      }
    : {
        vi: `Đợt ${String(r.number).padStart(2, '0')} năm ${r.year} cấp trung ương${extra.vi}`,
        en: `National round ${r.number} of ${r.year}${extra.en}`,
      };
}

// ---- closing a round ----

/**
 * Where a dossier stands once its round's work is done: a result notice, the province's certificate, a refusal, a
 * withdrawal (Art. 4.1.a, 7.3.e, 7.3.g) — or, for a provincial round, the result approved and proposed to the Ministry
 * (7.3.e ¶2: it then belongs to a national round). A national round is done once the Ministry decided (7.4.e, 7.4.g).
 */
export const ROUND_SETTLED_STATES: Record<RoundLevel, readonly string[]> = {
  province: [
    'result_notice',
    'province_certified',
    'rejected',
    'withdrawn',
    'sent_to_ministry',
    'ministry_received',
    'ministry_council',
    'ministry_not_5_star',
    'ministry_certified',
  ],
  central: [
    'ministry_certified',
    'ministry_not_5_star',
    'rejected',
    'withdrawn',
    'province_certified',
    'result_notice',
  ],
};

export interface RoundDossier {
  id: string;
  state: string;
  label: string;
}

export type RoundCloseCheck =
  { ok: true } | { ok: false; code: 'round_closed' | 'dossiers_open'; message: Message; open: RoundDossier[] };

/** May the office close the round? Only once every dossier put before it has reached a decision (or left it). */
export function checkRoundClose(
  round: Pick<EvaluationRound, 'level' | 'number' | 'year' | 'closed'>,
  dossiers: readonly RoundDossier[],
): RoundCloseCheck {
  if (round.closed) {
    return {
      ok: false,
      code: 'round_closed',
      open: [],
      message: {
        vi: `Đợt ${round.number}/${round.year} đã đóng.`,
        en: `Round ${round.number}/${round.year} is already closed.`,
      },
    };
  }
  const open = dossiers.filter((d) => !ROUND_SETTLED_STATES[round.level].includes(d.state));
  if (!open.length) return { ok: true };
  const names = open.map((d) => d.label).join('; ');
  return {
    ok: false,
    code: 'dossiers_open',
    open,
    message: {
      vi: `Chưa thể đóng đợt ${round.number}/${round.year}: còn ${open.length} hồ sơ chưa có kết quả (${names}).`,
      en: `Round ${round.number}/${round.year} cannot be closed: ${open.length} dossier(s) have no result yet (${names}).`,
    },
  };
}
