// Chấm điểm hội đồng: a council member's list of the council's dossiers with their own status, and the scoring screen
// for one dossier — one radio group per criterion, made for the keyboard (↑/↓ between criteria, 1–9 picks an option,
// 0 "none met" or "no", Enter submits when complete), partial answers autosaved, the engine's total, band and star
// live, then the other members' cards as the server lets the member see them, a banner when the spread exceeds the
// council's threshold, and for the chair the steps that close the session.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Skeleton } from 'antd';
import { useT } from '../../../i18n/index.tsx';
import { keys, useInvalidate, useSheet } from '../../../shared/queries.ts';
import { dossierKeys, useCouncil, useDossier } from '../queries.ts';
import { useErrorText } from '../../../shared/errors.ts';
import { Link, navigate } from '../../../shared/router.ts';
import { dossierPath, EVAL_ROUTES, evalApi } from '../evaluation.ts';
import { useCouncilRules } from '../policies.ts';
import type { Answers, User } from '../../../types.ts';
import type { FiledForCriterion } from './CriterionBeside.tsx';
import { StateTag } from '../DossierTags.tsx';
import { PoliciesCollapse } from '../CouncilPolicies.tsx';
import '../evaluation.css';

import { CouncilStatus } from './CouncilStatus.tsx';
import { ScoreSheet } from './ScoreSheet.tsx';
export function ScoringPage({ user, councilId, dossierId }: { user: User; councilId: string; dossierId: string }) {
  const { t } = useT();
  const errorText = useErrorText();
  const council = useCouncil(councilId);
  const dossier = useDossier(dossierId);
  const d = dossier.data;
  const c = council.data;
  const sheet = useSheet(d?.ruleSet, d?.setNo);
  const rules = useCouncilRules();
  const scorer = c?.may.score ?? false;
  const ownCard = useQuery({
    queryKey: dossierKeys.ownScorecard(dossierId, councilId),
    queryFn: () => evalApi.ownScorecard(councilId, dossierId),
    enabled: scorer,
  });
  // Only a scorer has a card of their own.
  const own = scorer ? ownCard.data : c ? null : undefined;
  const cards = useQuery({
    queryKey: dossierKeys.scorecards(dossierId, councilId),
    queryFn: () => evalApi.scorecards(councilId, dossierId),
  });
  const invalidate = useInvalidate();
  // Beside each criterion: the producer's own answer (Form 02) and the evidence filed for it.
  const form02 = useQuery({
    queryKey: [...dossierKeys.ownScorecard(dossierId, councilId), 'form02'],
    queryFn: () => evalApi.form<{ selfAssessment?: { answers?: Answers } }>(dossierId, '02'),
    enabled: scorer,
  });
  const evidence = useQuery({
    queryKey: [...dossierKeys.ownScorecard(dossierId, councilId), 'evidence'],
    queryFn: () => evalApi.evidence(dossierId),
    enabled: scorer,
  });
  const filed = useMemo(() => {
    if (!form02.isSuccess || !evidence.data) return undefined;
    const answers = form02.data?.selfAssessment?.answers ?? {};
    return (code: string): FiledForCriterion => ({
      answer: answers[code],
      evidence: evidence.data.filter((e) => e.criterionCode === code),
    });
  }, [form02.isSuccess, form02.data, evidence.data]);

  const back = (
    <Link className="back-link" to={EVAL_ROUTES.scoring}>
      ← {t('sc.title')}
    </Link>
  );
  const error = council.error ?? dossier.error ?? sheet.error ?? ownCard.error ?? rules.error;
  if (error) {
    return (
      <div className="page page-wide">
        {back}
        <Alert type="error" showIcon title={errorText(error)} />
      </div>
    );
  }
  // The own card is read once the council says whether the user scores; never render a stale (empty) one.
  if (!d || !c || !sheet.data || !rules.data || own === undefined) {
    return (
      <div className="page page-wide">
        {back}
        <Skeleton active paragraph={{ rows: 12 }} />
      </div>
    );
  }
  return (
    <div className="page page-wide scoring-page" data-testid="scoring-page" data-state={d.state}>
      {back}
      <div className="page-head page-head-actions">
        <div>
          <h1 data-testid="scoring-title">{d.productName}</h1>
          <div className="detail-tags">
            <StateTag state={d.state} label={d.stateLabel} />
            <span className="muted">
              {d.producerName} · {t('set.no', { n: d.setNo })} · {t('sc.councilNo', { no: c.decisionNo })}
            </span>
          </div>
        </div>
        <div className="page-actions">
          <Button onClick={() => navigate(dossierPath(d.id))}>{t('sc.openDossier')}</Button>
        </div>
      </div>
      <PoliciesCollapse
        className="block"
        testId="council-policies"
        entries={c.policies}
        values={cards.data?.aggregate?.policy}
      />
      <CouncilStatus user={user} council={c} dossier={d} sheet={sheet.data} cards={cards.data} />
      {scorer ? (
        <ScoreSheet
          key={`${d.id}:${own?.scorecard?.revision ?? 0}:${own?.scorecard?.submitted ? 's' : 'd'}`}
          council={c}
          dossier={d}
          sheet={sheet.data}
          policies={rules.data.policies}
          own={own}
          filed={filed}
          onSubmitted={() => invalidate(keys.dossiers)}
        />
      ) : (
        !c.may.chair && <Alert type="info" showIcon title={t('sc.viewOnly')} />
      )}
    </div>
  );
}
