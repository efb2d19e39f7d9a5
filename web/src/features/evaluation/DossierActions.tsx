// The next steps of the procedure the server offers the caller (availableActions of GET /api/dossiers/:id), each a
// button that opens a dialog of what the server says the step needs (`needs`: a reason, the commune's letter, a round,
// a decision, the advisory report; StepFields.tsx draws them) and posts it. The server decides; its refusals (vi/en,
// per field) are shown in the dialog.
import { useState } from 'react';
import { Alert, App, Button, Form, Modal, Space } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { ApiError } from '../../shared/api.ts';
import { useErrorText } from '../../shared/errors.ts';
import { formatDate } from '../registry/registry.ts';
import { evalApi, type ActionResult, type Dossier, type DossierAction } from './evaluation.ts';
import { StarRating } from '../criteria/Stars.tsx';
import { keys, useInvalidate } from '../../shared/queries.ts';
import { bodyOf, initialValuesOf, reportOf, StepFields, type Need, type StepValues } from './StepFields.tsx';

const DANGER: readonly DossierAction[] = ['reject', 'withdraw'];
const BACKWARD: readonly DossierAction[] = [
  'return_to_producer',
  'request_supplement',
  'request_advisory_supplement',
  'flag_divergence',
  'convene_meeting',
];
/** What the server says a step asks for. */
const needsOf = (d: Dossier, action: DossierAction): Need[] =>
  d.availableActions.find((a) => a.action === action)?.needs ?? [];
/** Whether the step must say why (the server marks the reason required). */
const needsReason = (d: Dossier, action: DossierAction) =>
  needsOf(d, action).some((n) => n.field === 'reason' && n.required);

export function DossierActions({
  dossier,
  onDone,
  onReload,
  only,
}: {
  dossier: Dossier;
  /** After a step was taken (the dossier and what it touches are already invalidated). */
  onDone?: (r: ActionResult) => void;
  /** Reloads the dossier (offered when it changed since it was read). */
  onReload?: () => void;
  only?: readonly DossierAction[];
}) {
  const { t, pick } = useT();
  const [open, setOpen] = useState<DossierAction | null>(null);
  const actions = dossier.availableActions.filter((a) => !only || only.includes(a.action));
  if (actions.length === 0) return null;
  const label = (a: DossierAction) => pick(dossier.availableActions.find((x) => x.action === a)!.label);
  // The step forward first, then the ones that send the dossier back, then the refusals.
  const rank = (a: DossierAction) => (DANGER.includes(a) ? 2 : BACKWARD.includes(a) || needsReason(dossier, a) ? 1 : 0);
  const sorted = [...actions].sort((a, b) => rank(a.action) - rank(b.action));
  return (
    <div className="dossier-actions" data-testid="dossier-actions">
      <span className="dossier-actions-label">{t('ev.nextSteps')}</span>
      <Space wrap>
        {sorted.map((a, i) => (
          <Button
            key={a.action}
            type={i === 0 && rank(a.action) === 0 ? 'primary' : 'default'}
            danger={DANGER.includes(a.action)}
            onClick={() => setOpen(a.action)}
            data-testid={`action-${a.action}`}
          >
            {pick(a.label)}
          </Button>
        ))}
      </Space>
      {open && (
        <ActionModal
          dossier={dossier}
          action={open}
          title={label(open)}
          onClose={() => setOpen(null)}
          onReload={
            onReload &&
            (() => {
              setOpen(null);
              onReload();
            })
          }
          onDone={(r) => {
            setOpen(null);
            onDone?.(r);
          }}
        />
      )}
    </div>
  );
}

function ActionModal({
  dossier: d,
  action,
  title,
  onClose,
  onReload,
  onDone,
}: {
  dossier: Dossier;
  action: DossierAction;
  title: string;
  onClose: () => void;
  onReload?: () => void;
  onDone: (r: ActionResult) => void;
}) {
  const { t, pick } = useT();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<StepValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  // What the step asks for, as the server describes it (availableActions[].needs).
  const needs = needsOf(d, action);
  const invalidate = useInvalidate();

  const submit = async () => {
    let v: StepValues;
    try {
      v = await form.validateFields();
    } catch {
      // The form marks what is missing beside each field (and scrolls to the first); nothing is sent.
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const report = reportOf(needs, v);
      if (report) await evalApi.advisoryReport(d.id, report);
      const r = await evalApi.act(d.id, action, bodyOf(needs, v, d));
      // A step changes the dossier and its lists; some also record a decision, issue a certificate or notify.
      invalidate(keys.dossiers, keys.decisions, keys.certificates, keys.notifications);
      void message.success(t('ev.actionDone', { action: title }));
      if (r.certificate) {
        const c = r.certificate;
        modal.success({
          title: t('ev.certificateIssued'),
          content: (
            <div data-testid="certificate-issued" data-number={c.number} data-star={c.star}>
              <div className="cert-number">{c.number}</div>
              <StarRating star={c.star} size="large" />
              <div className="muted">
                {t('ev.certValidity', { from: formatDate(c.issuedOn), to: formatDate(c.expiresOn) })}
              </div>
            </div>
          ),
        });
      }
      onDone(r);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  // The field issues, unless they only repeat the error's own message.
  const issues = error instanceof ApiError ? error.issues.filter((i) => pick(i.message) !== errorText(error)) : [];
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('ev.confirmAction')}
      cancelText={t('action.cancel')}
      confirmLoading={busy}
      okButtonProps={{ danger: DANGER.includes(action), 'data-testid': 'action-confirm' }}
      width={640}
      destroyOnHidden
    >
      <p className="muted">{t('ev.actionLead', { product: d.productName ?? '' })}</p>
      <Form
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={initialValuesOf(needs)}
        scrollToFirstError
      >
        <StepFields dossier={d} needs={needs} />
      </Form>
      {error !== undefined && (
        <Alert
          type="error"
          showIcon
          data-testid="action-error"
          title={errorText(error)}
          action={
            error instanceof ApiError && error.code === 'version_conflict' && onReload ? (
              <Button size="small" onClick={onReload}>
                {t('action.retry')}
              </Button>
            ) : undefined
          }
          description={
            issues.length > 0 ? (
              <ul className="plain-list">
                {issues.map((i) => (
                  <li key={`${i.field}-${i.code}`}>{pick(i.message)}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
    </Modal>
  );
}
