// A result of evaluation and ranking decided before OCOP Hub (ghi nhận kết quả đánh giá, phân hạng trước đây),
// checked against the rule set it was decided under — never against Decision 26/2026:
//   - the rule set is the one in force on the filing day (1048/2019 + 781/2020, 148/2023 + 1489/2025);
//   - the star matches the points band of that rule set (its bandsArticle);
//   - the deciding level is the one that recognised that star on the decision day (rule-set-for-dossier.ts);
//   - a dossier filed from 22/5/2026 follows Decision 26/2026 in OCOP Hub itself (Art. 11.1), so it is not recorded
//     here; one filed before and decided from that day is transitional and must be decided within the deadline of
//     Art. 12.2 (60 days first/upgrade, 30 days re-evaluation);
//   - a certificate (3★–5★) is valid for the rule set's certificateValidityMonths (36) from the decision day.
// The 148 and 1048 texts are not in the reference folder: their levels and bands are cited from rule-sets.json
// (the rule set's name, and the article where the data gives one).
import type { FieldIssue, Message } from '../../../platform/errors.ts';
import {
  addMonths,
  formatDateVi,
  toEpochDay,
  type Calendar,
  type IsoDate,
  loadRuleSets,
  ruleSetInForce,
  type RuleSet,
} from '../../reference/index.ts';
import { DEADLINES_26_2026 } from './deadline-rules.ts';
import type { DossierKind } from './deadline-transition.ts';
import { transitionForPendingDossier } from './deadline-transition.ts';
import type { DossierState } from './dossier-lifecycle-model.ts';
import { validateDecisionNumber } from './numbers.ts';
import {
  certifyingLevel,
  firstEvaluatingLevel,
  levelsFor,
  rulesForDossier,
  type LevelCode,
  type Procedure,
} from './rule-set-for-dossier.ts';

export const HISTORICAL_LEVELS = ['district', 'province', 'central'] as const;
export type HistoricalLevel = (typeof HISTORICAL_LEVELS)[number];

export interface HistoricalResultInput {
  kind: DossierKind;
  /** null: unknown (a province's own register rarely says); the rule set then follows the decision day. */
  filedOn: IsoDate | null;
  decidedOn: IsoDate;
  level: HistoricalLevel;
  /** null: unknown (registers list the star, often not the points); the star is then taken as recorded. */
  points: number | null;
  star: number;
  decisionNumber?: string | null;
  certificateNumber?: string | null;
}

export interface HistoricalPlan {
  ruleSet: string;
  procedure: Procedure;
  /** Art. 12.2: filed before 22/5/2026, decided from that day. */
  transitional: boolean;
  star: 1 | 2 | 3 | 4 | 5;
  /** The terminal state the dossier is recorded in. */
  state: Extract<DossierState, 'result_notice' | 'province_certified' | 'ministry_certified'>;
  decisionNumber: string | null;
  certificateNumber: string | null;
  /** The certificate's last valid day (3★–5★), null otherwise. */
  expiresOn: IsoDate | null;
  message: Message;
}

export type HistoricalCheck = { ok: true; plan: HistoricalPlan } | { ok: false; issues: FieldIssue[] };

const v = formatDateVi;
const LEVEL_LABELS: Record<LevelCode, Message> = {
  commune: { vi: 'UBND cấp xã', en: 'the commune' },
  district: { vi: 'UBND cấp huyện', en: 'the district' },
  province: { vi: 'UBND cấp tỉnh', en: 'the province' },
  central: { vi: 'Trung ương (Bộ)', en: 'the Ministry' },
};
export const historicalLevelLabel = (l: LevelCode): Message => LEVEL_LABELS[l];

/** "Điều 3" of a rule set → "Điều 3 Quyết định 148/QĐ-TTg" / "Art. 3 of Decision 148/QĐ-TTg". */
function cite(ruleSet: RuleSet, article: string | null, amended = false): Message {
  const name = ruleSet.name.replace(/^Quyết định\s*/, '');
  const amendment = amended ? ruleSet.amendedBy.map((a) => a.code).join(', ') : '';
  const vi = `${article ? `${article} ` : 'quy trình của '}Quyết định ${name}${amendment ? ` (sửa đổi bởi ${amendment})` : ''}`;
  const en = `${article ? `${article.replace(/^Điều\s*/, 'Art. ')} of ` : 'the procedure of '}Decision ${name}${amendment ? ` as amended by ${amendment}` : ''}`;
  return { vi, en };
}

const isDate = (d: string): boolean => {
  try {
    toEpochDay(d);
    return true;
  } catch {
    return false;
  }
};

/** The star a total earns under a rule set's bands (e.g. Điều 3 of 148/QĐ-TTg: 50 → 3★, 70 → 4★, 90 → 5★). */
export function starForPoints(ruleSet: RuleSet, points: number): 1 | 2 | 3 | 4 | 5 {
  let star: 1 | 2 | 3 | 4 | 5 = 1;
  for (const b of ruleSet.bands) if (points >= b.minPoints && b.star > star) star = b.star;
  return star;
}

const tidy = (s: string | null | undefined): string =>
  (s ?? '')
    .normalize('NFC')
    .trim()
    .replace(/\s*([/-])\s*/g, '$1')
    .replace(/\s+/g, ' ');

/**
 * Checks one historical record on `today`. Every refusal names its field and cites the article of the rule set the
 * record was decided under (or Art. 11/12 of 26/2026 for the dates). All issues are reported at once.
 */
export function checkHistoricalResult(
  input: HistoricalResultInput,
  today: IsoDate,
  opts: {
    calendar?: Calendar;
    ruleSets?: readonly RuleSet[];
    /** The onboarding import: a missing decision or certificate number is recorded as unknown, not refused. */
    numbersMayBeUnknown?: boolean;
  } = {},
): HistoricalCheck {
  const issues: FieldIssue[] = [];
  const add = (field: string, code: string, message: Message) => issues.push({ field, code, message });
  const inForce = DEADLINES_26_2026.inForceFrom;
  const sets = opts.ruleSets ?? loadRuleSets();

  if (input.filedOn !== null && !isDate(input.filedOn))
    add('filedOn', 'invalid', {
      vi: 'Ngày nộp hồ sơ không hợp lệ (YYYY-MM-DD).',
      en: 'The filing date is not a valid date (YYYY-MM-DD).',
    });
  if (!isDate(input.decidedOn))
    add('decidedOn', 'invalid', {
      vi: 'Ngày quyết định không hợp lệ (YYYY-MM-DD).',
      en: 'The decision date is not a valid date (YYYY-MM-DD).',
    });
  if (input.points !== null && (!Number.isFinite(input.points) || input.points < 0 || input.points > 100)) {
    add('points', 'out_of_range', { vi: 'Số điểm phải từ 0 đến 100.', en: 'Points must be between 0 and 100.' });
  }
  if (!Number.isInteger(input.star) || input.star < 1 || input.star > 5)
    add('star', 'out_of_range', { vi: 'Hạng sao phải từ 1 đến 5.', en: 'The star must be 1 to 5.' });
  if (issues.some((i) => i.field === 'filedOn' || i.field === 'decidedOn')) return { ok: false, issues };
  if (input.filedOn === null && input.decidedOn >= inForce) {
    // Art. 12.2 of 26/2026 turns on the filing day for a result decided from 22/5/2026: it cannot be left unknown.
    add('filedOn', 'required', {
      vi: `Kết quả quyết định từ ngày ${v(inForce)} cần ngày nộp hồ sơ (khoản 2 Điều 12 Quyết định 26/2026/QĐ-TTg).`,
      en: `A result decided from ${inForce} needs its filing date (Art. 12.2 of Decision 26/2026/QĐ-TTg).`,
    });
    return { ok: false, issues };
  }
  // Unknown filing day: the rule set in force on the decision day governs (READINGS: onboarding import).
  const filedOn = input.filedOn ?? input.decidedOn;

  // Art. 11.1 of 26/2026: from 22/5/2026 a dossier follows the new procedure, run in OCOP Hub itself.
  if (filedOn >= inForce) {
    add('filedOn', 'current_rules', {
      vi: `Hồ sơ nộp từ ngày ${v(inForce)} thực hiện theo Quyết định 26/2026/QĐ-TTg (khoản 1 Điều 11) trên OCOP Hub, không ghi nhận như kết quả trước đây.`,
      en: `A dossier filed from ${inForce} follows Decision 26/2026/QĐ-TTg (Art. 11.1) in OCOP Hub; it is not a historical record.`,
    });
  }
  const earliest = ruleSetInForce(filedOn, sets);
  if (!earliest) {
    const first = [...sets].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))[0];
    add('filedOn', 'no_rule_set', {
      vi: `Ngày nộp ${v(filedOn)} trước khi có Bộ tiêu chí OCOP (${first ? `${first.name}, hiệu lực ${v(first.effectiveFrom)}` : ''}).`,
      en: `The filing date ${filedOn} is before any OCOP rule set (${first ? `${first.name}, in force from ${first.effectiveFrom}` : ''}).`,
    });
  }
  if (input.decidedOn < filedOn) {
    add('decidedOn', 'before_filing', {
      vi: `Ngày quyết định ${v(input.decidedOn)} trước ngày nộp hồ sơ ${v(filedOn)}.`,
      en: `The decision date ${input.decidedOn} is before the filing date ${filedOn}.`,
    });
  }
  if (input.decidedOn > today)
    add('decidedOn', 'in_future', {
      vi: `Ngày quyết định ${v(input.decidedOn)} ở tương lai.`,
      en: `The decision date ${input.decidedOn} is in the future.`,
    });
  if (issues.length || !earliest) return { ok: false, issues };

  // Art. 12.2 of 26/2026: filed before, decided from 22/5/2026 → the earlier rules, within 60 / 30 days.
  let transitional = false;
  if (input.decidedOn >= inForce) {
    const t = transitionForPendingDossier(filedOn, input.kind, opts.calendar);
    if (t.transitional) {
      transitional = true;
      if (input.decidedOn > t.dueOn) {
        const cite = t.article.replace('Art. 12.2.', '');
        add('decidedOn', 'transition_deadline', {
          vi: `Hồ sơ nộp trước ngày ${v(inForce)} phải được đánh giá, phân hạng xong chậm nhất ngày ${v(t.dueOn)} (điểm ${cite} khoản 2 Điều 12 Quyết định 26/2026/QĐ-TTg); ngày quyết định ${v(input.decidedOn)} quá hạn.`,
          en: `A dossier filed before ${inForce} had to be decided by ${t.dueOn} (${t.article} of Decision 26/2026/QĐ-TTg); ${input.decidedOn} is past that.`,
        });
        return { ok: false, issues };
      }
    }
  }
  const rules = rulesForDossier(
    { kind: input.kind, submittedOn: filedOn },
    { pendingOn: input.decidedOn, calendar: opts.calendar, ruleSets: sets },
  );
  const ruleSet = rules.ruleSet;
  const amended =
    rules.procedure === 'qd148-1489' ||
    (ruleSet.code === '1048-2019' && ruleSet.amendedBy.some((a) => a.effectiveFrom <= filedOn));

  // Unknown points: the star stands as recorded (it was checked 1–5 above); known points must match its band.
  const band = input.points === null ? (input.star as 1 | 2 | 3 | 4 | 5) : starForPoints(ruleSet, input.points);
  if (Number.isInteger(input.star) && input.star >= 1 && input.star <= 5 && band !== input.star) {
    const c = cite(ruleSet, ruleSet.bandsArticle);
    add('star', 'band_mismatch', {
      vi: `${input.points} điểm ứng với hạng ${band} sao, không phải ${input.star} sao (${c.vi}).`,
      en: `${input.points} points earn ${band}★, not ${input.star}★ (${c.en}).`,
    });
  }
  const star = band;
  const expected: LevelCode | null =
    star >= 3 ? certifyingLevel(ruleSet, input.decidedOn, star) : firstEvaluatingLevel(ruleSet, input.decidedOn);
  if (expected && input.level !== expected) {
    const entry = levelsFor(ruleSet, input.decidedOn).find((l) => l.level === expected);
    const c = cite(ruleSet, entry?.article ?? null, amended);
    const what =
      star >= 3
        ? { vi: `công nhận sản phẩm ${star} sao`, en: `recognised ${star}★ products` }
        : { vi: `đánh giá, thông báo kết quả ${star} sao`, en: `evaluated and notified ${star}★ results` };
    add('level', 'wrong_level', {
      vi: `Ngày ${v(input.decidedOn)}, ${LEVEL_LABELS[expected].vi} ${what.vi}, không phải ${LEVEL_LABELS[input.level].vi} (${c.vi}).`,
      en: `On ${input.decidedOn}, ${LEVEL_LABELS[expected].en} ${what.en}, not ${LEVEL_LABELS[input.level].en} (${c.en}).`,
    });
  }

  const decision = tidy(input.decisionNumber);
  let decisionNumber: string | null = null;
  if (decision) {
    const parsed = validateDecisionNumber(decision);
    if (parsed.ok) decisionNumber = parsed.normalized;
    else add('decisionNumber', 'invalid', parsed.message);
  } else if (star >= 3 && !opts.numbersMayBeUnknown) {
    add('decisionNumber', 'required', {
      vi: 'Cần số quyết định công nhận sản phẩm từ 3 sao.',
      en: 'A 3★–5★ result needs the number of its recognition decision.',
    });
  }

  const certificate = tidy(input.certificateNumber);
  let certificateNumber: string | null = null;
  if (star <= 2 && certificate) {
    add('certificateNumber', 'not_certified', {
      vi: `Sản phẩm ${star} sao không được cấp giấy chứng nhận (${cite(ruleSet, ruleSet.bandsArticle).vi}: chỉ công nhận từ 3 sao).`,
      en: `A ${star}★ product gets no certificate (${cite(ruleSet, ruleSet.bandsArticle).en}: only 3★ and above are recognised).`,
    });
  } else if (star >= 3) {
    if (!certificate) {
      if (!opts.numbersMayBeUnknown)
        add('certificateNumber', 'required', {
          vi: 'Cần số giấy chứng nhận của sản phẩm từ 3 sao.',
          en: 'A 3★–5★ result needs its certificate number.',
        });
    } else if (certificate.length > 60 || !/\d/.test(certificate)) {
      add('certificateNumber', 'invalid', {
        vi: `Số giấy chứng nhận "${certificate}" không hợp lệ (có chữ số, tối đa 60 ký tự).`,
        en: `Certificate number "${certificate}" is not valid (digits, at most 60 characters).`,
      });
    } else certificateNumber = certificate;
  }
  if (issues.length) return { ok: false, issues };

  const expiresOn = star >= 3 ? addMonths(input.decidedOn, ruleSet.certificateValidityMonths) : null;
  const state = star <= 2 ? 'result_notice' : star === 5 ? 'ministry_certified' : 'province_certified';
  const c = cite(ruleSet, null, amended);
  return {
    ok: true,
    plan: {
      ruleSet: ruleSet.code,
      procedure: rules.procedure,
      transitional,
      star,
      state,
      decisionNumber,
      certificateNumber,
      expiresOn,
      message: {
        vi: `Kết quả ${star} sao do ${LEVEL_LABELS[input.level].vi} quyết định ngày ${v(input.decidedOn)} theo ${c.vi}${transitional ? ' (chuyển tiếp, khoản 2 Điều 12 Quyết định 26/2026/QĐ-TTg)' : ''}${expiresOn ? `; giấy chứng nhận có giá trị ${ruleSet.certificateValidityMonths} tháng, đến hết ngày ${v(expiresOn)}` : '; không cấp giấy chứng nhận'}.`,
        en: `${star}★ decided by ${LEVEL_LABELS[input.level].en} on ${input.decidedOn} under ${c.en}${transitional ? ' (transitional, Art. 12.2 of Decision 26/2026/QĐ-TTg)' : ''}${expiresOn ? `; the certificate is valid for ${ruleSet.certificateValidityMonths} months, through ${expiresOn}` : '; no certificate'}.`,
      },
    },
  };
}
