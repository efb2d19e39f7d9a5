// Giấy chứng nhận: one certificate as the server presents it — number, stars, product and its set, producer and its
// place, issuer and recognition decision, validity, its state today with the re-evaluation window (Art. 4.3, 7.6.a),
// the dossier it came from — and "In giấy chứng nhận", the server's landscape PDF with its QR verification address.
import { Alert, Button, Card, Descriptions, Skeleton, Tag } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { useErrorText } from '../../shared/errors.ts';
import { Link } from '../../shared/router.ts';
import { formatDate } from '../registry/registry.ts';
import { dossierPath, EVAL_ROUTES, evalApi, type CertificateDetail } from './evaluation.ts';
import { StarRating } from '../criteria/Stars.tsx';
import './evaluation.css';
import { useQuery } from '@tanstack/react-query';
import { keys } from '../../shared/queries.ts';

const STATE_COLORS: Record<string, string> = {
  valid: 'green',
  expiring: 'gold',
  expired: 'default',
  revoked: 'red',
  superseded: 'blue',
};
const WINDOW_COLORS: Record<CertificateDetail['reevaluationWindow']['phase'], string> = {
  not_yet: 'default',
  open: 'gold',
  closed: 'default',
};

export function CertificatePage({ id }: { id: string }) {
  const { t, pick, num } = useT();
  const errorText = useErrorText();
  const cert = useQuery({ queryKey: [...keys.certificates, id], queryFn: () => evalApi.certificate(id) });
  const c = cert.data;
  const back = (
    <Link className="back-link" to={EVAL_ROUTES.results} back>
      ← {t('cert.back')}
    </Link>
  );
  if (!c) {
    return (
      <div className="page page-wide">
        {back}
        {cert.isError ? (
          <Alert type="error" showIcon title={errorText(cert.error)} />
        ) : (
          <Skeleton active paragraph={{ rows: 8 }} />
        )}
      </div>
    );
  }
  const dash = <span className="muted">—</span>;
  const w = c.reevaluationWindow;
  return (
    <div className="page page-wide" data-testid="certificate-page" data-number={c.number} data-state={c.state}>
      {back}
      <div className="page-head page-head-actions">
        <div>
          <div className="muted">{t('cert.title')}</div>
          <h1 data-testid="certificate-product">{c.product.name ?? c.productName}</h1>
          <div className="detail-tags">
            <span className="cert-number-inline" data-testid="certificate-number">
              {c.number}
            </span>
            <StarRating star={c.star} />
            <Tag color={STATE_COLORS[c.state] ?? 'default'} data-testid="certificate-state">
              {pick(c.stateLabel)}
            </Tag>
          </div>
        </div>
        <div className="page-actions">
          <Button type="primary" href={evalApi.certificatePdfUrl(c.id)} target="_blank" data-testid="print-certificate">
            {t('cert.print')}
          </Button>
        </div>
      </div>

      <Alert
        className="block"
        type={c.state === 'reevaluation_window' ? 'warning' : c.state === 'valid' ? 'success' : 'info'}
        showIcon
        data-testid="certificate-message"
        title={pick(c.message)}
      />

      <Card size="small" className="block">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 }}
          items={[
            { key: 'number', label: t('cert.number'), children: <b>{c.number}</b> },
            {
              key: 'code',
              label: t('cert.productCode'),
              children: c.product.code ? <span className="product-code">{c.product.code}</span> : dash,
            },
            {
              key: 'set',
              label: t('cert.set'),
              children:
                c.product.setNo !== null
                  ? t('cert.setValue', { n: c.product.setNo, name: c.product.setName ?? '' })
                  : dash,
            },
            { key: 'producer', label: t('cert.producer'), children: c.producer.name ?? dash },
            {
              key: 'place',
              label: t('cert.place'),
              children: [c.producer.communeName, c.producer.provinceName].filter(Boolean).join(', ') || dash,
            },
            {
              key: 'points',
              label: t('cert.points'),
              children: c.points !== null ? t('points.n', { n: num(c.points) }) : dash,
            },
            {
              key: 'issuer',
              label: t('cert.issuer'),
              children: <span title={c.issuer.article}>{pick(c.issuer.body)}</span>,
            },
            {
              key: 'decision',
              label: t('cert.decision'),
              children: c.decision
                ? t('cert.decisionValue', { number: c.decision.number, date: formatDate(c.decision.signedOn) })
                : dash,
            },
            {
              key: 'validity',
              label: t('cert.validity'),
              children: (
                <span data-testid="certificate-validity">
                  {t('cert.validityValue', { from: formatDate(c.validFrom), to: formatDate(c.validTo) })}
                </span>
              ),
            },
            {
              key: 'status',
              label: t('cert.statusOn', { date: formatDate(c.statusOn) }),
              children: (
                <span>
                  {pick(c.stateLabel)} ·{' '}
                  {c.daysLeft >= 0 ? t('cert.daysLeft', { n: c.daysLeft }) : t('cert.expiredAgo', { n: -c.daysLeft })}
                </span>
              ),
            },
            {
              key: 'window',
              label: t('cert.window'),
              children: (
                <span data-testid="certificate-window" data-phase={w.phase}>
                  {t('cert.windowValue', { from: formatDate(w.opensOn), to: formatDate(w.closesOn) })}{' '}
                  <Tag color={WINDOW_COLORS[w.phase]}>{t(`cert.window.${w.phase}`)}</Tag>
                </span>
              ),
            },
            {
              key: 'dossier',
              label: t('cert.dossier'),
              children: c.dossier ? (
                <Link to={dossierPath(c.dossier.id)} data-testid="certificate-dossier">
                  {t('cert.dossierOpen', { receipt: c.dossier.receiptNo ?? '' })}
                </Link>
              ) : c.dossierId ? (
                dash
              ) : (
                <span className="muted">{t('cert.noDossier')}</span>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
