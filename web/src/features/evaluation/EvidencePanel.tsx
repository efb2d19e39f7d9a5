// Tài liệu minh chứng: the dossier's evidence files — upload (PDF or images, optionally for one criterion, with a
// note), the list, and a viewer (a PDF in a frame, an image inline).
import { useState } from 'react';
import { Alert, App, Button, Card, Input, Modal, Popconfirm, Select, Tag, Upload, type TableColumnsType } from 'antd';
import { ApiError } from '../../shared/api.ts';
import { useT } from '../../i18n/index.tsx';
import { useErrorText } from '../../shared/errors.ts';
import { formatDate } from '../registry/registry.ts';
import { evalApi, type Dossier, type Evidence } from './evaluation.ts';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.webp,application/pdf,image/jpeg,image/png,image/webp';

function size(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export function EvidencePanel({
  dossier,
  evidence,
  loading,
  mayUpload,
  criteria,
  onChanged,
}: {
  dossier: Dossier;
  evidence: Evidence[];
  loading: boolean;
  mayUpload: boolean;
  /** Criterion codes of the dossier's sheet, for the "for criterion" picker. */
  criteria: { code: string; title: string }[];
  onChanged: () => void;
}) {
  const { t, pick } = useT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  // The server names what is wrong with the file (its type, its size): that, not the general "invalid data".
  const uploadError = (err: unknown) =>
    err instanceof ApiError && err.issues.length ? err.issues.map((i) => pick(i.message)).join(' ') : errorText(err);
  const remove = async (e: Evidence) => {
    try {
      await evalApi.deleteEvidence(dossier.id, e.id);
      void message.success(t('ev.deletedEvidence', { name: e.name }));
      onChanged();
    } catch (err) {
      setError(err);
    }
  };
  const [criterion, setCriterion] = useState<string | undefined>(undefined);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [viewing, setViewing] = useState<Evidence | null>(null);

  const upload = async (file: File) => {
    setBusy(true);
    setError(undefined);
    try {
      const e = await evalApi.uploadEvidence(dossier.id, file, {
        criterionCode: criterion,
        note: note.trim() || undefined,
      });
      void message.success(t('ev.uploaded', { name: e.name }));
      setNote('');
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const columns: TableColumnsType<Evidence> = [
    {
      key: 'name',
      title: t('ev.fileName'),
      render: (_, e) => (
        <div className="cell-main">
          <a onClick={() => setViewing(e)} data-testid={`evidence-${e.name}`}>
            {e.name}
          </a>
          {e.note && <span className="cell-sub muted">{e.note}</span>}
        </div>
      ),
    },
    {
      key: 'criterion',
      title: t('ev.criterion'),
      width: 110,
      render: (_, e) => (e.criterionCode ? <Tag>{e.criterionCode}</Tag> : <span className="muted">—</span>),
    },
    {
      key: 'type',
      title: t('ev.fileType'),
      width: 90,
      render: (_, e) => <Tag>{e.mime === 'application/pdf' ? 'PDF' : e.mime.replace('image/', '').toUpperCase()}</Tag>,
    },
    { key: 'size', title: t('ev.fileSize'), width: 90, render: (_, e) => size(e.size) },
    { key: 'at', title: t('ev.uploadedAt'), width: 110, render: (_, e) => formatDate(e.uploadedAt) },
    ...(mayUpload
      ? [
          {
            key: 'delete',
            width: 70,
            render: (_: unknown, e: Evidence) => (
              <Popconfirm
                title={t('ev.deleteEvidenceConfirm', { name: e.name })}
                okButtonProps={{ danger: true, 'data-testid': 'evidence-delete-ok' } as { danger: boolean }}
                onConfirm={() => remove(e)}
              >
                <Button size="small" danger type="link" data-testid={`evidence-delete-${e.name}`}>
                  {t('ev.deleteEvidence')}
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card size="small" className="block" title={t('ev.evidence')} data-testid="evidence-panel">
      {mayUpload && (
        <div className="toolbar-row evidence-upload">
          <label className="field field-narrow">
            <span className="field-label">{t('ev.forCriterion')}</span>
            <Select
              allowClear
              showSearch
              placeholder={t('ev.anyCriterion')}
              value={criterion}
              onChange={(v?: string) => setCriterion(v)}
              data-testid="evidence-criterion"
              optionFilterProp="label"
              options={criteria.map((c) => ({ value: c.code, label: `${c.code}. ${c.title}` }))}
              popupMatchSelectWidth={420}
            />
          </label>
          <label className="field field-grow">
            <span className="field-label">{t('ev.note')}</span>
            <Input
              value={note}
              onChange={(e) => setNote(e.target.value)}
              maxLength={2000}
              data-testid="evidence-note"
            />
          </label>
          <Upload
            accept={ACCEPT}
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button type="primary" loading={busy} data-testid="evidence-upload">
              {t('ev.upload')}
            </Button>
          </Upload>
        </div>
      )}
      {mayUpload && <p className="form-hint">{t('ev.uploadHint')}</p>}
      {error !== undefined && (
        <Alert className="block" type="error" showIcon title={uploadError(error)} data-testid="evidence-error" />
      )}
      <ResponsiveTable<Evidence>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={evidence}
        loading={loading}
        pagination={false}
        locale={{ emptyText: t('ev.noEvidence') }}
        data-testid="evidence-table"
      />
      <Modal
        open={viewing !== null}
        title={viewing?.name}
        onCancel={() => setViewing(null)}
        footer={
          viewing && (
            <Button href={evalApi.evidenceUrl(dossier.id, viewing.id)} target="_blank">
              {t('ev.openNewTab')}
            </Button>
          )
        }
        width={960}
        destroyOnHidden
      >
        {viewing &&
          (viewing.mime === 'application/pdf' ? (
            <iframe
              className="evidence-frame"
              title={viewing.name}
              src={evalApi.evidenceUrl(dossier.id, viewing.id)}
              data-testid="evidence-viewer"
            />
          ) : (
            <img
              className="evidence-image"
              alt={viewing.name}
              src={evalApi.evidenceUrl(dossier.id, viewing.id)}
              data-testid="evidence-viewer"
            />
          ))}
      </Modal>
    </Card>
  );
}
