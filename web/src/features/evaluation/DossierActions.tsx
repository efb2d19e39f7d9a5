// The next steps of the procedure the server offers the caller (availableActions of GET /api/dossiers/:id), each a
// button that opens what the step needs — a reason, the commune's letter, a round, a decision, the advisory
// report — and posts it. The server decides; its refusals (vi/en, per field) are shown in the dialog.
import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Radio, Select, Space } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { ApiError } from '../../shared/api.ts';
import { useErrorText } from '../../shared/errors.ts';
import { formatDate, todayInVietnam } from '../registry/registry.ts';
import { evalApi, type ActionBody, type ActionResult, type Dossier, type DossierAction } from './evaluation.ts';
import type { User } from '../../types.ts';
import { DateInput } from '../../components/FormFields.tsx';
import { StarRating } from '../criteria/Stars.tsx';
import { useQuery } from '@tanstack/react-query';
import { keys, useInvalidate } from '../../shared/queries.ts';

const NEEDS_REASON: readonly DossierAction[] = [
  'return_to_producer',
  'request_supplement',
  'reject',
  'request_advisory_supplement',
  'convene_meeting',
  'reassess_at_province',
  'withdraw',
];
const DANGER: readonly DossierAction[] = ['reject', 'withdraw'];
const BACKWARD: readonly DossierAction[] = [
  'return_to_producer',
  'request_supplement',
  'request_advisory_supplement',
  'flag_divergence',
  'convene_meeting',
];
const DECISION_ACTIONS: readonly DossierAction[] = ['certify_province', 'send_to_ministry', 'certify_ministry'];
/** Steps staff record from paper, so they may carry the day of the paper act. */
const STAFF_ROLES = [
  'commune_officer',
  'province_office',
  'ministry_office',
  'advisory_member',
  'province_council_chair',
];

export function DossierActions({
  user,
  dossier,
  onDone,
  onReload,
  only,
}: {
  user: User;
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
  const rank = (a: DossierAction) =>
    DANGER.includes(a) ? 2 : BACKWARD.includes(a) || NEEDS_REASON.includes(a) ? 1 : 0;
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
          user={user}
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

interface Values {
  reason?: string;
  on?: string;
  letterNumber?: string;
  communeReport?: {
    localMaterials: string;
    localLabour: string;
    ideaOrigin: string;
    localIdentity: string;
    letterNumber: string;
  };
  roundId?: string;
  councilId?: string;
  ground?: 'scale_changed' | 'evidence_unclear';
  reportContent?: string;
  reportReference?: string;
  flagAcceptedReason?: string;
  decisionId?: string;
  decisionNumber?: string;
  decisionDate?: string;
  decisionSigner?: string;
}

function ActionModal({
  user,
  dossier: d,
  action,
  title,
  onClose,
  onReload,
  onDone,
}: {
  user: User;
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
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const needsRound = action === 'assign_round' || action === 'open_central_council';
  const level = action === 'open_central_council' ? 'central' : 'province';
  const rounds = useQuery({
    queryKey: [...keys.rounds, { level }],
    queryFn: () => evalApi.rounds({ level }),
    enabled: needsRound,
  });
  const needsCouncil = action === 'start_review' || action === 'open_central_council';
  const councilFilter = d.roundId && action === 'start_review' ? { roundId: d.roundId } : {};
  const councils = useQuery({
    queryKey: [...keys.councils, councilFilter],
    queryFn: () => evalApi.councils(councilFilter),
    enabled: needsCouncil,
  });
  const isDecision = DECISION_ACTIONS.includes(action);
  const decisionKind = action === 'send_to_ministry' ? 'approval' : 'recognition';
  const decisions = useQuery({
    queryKey: [...keys.decisions, 'list', { kind: decisionKind, limit: 50 }],
    queryFn: () => evalApi.decisions({ kind: decisionKind, limit: 50 }),
    enabled: isDecision,
  });
  const invalidate = useInvalidate();
  const reasonRequired = NEEDS_REASON.includes(action);
  const staff = STAFF_ROLES.includes(user.role);

  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    setError(undefined);
    try {
      const body: ActionBody = { expectedVersion: d.version };
      if (v.reason?.trim()) body.reason = v.reason.trim();
      if (v.on) body.on = v.on;
      if (action === 'forward') {
        if (d.forms.form03) {
          if (v.letterNumber?.trim()) body.letterNumber = v.letterNumber.trim();
        } else if (v.communeReport) body.communeReport = v.communeReport;
      }
      if (needsRound && v.roundId) body.roundId = v.roundId;
      if (needsCouncil && v.councilId) body.councilId = v.councilId;
      if (action === 'record_field_visit' && v.ground) body.fieldVisit = { ground: v.ground };
      if (action === 'close_scoring' && v.flagAcceptedReason?.trim())
        body.flagAcceptedReason = v.flagAcceptedReason.trim();
      if (action === 'submit_advisory_report' && v.reportContent?.trim()) {
        await evalApi.advisoryReport(d.id, {
          content: v.reportContent.trim(),
          ...(v.reportReference?.trim() ? { reference: v.reportReference.trim() } : {}),
        });
      }
      if (isDecision) {
        if (v.decisionId) body.decisionId = v.decisionId;
        else if (v.decisionNumber?.trim() && v.decisionDate) {
          body.decision = {
            number: v.decisionNumber.trim(),
            date: v.decisionDate,
            ...(v.decisionSigner?.trim() ? { signer: v.decisionSigner.trim() } : {}),
          };
        }
      }
      const r = await evalApi.act(d.id, action, body);
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
      <Form form={form} layout="vertical" requiredMark="optional" initialValues={{ ground: 'evidence_unclear' }}>
        {action === 'forward' &&
          (d.forms.form03 ? (
            <Form.Item name="letterNumber" label={t('ev.letterNumber')} extra={t('ev.letterNumberHint')}>
              <Input maxLength={60} data-testid="input-letterNumber" />
            </Form.Item>
          ) : (
            <>
              <Alert className="block" type="info" showIcon title={t('ev.noForm03')} />
              {(['localMaterials', 'localLabour', 'ideaOrigin', 'localIdentity'] as const).map((k) => (
                <Form.Item
                  key={k}
                  name={['communeReport', k]}
                  label={t(`ev.report.${k}`)}
                  rules={[{ required: true, message: t('ev.required') }]}
                >
                  <Input.TextArea autoSize={{ minRows: 2 }} data-testid={`input-report-${k}`} />
                </Form.Item>
              ))}
              <Form.Item
                name={['communeReport', 'letterNumber']}
                label={t('ev.letterNumber')}
                rules={[{ required: true, message: t('ev.required') }]}
              >
                <Input maxLength={60} data-testid="input-letterNumber" />
              </Form.Item>
            </>
          ))}
        {needsRound && (
          <Form.Item name="roundId" label={t('ev.round')} rules={[{ required: true, message: t('ev.required') }]}>
            <Select
              data-testid="input-round"
              loading={rounds.isLoading}
              placeholder={t('ev.roundPlaceholder')}
              options={(rounds.data ?? [])
                .filter((r) => r.status !== 'closed')
                .map((r) => ({
                  value: r.id,
                  label: `${pick(r.label)} · ${t('ev.finishBy')} ${formatDate(r.finishBy)}`,
                }))}
              optionRender={(o) => <span data-testid={`round-option-${o.value}`}>{o.label}</span>}
              notFoundContent={t('ev.noRounds')}
            />
          </Form.Item>
        )}
        {needsCouncil && (
          <Form.Item name="councilId" label={t('ev.council')} extra={t('ev.councilDefault')}>
            <Select
              allowClear
              data-testid="input-council"
              loading={councils.isLoading}
              options={(councils.data ?? [])
                .filter((c) => c.level === level)
                .map((c) => ({ value: c.id, label: `${c.decisionNo} (${formatDate(c.decisionDate)})` }))}
            />
          </Form.Item>
        )}
        {action === 'record_field_visit' && (
          <Form.Item name="ground" label={t('ev.fieldVisitGround')}>
            <Radio.Group>
              <Radio value="scale_changed">{t('ev.ground.scale_changed')}</Radio>
              <Radio value="evidence_unclear">{t('ev.ground.evidence_unclear')}</Radio>
            </Radio.Group>
          </Form.Item>
        )}
        {action === 'submit_advisory_report' && (
          <>
            <Form.Item name="reportContent" label={t('ev.advisoryContent')} extra={t('ev.advisoryContentHint')}>
              <Input.TextArea autoSize={{ minRows: 3 }} maxLength={50_000} data-testid="input-advisory-content" />
            </Form.Item>
            <Form.Item name="reportReference" label={t('ev.advisoryReference')}>
              <Input maxLength={200} data-testid="input-advisory-reference" />
            </Form.Item>
          </>
        )}
        {action === 'close_scoring' && (
          <Form.Item name="flagAcceptedReason" label={t('ev.flagAcceptedReason')} extra={t('ev.flagAcceptedHint')}>
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
          </Form.Item>
        )}
        {isDecision && (
          <>
            <Form.Item name="decisionId" label={t('ev.decisionExisting')} extra={t('ev.decisionExistingHint')}>
              <Select
                allowClear
                data-testid="input-decision"
                options={(decisions.data?.items ?? []).map((x) => ({
                  value: x.id,
                  label: `${x.number} (${formatDate(x.signedOn)})`,
                }))}
                notFoundContent={t('ev.noDecisions')}
              />
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(a, b) => a.decisionId !== b.decisionId}>
              {({ getFieldValue }) =>
                !getFieldValue('decisionId') && (
                  <div className="form-grid">
                    <Form.Item
                      name="decisionNumber"
                      label={t('ev.decisionNumber')}
                      rules={[{ required: true, message: t('ev.required') }]}
                      extra={t('ev.decisionNumberHint')}
                    >
                      <Input maxLength={100} data-testid="input-decision-number" />
                    </Form.Item>
                    <Form.Item
                      name="decisionDate"
                      label={t('ev.decisionDate')}
                      rules={[{ required: true, message: t('ev.required') }]}
                    >
                      <DateInput testId="input-decision-date" />
                    </Form.Item>
                    <Form.Item className="form-grid-wide" name="decisionSigner" label={t('ev.decisionSigner')}>
                      <Input maxLength={200} data-testid="input-decision-signer" />
                    </Form.Item>
                  </div>
                )
              }
            </Form.Item>
          </>
        )}
        <Form.Item
          name="reason"
          label={reasonRequired ? t('ev.reason') : t('ev.note')}
          rules={reasonRequired ? [{ required: true, message: t('ev.reasonRequired') }] : []}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} data-testid="input-reason" />
        </Form.Item>
        {staff && (
          <Form.Item name="on" label={t('ev.actOn')} extra={t('ev.actOnHint', { today: formatDate(todayInVietnam()) })}>
            <DateInput testId="input-on" />
          </Form.Item>
        )}
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
