// Which rule set and procedure govern a dossier, and which administrative level does what under it — so records of
// 2019–2026 stay faithful to the rules they were made under. The levels are data (resources/rule-sets.json);
// this file interprets them:
//   1048-2019 (+781/2020): district evaluates and forwards ≥ 50 to the province; province certifies 3★/4★; ≥ 90 → centre.
//   148-2023:              district certifies 3★ and forwards ≥ 70 to the province (4★); ≥ 90 → centre (5★).
//   148-2023 from 6/7/2025 (1489/QĐ-TTg): no districts; the commune receives and pre-assesses; the province
//                          certifies 3★/4★; centre 5★.
//   26-2026 from 22/5/2026: commune receives and assesses (Art. 7.2); province 3★/4★ (Art. 4.1.a); Ministry 5★ (4.1.b).
// Art. 12.2: a dossier filed before 22/5/2026 and not yet evaluated finishes under the earlier rules, within 60 days
// (first, upgrade) or 30 days (re-evaluation) of that day (deadline-transition.ts).
import type { Message } from '../../../platform/errors.ts';
import {
  type Calendar,
  type IsoDate,
  loadRuleSets,
  getRuleSet,
  ruleSetInForce,
  type RuleSet,
  type RuleSetLevel,
} from '../../reference/index.ts';
import { transitionForPendingDossier, type DossierKind } from './deadline-transition.ts';

export type LevelCode = RuleSetLevel['level'];
export type Procedure = 'qd1048' | 'qd148' | 'qd148-1489' | 'qd26';

/** A level as it applies on one date: dated entries filtered, star lists resolved. */
export interface EffectiveLevel {
  level: LevelCode;
  name: string;
  role: string;
  certifiesStars: number[];
  /** Dossiers scoring at least this many points go on to the next level. */
  forwardsAtPoints: number | null;
  article: string | null;
}

/**
 * rule-sets.json may carry a dated override of a level's star list as `certifiesStarsFromYYYYMMDD` (148-2023's
 * province: [4], then [3, 4] from the 1489 amendment of 6/7/2025). Returns the list in force on `date`.
 */
function starsOn(level: RuleSetLevel, date: IsoDate): number[] {
  let stars = level.certifiesStars ?? [];
  let since = '';
  for (const [key, value] of Object.entries(level)) {
    const m = /^certifiesStarsFrom(\d{4})(\d{2})(\d{2})$/.exec(key);
    if (!m || !Array.isArray(value)) continue;
    const from = `${m[1]}-${m[2]}-${m[3]}`;
    if (from <= date && from > since) [stars, since] = [value as number[], from];
  }
  return stars;
}

/** The levels of `ruleSet` acting on `date`, lowest first (commune/district → province → central). */
export function levelsFor(ruleSet: RuleSet, date: IsoDate): EffectiveLevel[] {
  return ruleSet.levels
    .filter((l) => (!l.from || l.from <= date) && (!l.until || date <= l.until))
    .map((l) => ({
      level: l.level,
      name: l.name,
      role: l.role,
      certifiesStars: starsOn(l, date),
      forwardsAtPoints: l.forwardsAtPoints ?? null,
      article: l.article ?? null,
    }));
}

/** The level that recognises `star` on `date`, or null: 1★/2★ get no decision and no certificate (Art. 4.1.a). */
export function certifyingLevel(ruleSet: RuleSet, date: IsoDate, star: number): LevelCode | null {
  return levelsFor(ruleSet, date).find((l) => l.certifiesStars.includes(star))?.level ?? null;
}

/** The level a dossier scored `points` at `from` goes on to, or null when it stays (below the level's threshold). */
export function nextLevel(ruleSet: RuleSet, date: IsoDate, from: LevelCode, points: number): LevelCode | null {
  const levels = levelsFor(ruleSet, date);
  const i = levels.findIndex((l) => l.level === from);
  const here = levels[i];
  if (!here || here.forwardsAtPoints === null || points < here.forwardsAtPoints) return null;
  return levels[i + 1]?.level ?? null;
}

/** The level that runs the council (the first that evaluates, not only receives) on `date`. */
export function firstEvaluatingLevel(ruleSet: RuleSet, date: IsoDate): LevelCode {
  const l = levelsFor(ruleSet, date).find((x) => x.role !== 'receive-and-assess');
  if (!l) throw new RangeError(`rule set ${ruleSet.code} has no evaluating level on ${date}`);
  return l.level;
}

export function procedureOn(ruleSet: RuleSet, date: IsoDate): Procedure {
  switch (ruleSet.code) {
    case '26-2026':
      return 'qd26';
    case '1048-2019':
      return 'qd1048';
    case '148-2023':
      return levelsFor(ruleSet, date).some((l) => l.level === 'district') ? 'qd148' : 'qd148-1489';
    default:
      throw new RangeError(`unknown rule set ${ruleSet.code}`);
  }
}

export interface DossierRules {
  ruleSet: RuleSet;
  procedure: Procedure;
  /** Art. 12.2: filed before 22/5/2026, evaluated after — the earlier rules with a deadline. */
  transitional: boolean;
  /** Art. 12.2 last day to finish, when transitional (rolled to a working day when a calendar is given). */
  finishBy: IsoDate | null;
  article: string | null;
  message: Message;
}

/**
 * The rules of a dossier by the day the producer filed it (Art. 7.1 filing at the commune). `pendingOn` is a day the
 * dossier was still unevaluated: when it is on or after 22/5/2026 and the filing before, Art. 12.2 applies. Without
 * it a pre-2026 dossier is read as a historical record, decided under the rules of its time. The procedure is that
 * of the filing day; for the levels acting on a later act (certification), call levelsFor with that act's date.
 */
export function rulesForDossier(
  d: { kind: DossierKind; submittedOn: IsoDate },
  opts: { pendingOn?: IsoDate; calendar?: Calendar; ruleSets?: readonly RuleSet[] } = {},
): DossierRules {
  const sets = opts.ruleSets ?? loadRuleSets();
  const ruleSet = ruleSetInForce(d.submittedOn, sets);
  if (!ruleSet) throw new RangeError(`no OCOP rule set in force on ${d.submittedOn}`);
  const procedure = procedureOn(ruleSet, d.submittedOn);
  const current = sets.find((r) => r.effectiveTo === null);
  const pendingAfterChange =
    current && ruleSet !== current && opts.pendingOn !== undefined && opts.pendingOn >= current.effectiveFrom;
  if (pendingAfterChange) {
    const t = transitionForPendingDossier(d.submittedOn, d.kind, opts.calendar);
    if (t.transitional) {
      // Art. 12.2 names "the 2021–2025 rules": a 1048-era dossier still pending is taken up under 148-2023 (1489).
      const earlier = ruleSet.code === '1048-2019' ? (getRuleSet(t.ruleSet) ?? ruleSet) : ruleSet;
      return {
        ruleSet: earlier,
        procedure: procedureOn(earlier, current.effectiveFrom),
        transitional: true,
        finishBy: t.dueOn,
        article: t.article,
        message: t.message,
      };
    }
  }
  return {
    ruleSet,
    procedure,
    transitional: false,
    finishBy: null,
    article: null,
    message: {
      vi: `Hồ sơ nộp ngày ${d.submittedOn.split('-').reverse().join('/')}: áp dụng ${ruleSet.name}${procedure === 'qd148-1489' ? ' (sửa đổi bởi Quyết định 1489/QĐ-TTg)' : ''}.`,
      en: `Dossier filed on ${d.submittedOn}: ${ruleSet.name}${procedure === 'qd148-1489' ? ' as amended by 1489/QĐ-TTg' : ''} applies.`,
    },
  };
}
