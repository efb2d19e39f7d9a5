// "Tạo hồ sơ": the producer (or the commune officer entering a paper filing) opens a dossier for a product — first
// evaluation, upgrade or re-evaluation (Art. 6.1). A re-evaluation shows the product's filing window (180 to 120 days
// before the certificate expires, Art. 7.6.a); outside it the server refuses, and its message is shown as it is.
import { Alert, Form, Input, Modal, Radio, Select } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { api } from '../../shared/api.ts';
import { useErrorText } from '../../shared/errors.ts';
import { formatDate, todayInVietnam } from '../registry/registry.ts';
import { DOSSIER_KINDS, evalApi, type Dossier, type DossierKind } from './evaluation.ts';
import { StarRating } from '../criteria/Stars.tsx';
import { freshOnOpen, useFormSave } from '../../components/FormDrawer.tsx';
import { useQuery } from '@tanstack/react-query';
import { keys } from '../../shared/queries.ts';

interface Values {
  productId?: string;
  kind: DossierKind;
  changes?: string;
}

function CreateDossierBody({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (d: Dossier) => void;
}) {
  const { t } = useT();
  const errorText = useErrorText();
  const { form, busy, error, save } = useFormSave<Values>();
  const products = useQuery({
    queryKey: [...keys.products, 'list', { limit: 500, status: 'active' }],
    queryFn: () => api.products({ limit: 500, status: 'active' }),
    enabled: open,
  });
  const productId = Form.useWatch('productId', form);
  const kind = Form.useWatch('kind', form) ?? 'first';
  const certs = useQuery({
    queryKey: [...keys.certificates, 'list', { productId, limit: 20 }],
    queryFn: () => evalApi.certificates({ productId, limit: 20 }),
    enabled: !!productId,
  });
  const cert = certs.data?.items.find((c) => c.status === 'valid') ?? certs.data?.items[0];

  const today = todayInVietnam();
  const window = cert?.reevaluationWindow;
  const inWindow = window ? today >= window.opensOn && today <= window.closesOn : false;

  const submit = () =>
    save(async (v) => {
      const changes = v.changes?.trim();
      onCreated(
        await evalApi.createDossier({
          productId: v.productId!,
          kind: v.kind,
          ...(changes && v.kind !== 'first' ? { changes: [changes] } : {}),
        }),
      );
    });

  return (
    <Modal
      open={open}
      title={t('ev.createTitle')}
      okText={t('ev.createOk')}
      cancelText={t('action.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'create-ok' }}
      destroyOnHidden
      width={620}
    >
      <p className="muted">{t('ev.createLead')}</p>
      <Form form={form} layout="vertical" initialValues={{ kind: 'first' }} requiredMark="optional">
        <Form.Item
          name="productId"
          label={t('ev.product')}
          rules={[{ required: true, message: t('ev.productRequired') }]}
        >
          <Select
            showSearch
            data-testid="create-product"
            loading={products.isLoading}
            placeholder={t('ev.productPlaceholder')}
            optionFilterProp="label"
            options={(products.data?.items ?? []).map((p) => ({
              value: p.id,
              label: `${p.name} — ${p.producerName ?? ''}`,
            }))}
            optionRender={(o) => <span data-testid={`create-product-${o.value}`}>{o.label}</span>}
          />
        </Form.Item>
        <Form.Item name="kind" label={t('ev.kind')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" buttonStyle="solid">
            {DOSSIER_KINDS.map((k) => (
              <Radio.Button key={k} value={k} data-testid={`create-kind-${k}`}>
                {t(`ev.kind.${k}`)}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        {kind !== 'first' && productId && cert && (
          <Alert
            className="block"
            type={kind === 'reevaluation' && !inWindow ? 'warning' : 'info'}
            showIcon
            data-testid="create-certificate"
            title={
              <span>
                {t('ev.createHasCert', { number: cert.number, expires: formatDate(cert.expiresOn) })}{' '}
                <StarRating star={cert.star} />
              </span>
            }
            description={
              kind === 'reevaluation' && window ? (
                <span data-testid="reevaluation-window">
                  {t('ev.reevaluationWindow', { from: formatDate(window.opensOn), to: formatDate(window.closesOn) })}{' '}
                  {!inWindow && <b>{today < window.opensOn ? t('ev.windowNotOpen') : t('ev.windowClosed')}</b>}
                </span>
              ) : undefined
            }
          />
        )}
        {kind !== 'first' && productId && certs.data && !cert && (
          <Alert className="block" type="warning" showIcon title={t('ev.createNoCert')} />
        )}
        {kind !== 'first' && (
          <Form.Item name="changes" label={t('ev.changes')} extra={t('ev.changesHint')}>
            <Input.TextArea rows={3} maxLength={5000} data-testid="create-changes" />
          </Form.Item>
        )}
      </Form>
      {error !== null && <Alert type="error" showIcon title={errorText(error)} data-testid="create-error" />}
    </Modal>
  );
}

/** The modal, with a fresh form at every opening. */
export const CreateDossierModal = freshOnOpen(CreateDossierBody);
