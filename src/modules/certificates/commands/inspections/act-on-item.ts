// One step on a checklist item (domain/inspection-lifecycle.ts): record the result, require a fix by a deadline, the
// producer's report, the re-check, or escalation to a revocation proposal (Art. 8.3.a) — which calls the certificates
// module's proposeRevocation in the same transaction, so the finding and its proposal commit or roll back together.
import type { Db } from '../../../../db/pool.ts';
import type { Actor } from '../../../../platform/auth/actor.ts';
import { audit } from '../../../../platform/audit.ts';
import { forbidden } from '../../../../platform/errors.ts';
import type { IsoDate } from '../../../reference/index.ts';
import {
  nextItemState,
  transitionOf,
  type FindingResult,
  type ItemAction,
  type ItemState,
} from '../../domain/inspection-lifecycle.ts';
import type { ChecklistKind } from '../../domain/inspection-checklist.ts';
import type { RevocationGroundCode } from '../../domain/revocation.ts';
import { findItem, findPlan, findVisit, photosOf, updateItem } from '../../data/inspection-store.ts';
import type { InspectionItemRow } from '../../data/inspection-schema.ts';
import { conflict, inspectionPolicy, invalidField, itemNotFound } from '../../inspection-policy.ts';
import { proposeRevocation } from '../propose-revocation.ts';
import { rolesOnVisit } from './inspection-access.ts';
import { presentItem } from './read-visit.ts';
import { articleVi } from '../../../reference/index.ts';

export interface ItemStepBody {
  result?: FindingResult;
  note?: string;
  fixRequired?: string;
  fixDueOn?: string;
  report?: string;
  ground?: RevocationGroundCode;
  summary?: string;
}

const need = (value: string | undefined, field: string): string => {
  const v = value?.trim();
  if (!v) {
    throw invalidField(field, 'required', { vi: 'Thiếu trường bắt buộc', en: 'Required field is missing' });
  }
  return v;
};

/** The ground an item points to unless the team names another: a criterion no longer met (Art. 8.1.b), a label
 * breaking the labelling law (8.1.c), the mark or advertising misusing the OCOP mark (8.1.d). */
const DEFAULT_GROUND: Record<ChecklistKind, RevocationGroundCode> = {
  criterion: 'criteria_not_met',
  label: 'law_violation',
  mark: 'mark_misuse',
  advertising: 'mark_misuse',
};

/** The escalation grounds an inspection can reach (Art. 8.1.b criteria, 8.1.c law, 8.1.d mark). */
const INSPECTION_GROUNDS: readonly RevocationGroundCode[] = ['criteria_not_met', 'law_violation', 'mark_misuse'];

function changes(
  action: ItemAction,
  item: InspectionItemRow,
  body: ItemStepBody,
  today: string,
  visitOn: string,
  actor: Actor,
) {
  switch (action) {
    case 'record':
      if (!body.result) {
        throw invalidField('body.result', 'required', {
          vi: 'Chọn kết quả: đạt, tồn tại nhỏ, tồn tại nghiêm trọng',
          en: 'Choose a result: ok, minor, serious',
        });
      }
      if (body.result !== 'ok') need(body.note, 'body.note');
      return { result: body.result, note: body.note?.trim() || null };
    case 'require_fix':
    case 'recheck_fail': {
      const due = need(body.fixDueOn, 'body.fixDueOn');
      if (due < (action === 'require_fix' ? visitOn : today)) {
        throw invalidField('body.fixDueOn', 'date_out_of_order', {
          vi: 'Hạn khắc phục phải sau ngày kiểm tra',
          en: 'The fix deadline must fall after the inspection',
        });
      }
      return action === 'require_fix'
        ? { fixRequired: need(body.fixRequired, 'body.fixRequired'), fixDueOn: due }
        : { recheckNote: need(body.note, 'body.note'), recheckedOn: today, fixDueOn: due };
    }
    case 'report_fix':
      return { producerReport: need(body.report, 'body.report'), reportedOn: today, reportedBy: actor.id };
    case 'recheck_pass':
      return { recheckNote: body.note?.trim() || null, recheckedOn: today };
    case 'escalate':
      return { note: item.note };
  }
}

export async function actOnInspectionItem(
  db: Db,
  actor: Actor,
  id: string,
  action: ItemAction,
  body: ItemStepBody,
  today: IsoDate,
) {
  inspectionPolicy.assertCan(actor, 'inspections.read');
  const t = transitionOf(action);
  inspectionPolicy.assertCan(actor, t.by === 'producer' ? 'inspections.fix.report' : 'inspections.visit');
  return db.transaction(async (tx) => {
    const item = await findItem(tx, id, { lock: true });
    if (!item) throw itemNotFound();
    const visit = await findVisit(tx, item.visitId);
    const plan = visit ? await findPlan(tx, visit.planId) : undefined;
    const { who } = await rolesOnVisit(tx, actor, visit, plan);
    if (!who.includes(t.by)) {
      throw forbidden(
        t.by === 'producer'
          ? { vi: 'Chỉ chủ thể của sản phẩm báo cáo khắc phục', en: "Only the product's producer reports a fix" }
          : { vi: 'Chỉ thành viên đoàn kiểm tra thực hiện bước này', en: 'Only the inspection team takes this step' },
      );
    }
    const from = item.state as ItemState;
    const to = nextItemState(from, action, body.result);
    if (!to) {
      throw conflict('invalid_transition', {
        vi: `Không thể "${t.label.vi}" khi nội dung đang ở trạng thái này (${articleVi(t.article)})`,
        en: `Cannot "${t.label.en}" from this state (${t.article})`,
      });
    }
    const set: Record<string, unknown> = { ...changes(action, item, body, today, visit!.visitOn, actor), state: to };
    if (action === 'escalate') {
      const ground = body.ground ?? DEFAULT_GROUND[item.kind as ChecklistKind];
      if (!INSPECTION_GROUNDS.includes(ground)) {
        throw invalidField('body.ground', 'invalid_value', {
          vi: 'Căn cứ đề nghị thu hồi từ kiểm tra: Điều 8.1.b, 8.1.c hoặc 8.1.d',
          en: 'An inspection proposes revocation on Art. 8.1.b, 8.1.c or 8.1.d',
        });
      }
      const proposal = await proposeRevocation(tx, actor, {
        certificateId: visit!.certificateId,
        source: 'inspection',
        sourceRef: item.id,
        ground,
        summary: need(body.summary, 'body.summary'),
      });
      set.proposalId = proposal!.id;
    }
    const updated = await updateItem(tx, id, set);
    await audit(tx, actor, {
      action: `inspection.item.${action}`,
      entityType: 'inspection_item',
      entityId: id,
      provinceCode: item.provinceCode,
      fromState: from,
      toState: to,
      reason: t.article,
      before: item,
      after: updated,
    });
    return presentItem(updated, await photosOf(tx, [id]), who);
  });
}
