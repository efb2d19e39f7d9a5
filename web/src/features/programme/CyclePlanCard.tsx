// One business plan (phương án sản xuất kinh doanh) as a card: product, producer, commune, its review state and the
// advice given, its file, the review actions the server says are open to this reader, and — once approved — its
// implementation: the support given and the problems met, with the buttons to record them when the server allows.
import { Button, Card, Space, Tag, Upload } from 'antd';
import { useT, type MessageKey } from '../../i18n/index.tsx';
import { formatDate } from '../registry/registry.ts';
import { cycleApi, type BusinessPlanList, type SupportType } from './cycle.ts';

export type PlanRow = BusinessPlanList['items'][number];

export const SUPPORT_LABELS: Record<SupportType, MessageKey> = {
  training: 'cycle.support.training',
  consulting: 'cycle.support.consulting',
  credit: 'cycle.support.credit',
  technology: 'cycle.support.technology',
  other: 'cycle.support.other',
};

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.webp,application/pdf,image/jpeg,image/png,image/webp';

export function CyclePlanCard({
  plan,
  onAct,
  onUpload,
  onSupport,
  onProblem,
}: {
  plan: PlanRow;
  onAct: (code: string, needsAdvice: boolean) => void;
  onUpload: (file: File) => void;
  onSupport: () => void;
  onProblem: () => void;
}) {
  const { t, lang } = useT();
  const label = (type: string) => (type in SUPPORT_LABELS ? t(SUPPORT_LABELS[type as SupportType]) : type);
  return (
    <Card size="small" className="block" data-testid="plan-card" data-state={plan.state}>
      <div style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
        <strong>{plan.title}</strong>{' '}
        <Tag color={plan.state === 'accepted' ? 'green' : plan.state.startsWith('returned') ? 'orange' : 'default'}>
          {plan.stateLabel[lang]}
        </Tag>
        <div>
          {plan.productName ?? '—'} · {plan.producerName} · {plan.communeName}
        </div>
        <div>
          {t('cycle.submittedOn')} {formatDate(plan.submittedOn)}
          {plan.provinceReviewedOn && plan.state === 'accepted' && (
            <>
              {' · '}
              {t('cycle.approvedOn')} {formatDate(plan.provinceReviewedOn)}
            </>
          )}
        </div>
        {plan.summary && <div className="form-hint">{plan.summary}</div>}
        {plan.communeAdvice && (
          <div>
            {t('cycle.communeAdvice')}: {plan.communeAdvice}
          </div>
        )}
        {plan.provinceAdvice && (
          <div>
            {t('cycle.provinceAdvice')}: {plan.provinceAdvice}
          </div>
        )}
        {plan.file && (
          <div>
            <a href={cycleApi.planFileUrl(plan.id)} target="_blank" rel="noreferrer" data-testid="plan-file">
              {plan.file.name ?? t('cycle.planFile')}
            </a>
          </div>
        )}
      </div>
      {(plan.availableActions.length > 0 || plan.mayUpload) && (
        <Space wrap style={{ marginTop: 8 }}>
          {plan.availableActions.map((a) => (
            <Button
              key={a.code}
              size="small"
              type={a.code.endsWith('_return') ? 'default' : 'primary'}
              onClick={() => onAct(a.code, a.needsAdvice)}
              data-testid={`plan-action-${a.code}`}
            >
              {a.label[lang]}
            </Button>
          ))}
          {plan.mayUpload && (
            <Upload
              accept={ACCEPT}
              showUploadList={false}
              beforeUpload={(file) => {
                onUpload(file);
                return false;
              }}
            >
              <Button size="small" data-testid="plan-upload">
                {plan.file ? t('cycle.replaceFile') : t('cycle.uploadFile')}
              </Button>
            </Upload>
          )}
        </Space>
      )}
      {plan.state === 'accepted' && (
        <div style={{ marginTop: 8 }} data-testid="plan-implementation">
          <strong>{t('cycle.implementation')}</strong>
          {plan.supports.length === 0 && plan.problems.length === 0 && <div>{t('cycle.noImplementation')}</div>}
          {plan.supports.map((x) => (
            <div key={x.id} data-testid="plan-support" style={{ overflowWrap: 'anywhere' }}>
              <Tag color="blue">{label(x.type)}</Tag> {formatDate(x.givenOn)} — {x.provider}
              {x.note ? ` (${x.note})` : ''}
            </div>
          ))}
          {plan.problems.map((x) => (
            <div key={x.id} data-testid="plan-problem" style={{ overflowWrap: 'anywhere' }}>
              <Tag color="red">{t('cycle.problem')}</Tag> {formatDate(x.notedOn)} — {x.text}
            </div>
          ))}
          {plan.mayRecordImplementation && (
            <Space wrap style={{ marginTop: 8 }}>
              <Button size="small" onClick={onSupport} data-testid="plan-add-support">
                {t('cycle.addSupport')}
              </Button>
              <Button size="small" onClick={onProblem} data-testid="plan-add-problem">
                {t('cycle.addProblem')}
              </Button>
            </Space>
          )}
        </div>
      )}
    </Card>
  );
}
