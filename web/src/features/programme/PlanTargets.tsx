// The targets of a plan with their progress: a table on a laptop or tablet, one card per target on a phone (no
// sideways scrolling). Every figure is the server's; the state's colour follows the state the server gave.
import { Card, Grid, Progress, Table, Tag } from 'antd';
import { useT } from '../../i18n/index.tsx';
import type { Plan, PlanTarget } from './programme.ts';

const STATE_COLOR: Record<string, string> = {
  met: 'green',
  on_track: 'blue',
  behind: 'orange',
  not_measured: 'default',
};

/** The quarter-end figures as a small line (no chart library for four points); the numbers are its label. */
function Trend({ points }: { points: PlanTarget['trend'] }) {
  if (points.length < 2) return null;
  const max = Math.max(1, ...points.map((p) => p.actual));
  const w = 80;
  const h = 24;
  const xy = points.map((p, i) => `${(i / (points.length - 1)) * w},${h - (p.actual / max) * (h - 2) - 1}`);
  return (
    <svg width={w} height={h} role="img" aria-label={points.map((p) => `${p.on}: ${p.actual}`).join('; ')}>
      <polyline points={xy.join(' ')} fill="none" stroke="#17694a" strokeWidth={2} />
    </svg>
  );
}

function Label({ r }: { r: PlanTarget }) {
  const { pick } = useT();
  return (
    <div data-testid="plan-target">
      <div>{pick(r.label)}</div>
      {r.wording && <div className="muted">“{r.wording}”</div>}
    </div>
  );
}

function ProgressOf({ r }: { r: PlanTarget }) {
  const { pick, num } = useT();
  if (r.actual === null) return <span className="muted">{pick(r.stateLabel)}</span>;
  const share = r.ratio ?? (r.actual >= r.target ? 1 : 0);
  return (
    <div data-testid="plan-target-progress">
      <strong>{num(r.actual)}</strong> / {num(r.target)} {pick(r.unitLabel)}
      <Progress
        percent={Math.round(Math.min(1, share) * 100)}
        aria-label={`${num(r.actual)} / ${num(r.target)} ${pick(r.unitLabel)}`}
        size="small"
        status={r.state === 'behind' ? 'exception' : r.state === 'met' ? 'success' : 'active'}
      />
    </div>
  );
}

function State({ r }: { r: PlanTarget }) {
  const { pick } = useT();
  return (
    <Tag color={STATE_COLOR[r.state]} data-testid="plan-target-state">
      {pick(r.stateLabel)}
    </Tag>
  );
}

function Communes({ r }: { r: PlanTarget }) {
  const { t, num } = useT();
  return (
    <Table
      size="small"
      rowKey="code"
      pagination={false}
      dataSource={r.byCommune}
      columns={[
        { title: t('plan.commune'), dataIndex: 'name' },
        { title: t('plan.actual'), dataIndex: 'actual', render: (v: number) => num(v) },
      ]}
    />
  );
}

export function PlanTargets({ plan }: { plan: Plan }) {
  const { t } = useT();
  const wide = Grid.useBreakpoint().md ?? true;
  const perCommune = (r: PlanTarget) => r.byCommune.length > 0 && plan.unit.level !== 'commune';
  if (!plan.targets.length) return <p className="muted">{t('plan.noTargets')}</p>;
  if (!wide)
    return (
      <div className="plan-target-cards">
        {plan.targets.map((r) => (
          <Card key={r.id} size="small" className="block">
            <Label r={r} />
            <State r={r} />
            <ProgressOf r={r} />
            <Trend points={r.trend} />
            {perCommune(r) && (
              <details>
                <summary>{t('plan.byCommune')}</summary>
                <Communes r={r} />
              </details>
            )}
          </Card>
        ))}
      </div>
    );
  return (
    <Table<PlanTarget>
      rowKey="id"
      dataSource={plan.targets}
      pagination={false}
      expandable={{ rowExpandable: perCommune, expandedRowRender: (r) => <Communes r={r} /> }}
      columns={[
        { title: t('plan.target'), render: (_, r) => <Label r={r} /> },
        { title: t('plan.progress'), width: 220, render: (_, r) => <ProgressOf r={r} /> },
        { title: t('plan.state'), render: (_, r) => <State r={r} /> },
        { title: t('plan.trend'), render: (_, r) => <Trend points={r.trend} /> },
      ]}
    />
  );
}
