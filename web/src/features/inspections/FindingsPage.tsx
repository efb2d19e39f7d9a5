// Tồn tại cần khắc phục: open findings in the reader's sight, soonest fix deadline first — the producer's entry to
// report its fixes, the commune's and the province's follow-up list.
import { useQuery } from '@tanstack/react-query';
import { Alert, Tag } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { useErrorText } from '../../shared/errors.ts';
import { Link } from '../../shared/router.ts';
import { formatDate, todayInVietnam } from '../registry/registry.ts';
import { InspectionTabs } from './InspectionTabs.tsx';
import { INSPECTION_ROUTES, inspectionApi, inspectionKeys, visitPath, type Findings } from './inspections.ts';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';

export function FindingsPage() {
  const { t, pick } = useT();
  const errorText = useErrorText();
  const findings = useQuery({ queryKey: inspectionKeys.findings, queryFn: inspectionApi.findings });
  const today = todayInVietnam();
  return (
    <div className="page page-wide" data-testid="inspection-findings">
      <InspectionTabs current={INSPECTION_ROUTES.findings} />
      {findings.isError && <Alert type="error" showIcon title={errorText(findings.error)} />}
      <ResponsiveTable<Findings[number]>
        rowKey="id"
        loading={findings.isPending}
        dataSource={findings.data ?? []}
        pagination={false}
        locale={{ emptyText: t('insp.findings.none') }}
        columns={[
          {
            title: t('insp.product'),
            render: (_, f) => (
              <Link to={visitPath(f.visitId)} data-testid="finding-link">
                {f.productName}
              </Link>
            ),
          },
          { title: t('insp.visit.date'), render: (_, f) => formatDate(f.visitOn) },
          { title: t('insp.item.title'), dataIndex: 'title' },
          {
            title: t('insp.item.result'),
            render: (_, f) =>
              f.result ? (
                <Tag color={f.result === 'serious' ? 'red' : 'orange'}>{t(`insp.result.${f.result as 'ok'}`)}</Tag>
              ) : null,
          },
          { title: t('insp.item.state'), render: (_, f) => <Tag>{pick(f.stateLabel)}</Tag> },
          {
            title: t('insp.item.dueOn'),
            render: (_, f) =>
              f.fixDueOn ? (
                <span className={f.fixDueOn < today ? 'text-danger' : undefined}>{formatDate(f.fixDueOn)}</span>
              ) : null,
          },
        ]}
      />
    </div>
  );
}
