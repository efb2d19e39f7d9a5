// Saves one of the dossier's forms (Appendix III): Form 01 (registration) and Form 02 (self-assessment, scored by
// the engine and kept as the self-assessment) by the producer side while the dossier is theirs to complete; Form 03
// (the commune's report, Art. 7.2) by the commune officer while the commune holds the dossier. Each form is
// validated whole; the facts the procedure reads (forms present, samples, changes) follow.
import type { Clock } from '../../../platform/clock.ts';
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { badRequest } from '../../../platform/errors.ts';
import { audit } from '../../../platform/audit.ts';
import { loadCalendar } from '../../reference/index.ts';
import { STATE_LABELS, type Dossier, type DossierState } from '../domain/dossier-lifecycle.ts';
import { formOpenIn, formSide, type FormNo } from '../domain/form-editing.ts';
import { validateForm01 } from '../forms/form01.ts';
import { validateForm02 } from '../forms/form02.ts';
import { validateForm03 } from '../forms/form03.ts';
import { updateDossierRow, type DossierValues } from '../data/dossier-store.ts';
import { evaluationPolicy, FORM_PERMISSION } from '../policy.ts';
import { presentDossier, presentSelfAssessment, type PublicDossier } from '../presenters.ts';
import { conflict, issue } from './errors.ts';
import { loadDossier } from './load-dossier.ts';
import { spendFormDraft } from './form-drafts.ts';

export { PRODUCER_EDITABLE, type FormNo } from '../domain/form-editing.ts';

function locked(state: DossierState, form: FormNo) {
  const s = STATE_LABELS[state];
  return conflict(
    'form_locked',
    `Không thể sửa Mẫu số ${form} khi hồ sơ ở trạng thái "${s.vi}"`,
    `Form ${form} cannot be changed while the dossier is "${s.en}"`,
  );
}

export async function saveForm(
  db: Db,
  actor: Actor,
  id: string,
  form: FormNo,
  input: unknown,
  clock: Clock,
): Promise<PublicDossier> {
  evaluationPolicy.assertCan(actor, FORM_PERMISSION[formSide(form)]);
  const today = clock.today();
  return db.transaction(async (tx) => {
    const { row, facts } = await loadDossier(tx, actor, id, { lock: true });
    const state = row.state as DossierState;
    if (!formOpenIn(form, state)) throw locked(state, form);
    const next: Dossier = { ...facts, forms: { ...facts.forms } };
    const columns: Partial<DossierValues> = {};
    let before: unknown;
    let after: unknown;

    if (form === '01') {
      const r = validateForm01(input);
      if (!r.ok)
        throw badRequest(r.issues, { vi: 'Phiếu đăng ký (Mẫu số 01) chưa hợp lệ', en: 'Form 01 is not valid' });
      const issues = [];
      if (r.value.evaluationKind !== facts.kind)
        issues.push(
          issue(
            'form01.evaluationKind',
            'mismatch',
            'Lần đăng ký đánh giá phải đúng loại hồ sơ',
            "The kind of evaluation must be the dossier's",
          ),
        );
      if (r.value.classification.productSetNo !== row.setNo)
        issues.push(
          issue(
            'form01.classification.productSetNo',
            'mismatch',
            `Sản phẩm thuộc bộ sản phẩm số ${row.setNo}`,
            `The product belongs to set ${row.setNo}`,
          ),
        );
      if (issues.length)
        throw badRequest(issues, { vi: 'Phiếu đăng ký không khớp hồ sơ', en: 'Form 01 does not match the dossier' });
      // The commune's part of the form is the commune's: kept from the stored form (filled on receipt).
      const stored = row.form01 as typeof r.value | null;
      const value = { ...r.value, communeReceipt: stored?.communeReceipt, provinceReceipt: stored?.provinceReceipt };
      before = row.form01;
      after = value;
      columns.form01 = value;
      next.forms.form01 = true;
      next.samples = r.value.attachments.samples ?? 0;
    } else if (form === '02') {
      const r = validateForm02(input, { kind: facts.kind });
      if (!r.ok)
        throw badRequest(r.issues, { vi: 'Báo cáo tự đánh giá (Mẫu số 02) chưa hợp lệ', en: 'Form 02 is not valid' });
      const sa = r.value.selfAssessment;
      const issues = [];
      if (sa.productSetNo !== row.setNo)
        issues.push(
          issue(
            'form02.selfAssessment.productSetNo',
            'mismatch',
            `Sản phẩm thuộc bộ sản phẩm số ${row.setNo}`,
            `The product belongs to set ${row.setNo}`,
          ),
        );
      if (sa.ruleSet !== row.ruleSet)
        issues.push(
          issue(
            'form02.selfAssessment.ruleSet',
            'mismatch',
            `Hồ sơ áp dụng bộ tiêu chí ${row.ruleSet}`,
            `The dossier follows rule set ${row.ruleSet}`,
          ),
        );
      if (issues.length)
        throw badRequest(issues, {
          vi: 'Báo cáo tự đánh giá không khớp hồ sơ',
          en: 'Form 02 does not match the dossier',
        });
      before = { form02: row.form02, selfAssessment: presentSelfAssessment(row.selfAssessment) };
      after = { form02: r.value, selfAssessment: presentSelfAssessment(r.score) };
      columns.form02 = r.value;
      columns.selfAssessment = r.score;
      next.forms.form02 = true;
      if (sa.changesSinceRecognition) {
        next.changes = [sa.changesSinceRecognition];
        columns.upgradeChanges = sa.changesSinceRecognition;
      }
    } else {
      const r = validateForm03(input);
      if (!r.ok)
        throw badRequest(r.issues, {
          vi: 'Báo cáo của UBND cấp xã (Mẫu số 03) chưa hợp lệ',
          en: 'Form 03 is not valid',
        });
      before = row.form03;
      after = r.value;
      columns.form03 = r.value;
    }

    const updated = await updateDossierRow(tx, row.id, { ...columns, facts: next });
    await spendFormDraft(tx, actor, row.id, row.provinceCode, form);
    await audit(tx, actor, {
      action: `dossier.form${form}`,
      entityType: 'dossier',
      entityId: row.id,
      provinceCode: row.provinceCode,
      fromState: state,
      toState: state,
      before: before ?? null,
      after,
    });
    return presentDossier(updated, actor, today, loadCalendar());
  });
}
