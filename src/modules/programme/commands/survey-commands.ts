// The commune's survey of candidate products and producers (seed 001 §III.2.1.1: "rà soát các sản phẩm tiềm năng
// trên địa bàn xã"): one survey per commune and year, its rows appended as the commune finds them; a row may become a
// product idea (registerIdea with surveyRowId). `products_surveyed` targets count the rows by the survey's date.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit.ts';
import { forbidden, notFound } from '../../../platform/errors.ts';
import { scopeLevel } from '../../../platform/auth/policy.ts';
import { unitNamesOf } from '../../reference/index.ts';
import { communePlace, producerPlace } from '../data/cycle-places.ts';
import {
  appendLines,
  findSurveys,
  insertSurvey,
  linesOf,
  surveyById,
  surveyOf,
  type LineFields,
} from '../data/survey-store.ts';
import { assertCycleWrite, cyclePolicy, mayReadCycle } from '../cycle-policy.ts';
import { fieldError } from './cycle-errors.ts';
import { AppError } from '../../../platform/errors.ts';

export interface SurveyLineInput {
  productName: string;
  producerId?: string | null;
  householdName?: string | null;
  setNo?: number | null;
  potential: 'high' | 'medium' | 'low';
  note?: string | null;
}

export interface SurveyInput {
  communeCode: string;
  year: number;
  surveyedOn: string;
  note?: string | null;
  rows: SurveyLineInput[];
}

async function checkedLines(db: Db, communeCode: string, rows: readonly SurveyLineInput[]): Promise<LineFields[]> {
  const out: LineFields[] = [];
  for (const [i, r] of rows.entries()) {
    if (r.producerId) {
      const p = await producerPlace(db, r.producerId);
      if (!p || p.communeCode !== communeCode)
        throw fieldError(
          `body.rows.${i}.producerId`,
          'unknown',
          'Không có chủ thể này ở xã',
          'No such producer in the commune',
        );
    } else if (!r.householdName?.trim())
      throw fieldError(
        `body.rows.${i}.householdName`,
        'required',
        'Ghi chủ thể hoặc tên hộ sản xuất',
        'Name the producer or the household',
      );
    out.push({
      productName: r.productName.trim(),
      producerId: r.producerId ?? null,
      householdName: r.producerId ? null : r.householdName!.trim(),
      setNo: r.setNo ?? null,
      potential: r.potential,
      note: r.note ?? null,
    });
  }
  return out;
}

export async function createSurvey(db: Db, actor: Actor, input: SurveyInput): Promise<string> {
  if (!cyclePolicy.can(actor, 'surveys.write')) throw forbidden();
  const c = await communePlace(db, input.communeCode);
  if (!c) throw fieldError('body.communeCode', 'unknown', 'Không có xã với mã này', 'No commune with this code');
  const place = { provinceCode: c.provinceCode, communeCode: input.communeCode, producerId: null };
  assertCycleWrite(actor, 'surveys.write', place, null);
  const lines = await checkedLines(db, input.communeCode, input.rows);
  return db.transaction(async (tx) => {
    if (await surveyOf(tx, input.communeCode, input.year))
      throw new AppError(409, 'survey_exists', {
        vi: 'Xã đã có phiếu khảo sát năm này; hãy bổ sung vào phiếu đó',
        en: 'The commune already has a survey this year; add rows to it',
      });
    const survey = await insertSurvey(tx, {
      provinceCode: c.provinceCode,
      communeCode: input.communeCode,
      year: input.year,
      surveyedOn: input.surveyedOn,
      note: input.note ?? null,
      createdBy: actor.id,
    });
    await appendLines(tx, survey, lines);
    await audit(tx, actor, {
      action: 'survey.create',
      entityType: 'cycle_survey',
      entityId: survey.id,
      provinceCode: survey.provinceCode,
      after: { ...survey, rows: lines },
    });
    return survey.id;
  });
}

export async function addSurveyRows(db: Db, actor: Actor, id: string, rows: SurveyLineInput[]): Promise<void> {
  const survey = await surveyById(db, id);
  if (!survey) throw notFound({ vi: 'phiếu khảo sát', en: 'Survey' });
  assertCycleWrite(actor, 'surveys.write', { ...survey, producerId: null }, null);
  const lines = await checkedLines(db, survey.communeCode, rows);
  await db.transaction(async (tx) => {
    const locked = (await surveyById(tx, id, true))!;
    await appendLines(tx, locked, lines);
    await audit(tx, actor, {
      action: 'survey.add_rows',
      entityType: 'cycle_survey',
      entityId: id,
      provinceCode: survey.provinceCode,
      after: { rows: lines },
    });
  });
}

export async function listSurveys(db: Db, actor: Actor, q: { year?: number; communeCode?: string }) {
  if (!cyclePolicy.can(actor, 'cycle.pipeline')) throw forbidden();
  const level = scopeLevel(actor);
  const surveys = (
    await findSurveys(db, {
      ...q,
      provinceCode: level === 'national' ? undefined : actor.provinceCode!,
      communeCode: level === 'commune' ? actor.unitCode! : q.communeCode,
    })
  ).filter((s) => mayReadCycle(actor, { ...s, producerId: null }, null));
  const lines = await linesOf(
    db,
    surveys.map((s) => s.id),
  );
  const names = await unitNamesOf(
    db,
    surveys.map((s) => s.communeCode),
  );
  return {
    items: surveys.map((s) => ({
      id: s.id,
      communeCode: s.communeCode,
      communeName: names.get(s.communeCode) ?? s.communeCode,
      year: s.year,
      surveyedOn: s.surveyedOn,
      note: s.note,
      rows: lines
        .filter((l) => l.line.surveyId === s.id)
        .map(({ line, ideaId }) => ({
          id: line.id,
          position: line.position,
          productName: line.productName,
          producerId: line.producerId,
          householdName: line.householdName,
          setNo: line.setNo,
          potential: line.potential,
          note: line.note,
          ideaId,
        })),
    })),
  };
}
