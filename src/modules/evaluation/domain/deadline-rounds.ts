// Art. 5 of Decision 26/2026: the statutory evaluation rounds. "trước ngày 30 tháng 4" is read strictly: a dossier
// forwarded ON 30 April misses round 1; a round "trước ngày 30 tháng 6" must be finished by 29 June at the latest.
// Art. 5.1/5.2 set at least two rounds; extra rounds in the council's rules and plan may come sooner — this gives the
// latest statutory round a dossier is entitled to.
//
// Province (Art. 5.1), calendar year Y:  forwarded 1/1–29/4 → round 1, before 30/6/Y;
//                                        30/4–29/10 → round 2, before 30/12/Y;  30/10–31/12 → round 1 of Y+1.
// Ministry (Art. 5.2), cycle Y:          proposed 30/1–29/7 of Y → round 1, before 30/9/Y;
//                                        30/7 of Y – 29/1 of Y+1 → round 2, before 30/3/Y+1.
// The two levels chain: province round 1 ends by 29/6 → proposal before 30/7 → Ministry round 1; province round 2
// ends by 29/12 → proposal before 30/1 → Ministry round 2 in the first quarter of the next year.
import type { Message } from '../../../platform/errors.ts';
import { addDays, formatDateVi, toEpochDay, yearOf, type IsoDate } from '../../reference/index.ts';
import { DEADLINES_26_2026, citeEn, citeVi, type DeadlineRules, type RoundRule } from './deadline-rules.ts';

export interface RoundAssignment {
  level: 'province' | 'ministry';
  /** The programme year the round belongs to; Ministry round 2 of year Y ends in March of Y+1. */
  year: number;
  round: number;
  /** The cut-off that applied: submissions strictly before this date. */
  submittedBefore: IsoDate;
  /** Exclusive: the round must be finished before this date … */
  mustFinishBefore: IsoDate;
  /** … i.e. on this day at the latest. */
  lastDay: IsoDate;
  article: string;
  message: Message;
}

/** The first cut-off strictly after `date`, looking in date's year and then the next. */
function nextRound(date: IsoDate, rounds: readonly RoundRule[]): { rule: RoundRule; year: number } {
  const sorted = [...rounds].sort((a, b) => a.submittedBefore.localeCompare(b.submittedBefore));
  for (const year of [yearOf(date), yearOf(date) + 1]) {
    for (const rule of sorted) if (date < `${year}-${rule.submittedBefore}`) return { rule, year };
  }
  throw new Error('no evaluation round defined');
}

function assign(
  level: RoundAssignment['level'],
  date: IsoDate,
  rounds: readonly RoundRule[],
  article: string,
  rules: DeadlineRules,
): RoundAssignment {
  toEpochDay(date); // validates
  const { rule, year } = nextRound(date, rounds);
  const submittedBefore = `${year}-${rule.submittedBefore}`;
  const mustFinishBefore = `${year}-${rule.finishBefore}`;
  const lastDay = addDays(mustFinishBefore, -1);
  const cycle = year + rule.cycleYearOffset;
  const v = formatDateVi;
  const [whoVi, whoEn, actEn] =
    level === 'province' ? ['UBND cấp xã', 'commune', 'forwarded'] : ['UBND cấp tỉnh', 'province', 'proposed'];
  const atVi = level === 'province' ? 'cấp tỉnh' : 'cấp trung ương';
  const atEn = level === 'province' ? 'provincial' : 'national';
  return {
    level,
    year: cycle,
    round: rule.round,
    submittedBefore,
    mustFinishBefore,
    lastDay,
    article,
    message: {
      vi: `Hồ sơ được ${whoVi} đề nghị ngày ${v(date)} (trước ngày ${v(submittedBefore)}) thuộc đợt ${String(rule.round).padStart(2, '0')} năm ${cycle} đánh giá, phân hạng ${atVi}: hoàn thành trước ngày ${v(mustFinishBefore)}, tức chậm nhất ngày ${v(lastDay)} (${citeVi(article, rules)}).`,
      en: `A dossier ${actEn} by the ${whoEn} on ${date} (before ${submittedBefore}) belongs to ${atEn} round ${rule.round} of ${cycle}: to be finished before ${mustFinishBefore}, i.e. by ${lastDay} (${citeEn(article, rules)}).`,
    },
  };
}

/** Art. 5.1: the provincial round for a dossier the commune forwarded on `forwardedOn`. */
export function provinceRoundFor(forwardedOn: IsoDate, rules: DeadlineRules = DEADLINES_26_2026): RoundAssignment {
  return assign('province', forwardedOn, rules.provinceRounds.rounds, rules.provinceRounds.article, rules);
}

/** Art. 5.2: the national round for a dossier the province proposed on `proposedOn`. */
export function ministryRoundFor(proposedOn: IsoDate, rules: DeadlineRules = DEADLINES_26_2026): RoundAssignment {
  return assign('ministry', proposedOn, rules.ministryRounds.rounds, rules.ministryRounds.article, rules);
}
