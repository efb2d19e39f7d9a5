// Bảng điều khiển: "where do we stand?" for one unit (GET /api/dashboard) — products by star, product set and unit,
// certificates by status, in force and expiring in the next 6 months, dossiers by state and overdue, open signals;
// on a past date too. A unit picker for those who see several units, a date picker, each chart also as figures, and
// a click on a bar opens the filtered list where one exists. Loaded lazily (App.tsx): its charts never weigh on the
// rest of the app.
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Progress, Select, Skeleton, Statistic } from 'antd';
import { useT } from '../../../i18n/index.tsx';
import { useErrorText } from '../../../shared/errors.ts';
import { Link, navigate, setQuery } from '../../../shared/router.ts';
import { DateInput } from '../../../components/FormFields.tsx';
import { useAccess } from '../../me/permissions.ts';
import { certificatePath } from '../../evaluation/evaluation.ts';
import { formatDate } from '../../registry/registry.ts';
import { dashboardApi, dashboardKey, type Dashboard } from './dashboard.ts';
import { programmePlanPath } from '../../programme/programme.ts';
import { ChartCard } from './DashboardChart.tsx';
import { dashboardCharts } from './dashboard-charts.ts';
import './dashboard.css';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export default function DashboardPage({ query }: { query: URLSearchParams }) {
  const { t } = useT();
  const errorText = useErrorText();
  const params = { unit: query.get('unit') || undefined, asOf: query.get('asOf') || undefined };
  const dash = useQuery({
    queryKey: dashboardKey(params),
    queryFn: ({ signal }) => dashboardApi.read(params, signal),
    placeholderData: (previous) => previous,
  });
  const d = dash.data;
  return (
    <div className="page page-wide dash" data-testid="dashboard-page">
      <div className="page-head dash-head">
        <h1>
          {t('dash.title')}
          {d ? ` — ${d.unit.level === 'national' ? t('dash.national') : d.unit.name}` : ''}
        </h1>
        <div className="dash-controls">
          {d && d.units.length > 1 && (
            <label className="dash-control">
              <span>{t('dash.unit')}</span>
              <Select
                data-testid="dash-unit"
                showSearch={{ optionFilterProp: 'label' }}
                value={d.unit.code ?? 'national'}
                onChange={(unit: string) => setQuery({ unit })}
                options={d.units.map((u) => ({
                  value: u.code,
                  label: u.level === 'national' ? t('dash.national') : u.name,
                }))}
                popupMatchSelectWidth={false}
              />
            </label>
          )}
          <label className="dash-control">
            <span>{t('dash.asOf')}</span>
            <DateInput
              testId="dash-asof"
              value={params.asOf}
              // Only a whole date reaches the address (and the server); a date half typed waits.
              onChange={(asOf) => (!asOf || ISO_DATE.test(asOf)) && setQuery({ asOf })}
            />
          </label>
          {params.asOf && (
            <Button data-testid="dash-today" onClick={() => setQuery({ asOf: undefined })}>
              {t('dash.today')}
            </Button>
          )}
        </div>
      </div>
      {dash.isError && <Alert type="error" showIcon title={errorText(dash.error)} className="block" />}
      {!d && dash.isPending && <Skeleton active />}
      {d && <Figures d={d} />}
    </div>
  );
}

function Figures({ d }: { d: Dashboard }) {
  const { t, pick, num } = useT();
  const access = useAccess();
  const charts = dashboardCharts(d, t, pick, access.scopeLevel, navigate);
  const overdueQueue = access.queues.some((q) => q.id === 'overdue');
  return (
    <>
      {d.notReproducible.length > 0 && (
        <Alert
          className="block"
          type="warning"
          showIcon
          data-testid="dash-not-reproducible"
          title={t('dash.pastTitle', { date: formatDate(d.asOf) })}
          description={
            <ul className="dash-notes">
              {d.notReproducible.map((n) => (
                <li key={n.block}>{pick(n.message)}</li>
              ))}
            </ul>
          }
        />
      )}
      <div className="dash-kpis" data-testid="dash-kpis">
        <Card size="small">
          <Statistic title={t('dash.kpi.products')} value={d.products.total} formatter={(v) => num(Number(v))} />
        </Card>
        <Card size="small">
          <Statistic title={t('dash.kpi.inForce')} value={d.certificates.inForce.total} />
        </Card>
        <Card size="small">
          <Statistic title={t('dash.kpi.expiring')} value={d.certificates.expiring.total} />
        </Card>
        <Card size="small">
          <Statistic title={t('dash.kpi.open')} value={d.dossiers.open} />
        </Card>
        <Card size="small">
          <Statistic
            title={
              overdueQueue ? <Link to="/queues?queue=overdue">{t('dash.kpi.overdue')}</Link> : t('dash.kpi.overdue')
            }
            value={d.dossiers.overdue}
            styles={{ content: d.dossiers.overdue ? { color: '#cf1322' } : undefined }}
          />
        </Card>
        <Card size="small">
          <Statistic title={t('dash.kpi.findings')} value={d.signals.openFindings} />
        </Card>
        <Card size="small">
          <Statistic title={t('dash.kpi.reports')} value={d.signals.openReports + d.signals.openProposals} />
        </Card>
      </div>
      <div className="dash-grid">
        <ChartCard testId="dash-products-star" title={t('dash.productsByStar')} spec={charts.productsByStar} />
        <ChartCard testId="dash-certs-star" title={t('dash.inForceByStar')} spec={charts.inForceByStar} />
        <ChartCard testId="dash-certs-status" title={t('dash.certsByStatus')} spec={charts.certsByStatus} />
        <ChartCard
          testId="dash-expiring"
          title={t('dash.expiring', { date: formatDate(d.certificates.expiring.until) })}
          spec={charts.expiring}
          extra={
            d.certificates.expiring.soonest.length > 0 && (
              <ul className="dash-soonest" data-testid="dash-soonest">
                {d.certificates.expiring.soonest.map((c) => (
                  <li key={c.id}>
                    <Link to={certificatePath(c.id)}>{c.number}</Link> · {c.productName} · {c.star}★ ·{' '}
                    {formatDate(c.expiresOn)}
                  </li>
                ))}
              </ul>
            )
          }
        />
        <ChartCard testId="dash-products-set" title={t('dash.productsBySet')} spec={charts.productsBySet} />
        {d.unit.level !== 'commune' && (
          <ChartCard
            testId="dash-products-unit"
            title={t(d.products.unitLevel === 'province' ? 'dash.productsByProvince' : 'dash.productsByCommune')}
            spec={charts.productsByUnit}
          />
        )}
        <ChartCard
          testId="dash-dossiers"
          title={t('dash.dossiersByState', { date: formatDate(d.dossiers.asOf) })}
          spec={charts.dossiersByState}
        />
        <Card size="small" title={t('dash.targets')} className="dash-card" data-testid="dash-targets">
          {!d.targets.available ? (
            <p className="dash-empty">{pick(d.targets.note)}</p>
          ) : d.targets.plans.length === 0 ? (
            <p className="dash-empty">{t('plan.none')}</p>
          ) : (
            d.targets.plans.map((p) => (
              <div key={p.id}>
                <Link to={programmePlanPath(p.id)}>{p.title}</Link>
                {p.targets.map((x, i) => (
                  <div key={i} data-testid="dash-target">
                    <div className="muted">
                      {pick(x.label)}: {x.actual === null ? pick(x.stateLabel) : `${num(x.actual)} / ${num(x.target)}`}
                    </div>
                    {x.actual !== null && (
                      <Progress
                        size="small"
                        percent={Math.round(Math.min(1, x.target > 0 ? x.actual / x.target : 1) * 100)}
                        aria-label={`${pick(x.label)}: ${num(x.actual)} / ${num(x.target)}`}
                        status={x.state === 'behind' ? 'exception' : x.state === 'met' ? 'success' : 'normal'}
                      />
                    )}
                  </div>
                ))}
              </div>
            ))
          )}
        </Card>
        <Card size="small" title={t('dash.funds')} className="dash-card" data-testid="dash-funds">
          {!d.funds.available ? (
            <p className="dash-empty">{pick(d.funds.note)}</p>
          ) : (
            <>
              <p>
                <strong data-testid="dash-funds-total">{num(d.funds.total)}</strong> {t('dash.fundsUnit')}
              </p>
              {d.funds.bySource.map((x) => (
                <div key={x.source} className="muted">
                  {pick(x.label)}: {num(x.paid)}
                </div>
              ))}
            </>
          )}
        </Card>
      </div>
    </>
  );
}
