// Đề nghị thu hồi: the office's queue of revocation proposals (Art. 8.3.a) — from inspections, the commune, another
// authority or consumers — each with who decides (Art. 8.2) and the 15 days of Art. 8.4 counting down (overdue in
// red). "Thu hồi" records the signed decision, "Không thu hồi" closes the proposal with a note; both only where the
// server says the user may (`may`).
import { EmptyHint } from '../../components/EmptyHint.tsx';
import { useGuide } from '../../help/guide.ts';
import { useState } from 'react';
import { Alert, App, Card, Form, Input, Modal, Space, Tabs, Tag, Button, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../i18n/index.tsx';
import { useErrorText } from '../../shared/errors.ts';
import { listParams } from '../../shared/list-params.ts';
import { Link } from '../../shared/router.ts';
import { keys, useInvalidate } from '../../shared/queries.ts';
import { formatDate } from '../registry/registry.ts';
import { certificatePath } from '../evaluation/evaluation.ts';
import { StarRating } from '../criteria/Stars.tsx';
import { certApi, LIFECYCLE_COLORS, type RevocationProposal } from './certificates.ts';
import { RevokeDialog } from './RevokeDialog.tsx';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';

const STATES = ['open', 'revoked', 'dismissed'] as const;

export function RevocationProposalsPage({ query }: { query: URLSearchParams }) {
  const { t, pick } = useT();
  const guide = useGuide();
  const errorText = useErrorText();
  const lp = listParams(query);
  const state = (STATES as readonly string[]).includes(query.get('state') ?? '') ? query.get('state')! : 'open';
  const list = useQuery({
    queryKey: [...keys.revocationProposals, state, lp.page, lp.size],
    queryFn: () => certApi.proposals({ state, limit: lp.size, offset: (lp.page - 1) * lp.size }),
  });
  const [revoking, setRevoking] = useState<RevocationProposal | null>(null);
  const [dismissing, setDismissing] = useState<RevocationProposal | null>(null);
  const columns: TableColumnsType<RevocationProposal> = [
    {
      key: 'certificate',
      title: t('rp.certificate'),
      render: (_, p) => (
        <div>
          <Link to={certificatePath(p.certificate.id)}>{p.certificate.number}</Link>{' '}
          <StarRating star={p.certificate.star} />
          <div>{p.certificate.productName}</div>
          <div className="muted">{p.certificate.producerName}</div>
          <Tag color={LIFECYCLE_COLORS[p.certificate.status]}>{pick(p.certificate.stateLabel)}</Tag>
        </div>
      ),
    },
    {
      key: 'source',
      title: t('rp.source'),
      width: 150,
      render: (_, p) => (
        <div>
          {t(`rp.source.${p.source as 'inspection'}`)}
          <div className="muted">{new Date(p.proposedAt).toLocaleDateString('vi-VN')}</div>
        </div>
      ),
    },
    {
      key: 'ground',
      title: t('rv.ground'),
      render: (_, p) => (
        <div>
          {p.ground ? `${p.ground.article} — ${pick(p.ground.label)}` : <span className="muted">—</span>}
          <div className="muted">{p.summary}</div>
          {p.closeNote && <div className="muted">{p.closeNote}</div>}
        </div>
      ),
    },
    {
      key: 'authority',
      title: t('rv.decidedBy'),
      width: 170,
      render: (_, p) => <span title={p.authority.article}>{pick(p.authority.label)}</span>,
    },
    {
      key: 'deadline',
      title: t('rp.deadline'),
      width: 170,
      render: (_, p) => (
        <div title={pick(p.deadline.message)} data-testid="proposal-deadline">
          {formatDate(p.deadline.dueOn)}
          <div>
            {p.state !== 'open' ? null : p.deadline.overdue ? (
              <Tag color="red">{t('rp.overdue', { n: -p.deadline.daysLeft })}</Tag>
            ) : (
              <Tag color={p.deadline.daysLeft <= 3 ? 'orange' : 'default'}>
                {t('rp.daysLeft', { n: p.deadline.daysLeft })}
              </Tag>
            )}
          </div>
          <div className="muted">
            {t(p.deadline.countedFrom === 'basis' ? 'rp.fromBasis' : 'rp.fromProposal', {
              date: formatDate(p.deadline.startsOn),
            })}
          </div>
        </div>
      ),
    },
    {
      key: 'actions',
      title: '',
      width: 150,
      render: (_, p) => (
        <Space direction="vertical" size={4}>
          {p.may.revoke && (
            <Button danger size="small" onClick={() => setRevoking(p)} data-testid="proposal-revoke">
              {t('rv.button')}
            </Button>
          )}
          {p.may.dismiss && (
            <Button size="small" onClick={() => setDismissing(p)} data-testid="proposal-dismiss">
              {t('rp.dismiss')}
            </Button>
          )}
        </Space>
      ),
    },
  ];
  return (
    <div className="page page-wide" data-testid="revocations-page">
      <div className="page-head">
        <h1>{t('rp.title')}</h1>
        <p className="page-lead">{t('rp.lead')}</p>
      </div>
      <Tabs
        activeKey={state}
        onChange={(k) => lp.setFilter({ state: k === 'open' ? undefined : k })}
        items={STATES.map((s) => ({ key: s, label: t(`rp.state.${s}`) }))}
      />
      {list.isError && <Alert type="error" showIcon title={errorText(list.error)} />}
      <Card className="table-card" size="small">
        <ResponsiveTable<RevocationProposal>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          locale={{ emptyText: <EmptyHint what={t('rp.empty')} hint={guide.empty.revocations} /> }}
          pagination={{ current: lp.page, pageSize: lp.size, total: list.data?.total ?? 0, onChange: lp.setPage }}
        />
      </Card>
      {revoking && (
        <RevokeDialog
          open
          certificate={revoking.certificate}
          proposal={{ id: revoking.id, ground: revoking.ground?.code ?? null, basis: revoking.basis }}
          onClose={() => setRevoking(null)}
          onDone={() => setRevoking(null)}
        />
      )}
      <DismissModal proposal={dismissing} onClose={() => setDismissing(null)} />
    </div>
  );
}

function DismissModal({ proposal, onClose }: { proposal: RevocationProposal | null; onClose: () => void }) {
  const { t } = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<{ note: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    const { note } = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await certApi.dismiss(proposal!.id, note.trim());
      void message.success(t('rp.dismissed'));
      invalidate(keys.revocationProposals);
      form.resetFields();
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={proposal !== null}
      title={t('rp.dismissTitle', { number: proposal?.certificate.number ?? '' })}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      okText={t('rp.dismiss')}
      cancelText={t('action.cancel')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="note"
          label={t('rp.note')}
          rules={[{ required: true, whitespace: true, message: t('ev.required') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="dismiss-note" />
        </Form.Item>
      </Form>
      {error !== null && <Alert type="error" showIcon title={errorText(error)} />}
    </Modal>
  );
}
