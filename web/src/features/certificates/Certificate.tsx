// Giấy chứng nhận: one certificate as the server presents it — number, stars, product and its set, producer and its
// place, issuer and recognition decision, validity, its lifecycle status today (derived on the server: valid, in the
// re-evaluation window, being re-evaluated, extended, expired, revoked, superseded) with the window's dates (Art. 4.3,
// 7.6.a), the revocation decision when revoked (Art. 8), the dossier it came from — "In giấy chứng nhận", the server's
// landscape PDF with its QR verification address, and "Thu hồi" where the server says the user may (may.revoke).
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Skeleton, Tag } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { useErrorText } from '../../shared/errors.ts';
import { Link, navigate } from '../../shared/router.ts';
import { formatDate } from '../registry/registry.ts';
import { dossierPath, EVAL_ROUTES, evalApi, type CertificateDetail } from '../evaluation/evaluation.ts';
import { StarRating } from '../criteria/Stars.tsx';
import '../evaluation/evaluation.css';
import { useQuery } from '@tanstack/react-query';
import { keys } from '../../shared/queries.ts';
import { certApi, CERT_ROUTES, LIFECYCLE_COLORS } from './certificates.ts';
import { useAccess } from '../me/permissions.ts';
import { RevokeDialog } from './RevokeDialog.tsx';
import { ProposeRevocationDialog } from './ProposeRevocationDialog.tsx';
import { stampsPath } from '../public-reports/stamps.ts';

const WINDOW_COLORS: Record<CertificateDetail['reevaluationWindow']['phase'], string> = {
  not_yet: 'default',
  open: 'gold',
  closed: 'default',
};

export function CertificatePage({ id }: { id: string }) {
  const { t, pick, num } = useT();
  const errorText = useErrorText();
  const cert = useQuery({ queryKey: [...keys.certificates, id], queryFn: () => evalApi.certificate(id) });
  const [revoking, setRevoking] = useState(false);
  const [proposing, setProposing] = useState(false);
  const access = useAccess();
  // Open revocation proposals on this certificate, with the Art. 8.4 days left (for those who read the queue).
  const proposals = useQuery({
    queryKey: [...keys.revocationProposals, 'certificate', id],
    queryFn: () => certApi.proposals({ certificateId: id, state: 'open' }),
    enabled: access.can('revocations.read'),
  });
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
            <Tag color={LIFECYCLE_COLORS[c.status]} data-testid="certificate-state" title={c.stateArticle}>
              {pick(c.stateLabel)}
            </Tag>
          </div>
        </div>
        <div className="page-actions">
          <Button type="primary" href={evalApi.certificatePdfUrl(c.id)} target="_blank" data-testid="print-certificate">
            {t('cert.print')}
          </Button>
          {c.inForce && access.can('stamps.print') && (
            <Button onClick={() => navigate(stampsPath(c.id))} data-testid="certificate-stamps">
              {t('cert.printStamps')}
            </Button>
          )}
          {c.may.propose && (
            <Button onClick={() => setProposing(true)} data-testid="certificate-propose">
              {t('rpp.button')}
            </Button>
          )}
          {c.may.revoke && (
            <Button danger onClick={() => setRevoking(true)} data-testid="certificate-revoke">
              {t('rv.button')}
            </Button>
          )}
        </div>
      </div>

      <Alert
        className="block"
        type={
          c.status === 'revoked'
            ? 'error'
            : c.status === 'reevaluation_window' || c.status === 'extended'
              ? 'warning'
              : c.status === 'valid' || c.status === 'under_reevaluation'
                ? 'success'
                : 'info'
        }
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
                  {pick(c.stateLabel)}
                  {/* Days left count only for a certificate in force (not one revoked or replaced). */}
                  {c.inForce && ` · ${t('cert.daysLeft', { n: c.daysLeft })}`}
                  {!c.inForce && c.status === 'expired' && ` · ${t('cert.expiredAgo', { n: -c.daysLeft })}`}
                </span>
              ),
            },
            // The re-evaluation window (Art. 7.6.a) means something only while the certificate is in force.
            ...(c.inForce
              ? [
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
                ]
              : []),
            {
              key: 'expiry',
              label: t('cert.expiry'),
              children: (
                <span data-testid="certificate-expiry">
                  {formatDate(c.expiresOn)}
                  {c.extendedUntil && c.extendedUntil > c.expiresOn
                    ? ` · ${t('cert.extendedUntil', { date: formatDate(c.extendedUntil) })}`
                    : ''}
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
      {(proposals.data?.items.length ?? 0) > 0 && (
        <Alert
          className="block"
          type="warning"
          showIcon
          data-testid="certificate-proposals"
          title={t('cert.openProposals', { n: proposals.data!.total })}
          description={
            <ul className="plain-list">
              {proposals.data!.items.map((p) => (
                <li key={p.id}>
                  {p.ground ? `${p.ground.article} — ` : ''}
                  {p.summary} ·{' '}
                  {p.deadline.overdue
                    ? t('rp.overdue', { n: -p.deadline.daysLeft })
                    : t('rp.daysLeft', { n: p.deadline.daysLeft })}{' '}
                  ({formatDate(p.deadline.dueOn)}) · <Link to={CERT_ROUTES.revocations}>{t('nav.revocations')}</Link>
                </li>
              ))}
            </ul>
          }
        />
      )}
      {c.revocation && (
        <Card size="small" className="block" title={t('cert.revocation')} data-testid="certificate-revocation">
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}
            items={[
              {
                key: 'ground',
                label: t('rv.ground'),
                children: `${c.revocation.groundArticle} — ${pick(c.revocation.groundLabel)}`,
              },
              {
                key: 'decision',
                label: t('rv.decision'),
                children: t('cert.decisionValue', {
                  number: c.revocation.decision.number,
                  date: formatDate(c.revocation.decision.date),
                }),
              },
              { key: 'by', label: t('rv.decidedBy'), children: pick(c.revocation.decidedBy) },
              {
                key: 'basis',
                label: t(`rv.trigger.${c.revocation.basis.trigger as 'authority_conclusion'}`),
                children: `${c.revocation.basis.reference} (${formatDate(c.revocation.basis.date)})`,
              },
              {
                key: 'due',
                label: t('rv.dueOn'),
                children: (
                  <span>
                    {formatDate(c.revocation.dueOn)} {c.revocation.late && <Tag color="orange">{t('rv.late')}</Tag>}
                  </span>
                ),
              },
            ]}
          />
        </Card>
      )}
      <ProposeRevocationDialog open={proposing} certificate={c} onClose={() => setProposing(false)} />
      <RevokeDialog
        open={revoking}
        certificate={c}
        onClose={() => setRevoking(false)}
        onDone={() => setRevoking(false)}
      />
    </div>
  );
}
