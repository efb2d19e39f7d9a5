// The dossier's three forms (Appendix III of Decision 26/2026/QĐ-TTg) on screen: Form 01 (registration), Form 02
// (self-assessment report, with the criteria answered as in the self-assessment page and the engine's live result)
// and Form 03 (the commune's report). Each opens prefilled from the registry (or from Form 02) when never saved,
// is editable only by whom and when the server allows (the server decides), and saves whole with its 400s shown on
// the fields. A print button opens the server's Vietnamese PDF.
import { createContext, useContext, useState } from 'react';
import { Alert, App, Button, Card, Form, Space, Tag, type FormInstance } from 'antd';
import { ApiError } from '../../../shared/api.ts';
import { useT } from '../../../i18n/index.tsx';
import { useErrorText } from '../../../shared/errors.ts';
import { evalApi, type Dossier, type FormNo } from '../evaluation.ts';
import { showIssues } from '../../../components/FormFields.tsx';

import { type Data, type FormDrafts } from './form-drafts.ts';

/**
 * The name of the form in its card ("form01"…): antd prefixes its fields' element ids with it, so Forms 01–03, open
 * in the same page once their tabs were visited, do not share ids (a label would point at another form's field).
 */
const FormName = createContext<string | undefined>(undefined);

/**
 * The draft's state above the form: a conflict with a newer server copy (the user chooses), a refusal, or the notice
 * that an unfiled draft is open (with a way back to the server's stored form).
 */
function DraftNotice({
  drafts,
  onDiscard,
  onTakeServer,
}: {
  drafts: FormDrafts;
  onDiscard: () => void;
  onTakeServer: () => void;
}) {
  const { t, pick } = useT();
  const item = drafts.item;
  if (item?.conflict)
    return (
      <Alert
        className="block"
        type="error"
        showIcon
        data-testid="draft-conflict"
        title={t('draft.conflict')}
        description={t('draft.conflictText', { time: timeOf(item.conflict.updatedAt) })}
        action={
          <Space direction="vertical">
            <Button size="small" type="primary" onClick={() => drafts.resolve('mine')} data-testid="draft-keep-mine">
              {t('draft.keepMine')}
            </Button>
            <Button
              size="small"
              onClick={() => {
                drafts.resolve('theirs');
                onTakeServer();
              }}
              data-testid="draft-take-server"
            >
              {t('draft.takeServer')}
            </Button>
          </Space>
        }
      />
    );
  if (item?.refused)
    return <Alert className="block" type="error" showIcon title={t('draft.refused', { reason: pick(item.refused) })} />;
  if (!drafts.restored) return null;
  return (
    <Alert
      className="block"
      type="info"
      showIcon
      data-testid="draft-restored"
      title={t('draft.open')}
      description={t('draft.openForm')}
      action={
        <Button size="small" onClick={onDiscard} data-testid="draft-discard">
          {t('draft.discard')}
        </Button>
      }
    />
  );
}

const timeOf = (iso: string | null) =>
  iso
    ? new Date(iso).toLocaleString('vi-VN', { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit' })
    : '—';

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
  drafts: FormDrafts;
  /** A field changed (by the user): record the draft. */
  onChange: () => void;
  /** Opens the form again from the server's copy (or the registry). */
  refill: () => void;
  children: React.ReactNode;
}) {
  return (
    <>
      <DraftNotice
        drafts={drafts}
        onDiscard={() => {
          drafts.discard();
          refill();
        }}
        onTakeServer={refill}
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
  missing = [],
  drafts,
}: {
  form: FormNo;
  dossier: Dossier;
  saved: boolean;
  editable: boolean;
  busy: boolean;
  onSave: () => void;
  children: React.ReactNode;
  errors: string[];
  /** What the server said is missing or wrong on saving the form whole, each leading to its place. */
  missing?: Missing[];
  drafts?: FormDrafts;
}) {
  const { t } = useT();
  const { message } = App.useApp();
  const saveDraft = async () => {
    if (!drafts) return;
    if (await drafts.saveNow()) void message.success(t('draft.sentMsg'));
    else if (!drafts.item?.conflict) void message.warning(t('draft.queuedMsg'));
  };
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
          {editable && drafts && (
            <Button onClick={() => void saveDraft()} data-testid={`save-draft-${form}`}>
              {t('draft.saveDraft')}
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
      {errors.length > 0 && missing.length === 0 && (
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
      {missing.length > 0 && (
        <Alert
          className="block"
          type="error"
          showIcon
          data-testid={`form-${form}-missing`}
          title={t('file.missingTitle', { n: missing.length })}
          description={
            <ul className="plain-list">
              {missing.map((m) => (
                <li key={m.key}>
                  <a onClick={() => m.goto()}>{m.text}</a>
                </li>
              ))}
            </ul>
          }
        />
      )}
      <FormName.Provider value={`form${form}`}>{children}</FormName.Provider>
      {editable && drafts?.item && !drafts.item.conflict && (
        <div className="muted" data-testid={`draft-pending-${form}`}>
          {t('draft.pendingHere')}
        </div>
      )}
      {editable && (
        <div className="form-card-footer">
          {(errors.length > 0 || missing.length > 0) && <span className="error-text">{t('ev.formInvalid')}</span>}
          {drafts && (
            <Button onClick={() => void saveDraft()} data-testid={`save-draft-${form}-bottom`}>
              {t('draft.saveDraft')}
            </Button>
          )}
          <Button type="primary" loading={busy} onClick={onSave} data-testid={`save-${form}-bottom`}>
            {t('ev.saveForm')}
          </Button>
        </div>
      )}
    </Card>
  );
}

/** One item the server named on saving a form whole, with the way to its place on the page. */
export interface Missing {
  key: string;
  text: string;
  goto: () => void;
}

/**
 * Saving a form whole: the values as they are go to the server, whose rules decide (no check here that the server
 * does not make); its 400 is put on the fields and listed, each item leading to its place, the page scrolled to the
 * first. `labelOf` names a field for the list; a criterion's answer is named by its code.
 */
export function useSave(
  formNo: FormNo,
  dossier: Dossier,
  form: ReturnType<typeof Form.useForm>[0],
  known: (name: string) => boolean,
  onSaved: (d: Dossier) => void,
  labelOf: (name: string) => string | undefined = () => undefined,
) {
  const { t, pick } = useT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [missing, setMissing] = useState<Missing[]>([]);
  const place = (name: string): (() => void) => {
    const criterion = /^selfAssessment\.answers\.(.+)$/.exec(name)?.[1];
    if (criterion) return () => document.getElementById(`sa-crit-${criterion}`)?.scrollIntoView({ block: 'center' });
    if (known(name)) return () => form.scrollToField(name.split('.'), { block: 'center', focus: true });
    return () => undefined;
  };
  const save = async (build: (values: Data) => Data) => {
    setErrors([]);
    setMissing([]);
    const values = form.getFieldsValue(true) as Data;
    setBusy(true);
    try {
      const d = await evalApi.saveForm(dossier.id, formNo, build(values));
      void message.success(t('ev.formSavedMsg', { form: t(`ev.form${formNo}.short`) }));
      onSaved(d);
    } catch (err) {
      if (err instanceof ApiError && err.status === 0) {
        void message.warning(t('file.offline'));
        return;
      }
      const left = showIssues(form, err, pick, known);
      const issues = err instanceof ApiError ? err.issues : [];
      const items = issues.map((i, n) => {
        const name = i.field.replace(/^body\./, '').replace(/^form0\d\./, '');
        const code = /^selfAssessment\.answers\.(.+)$/.exec(name)?.[1];
        const label = labelOf(name) ?? (code ? t('file.criterion', { code }) : name);
        return { key: `${n}:${name}`, text: `${label}: ${pick(i.message)}`, goto: place(name) };
      });
      setMissing(items);
      setErrors(left.length ? left : issues.length ? [] : [errorText(err)]);
      items[0]?.goto();
    } finally {
      setBusy(false);
    }
  };
  return { busy, errors, missing, save };
}
