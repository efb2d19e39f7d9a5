// Bảng kiểm tra (a visit's checklist, Art. 9.3), made for a tablet (820×1180): one column of items, big touch targets,
// a photo straight from the camera. Each item offers only the steps the server lists in its availableActions: the
// team records ok / minor / serious with a note, requires a fix by a date, re-checks, or proposes revocation; the
// producer reports its fix.
import { useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Input,
  Popconfirm,
  Progress,
  Radio,
  Select,
  Skeleton,
  Space,
  Tag,
} from 'antd';
import { useT } from '../../i18n/index.tsx';
import { useErrorText } from '../../shared/errors.ts';
import { Link } from '../../shared/router.ts';
import { formatDate } from '../registry/registry.ts';
import { inspectionApi, inspectionKeys, planPath, type Item, type ItemAction, type ItemBody } from './inspections.ts';
import './inspections.css';

const STATE_COLORS: Record<string, string> = {
  unchecked: 'default',
  ok: 'green',
  finding: 'orange',
  fix_required: 'volcano',
  fix_reported: 'gold',
  resolved: 'green',
  escalated: 'red',
};

export function VisitPage({ id }: { id: string }) {
  const { t, pick } = useT();
  const errorText = useErrorText();
  const visit = useQuery({ queryKey: inspectionKeys.visit(id), queryFn: () => inspectionApi.visit(id) });
  const v = visit.data;
  if (!v) {
    return (
      <div className="page">
        {visit.isError ? <Alert type="error" showIcon title={errorText(visit.error)} /> : <Skeleton active />}
      </div>
    );
  }
  const checked = v.items.filter((i) => i.state !== 'unchecked').length;
  return (
    <div className="page" data-testid="inspection-visit">
      {v.roles.includes('team') && (
        <Link className="back-link" to={planPath(v.planId)} back>
          ← {v.plan.documentNo}
        </Link>
      )}
      <div className="page-head">
        <div className="muted">{t('insp.visit.heading')}</div>
        <h1>{v.productName}</h1>
        <div className="muted">{v.producerName}</div>
      </div>
      <Descriptions className="block insp-visit-head" bordered size="small" column={1}>
        <Descriptions.Item label={t('insp.certificate')}>
          {v.certificate.number} · {v.certificate.star}★ · {t('insp.expiresOn')} {formatDate(v.certificate.expiresOn)}
        </Descriptions.Item>
        <Descriptions.Item label={t('insp.visit.date')}>{formatDate(v.visitOn)}</Descriptions.Item>
        <Descriptions.Item label={t('insp.visit.place')}>{v.place}</Descriptions.Item>
        <Descriptions.Item label={t('insp.visit.participants')}>
          {v.participants.map((p) => p.displayName).join(', ')}
          {v.othersPresent ? `; ${v.othersPresent}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('insp.visit.sheet')}>
          {v.setNo ? t('insp.visit.sheetOf', { ruleSet: v.ruleSet ?? '', setNo: v.setNo }) : t('insp.visit.noSheet')}
        </Descriptions.Item>
      </Descriptions>
      <div className="insp-progress">
        <Progress
          percent={Math.round((checked / Math.max(v.items.length, 1)) * 100)}
          format={() => `${checked}/${v.items.length}`}
          aria-label={`${checked}/${v.items.length}`}
        />
      </div>
      {v.items.map((item) => (
        <Card
          key={item.id}
          size="small"
          className="insp-item"
          data-testid={`item-${item.code}`}
          data-state={item.state}
          title={item.title}
          extra={<Tag color={STATE_COLORS[item.state]}>{pick(item.stateLabel)}</Tag>}
        >
          {item.expected && <div className="insp-item-expected">{item.expected}</div>}
          <ItemFacts item={item} />
          <ItemPhotos item={item} visitId={id} />
          <ItemSteps item={item} visitId={id} />
        </Card>
      ))}
    </div>
  );
}

function ItemFacts({ item }: { item: Item }) {
  const { t } = useT();
  const rows: [string, string | null][] = [
    [t('insp.item.note'), item.note],
    [
      t('insp.item.fixRequired'),
      item.fixRequired ? `${item.fixRequired} (${t('insp.item.dueOn')} ${formatDate(item.fixDueOn!)})` : null,
    ],
    [
      t('insp.item.producerReport'),
      item.producerReport ? `${item.producerReport} (${formatDate(item.reportedOn!)})` : null,
    ],
    [t('insp.item.recheck'), item.recheckedOn ? `${item.recheckNote ?? ''} (${formatDate(item.recheckedOn)})` : null],
  ];
  const shown = rows.filter(([, v]) => v);
  if (!shown.length && !item.proposalId) return null;
  return (
    <Descriptions size="small" column={1}>
      {shown.map(([k, v]) => (
        <Descriptions.Item key={k} label={k}>
          {v}
        </Descriptions.Item>
      ))}
      {item.proposalId && (
        <Descriptions.Item label={t('insp.item.proposal')}>
          <Tag color="red">{t('insp.item.proposalOpen')}</Tag>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

function ItemPhotos({ item, visitId }: { item: Item; visitId: string }) {
  const { t } = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const add = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    try {
      await inspectionApi.addPhoto(item.id, file);
      await qc.invalidateQueries({ queryKey: inspectionKeys.visit(visitId) });
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  if (!item.photos.length && !item.mayAddPhoto) return null;
  return (
    <div className="insp-photos">
      {item.photos.map((p) =>
        p.mime.startsWith('image/') ? (
          <a key={p.id} href={inspectionApi.photoUrl(p.id)} target="_blank" rel="noreferrer">
            <img src={inspectionApi.photoUrl(p.id)} alt={p.name} />
          </a>
        ) : (
          <a key={p.id} href={inspectionApi.photoUrl(p.id)} target="_blank" rel="noreferrer">
            {p.name}
          </a>
        ),
      )}
      {item.mayAddPhoto && (
        <>
          <Button style={{ minHeight: 40 }} loading={busy} onClick={() => input.current?.click()}>
            {busy ? t('insp.item.uploading') : t('insp.item.addPhoto')}
          </Button>
          <input
            ref={input}
            type="file"
            accept="image/*,application/pdf"
            capture="environment"
            hidden
            data-testid={`photo-${item.code}`}
            onChange={(e) => void add(e.target.files?.[0])}
          />
        </>
      )}
    </div>
  );
}

function ItemSteps({ item, visitId }: { item: Item; visitId: string }) {
  const { t } = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [body, setBody] = useState<ItemBody>({});
  const [busy, setBusy] = useState<ItemAction | null>(null);
  const can = (a: ItemAction) => item.availableActions.includes(a);
  const run = async (action: ItemAction, extra: ItemBody = {}) => {
    setBusy(action);
    try {
      await inspectionApi.act(item.id, action, { ...body, ...extra });
      setBody({});
      await qc.invalidateQueries({ queryKey: inspectionKeys.all });
      await qc.invalidateQueries({ queryKey: inspectionKeys.visit(visitId) });
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setBusy(null);
    }
  };
  const set = (patch: ItemBody) => setBody((b) => ({ ...b, ...patch }));
  if (!item.availableActions.length) return null;
  return (
    <div>
      {can('record') && (
        <div className="insp-step">
          <Radio.Group
            className="insp-results"
            optionType="button"
            buttonStyle="solid"
            value={body.result ?? item.result ?? undefined}
            onChange={(e) => set({ result: e.target.value as ItemBody['result'] })}
            options={[
              { value: 'ok', label: t('insp.result.ok') },
              { value: 'minor', label: t('insp.result.minor') },
              { value: 'serious', label: t('insp.result.serious') },
            ]}
          />
          <Input.TextArea
            className="block"
            style={{ marginTop: 8 }}
            rows={2}
            placeholder={t('insp.item.notePlaceholder')}
            data-testid={`note-${item.code}`}
            value={body.note ?? ''}
            onChange={(e) => set({ note: e.target.value })}
          />
          <Button
            type="primary"
            loading={busy === 'record'}
            onClick={() => void run('record')}
            data-testid={`record-${item.code}`}
          >
            {t('insp.action.record')}
          </Button>
        </div>
      )}
      {can('require_fix') && (
        <div className="insp-step">
          <Input.TextArea
            rows={2}
            placeholder={t('insp.item.fixPlaceholder')}
            data-testid={`fix-${item.code}`}
            value={body.fixRequired ?? ''}
            onChange={(e) => set({ fixRequired: e.target.value })}
          />
          <Space wrap style={{ marginTop: 8 }}>
            <Input
              type="date"
              value={body.fixDueOn ?? ''}
              onChange={(e) => set({ fixDueOn: e.target.value })}
              data-testid={`fix-due-${item.code}`}
            />
            <Button
              loading={busy === 'require_fix'}
              onClick={() => void run('require_fix')}
              data-testid={`require-fix-${item.code}`}
            >
              {t('insp.action.require_fix')}
            </Button>
          </Space>
        </div>
      )}
      {can('report_fix') && (
        <div className="insp-step">
          <Input.TextArea
            rows={3}
            placeholder={t('insp.item.reportPlaceholder')}
            data-testid={`report-text-${item.code}`}
            value={body.report ?? ''}
            onChange={(e) => set({ report: e.target.value })}
          />
          <Button
            type="primary"
            style={{ marginTop: 8 }}
            loading={busy === 'report_fix'}
            onClick={() => void run('report_fix')}
            data-testid={`report-${item.code}`}
          >
            {t('insp.action.report_fix')}
          </Button>
        </div>
      )}
      {(can('recheck_pass') || can('recheck_fail')) && (
        <div className="insp-step">
          <Input.TextArea
            rows={2}
            placeholder={t('insp.item.recheckPlaceholder')}
            value={body.note ?? ''}
            onChange={(e) => set({ note: e.target.value })}
          />
          <Space wrap style={{ marginTop: 8 }}>
            <Button
              type="primary"
              loading={busy === 'recheck_pass'}
              onClick={() => void run('recheck_pass')}
              data-testid={`recheck-pass-${item.code}`}
            >
              {t('insp.action.recheck_pass')}
            </Button>
            <Input type="date" value={body.fixDueOn ?? ''} onChange={(e) => set({ fixDueOn: e.target.value })} />
            <Button loading={busy === 'recheck_fail'} onClick={() => void run('recheck_fail')}>
              {t('insp.action.recheck_fail')}
            </Button>
          </Space>
        </div>
      )}
      {can('escalate') && (
        <div className="insp-step">
          <Space wrap>
            <Select
              style={{ minWidth: 260 }}
              placeholder={t('insp.item.ground')}
              value={body.ground}
              onChange={(g) => set({ ground: g })}
              options={[
                { value: 'criteria_not_met', label: t('insp.ground.criteria_not_met') },
                { value: 'law_violation', label: t('insp.ground.law_violation') },
                { value: 'mark_misuse', label: t('insp.ground.mark_misuse') },
              ]}
            />
          </Space>
          <Input.TextArea
            rows={2}
            style={{ marginTop: 8 }}
            placeholder={t('insp.item.summaryPlaceholder')}
            value={body.summary ?? ''}
            onChange={(e) => set({ summary: e.target.value })}
          />
          <Popconfirm title={t('insp.action.escalateConfirm')} onConfirm={() => void run('escalate')}>
            <Button danger style={{ marginTop: 8 }} loading={busy === 'escalate'} data-testid={`escalate-${item.code}`}>
              {t('insp.action.escalate')}
            </Button>
          </Popconfirm>
        </div>
      )}
    </div>
  );
}
