// Ưu tiên kiểm tra: certified products of the province ranked for inspection (expiring certificate, overdue yearly
// test, lapsed papers, open findings, open revocation proposals). The weights are OCOP Hub's, shown as such.
import { useQuery } from '@tanstack/react-query';
import { Alert, Tag } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { useErrorText } from '../../shared/errors.ts';
import { Link } from '../../shared/router.ts';
import { formatDate } from '../registry/registry.ts';
import { certificatePath } from '../evaluation/evaluation.ts';
import { InspectionTabs } from './InspectionTabs.tsx';
import { INSPECTION_ROUTES, inspectionApi, inspectionKeys, type Risk } from './inspections.ts';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';

export function RiskPage() {
  const { t, pick } = useT();
  const errorText = useErrorText();
  const risk = useQuery({ queryKey: inspectionKeys.risk, queryFn: inspectionApi.risk });
  return (
    <div className="page page-wide" data-testid="inspection-risk">
      <InspectionTabs current={INSPECTION_ROUTES.risk} />
      {risk.data && <Alert className="block" type="info" showIcon title={pick(risk.data.policyNote)} />}
      {risk.isError && <Alert type="error" showIcon title={errorText(risk.error)} />}
      <ResponsiveTable<Risk['items'][number]>
        rowKey="productId"
        loading={risk.isPending}
        dataSource={risk.data?.items ?? []}
        pagination={{ pageSize: 50 }}
        columns={[
          { title: t('insp.risk.score'), dataIndex: 'score', width: 80 },
          { title: t('insp.product'), dataIndex: 'productName' },
          { title: t('insp.producer'), dataIndex: 'producerName' },
          {
            title: t('insp.certificate'),
            render: (_, r) => (
              <Link to={certificatePath(r.certificateId)}>
                {r.certificateNumber} · {r.star}★
              </Link>
            ),
          },
          { title: t('insp.expiresOn'), render: (_, r) => formatDate(r.expiresOn) },
          {
            title: t('insp.risk.reasons'),
            render: (_, r) =>
              r.reasons.map((x) => (
                <Tag key={x.code} color={x.points >= 20 ? 'red' : 'orange'}>
                  {pick(x.label)}
                </Tag>
              )),
          },
        ]}
      />
    </div>
  );
}
