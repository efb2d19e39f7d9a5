// Unfinished forms (issue 12): the producer side (Forms 01–02) or the commune (Form 03) keeps what it typed as it is —
// no required checks here: the form's rules run when it is saved whole (save-form.ts), which answers each missing
// item by name. Who may write a draft and when is the save's own rule (FORM_PERMISSION, formOpenIn). Every write
// names the version it was typed on (`baseVersion`): a write on an older copy — typed offline, or on another device
// — is refused with 409 `draft_conflict` carrying the server's copy, so nothing is silently overwritten and the user
// chooses which to keep.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit.ts';
import type { DossierState } from '../domain/dossier-lifecycle.ts';
import { formOpenIn, formSide, type FormNo } from '../domain/form-editing.ts';
import { findFormDraft, writeFormDraft, type FormDraftRow } from '../data/form-draft-store.ts';
import { evaluationPolicy, FORM_PERMISSION } from '../policy.ts';
import { conflict, invalid } from './errors.ts';
import { loadDossier } from './load-dossier.ts';

/** A draft as the API shows it: version 0 and no data when none was ever kept. */
export interface PublicFormDraft {
  form: FormNo;
  data: Record<string, unknown> | null;
  version: number;
  updatedAt: string | null;
}

/** A draft is a working copy, not an archive: large enough for Form 02 with long answers, small enough for a phone. */
const MAX_DRAFT_CHARS = 200_000;

const present = (form: FormNo, row: FormDraftRow | undefined): PublicFormDraft => ({
  form,
  data: (row?.data as Record<string, unknown> | null | undefined) ?? null,
  version: row?.version ?? 0,
  updatedAt: row ? new Date(row.updatedAt).toISOString() : null,
});

export async function readFormDraft(db: Db, actor: Actor, id: string, form: FormNo): Promise<PublicFormDraft> {
  evaluationPolicy.assertCan(actor, 'dossiers.read');
  await loadDossier(db, actor, id);
  return present(form, await findFormDraft(db, id, form));
}

export async function saveFormDraft(
  db: Db,
  actor: Actor,
  id: string,
  form: FormNo,
  input: { data: Record<string, unknown> | null; baseVersion: number },
): Promise<PublicFormDraft> {
  evaluationPolicy.assertCan(actor, FORM_PERMISSION[formSide(form)]);
  if (input.data && JSON.stringify(input.data).length > MAX_DRAFT_CHARS)
    throw invalid('body.data', 'too_big', 'Bản nháp quá lớn', 'The draft is too large');
  return db.transaction(async (tx) => {
    const { row } = await loadDossier(tx, actor, id, { lock: true });
    const state = row.state as DossierState;
    if (!formOpenIn(form, state))
      throw conflict(
        'form_locked',
        `Không thể sửa Mẫu số ${form} ở bước này của hồ sơ`,
        `Form ${form} cannot be changed at this step of the dossier`,
      );
    const current = await findFormDraft(tx, id, form);
    if ((current?.version ?? 0) !== input.baseVersion)
      throw conflict(
        'draft_conflict',
        'Bản nháp trên máy chủ đã được sửa ở nơi khác sau khi bạn mở. Hãy chọn giữ bản của bạn hay lấy bản trên máy chủ.',
        'The draft on the server was changed elsewhere after you opened it. Choose to keep yours or take the server’s.',
        { current: present(form, current) },
      );
    const saved = await writeFormDraft(tx, {
      dossierId: id,
      form,
      provinceCode: row.provinceCode,
      data: input.data,
      updatedBy: actor.id,
    });
    // The draft's content is not copied into the log (it is written every few seconds while typing): who and which
    // version is enough to trace a write.
    await audit(tx, actor, {
      action: `dossier.form${form}.draft`,
      entityType: 'dossier',
      entityId: id,
      provinceCode: row.provinceCode,
      fromState: state,
      toState: state,
      before: { version: current?.version ?? 0 },
      after: { version: saved.version, empty: saved.data === null },
    });
    return present(form, saved);
  });
}

/** The form was saved whole: its draft is spent (emptied, the version counting on so an older copy still conflicts). */
export async function spendFormDraft(tx: Db, actor: Actor, id: string, provinceCode: string, form: FormNo) {
  if (await findFormDraft(tx, id, form))
    await writeFormDraft(tx, { dossierId: id, form, provinceCode, data: null, updatedBy: actor.id });
}
