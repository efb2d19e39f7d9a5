// Đơn vị tư vấn và đối tác OCOP (seed 000 §3.3): the province's consulting units, packaging and brand designers, legal
// advisers, QR stamp providers, distributors…, each with the producers it serves (a commune officer sees those of its
// commune). The provincial office adds partners and links producers; the kinds and their names are the server's.
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Modal, Select, Space, Tag } from 'antd';
import { DateInput } from '../../components/FormFields.tsx';
import { useT } from '../../i18n/index.tsx';
import { useErrorText } from '../../shared/errors.ts';
import { applyFieldErrors } from '../../shared/form-errors.ts';
import type { User } from '../../types.ts';
import { formatDate } from '../registry/registry.ts';
import { ProducerSelect } from '../registry/ProducerSelect.tsx';
import { useAccess } from '../me/permissions.ts';
import { cycleApi, cycleKeys, type PartnerBody } from './cycle.ts';

type PartnerForm = Omit<PartnerBody, 'provinceCode'>;
interface LinkForm {
  producerId: string;
  service?: string;
  since?: string;
}
const PARTNER_FIELDS = ['kind', 'name', 'contact', 'phone', 'email', 'address', 'note'];

export function CyclePartners({ user }: { user: User }) {
  const { t, lang } = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const access = useAccess();
  const qc = useQueryClient();
  const [kind, setKind] = useState<string | undefined>(undefined);
  const [adding, setAdding] = useState(false);
  const [linking, setLinking] = useState<{ id: string; name: string } | null>(null);
  const [partnerForm] = Form.useForm<PartnerForm>();
  const [linkForm] = Form.useForm<LinkForm>();
  const mayWrite = access.can('partners.write');
  const partners = useQuery({
    queryKey: [...cycleKeys.partners, kind ?? 'all'],
    queryFn: () => cycleApi.partners(kind),
  });
  const kinds = partners.data?.kinds ?? [];
  const refresh = () => qc.invalidateQueries({ queryKey: cycleKeys.all });

  const addPartner = async () => {
    const v = await partnerForm.validateFields();
    try {
      await cycleApi.createPartner({ ...v, provinceCode: user.provinceCode ?? '' });
      message.success(t('cycle.done'));
      setAdding(false);
      await refresh();
    } catch (err) {
      if (!applyFieldErrors(partnerForm, err, (m) => m[lang], PARTNER_FIELDS)) message.error(errorText(err));
    }
  };
  const link = async () => {
    if (!linking) return;
    const v = await linkForm.validateFields();
    try {
      await cycleApi.linkProducer(linking.id, {
        producerId: v.producerId,
        service: v.service || null,
        since: v.since || null,
      });
      message.success(t('cycle.done'));
      setLinking(null);
      await refresh();
    } catch (err) {
      if (!applyFieldErrors(linkForm, err, (m) => m[lang], ['producerId', 'service', 'since']))
        message.error(errorText(err));
    }
  };

  return (
    <section data-testid="cycle-partners">
      <h3>{t('cycle.partners')}</h3>
      <p>{t('cycle.partnersIntro')}</p>
      <Space wrap className="block">
        <Select
          allowClear
          style={{ width: 260, maxWidth: '100%' }}
          placeholder={t('cycle.allKinds')}
          value={kind}
          onChange={(v?: string) => setKind(v)}
          options={kinds.map((k) => ({ value: k.code, label: k.label[lang] }))}
          data-testid="partner-kind-filter"
        />
        {mayWrite && (
          <Button type="primary" onClick={() => setAdding(true)} data-testid="new-partner">
            {t('cycle.newPartner')}
          </Button>
        )}
      </Space>
      {partners.isError && <Alert type="error" showIcon title={errorText(partners.error)} />}
      {partners.data?.items.length === 0 && <p>{t('cycle.noPartners')}</p>}
      {partners.data?.items.map((p) => (
        <Card key={p.id} size="small" className="block" data-testid="partner-card">
          <div style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
            <strong>{p.name}</strong> <Tag color="purple">{p.kindLabel[lang]}</Tag>
            {(p.contact || p.phone || p.email) && (
              <div>{[p.contact, p.phone, p.email].filter(Boolean).join(' · ')}</div>
            )}
            {p.address && <div>{p.address}</div>}
            {p.note && <div className="form-hint">{p.note}</div>}
            <div style={{ marginTop: 4 }}>
              {t('cycle.serves')}: {p.producers.length === 0 && t('cycle.servesNone')}
            </div>
            {p.producers.map((x) => (
              <div key={x.id} data-testid="partner-producer">
                • {x.name} · {x.communeName}
                {x.service ? ` — ${x.service}` : ''}
                {x.since ? ` (${t('cycle.since')} ${formatDate(x.since)})` : ''}
              </div>
            ))}
          </div>
          {mayWrite && (
            <Button
              size="small"
              style={{ marginTop: 8 }}
              onClick={() => setLinking({ id: p.id, name: p.name })}
              data-testid="partner-link"
            >
              {t('cycle.linkProducer')}
            </Button>
          )}
        </Card>
      ))}
      <Modal
        open={adding}
        title={t('cycle.newPartner')}
        onCancel={() => setAdding(false)}
        onOk={() => void addPartner()}
        okText={t('cycle.save')}
        okButtonProps={{ 'data-testid': 'partner-save' } as Record<`data-${string}`, string>}
        destroyOnHidden
      >
        <Form form={partnerForm} layout="vertical" preserve={false}>
          <Form.Item name="kind" label={t('cycle.partnerKind')} rules={[{ required: true }]}>
            <Select data-testid="partner-kind" options={kinds.map((k) => ({ value: k.code, label: k.label[lang] }))} />
          </Form.Item>
          <Form.Item name="name" label={t('cycle.partnerName')} rules={[{ required: true }]}>
            <Input data-testid="partner-name" />
          </Form.Item>
          <Form.Item name="contact" label={t('cycle.contact')}>
            <Input />
          </Form.Item>
          <Form.Item name="phone" label={t('cycle.phone')}>
            <Input />
          </Form.Item>
          <Form.Item name="email" label={t('cycle.email')}>
            <Input />
          </Form.Item>
          <Form.Item name="address" label={t('cycle.address')}>
            <Input />
          </Form.Item>
          <Form.Item name="note" label={t('cycle.note')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={linking !== null}
        title={`${t('cycle.linkProducer')} — ${linking?.name ?? ''}`}
        onCancel={() => setLinking(null)}
        onOk={() => void link()}
        okText={t('cycle.save')}
        okButtonProps={{ 'data-testid': 'partner-link-save' } as Record<`data-${string}`, string>}
        destroyOnHidden
      >
        <Form form={linkForm} layout="vertical" preserve={false}>
          <Form.Item name="producerId" label={t('cycle.producer')} rules={[{ required: true }]}>
            <ProducerSelect testId="partner-producer-select" />
          </Form.Item>
          <Form.Item name="service" label={t('cycle.service')}>
            <Input data-testid="partner-service" />
          </Form.Item>
          <Form.Item name="since" label={t('cycle.since')}>
            <DateInput />
          </Form.Item>
        </Form>
      </Modal>
    </section>
  );
}
