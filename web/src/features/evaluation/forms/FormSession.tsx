// What Form 01 and Form 03 share (Form 02 keeps its answers outside the antd form, so it wires the same parts by
// hand): the antd form, whether the viewer may write it (the server's editableForms), the local draft, the first
// values (the kept draft, else the stored form, else the defaults) and saving, which clears the draft; and the card
// with the drafted form inside.
import { useState, type ReactNode } from 'react';
import { Form } from 'antd';
import type { Dossier, FormNo } from '../evaluation.ts';
import { mayEdit, useFormDraft, type Data } from './form-drafts.ts';
import type { FormDraft } from '../evaluation.ts';
import { DraftedForm, FormCard, useSave } from './FormCard.tsx';

export function useFormSession(
  formNo: FormNo,
  dossier: Dossier,
  stored: Data | null,
  defaults: () => Data,
  known: (name: string) => boolean,
  onSaved: (d: Dossier) => void,
  remote: FormDraft | null,
  labelOf?: (name: string) => string | undefined,
) {
  const [form] = Form.useForm();
  const editable = mayEdit(dossier, formNo);
  const drafts = useFormDraft<Data>(formNo, dossier, editable, remote);
  const [initial] = useState(() => drafts.kept ?? stored ?? defaults());
  const { busy, errors, missing, save } = useSave(
    formNo,
    dossier,
    form,
    known,
    (d) => {
      drafts.stored();
      onSaved(d);
    },
    labelOf,
  );
  return { formNo, dossier, form, editable, drafts, initial, busy, errors, missing, save };
}
export type FormSession = ReturnType<typeof useFormSession>;

/** The form's card (title, print, save) around the drafted form; `head` shows above the fields. */
export function SessionForm({
  session: s,
  saved,
  onSave,
  refill,
  head,
  children,
}: {
  session: FormSession;
  /** Whether the server holds a saved copy. */
  saved: boolean;
  onSave: () => void;
  /** Opens the form again from the server's copy (or its defaults). */
  refill: () => void;
  head?: ReactNode;
  children: ReactNode;
}) {
  return (
    <FormCard
      form={s.formNo}
      dossier={s.dossier}
      saved={saved}
      editable={s.editable}
      busy={s.busy}
      errors={s.errors}
      missing={s.missing}
      drafts={s.drafts}
      onSave={onSave}
    >
      {head}
      <DraftedForm
        form={s.form}
        initialValues={s.initial}
        editable={s.editable}
        drafts={s.drafts}
        onChange={() => s.drafts.changed(s.form.getFieldsValue(true) as Data)}
        refill={refill}
      >
        {children}
      </DraftedForm>
    </FormCard>
  );
}
