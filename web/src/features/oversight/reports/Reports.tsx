// "Báo cáo": the standard reports sent upward (issue 10) — producers and products of the year, round results,
// certificates issued / expired / revoked, the year-end review — each downloaded as Excel or PDF for a unit and as of
// a day. Which reports the user may produce, and its own unit, come from the server (GET /api/reports); the server
// checks the unit again (403 outside the user's area). Made to work on a phone (390 px): fields wrap, buttons stack.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Input, InputNumber, Space, Spin, Typography } from 'antd';
import { useT } from '../../../i18n/index.tsx';
import { apiRequest, download, queryString } from '../../../shared/api.ts';
import { useErrorText } from '../../../shared/errors.ts';
import { PageHead } from '../../../components/ListPage.tsx';
import { CommuneSelect, ProvinceSelect } from '../../reference/UnitSelect.tsx';
import type { LocalText } from '../../../types.ts';
import './reports.css';

export { REPORTS_ROUTE } from './reports-route.ts';

/** The server's answer (src/modules/oversight/routes/report-routes.ts catalogueOut). */
interface Catalogue {
  reports: {
    kind: string;
    title: LocalText;
    description: LocalText;
    params: ('year' | 'from' | 'to')[];
    formats: ('xlsx' | 'pdf')[];
  }[];
  unit: { code: string; level: 'national' | 'province' | 'commune'; label: string; provinceCode: string | null } | null;
}

const thisYear = new Date().getFullYear();

export function ReportsPage() {
  const { t, pick } = useT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const catalogue = useQuery({ queryKey: ['reports'], queryFn: () => apiRequest<Catalogue>('GET', '/api/reports') });
  const [province, setProvince] = useState<string | undefined>();
  const [commune, setCommune] = useState<string | undefined>();
  const [asOf, setAsOf] = useState('');
  const [year, setYear] = useState<number | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  if (catalogue.isPending) return <Spin />;
  if (catalogue.isError) return <Alert type="error" showIcon title={errorText(catalogue.error)} />;
  const { reports, unit } = catalogue.data;
  if (!unit) return <Alert type="info" showIcon title={t('rep.none')} />;
  // The unit asked for: a commune, else a province, else the user's own.
  const chosen = commune ?? province ?? unit.code;
  const get = async (kind: string, format: string, params: string[]) => {
    const key = `${kind}.${format}`;
    setBusy(key);
    try {
      const q = queryString({
        unit: chosen,
        asOf: asOf || undefined,
        year: params.includes('year') ? (year ?? undefined) : undefined,
        from: params.includes('from') ? from || undefined : undefined,
        to: params.includes('to') ? to || undefined : undefined,
      });
      await download(`/api/reports/${key}${q}`, `${key}`);
      void message.success(t('rep.downloaded'));
    } catch (err) {
      void message.error(errorText(err));
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="page reports-page" data-testid="reports-page">
      <PageHead title={t('rep.title')} lead={t('rep.lead')} />
      <Card size="small" className="reports-params">
        <div className="reports-fields">
          <label className="reports-field reports-field-wide">
            <span>{t('rep.unit')}</span>
            {unit.level === 'commune' && <Input value={unit.label} disabled data-testid="report-unit" />}
            {unit.level === 'province' && (
              <CommuneSelect
                provinceCode={unit.provinceCode}
                value={commune}
                onChange={setCommune}
                allowClear
                placeholder={`${unit.label} (${t('rep.wholeProvince')})`}
                testId="report-unit"
              />
            )}
            {unit.level === 'national' && (
              <ProvinceSelect
                value={province}
                onChange={setProvince}
                allowClear
                placeholder={t('rep.national')}
                testId="report-unit"
              />
            )}
          </label>
          <label className="reports-field">
            <span>{t('rep.asOf')}</span>
            <Input type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} data-testid="report-as-of" />
            <Typography.Text type="secondary">{t('rep.asOfHint')}</Typography.Text>
          </label>
          <label className="reports-field">
            <span>{t('rep.year')}</span>
            <InputNumber
              min={2019}
              max={thisYear}
              value={year}
              placeholder={String(asOf ? asOf.slice(0, 4) : thisYear)}
              onChange={(v) => setYear(v)}
              data-testid="report-year"
            />
          </label>
          <label className="reports-field">
            <span>{t('rep.from')}</span>
            <Input type="date" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="report-from" />
          </label>
          <label className="reports-field">
            <span>{t('rep.to')}</span>
            <Input type="date" value={to} onChange={(e) => setTo(e.target.value)} data-testid="report-to" />
          </label>
        </div>
      </Card>
      <div className="reports-list">
        {reports.map((r) => (
          <Card key={r.kind} size="small" title={pick(r.title)} data-testid={`report-${r.kind}`}>
            <p className="reports-description">{pick(r.description)}</p>
            <Space wrap>
              {r.formats.map((f) => (
                <Button
                  key={f}
                  type={f === 'xlsx' ? 'primary' : 'default'}
                  loading={busy === `${r.kind}.${f}`}
                  onClick={() => void get(r.kind, f, r.params)}
                  data-testid={`report-${r.kind}-${f}`}
                >
                  {t(f === 'xlsx' ? 'rep.excel' : 'rep.pdf')}
                </Button>
              ))}
            </Space>
          </Card>
        ))}
      </div>
    </div>
  );
}
