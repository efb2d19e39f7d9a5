// A new round: statutory (round 1 or 2 of Art. 5.1/5.2, with their dates) or extra, with the council's rules and the
// plan as basis.
import { Alert, App, Form, Input, InputNumber, Modal, Switch } from 'antd';
import { useT } from '../../../i18n/index.tsx';
import { ApiError } from '../../../shared/api.ts';
import { useErrorText } from '../../../shared/errors.ts';
import { evalApi, type Round, type RoundBody } from '../evaluation.ts';
import { DateInput } from '../../../components/FormFields.tsx';
import { freshOnOpen, useFormSave } from '../../../components/FormDrawer.tsx';

interface RoundValues {
  year: number;
  number: number;
  extra: boolean;
  councilRulesDecision?: string;
  planReference?: string;
  cutoff?: string;
  finishBy?: string;
}

function RoundModalBody({
  open,
  level,
  extraFirst = false,
  onClose,
  onCreated,
}: {
  open: boolean;
  level: 'province' | 'central';
  /** Opened to plan a supplementary round (a statutory round's cut-off has passed). */
  extraFirst?: boolean;
  onClose: () => void;
  onCreated: (r: Round) => void;
}) {
  const { t, pick } = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const { form, busy, error, save } = useFormSave<RoundValues>();
  const extra = Form.useWatch('extra', form);
  const submit = () =>
    save(async (v) => {
      const body: RoundBody = {
        level,
        year: v.year,
        number: v.number,
        ...(v.cutoff ? { cutoff: v.cutoff } : {}),
        ...(v.finishBy ? { finishBy: v.finishBy } : {}),
        ...(v.extra
          ? { extra: { councilRulesDecision: v.councilRulesDecision ?? '', planReference: v.planReference ?? '' } }
          : {}),
      };
      const r = await evalApi.createRound(body);
      void message.success(t('rd.created', { label: pick(r.label) }));
      onCreated(r);
    });
  const issues = error instanceof ApiError ? error.issues : [];
  return (
    <Modal
      open={open}
      title={t('rd.createRound')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('rd.createOk')}
      cancelText={t('action.cancel')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'round-ok' }}
      destroyOnHidden
    >
      <p className="muted">{level === 'central' ? t('rd.roundLeadCentral') : t('rd.roundLead')}</p>
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          year: new Date().getFullYear(),
          number: extraFirst ? 3 : new Date().getMonth() < 6 ? 1 : 2,
          extra: extraFirst,
        }}
        requiredMark="optional"
      >
        <div className="form-grid">
          <Form.Item name="year" label={t('ev.year')} rules={[{ required: true }]}>
            <InputNumber<number> min={2019} max={2100} precision={0} className="full-width" data-testid="round-year" />
          </Form.Item>
          <Form.Item
            name="number"
            label={t('rd.number')}
            rules={[{ required: true }]}
            extra={extra ? t('rd.numberExtraHint') : t('rd.numberHint')}
          >
            <InputNumber<number> min={1} max={99} precision={0} className="full-width" data-testid="round-number" />
          </Form.Item>
        </div>
        <Form.Item name="extra" valuePropName="checked" label={t('rd.extraLabel')} extra={t('rd.extraHint')}>
          <Switch data-testid="round-extra" />
        </Form.Item>
        {extra && (
          <div className="form-grid">
            <Form.Item
              name="councilRulesDecision"
              label={t('rd.councilRules')}
              rules={[{ required: true, message: t('ev.required') }]}
            >
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item
              name="planReference"
              label={t('rd.planReference')}
              rules={[{ required: true, message: t('ev.required') }]}
            >
              <Input maxLength={100} />
            </Form.Item>
          </div>
        )}
        <div className="form-grid">
          <Form.Item name="cutoff" label={t('rd.cutoff')} extra={t('rd.defaultByLaw')}>
            <DateInput />
          </Form.Item>
          <Form.Item name="finishBy" label={t('rd.finishBy')} extra={t('rd.defaultByLaw')}>
            <DateInput />
          </Form.Item>
        </div>
      </Form>
      {error !== null && (
        <Alert
          type="error"
          showIcon
          title={errorText(error)}
          description={
            issues.length ? (
              <ul className="plain-list">
                {issues.map((i) => (
                  <li key={i.field + i.code}>{pick(i.message)}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
    </Modal>
  );
}

/** The modal, with a fresh form at every opening. */
export const RoundModal = freshOnOpen(RoundModalBody);
