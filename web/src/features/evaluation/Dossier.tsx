// Hồ sơ: one dossier — the header (product, producer, kind, rule set, state, receipt number, deadlines counting
// down), the next steps the server offers the caller, and tabs: Forms 01/02/03, evidence, the timeline, the council.
import { useMemo } from 'react';
import { Alert, Button, Card, Descriptions, Skeleton, Tabs, Tag } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { useErrorText } from '../../shared/errors.ts';
import { Link, navigate, setQuery } from '../../shared/router.ts';
import { formatDate } from '../registry/registry.ts';
import { useUnitNames } from '../reference/units.ts';
import { criteriaOf } from '../criteria/sheet.ts';
import { certificatePath, EVAL_ROUTES, evalApi, scoringPath, TERMINAL } from './evaluation.ts';
import { useAccess } from '../me/permissions.ts';
import { Deadline, KindTag, OverdueTag, StateTag } from './DossierTags.tsx';
import { DossierActions } from './DossierActions.tsx';
import { Form01Tab } from './forms/Form01.tsx';
import { Form02Tab } from './forms/Form02.tsx';
import { Form03Tab } from './forms/Form03.tsx';
import { EvidencePanel } from './EvidencePanel.tsx';
import { FiledNext } from './FiledNext.tsx';
import { DossierTimeline } from './DossierTimeline.tsx';
import { StarRating } from '../criteria/Stars.tsx';
import './evaluation.css';
import { useQuery } from '@tanstack/react-query';
import { keys, useInvalidate, useSheet } from '../../shared/queries.ts';
import { useDossier, useEvidence, useTimeline } from './queries.ts';

const TABS = ['01', '02', '03', 'evidence', 'timeline'] as const;

export function DossierPage({ id, query }: { id: string; query: URLSearchParams }) {
  const { t, pick, num } = useT();
  const errorText = useErrorText();
  const access = useAccess();
  // A producer's dossiers list is its home; staff come back to their work queues.
  const ownDossiers = access.home === 'my-dossiers';
  const dossier = useDossier(id);
  const d = dossier.data;
  const timeline = useTimeline(id);
  const evidence = useEvidence(id);
  const sheet = useSheet(d?.ruleSet, d?.setNo);
  const certified = d?.state === 'province_certified' || d?.state === 'ministry_certified';
  const certs = useQuery({
    queryKey: [...keys.certificates, 'list', { productId: d?.productId, limit: 10 }],
    queryFn: () => evalApi.certificates({ productId: d!.productId, limit: 10 }),
    enabled: !!d && certified,
  });
  const invalidate = useInvalidate();
  const cert = certs.data?.items.find((c) => c.dossierId === id);
  const unitName = useUnitNames([d?.provinceCode]);
  const criteria = useMemo(
    () =>
      sheet.data
        ? criteriaOf(sheet.data).map(({ criterion }) => ({ code: criterion.code, title: criterion.title }))
        : [],
    [sheet.data],
  );
  // The tab the user most likely works on: their editable form, else the timeline.
  const defaultTab = !d
    ? '01'
    : d.editableForms.includes('03')
      ? '03'
      : d.editableForms.includes('01')
        ? '01'
        : 'timeline';
  const tab = (TABS as readonly string[]).includes(query.get('tab') ?? '') ? query.get('tab')! : defaultTab;

  const back = (
    <Link className="back-link" to={ownDossiers ? EVAL_ROUTES.myDossiers : EVAL_ROUTES.queues} back>
      ← {ownDossiers ? t('ev.myDossiers') : t('ev.queues')}
    </Link>
  );
  if (dossier.isError && !d) {
    return (
      <div className="page page-wide">
        {back}
        <Alert type="error" showIcon title={errorText(dossier.error)} />
      </div>
    );
  }
  if (!d) {
    return (
      <div className="page page-wide">
        {back}
        <Skeleton active paragraph={{ rows: 10 }} />
      </div>
    );
  }
  const f = d.facts;
  // A saved form or a step changes the dossier, its parts and the lists it appears in.
  const onSaved = () => invalidate(keys.dossiers);
  const dash = <span className="muted">—</span>;
  const running = d.deadlines.filter(() => !TERMINAL.includes(d.state));
  const councilId = d.state === 'ministry_council' ? d.centralCouncilId : d.councilId;
  const scoringOpen = ['council_scoring', 'council_rescoring', 'ministry_council', 'council_closed'].includes(d.state);

  return (
    <div className="page page-wide" data-testid="dossier-page" data-state={d.state} data-version={d.version}>
      {back}
      <div className="page-head page-head-actions">
        <div>
          <h1 data-testid="dossier-title">{d.productName}</h1>
          <div className="detail-tags">
            <KindTag kind={d.kind} label={d.kindLabel} />
            <StateTag state={d.state} label={d.stateLabel} />
            {d.overdue && <OverdueTag />}
            <span className="muted">
              {d.producerName} · {[unitName(d.communeCode), unitName(d.provinceCode)].join(', ')}
            </span>
          </div>
        </div>
        <div className="page-actions">
          {councilId && scoringOpen && access.can('scorecards.own') && (
            <Button onClick={() => navigate(scoringPath(councilId, d.id))} data-testid="open-scoring">
              {t('ev.openScoring')}
            </Button>
          )}
        </div>
      </div>

      {d.overdueItems.length > 0 && (
        <Alert
          className="block"
          type="error"
          showIcon
          data-testid="overdue-items"
          title={t('ev.overdueTitle')}
          description={
            <ul className="plain-list">
              {d.overdueItems.map((o) => (
                <li key={o.deadline}>{pick(o.message)}</li>
              ))}
            </ul>
          }
        />
      )}
      {d.lastReason &&
        ['commune_returned', 'province_incomplete', 'advisory_supplement', 'rejected', 'withdrawn'].includes(
          d.state,
        ) && (
          <Alert
            className="block"
            type="warning"
            showIcon
            data-testid="last-reason"
            title={t('ev.lastReason')}
            description={d.lastReason}
          />
        )}
      {cert && (
        <Alert
          className="block cert-alert"
          type="success"
          showIcon
          data-testid="dossier-certificate"
          data-number={cert.number}
          data-star={cert.star}
          title={
            <span>
              {t('ev.certificate')} <b className="cert-number-inline">{cert.number}</b> <StarRating star={cert.star} />
            </span>
          }
          description={t('ev.certValidity', { from: formatDate(cert.issuedOn), to: formatDate(cert.expiresOn) })}
          action={
            <Button size="small" onClick={() => navigate(certificatePath(cert.id))} data-testid="open-certificate">
              {t('cert.open')}
            </Button>
          }
        />
      )}

      <Card size="small" className="block dossier-head">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, md: 3, lg: 3, xl: 4, xxl: 4 }}
          items={[
            {
              key: 'receipt',
              label: t('ev.receiptNo'),
              children: d.receiptNo ? <b data-testid="receipt-no">{d.receiptNo}</b> : dash,
            },
            { key: 'set', label: t('set.label'), children: `${d.setNo} · ${d.ruleSet}` },
            {
              key: 'submitted',
              label: t('ev.submittedOn'),
              children: d.submittedOn ? formatDate(d.submittedOn) : dash,
            },
            { key: 'received', label: t('ev.receivedOn'), children: d.receivedOn ? formatDate(d.receivedOn) : dash },
            {
              key: 'forwarded',
              label: t('ev.forwardedOn'),
              children: d.forwardedOn ? formatDate(d.forwardedOn) : dash,
            },
            { key: 'accepted', label: t('ev.acceptedOn'), children: d.acceptedOn ? formatDate(d.acceptedOn) : dash },
            {
              key: 'self',
              label: t('ev.selfScore'),
              children: d.selfAssessment ? (
                <span>
                  {t('points.n', { n: num(d.selfAssessment.total) })}{' '}
                  {d.selfAssessment.star !== null && <StarRating star={d.selfAssessment.star} />}
                </span>
              ) : (
                dash
              ),
            },
            {
              key: 'final',
              label: t('ev.councilScore'),
              children:
                d.finalPoints !== null ? (
                  <span data-testid="final-result" data-star={d.finalStar ?? 0}>
                    {t('points.n', { n: num(d.finalPoints) })}{' '}
                    {d.finalStar !== null && <StarRating star={d.finalStar} />}
                  </span>
                ) : (
                  dash
                ),
            },
            ...(f.decision
              ? [
                  {
                    key: 'decision',
                    label: t('ev.decision'),
                    children: `${f.decision.number} (${formatDate(f.decision.date)})`,
                  },
                ]
              : []),
            ...(f.baseCertificate
              ? [
                  {
                    key: 'base',
                    label: t('ev.baseCertificate'),
                    children: `${f.baseCertificate.number} · ${t('star.n', { star: f.baseCertificate.star })}`,
                  },
                ]
              : []),
            ...(f.outcome ? [{ key: 'outcome', label: t('ev.outcome'), children: pick(f.outcome.label) }] : []),
          ]}
        />
        {running.length > 0 && (
          <div className="deadlines" data-testid="deadlines">
            <span className="deadlines-label">{t('ev.deadlines')}</span>
            {running.map((x) => (
              <span key={x.kind} className="deadline-item" title={x.article}>
                <span className="deadline-what">{pick(x.label)}</span>
                <Deadline dueOn={x.dueOn} holidayNote={x.holidayNote} />
              </span>
            ))}
          </div>
        )}
        {access.ownProducerOnly && <FiledNext dossier={d} />}
        <DossierActions dossier={d} onReload={() => invalidate(keys.dossier(id))} />
        {d.availableActions.length === 0 && !TERMINAL.includes(d.state) && (
          <div className="muted no-actions">{t('ev.noActions')}</div>
        )}
      </Card>

      <Tabs
        activeKey={tab}
        onChange={(k) => setQuery({ tab: k })}
        items={[
          {
            key: '01',
            label: <span data-testid="tab-01">{t('ev.form01.short')}</span>,
            children: <Form01Tab dossier={d} onSaved={onSaved} />,
          },
          {
            key: '02',
            label: <span data-testid="tab-02">{t('ev.form02.short')}</span>,
            children: <Form02Tab dossier={d} evidence={evidence.data ?? []} onSaved={onSaved} />,
          },
          {
            key: '03',
            label: <span data-testid="tab-03">{t('ev.form03.short')}</span>,
            children: <Form03Tab dossier={d} onSaved={onSaved} />,
          },
          {
            key: 'evidence',
            label: (
              <span data-testid="tab-evidence">
                {t('ev.evidence')} {evidence.data && <Tag className="count-tag">{evidence.data.length}</Tag>}
              </span>
            ),
            children: (
              <EvidencePanel
                dossier={d}
                evidence={evidence.data ?? []}
                loading={evidence.isLoading}
                mayUpload={d.mayUploadEvidence}
                criteria={criteria}
                onChanged={() => invalidate(keys.dossier(id))}
              />
            ),
          },
          {
            key: 'timeline',
            label: <span data-testid="tab-timeline">{t('ev.timeline')}</span>,
            children: (
              <DossierTimeline data={timeline.data} error={timeline.error ?? undefined} loading={timeline.isLoading} />
            ),
          },
        ]}
      />
    </div>
  );
}
