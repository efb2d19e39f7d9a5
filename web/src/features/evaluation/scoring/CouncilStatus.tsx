// The council's side of the scoring screen: who has submitted, the aggregate and the spread banner, the other
// members' cards, and the chair's steps that close the session.
import { useMemo } from 'react';
import { Alert, Card, Tag } from 'antd';
import { useT } from '../../../i18n/index.tsx';
import { criteriaOf } from '../../criteria/sheet.ts';
import { type Council, type Dossier, type Scorecards } from '../evaluation.ts';
import type { MarkWaived, Sheet, User } from '../../../types.ts';
import { StarRating } from '../../criteria/Stars.tsx';
import { MarksWaived, OutcomeAlert } from '../../criteria/ResultPanel.tsx';
import { DossierActions } from '../DossierActions.tsx';
import { CouncilSummary } from './CouncilSummary.tsx';

/** Who has submitted, the aggregate and the spread banner, the other members' cards, the chair's steps. */
export function CouncilStatus({
  user,
  council,
  dossier: d,
  sheet,
  cards,
}: {
  user: User;
  council: Council;
  dossier: Dossier;
  sheet: Sheet;
  cards: Scorecards | undefined;
}) {
  const { t, num } = useT();
  const byCode = useMemo(() => new Map(criteriaOf(sheet).map((l) => [l.criterion.code, l.criterion])), [sheet]);
  if (!cards) return null;
  const agg = cards.aggregate;
  const others = cards.members.filter((m) => m.memberId !== user.id);
  const totals = agg?.memberTotals ?? [];
  const spread = totals.length ? Math.max(...totals) - Math.min(...totals) : null;
  // When the scores diverge, the cards farthest from the mean are marked for the discussion.
  const far = (total: number | null | undefined) =>
    !!agg?.spreadFlag &&
    agg.mean !== null &&
    total != null &&
    totals.length > 0 &&
    Math.abs(total - agg.mean) === Math.max(...totals.map((x) => Math.abs(x - agg.mean!)));
  return (
    <>
      {agg?.spreadFlag && (
        <Alert
          className="block"
          type="warning"
          showIcon
          data-testid="divergence-banner"
          title={t('sc.divergence', { threshold: agg.spreadThreshold })}
          description={spread !== null ? t('sc.divergenceDetail', { spread: num(spread) }) : t('sc.divergenceHint')}
        />
      )}
      {cards.outcome && (
        <Alert
          className="block"
          type="success"
          showIcon
          data-testid="council-outcome"
          title={
            <span>
              {t('sc.closed', { mean: num(cards.outcome.mean) })}{' '}
              {cards.outcome.star !== null && <StarRating star={cards.outcome.star} />}
            </span>
          }
        />
      )}
      <CouncilSummary cards={cards} byCode={byCode} />
      <Card
        size="small"
        className="block council-status"
        data-testid="council-status"
        title={
          <span>
            {t('sc.councilProgress')}{' '}
            <Tag color={cards.submittedCount === cards.memberCount ? 'green' : 'default'}>
              {t('sc.submittedOf', { n: cards.submittedCount, total: cards.memberCount })}
            </Tag>
          </span>
        }
        extra={
          agg && agg.mean !== null && <span data-testid="council-mean">{t('sc.mean', { mean: num(agg.mean) })}</span>
        }
      >
        <div className="member-cards">
          {(cards.visibility.others === 'none' ? [] : others).map((m) => (
            <div
              key={m.memberId}
              className={`member-card${m.submitted ? ' member-card-done' : ''}${far(m.scorecard?.total) ? ' member-card-far' : ''}`}
              data-testid={`member-card-${m.displayName}`}
            >
              <div className="member-name">{m.displayName}</div>
              <div className="muted member-position">{t(`sc.position.${m.position}` as 'sc.position.member')}</div>
              {m.scorecard && m.scorecard.total !== null ? (
                <div className="member-total" data-testid="member-total">
                  {t('points.n', { n: num(m.scorecard.total) })}
                </div>
              ) : (
                <Tag color={m.submitted ? 'green' : 'default'}>
                  {m.submitted ? t('sc.submitted') : t('sc.notSubmitted')}
                </Tag>
              )}
            </div>
          ))}
          {cards.visibility.others === 'none' && <span className="muted">{t('sc.othersHidden')}</span>}
          {cards.visibility.others === 'status' && <span className="muted">{t('cs.awaiting')}</span>}
        </div>
        {agg?.outcome && <OutcomeAlert outcome={agg.outcome} knockouts={agg.knockouts ?? []} />}
        {agg?.marksWaived && <MarksWaived items={agg.marksWaived as MarkWaived[]} byCode={byCode} link={false} />}
        {council.may.steer && (
          <DossierActions
            dossier={d}
            only={['close_scoring', 'flag_divergence', 'convene_meeting', 'certify_ministry', 'record_central_result']}
          />
        )}
      </Card>
    </>
  );
}
