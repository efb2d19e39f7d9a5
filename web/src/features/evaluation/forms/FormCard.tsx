// The dossier's three forms (Appendix III of Decision 26/2026/QĐ-TTg) on screen: Form 01 (registration), Form 02
// (self-assessment report, with the criteria answered as in the self-assessment page and the engine's live result)
// and Form 03 (the commune's report). Each opens prefilled from the registry (or from Form 02) when never saved,
// is editable only by whom and when the server allows (the server decides), and saves whole with its 400s shown on
// the fields. A print button opens the server's Vietnamese PDF.
import { createContext, useContext, useState } from 'react';
import { Alert, App, Button, Card, Form, Space, Tag, type FormInstance } from 'antd';
import { useT } from '../../../i18n/index.tsx';
import { useErrorText } from '../../../shared/errors.ts';
import { evalApi, type Dossier, type FormNo } from '../evaluation.ts';
import { showIssues } from '../../../components/FormFields.tsx';

import { type Data } from './form-drafts.ts';

/**
 * The name of the form in its card ("form01"…): antd prefixes its fields' element ids with it, so Forms 01–03, open
 * in the same page once their tabs were visited, do not share ids (a label would point at another form's field).
 */
const FormName = createContext<string | undefined>(undefined);

/** "Đã khôi phục bản nháp chưa lưu", with a way back to the server's copy. */
function DraftNotice({ show, onDiscard }: { show: boolean; onDiscard: () => void }) {
  const { t } = useT();
  if (!show) return null;
  return (
    <Alert
      className="block"
      type="warning"
      showIcon
      data-testid="draft-restored"
      title={t('draft.restored')}
      description={t('draft.restoredForm')}
      action={
        <Button size="small" onClick={onDiscard} data-testid="draft-discard">
          {t('draft.discard')}
        </Button>
      }
    />
  );
}

/** A form of the dossier with its kept draft: the notice above it, and changes recorded for the draft. */
export function DraftedForm({
  form,
  initialValues,
  editable,
  drafts,
  onChange,
  refill,
  children,
}: {
  form: FormInstance;
  initialValues: object;
  editable: boolean;
  drafts: { restored: boolean; stored(): void };
  /** A field changed (by the user): record the draft. */
  onChange: () => void;
  /** Opens the form again from the server's copy (or the registry). */
  refill: () => void;
  children: React.ReactNode;
}) {
  return (
    <>
      <DraftNotice
        show={drafts.restored}
        onDiscard={() => {
          drafts.stored();
          refill();
        }}
      />
      <Form
        form={form}
        name={useContext(FormName)}
        layout="vertical"
        initialValues={initialValues}
        disabled={!editable}
        requiredMark={editable ? 'optional' : false}
        onValuesChange={onChange}
      >
        {children}
      </Form>
    </>
  );
}

/** The card around a form: title, saved or not, print, save. */
export function FormCard({
  form,
  dossier,
  saved,
  editable,
  busy,
  onSave,
  children,
  errors,
}: {
  form: FormNo;
  dossier: Dossier;
  saved: boolean;
  editable: boolean;
  busy: boolean;
  onSave: () => void;
  children: React.ReactNode;
  errors: string[];
}) {
  const { t } = useT();
  return (
    <Card
      size="small"
      className="block form-card"
      data-testid={`form-${form}`}
      title={
        <span className="form-card-title">
          {t(`ev.form${form}.title`)}{' '}
          {saved ? <Tag color="green">{t('ev.formSaved')}</Tag> : <Tag>{t('ev.formMissing')}</Tag>}
          {!editable && <Tag>{t('ev.readOnly')}</Tag>}
        </span>
      }
      extra={
        <Space>
          {saved && (
            <Button href={evalApi.formPdfUrl(dossier.id, form)} target="_blank" data-testid={`print-${form}`}>
              {t('ev.printPdf')}
            </Button>
          )}
          {editable && (
            <Button type="primary" loading={busy} onClick={onSave} data-testid={`save-${form}`}>
              {t('ev.saveForm')}
            </Button>
          )}
        </Space>
      }
    >
      {errors.length > 0 && (
        <Alert
          className="block"
          type="error"
          showIcon
          data-testid={`form-${form}-errors`}
          title={t('ev.formInvalid')}
          description={
            <ul className="plain-list">
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          }
        />
      )}
      <FormName.Provider value={`form${form}`}>{children}</FormName.Provider>
      {editable && (
        <div className="form-card-footer">
          {errors.length > 0 && <span className="error-text">{t('ev.formInvalid')}</span>}
          <Button type="primary" loading={busy} onClick={onSave} data-testid={`save-${form}-bottom`}>
            {t('ev.saveForm')}
          </Button>
        </div>
      )}
    </Card>
  );
}

/** Shared save logic: validate on the client, PUT, put the server's issues on the fields. */
export function useSave(
  formNo: FormNo,
  dossier: Dossier,
  form: ReturnType<typeof Form.useForm>[0],
  known: (name: string) => boolean,
  onSaved: (d: Dossier) => void,
) {
  const { t, pick } = useT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const save = async (build: (values: Data) => Data) => {
    setErrors([]);
    let values: Data;
    try {
      values = (await form.validateFields()) as Data;
    } catch {
      void message.error(t('ev.formCheck'));
      return;
    }
    setBusy(true);
    try {
      const d = await evalApi.saveForm(dossier.id, formNo, build(values));
      void message.success(t('ev.formSavedMsg', { form: t(`ev.form${formNo}.short`) }));
      onSaved(d);
    } catch (err) {
      const left = showIssues(form, err, pick, known);
      setErrors(left.length ? left : [errorText(err)]);
    } finally {
      setBusy(false);
    }
  };
  return { busy, errors, save };
}
