// Plans an evaluation round (Art. 5): the provincial office for its province (5.1), the Ministry's office for the
// country (5.2). A statutory round takes the article's cut-off and last day unless others are given (a later cut-off
// or an earlier finish is allowed); an extra round needs the council's rules that provide for it and a plan.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { forbidden } from '../../../platform/errors.ts';
import { audit } from '../../../platform/audit.ts';
import { addDays } from '../../reference/index.ts';
import { statutoryRounds, validateRound, type EvaluationRound, type RoundLevel } from '../domain/rounds.ts';
import { findRoundByNumber, insertRound } from '../data/council-store.ts';
import { evaluationPolicy } from '../policy.ts';
import { presentRound, type PublicRound } from '../presenters.ts';
import { badRequest } from '../../../platform/errors.ts';
import { conflict } from './errors.ts';

export interface RoundInput {
  level: RoundLevel;
  year: number;
  number: number;
  cutoff?: string;
  finishBy?: string;
  extra?: { councilRulesDecision: string; planReference: string } | null;
}

export async function createRound(db: Db, actor: Actor, input: RoundInput): Promise<PublicRound> {
  evaluationPolicy.assertCan(actor, 'rounds.create');
  const mine: RoundLevel = actor.role === 'ministry_office' ? 'central' : 'province';
  if (input.level !== mine) {
    throw forbidden({
      vi: 'Cơ quan tham mưu cấp tỉnh lập đợt cấp tỉnh; Bộ lập đợt cấp trung ương (Điều 5)',
      en: 'Provincial offices plan provincial rounds, the Ministry national ones (Art. 5)',
    });
  }
  const provinceCode = input.level === 'province' ? actor.provinceCode : null;
  if (input.level === 'province' && !provinceCode) throw forbidden();
  const statutory = statutoryRounds(input.level, input.year).find((r) => r.number === input.number);
  const cutoff = input.cutoff ?? (input.extra ? undefined : statutory?.cutoff);
  const finishBy = input.finishBy ?? (input.extra ? undefined : statutory?.finishBy);
  if (!cutoff || !finishBy) {
    throw badRequest([
      {
        field: cutoff ? 'body.finishBy' : 'body.cutoff',
        code: 'required',
        message: {
          vi: 'Đợt bổ sung cần ngày chốt hồ sơ và hạn hoàn thành',
          en: 'An extra round needs its cut-off and last day',
        },
      },
    ]);
  }
  const round: EvaluationRound = {
    id: '',
    level: input.level,
    provinceCode,
    year: input.year,
    number: input.number,
    cutoff,
    finishBy,
    extra: input.extra ?? null,
  };
  const issues = validateRound(round);
  if (issues.length)
    throw badRequest(
      issues.map((i) => ({ ...i, field: `body.${i.field}` })),
      { vi: 'Đợt đánh giá chưa đúng quy định', en: 'The round does not meet the rules' },
    );
  return db.transaction(async (tx) => {
    if (await findRoundByNumber(tx, input.level, provinceCode, input.year, input.number)) {
      throw conflict(
        'round_exists',
        `Đợt ${input.number} năm ${input.year} đã được lập`,
        `Round ${input.number} of ${input.year} already exists`,
      );
    }
    const row = await insertRound(tx, {
      level: input.level,
      provinceCode,
      year: input.year,
      number: input.number,
      cutoffOn: cutoff,
      finishBefore: addDays(finishBy, 1),
      extra: !!input.extra,
      basis: input.extra?.councilRulesDecision ?? null,
      planReference: input.extra?.planReference ?? null,
      status: 'open',
      createdBy: actor.id,
    });
    const out = presentRound(row);
    await audit(tx, actor, {
      action: 'round.create',
      entityType: 'round',
      entityId: row.id,
      provinceCode,
      toState: 'open',
      after: out,
    });
    return out;
  });
}
