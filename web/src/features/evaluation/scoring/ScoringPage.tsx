// Chấm điểm hội đồng: a council member's list of the council's dossiers with their own status, and the scoring screen
// for one dossier — one radio group per criterion, made for the keyboard (↑/↓ between criteria, 1–9 picks an option,
// 0 "none met" or "no", Enter submits when complete), partial answers autosaved, the engine's total, band and star
// live, then the other members' cards as the server lets the member see them, a banner when the spread exceeds the
// council's threshold, and for the chair the steps that close the session.
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Progress, Radio, Skeleton, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useT } from '../../../i18n/index.tsx';
import { keys, useInvalidate, useSheet } from '../../../shared/queries.ts';
import { dossierKeys, useCouncil, useDossier } from '../queries.ts';
import { useErrorText } from '../../../shared/errors.ts';
import { Link, navigate } from '../../../shared/router.ts';
import { answerPoints, criteriaOf, sanitize, type Located } from '../../criteria/sheet.ts';
import { useLiveEvaluation } from '../../criteria/useLiveEvaluation.ts';
import { draft } from '../../../shared/drafts.ts';
import { useAutosave } from '../../../shared/useAutosave.ts';
import {
  dossierPath,
  EVAL_ROUTES,
  evalApi,
  scorecardPath,
  scoringPath,
  sendOnLeave,
  type Council,
  type Dossier,
  type DossierSummary,
  type ScorecardInput,
  type Scorecards,
} from '../evaluation.ts';
import { conditionsBody, sanitizeConditions, type SheetConditions } from '../../criteria/conditions.ts';
import { scoringPolicyOf, useCouncilRules, type PolicyDescriptor } from '../policies.ts';
import type { Answer, Answers, Criterion, MarkWaived, Sheet, User } from '../../../types.ts';
import { StateTag } from '../DossierTags.tsx';
import { StarMarkTag, StarRating } from '../../criteria/Stars.tsx';
import { LiveResultPanel, MarksWaived, OutcomeAlert } from '../../criteria/ResultPanel.tsx';
import { PoliciesCollapse } from '../CouncilPolicies.tsx';
import {
  conditionsFor,
  CriterionLead,
  CriterionTail,
  KnockoutBlock,
  type CriterionConditionProps,
} from '../../criteria/SheetConditions.tsx';
import { DossierActions } from '../DossierActions.tsx';
import '../evaluation.css';

const AUTOSAVE_MS = 700;

/** Whether the user scores in this council (members and vice-chairs; the chair only when the council says so). */
function scores(council: Council, userId: string): boolean {
  const m = council.members.find((x) => x.userId === userId);
  if (!m) return false;
  return m.position === 'member' || m.position === 'vice_chair' || (m.position === 'chair' && council.chairScores);
}
const isChair = (council: Council, userId: string) =>
  council.members.some((m) => m.userId === userId && m.position === 'chair');

// ---------------------------------------------------------------- the list

interface Row {
  council: Council;
  dossier: DossierSummary;
  mine: 'none' | 'draft' | 'submitted' | 'not_scorer';
  myTotal: number | null;
  submitted: number;
  members: number;
}

/**
 * The member's councils, then one list call per council: each dossier summary carries its councils and, for a
 * member, where the scoring stands (the server reads it for the whole page in one query).
 */
async function loadRows(user: User): Promise<Row[]> {
  const councils = (await evalApi.councils()).filter((c) => c.members.some((m) => m.userId === user.id));
  const lists = await Promise.all(
    councils.map((c) =>
      c.level === 'province'
        ? evalApi.dossiers({ roundId: c.roundId, limit: 200 })
        : evalApi.dossiers({ state: 'ministry_council', limit: 200 }),
    ),
  );
  return councils.flatMap((c, i) =>
    lists[i]!.items.filter((d) => (c.level === 'province' ? true : d.centralCouncilId === c.id)).map((d): Row => {
      const p = d.scoring?.councilId === c.id ? d.scoring : null;
      return {
        council: c,
        dossier: d,
        mine: p ? (p.scorer ? (p.own ?? 'none') : 'not_scorer') : scores(c, user.id) ? 'none' : 'not_scorer',
        myTotal: p?.ownTotal ?? null,
        submitted: p?.submittedCount ?? 0,
        members: p?.memberCount ?? 0,
      };
    }),
  );
}

export function ScoringListPage({ user }: { user: User }) {
  const { t, num } = useT();
  const errorText = useErrorText();
  const rows = useQuery({ queryKey: [...keys.dossiers, 'scoring-rows', user.id], queryFn: () => loadRows(user) });
  const columns: TableColumnsType<Row> = [
    {
      key: 'product',
      title: t('ev.product'),
      render: (_, r) => (
        <div className="cell-main">
          <Link to={scoringPath(r.council.id, r.dossier.id)} data-testid={`score-link-${r.dossier.id}`}>
            {r.dossier.productName}
          </Link>
          <span className="cell-sub muted">
            {r.dossier.producerName} · {t('set.no', { n: r.dossier.setNo })}
          </span>
        </div>
      ),
    },
    {
      key: 'council',
      title: t('ev.council'),
      width: 170,
      render: (_, r) => <span className="muted">{r.council.decisionNo}</span>,
    },
    {
      key: 'state',
      title: t('ev.state'),
      width: 240,
      render: (_, r) => <StateTag state={r.dossier.state} label={r.dossier.stateLabel} />,
    },
    {
      key: 'mine',
      title: t('sc.myCard'),
      width: 170,
      render: (_, r) =>
        r.mine === 'submitted' ? (
          <Tag color="green" data-testid={`my-status-${r.dossier.id}`} data-status="submitted">
            {t('sc.submitted')}
            {r.myTotal !== null && ` · ${num(r.myTotal)}`}
          </Tag>
        ) : r.mine === 'draft' ? (
          <Tag color="gold" data-testid={`my-status-${r.dossier.id}`} data-status="draft">
            {t('sc.draft')}
          </Tag>
        ) : r.mine === 'none' ? (
          <Tag data-testid={`my-status-${r.dossier.id}`} data-status="none">
            {t('sc.notStarted')}
          </Tag>
        ) : (
          <span className="muted">{t('sc.notScorer')}</span>
        ),
    },
    {
      key: 'progress',
      title: t('sc.councilProgress'),
      width: 170,
      render: (_, r) => (
        <div className="progress-cell">
          <Progress percent={r.members ? (r.submitted / r.members) * 100 : 0} size="small" showInfo={false} />
          <span className="muted">{t('sc.submittedOf', { n: r.submitted, total: r.members })}</span>
        </div>
      ),
    },
  ];
  return (
    <div className="page page-wide" data-testid="scoring-list">
      <div className="page-head">
        <h1>{t('sc.title')}</h1>
        <p className="page-lead">{t('sc.lead')}</p>
      </div>
      {rows.isError && <Alert className="block" type="error" showIcon title={errorText(rows.error)} />}
      <Card className="table-card" size="small">
        <Table<Row>
          rowKey={(r) => `${r.council.id}:${r.dossier.id}`}
          columns={columns}
          dataSource={rows.data ?? []}
          loading={rows.isFetching}
          pagination={false}
          scroll={{ x: 800 }}
          locale={{ emptyText: t('sc.empty') }}
        />
      </Card>
    </div>
  );
}

// ---------------------------------------------------------------- the scoring screen

export function ScoringPage({ user, councilId, dossierId }: { user: User; councilId: string; dossierId: string }) {
  const { t } = useT();
  const errorText = useErrorText();
  const council = useCouncil(councilId);
  const dossier = useDossier(dossierId);
  const d = dossier.data;
  const c = council.data;
  const sheet = useSheet(d?.ruleSet, d?.setNo);
  const rules = useCouncilRules();
  const scorer = c ? scores(c, user.id) : false;
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
          onSubmitted={() => invalidate(keys.dossiers)}
        />
      ) : (
        !isChair(c, user.id) && <Alert type="info" showIcon title={t('sc.viewOnly')} />
      )}
    </div>
  );
}

/** Who has submitted, the aggregate and the spread banner, the other members' cards, the chair's steps. */
function CouncilStatus({
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
  const chair = isChair(council, user.id) || user.role === 'province_office' || user.role === 'ministry_office';
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
        </div>
        {agg?.outcome && <OutcomeAlert outcome={agg.outcome} knockouts={agg.knockouts ?? []} />}
        {agg?.marksWaived && <MarksWaived items={agg.marksWaived as MarkWaived[]} byCode={byCode} link={false} />}
        {chair && (
          <DossierActions
            user={user}
            dossier={d}
            only={['close_scoring', 'flag_divergence', 'convene_meeting', 'certify_ministry', 'record_central_result']}
          />
        )}
      </Card>
    </>
  );
}

/** A scorecard's unsent draft: answers with the knock-outs ticked and applicability answers. */
interface KeptCard extends SheetConditions {
  answers: Answers;
}
/** A kept draft; drafts kept before knock-outs were answered held the answers alone. */
function keptCard(v: KeptCard | Answers | null): KeptCard | null {
  if (v === null) return null;
  return 'answers' in v && typeof v.answers === 'object' && v.answers !== null
    ? (v as KeptCard)
    : { answers: v as Answers, knockouts: {}, applies: {} };
}

/** What autosave keeps and sends: the answers and the sheet's conditions (the case is fixed on the card). */
interface CardValue {
  answers: Answers;
  conditions: SheetConditions;
}

function ScoreSheet({
  council,
  dossier: d,
  sheet,
  policies,
  own,
  onSubmitted,
}: {
  council: Council;
  dossier: Dossier;
  sheet: NonNullable<Parameters<typeof criteriaOf>[0]>;
  policies: readonly PolicyDescriptor[];
  own: Awaited<ReturnType<typeof evalApi.ownScorecard>> | null;
  onSubmitted: () => void;
}) {
  const { t, pick, num } = useT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const card = own?.scorecard ?? null;
  const [reopened, setReopened] = useState(false);
  const frozen = !own?.open || (card?.submitted === true && !reopened);
  // Answers not yet stored on the server survive a reload here (keyed by card revision), and come back when newer.
  const [store] = useState(() => draft<KeptCard | Answers>('scorecard', council.id, d.id, card?.revision ?? 0));
  const [kept] = useState(() => keptCard(frozen ? null : store.read(card?.updatedAt ?? '1970-01-01T00:00:00Z')));
  const [restored, setRestored] = useState(kept !== null);
  const [raw, setRaw] = useState<Answers>(() =>
    sanitize(sheet, (kept?.answers ?? card?.answers ?? {}) as Answers, card?.branch ?? undefined),
  );
  const [conditions, setConditions] = useState<SheetConditions>(() =>
    sanitizeConditions(sheet, kept ?? { knockouts: card?.knockouts ?? {}, applies: card?.applies ?? {} }),
  );
  const [branch] = useState<number | undefined>(card?.branch ?? undefined);
  const policy = useMemo(() => scoringPolicyOf(policies, council.policies), [policies, council.policies]);
  const live = useLiveEvaluation(d.ruleSet, sheet, raw, branch, { conditions, policy });
  const all = useMemo(() => criteriaOf(sheet), [sheet]);
  const [active, setActive] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(undefined);

  // Autosave: each change is kept locally at once and, once the member pauses, goes to the server as a draft; a
  // pending save is sent when the screen closes — inside the app, or by reload, closed tab or hidden page (keepalive).
  const bodyOf = (v: CardValue): ScorecardInput => ({
    answers: v.answers,
    ...(branch !== undefined ? { branch } : {}),
    ...conditionsBody(v.conditions),
  });
  const autosave = useAutosave<CardValue, KeptCard | Answers>({
    draft: store,
    keep: (v) => ({ answers: v.answers, ...v.conditions }),
    delayMs: AUTOSAVE_MS,
    save: (v) => evalApi.saveScorecard(council.id, d.id, bodyOf(v)),
    sendOnLeave: (v) => sendOnLeave('PUT', scorecardPath(council.id, d.id), bodyOf(v)),
  });
  const save = autosave.status;
  // A restored draft is sent to the server like a fresh change.
  const sendRestored = useEffectEvent(() => autosave.change({ answers: raw, conditions }));
  useEffect(() => {
    if (kept !== null && !frozen) sendRestored();
  }, [kept, frozen]);

  const setAnswer = (code: string, a: Answer) => {
    if (frozen) return;
    const next = { ...raw, [code]: a };
    setRaw(next);
    autosave.change({ answers: next, conditions });
  };

  const applicable = (i: number) => {
    const l = all[i];
    return !!l && live.applies.get(l.criterion.code) !== false;
  };
  // Moves by keyboard bring the active criterion into view; a click leaves the page where the member put it.
  const follow = useRef(false);
  const move = (from: number, step: 1 | -1) => {
    let i = from + step;
    while (i >= 0 && i < all.length && !applicable(i)) i += step;
    if (i >= 0 && i < all.length) {
      follow.current = true;
      setActive(i);
    }
  };
  useEffect(() => {
    if (!follow.current) return;
    follow.current = false;
    const code = all[active]?.criterion.code;
    if (code) document.getElementById(`score-crit-${code}`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [active, all]);

  const submit = async () => {
    if (frozen || submitting) return;
    if (!live.complete) {
      const first = all.findIndex((l) => l.criterion.code === live.missing[0]);
      if (first >= 0) {
        follow.current = true;
        setActive(first);
      }
      void message.warning(t('sc.incomplete', { n: live.missing.length }));
      return;
    }
    autosave.cancel();
    setSubmitting(true);
    setSubmitError(undefined);
    try {
      const r = await evalApi.submitScorecard(council.id, d.id, {
        answers: live.answers,
        ...(branch !== undefined ? { branch } : {}),
        ...conditionsBody(conditions),
      });
      store.clear();
      void message.success(t('sc.submittedMsg', { total: num(r.scorecard.total ?? 0) }));
      setReopened(false);
      onSubmitted();
    } catch (err) {
      setSubmitError(err);
    } finally {
      setSubmitting(false);
    }
  };

  // Keyboard: ↑/↓ (also k/j) between criteria, 1–9 an option, 0 none/no, Enter submits.
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    if (
      target &&
      ((target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'radio') ||
        target.tagName === 'TEXTAREA' ||
        target.isContentEditable)
    )
      return;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'ArrowDown' || e.key === 'j') {
      e.preventDefault();
      move(active, 1);
    } else if (e.key === 'ArrowUp' || e.key === 'k') {
      e.preventDefault();
      move(active, -1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      void submit();
    } else if (/^[0-9]$/.test(e.key) && !frozen) {
      const l = all[active];
      if (!l || !applicable(active)) return;
      const choice = keyChoice(l.criterion, Number(e.key), branch);
      if (choice === undefined) return;
      e.preventDefault();
      setAnswer(l.criterion.code, choice);
      move(active, 1);
    }
  });
  useEffect(() => {
    const h = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', h);
    return () => window.removeEventListener('keydown', h);
  }, []);

  const scoreOf = new Map(live.result?.criteria.map((x) => [x.code, x]) ?? []);
  const cond = conditionsFor(
    sheet,
    conditions,
    live.result?.knockouts.map((k) => k.id),
    (f) => {
      if (frozen) return;
      const next = f(conditions);
      setConditions(next);
      autosave.change({ answers: raw, conditions: next });
    },
    frozen,
  );
  return (
    <div className="sa-grid scoring-grid">
      <div className="sa-form">
        {restored && (
          <Alert
            className="block"
            type="warning"
            showIcon
            closable
            onClose={() => setRestored(false)}
            data-testid="draft-restored"
            title={t('draft.restored')}
            description={t('draft.restoredScore')}
          />
        )}
        <KnockoutBlock conditions={cond} />
        <Card size="small" className="block scoring-bar" data-testid="scoring-bar">
          <div className="scoring-bar-row">
            <span className="kbd-hint">
              <kbd>↑</kbd>
              <kbd>↓</kbd> {t('sc.keysMove')} · <kbd>1</kbd>–<kbd>9</kbd> {t('sc.keysPick')} · <kbd>0</kbd>{' '}
              {t('sc.keysNone')} · <kbd>Enter</kbd> {t('sc.keysSubmit')}
            </span>
            <span className="save-state" data-testid="save-state" data-state={save.state}>
              {frozen ? (
                card?.submitted ? (
                  t('sc.cardSubmitted')
                ) : (
                  t('sc.closedForScoring')
                )
              ) : save.state === 'saving' || save.state === 'pending' ? (
                t('sc.saving')
              ) : save.state === 'saved' ? (
                t('sc.savedAt', {
                  time: save.at.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', second: '2-digit' }),
                })
              ) : save.state === 'error' ? (
                <span className="error-text">{errorText(save.error)}</span>
              ) : card ? (
                t('sc.draftLoaded')
              ) : (
                t('sc.autosave')
              )}
            </span>
          </div>
        </Card>
        {all.map((l, i) => {
          const head: React.ReactNode[] = [];
          const prev = all[i - 1];
          if (l.part.code !== prev?.part.code) {
            head.push(
              <header key={`p-${l.part.code}`} className="sheet-part-head score-part-head">
                <span className="sheet-part-code">{t('sheet.part', { code: l.part.code })}</span>
                <span className="sheet-part-title">{l.part.title}</span>
                <span className="sheet-part-points">{t('points.n', { n: l.part.maxPoints })}</span>
              </header>,
            );
          }
          if (l.section.code !== prev?.section.code) {
            head.push(
              <h3 key={`s-${l.part.code}-${l.section.code}`} className="sheet-section-head score-section-head">
                <span className="sheet-section-title">
                  {l.section.code}. {l.section.title}
                </span>
              </h3>,
            );
          }
          const score = scoreOf.get(l.criterion.code);
          return (
            <div key={l.criterion.code}>
              {head}
              <ScoreCriterion
                located={l}
                active={i === active}
                answer={live.answers[l.criterion.code]}
                applies={live.applies.get(l.criterion.code)}
                branch={branch}
                disabled={frozen}
                points={score && !live.pending ? score.points : undefined}
                conditions={cond}
                onFocus={() => setActive(i)}
                onChange={(a) => {
                  setActive(i);
                  setAnswer(l.criterion.code, a);
                }}
              />
            </div>
          );
        })}
      </div>
      <aside className="sa-aside">
        <LiveResultPanel sheet={sheet} live={live} />
        <Card size="small" className="submit-card">
          {submitError !== undefined && (
            <Alert className="block" type="error" showIcon title={errorText(submitError)} data-testid="submit-error" />
          )}
          {card?.submitted && !reopened ? (
            <>
              <div className="submitted-note" data-testid="card-submitted">
                <Tag color="green">{t('sc.cardSubmitted')}</Tag>{' '}
                {card.total !== null && t('points.n', { n: num(card.total) })}
              </div>
              {own?.open && d.state === 'council_rescoring' && (
                <Button block onClick={() => setReopened(true)} data-testid="reopen-card">
                  {t('sc.revise')}
                </Button>
              )}
            </>
          ) : (
            <Tooltip title={live.complete ? undefined : t('sc.incomplete', { n: live.missing.length })}>
              <Button
                type="primary"
                block
                size="large"
                disabled={frozen}
                loading={submitting}
                onClick={() => void submit()}
                data-testid="submit-card"
              >
                {t('sc.submit')}
              </Button>
            </Tooltip>
          )}
          <p className="muted submit-hint">{pick({ vi: t('sc.submitHint'), en: t('sc.submitHint') })}</p>
        </Card>
      </aside>
    </div>
  );
}

/** The answer a digit picks: 1–9 the options in order, 0 none met; for yes/no 1 yes, 0 no. */
function keyChoice(c: Criterion, digit: number, branch: number | undefined): Answer | undefined {
  if (c.kind === 'yesno') return digit === 1 ? true : digit === 0 ? false : undefined;
  if (digit === 0) return null;
  const shown = c.options.map((o, i) => ({ o, i })).filter(({ o }) => !c.branches || o.branch === branch);
  return shown[digit - 1]?.i;
}

const NONE = -1;

function ScoreCriterion({
  located: { criterion: c },
  active,
  answer,
  applies,
  branch,
  disabled,
  points,
  conditions,
  onFocus,
  onChange,
}: {
  located: Located;
  active: boolean;
  answer: Answer | undefined;
  applies: boolean | undefined;
  branch: number | undefined;
  disabled: boolean;
  points: number | undefined;
  conditions: CriterionConditionProps;
  onFocus: () => void;
  onChange: (a: Answer) => void;
}) {
  const { t } = useT();
  const na = applies === false;
  const answered = answer !== undefined;
  const earned = points ?? (na ? 0 : answerPoints(c, answer));
  const shown = c.options.map((o, i) => ({ o, i })).filter(({ o }) => !c.branches || o.branch === branch);
  const cls = [
    'score-crit',
    active ? 'score-crit-active' : '',
    na ? 'crit-na' : '',
    !answered && !na ? 'crit-unanswered' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <article
      className={cls}
      id={`score-crit-${c.code}`}
      data-testid={`score-criterion-${c.code}`}
      data-active={active ? 'yes' : 'no'}
      data-answered={answered ? 'yes' : 'no'}
      onMouseDown={onFocus}
    >
      <header className="crit-head">
        <span className="crit-code">{c.code}</span>
        <span className="crit-title">{c.title}</span>
        <span className={`points-pill${answered && !na ? ' points-pill-earned' : ''}`}>
          {answered || na
            ? t('points.of', { n: earned, max: c.maxPoints })
            : t('points.ofUnknown', { max: c.maxPoints })}
        </span>
      </header>
      <CriterionLead criterion={c} conditions={conditions} />
      {na ? (
        <div className="crit-hint">{t('sa.notApplicable')}</div>
      ) : c.kind === 'yesno' ? (
        <Radio.Group
          className="score-options"
          disabled={disabled}
          value={answer === true ? 1 : answer === false ? 0 : undefined}
          onChange={(e) => onChange(e.target.value === 1)}
        >
          <Radio value={1} className="score-option" data-testid={`score-${c.code}-yes`}>
            <kbd>1</kbd> <span className="score-option-text">{t('answer.yes')}</span>{' '}
            <span className="points-pill">{t('points.n', { n: c.maxPoints })}</span>
          </Radio>
          <Radio value={0} className="score-option" data-testid={`score-${c.code}-no`}>
            <kbd>0</kbd> <span className="score-option-text">{t('answer.no')}</span>{' '}
            <span className="points-pill">{t('points.n', { n: 0 })}</span>
          </Radio>
        </Radio.Group>
      ) : (
        <Radio.Group
          className="score-options"
          disabled={disabled}
          value={answer === null ? NONE : typeof answer === 'number' ? answer : undefined}
          onChange={(e) => onChange(e.target.value === NONE ? null : (e.target.value as number))}
        >
          {shown.map(({ o, i }, k) => (
            <Radio key={i} value={i} className="score-option" data-testid={`score-${c.code}-${i}`}>
              <kbd>{k + 1}</kbd> <span className="score-option-text">{o.text}</span>
              <span className="score-option-meta">
                {o.minStar !== null && <StarMarkTag star={o.minStar} />}
                <span className="points-pill">{t('points.n', { n: o.points })}</span>
              </span>
            </Radio>
          ))}
          <Radio value={NONE} className="score-option score-option-none" data-testid={`score-${c.code}-none`}>
            <kbd>0</kbd> <span className="score-option-text">{t('sa.noneMet')}</span>
          </Radio>
        </Radio.Group>
      )}
      <CriterionTail criterion={c} conditions={conditions} />
    </article>
  );
}
