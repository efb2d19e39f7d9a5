// A member's scorecard on the scoring screen: one radio group per criterion, made for the keyboard (↑/↓ between
// criteria, 1–9 picks an option, 0 "none met" or "no", Enter asks to submit when complete — confirmed by a click in
// the dialog, never by Enter alone), partial answers autosaved, the engine's total, band and star live; beside each
// criterion the producer's own answer and evidence.
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { Alert, App } from 'antd';
import { useT } from '../../../i18n/index.tsx';
import { criteriaOf, sanitize } from '../../criteria/sheet.ts';
import { useLiveEvaluation } from '../../criteria/useLiveEvaluation.ts';
import { draft } from '../../../shared/drafts.ts';
import { useAutosave } from '../../../shared/useAutosave.ts';
import { evalApi, scorecardPath, sendOnLeave, type Council, type Dossier, type ScorecardInput } from '../evaluation.ts';
import { conditionsBody, sanitizeConditions, type SheetConditions } from '../../criteria/conditions.ts';
import { scoringPolicyOf, type PolicyDescriptor } from '../policies.ts';
import type { Answer, Answers } from '../../../types.ts';
import { conditionsFor, KnockoutBlock } from '../../criteria/SheetConditions.tsx';
import { LiveResultPanel } from '../../criteria/ResultPanel.tsx';

import { keyChoice, ScoreCriterion } from './ScoreCriterion.tsx';
import { ConfirmSubmit, ScoringBar, SheetHeads, SubmitCard } from './ScoreSheetParts.tsx';
import type { FiledForCriterion } from './CriterionBeside.tsx';
const AUTOSAVE_MS = 700;

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

export function ScoreSheet({
  council,
  dossier: d,
  sheet,
  policies,
  own,
  filed,
  onSubmitted,
}: {
  council: Council;
  dossier: Dossier;
  sheet: NonNullable<Parameters<typeof criteriaOf>[0]>;
  policies: readonly PolicyDescriptor[];
  own: Awaited<ReturnType<typeof evalApi.ownScorecard>> | null;
  /** What the producer filed for each criterion (Form 02 and evidence), by code; absent while loading. */
  filed: ((code: string) => FiledForCriterion) | undefined;
  onSubmitted: () => void;
}) {
  const { t, num } = useT();
  const { message } = App.useApp();
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
  // A submitted card cannot be changed: submitting asks first, and only a click on the dialog's button sends it.
  const [confirming, setConfirming] = useState(false);
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
    setConfirming(true);
  };

  const send = async () => {
    if (frozen || submitting || !live.complete) return;
    setConfirming(false);
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

  // Keyboard: ↑/↓ (also k/j) between criteria, 1–9 an option, 0 none/no, Enter asks to submit.
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    // While the confirmation is open its own buttons decide; Enter there must not submit.
    if (confirming) return;
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
        <ScoringBar save={save} frozen={frozen} card={card} live={live} />
        {all.map((l, i) => {
          const score = scoreOf.get(l.criterion.code);
          return (
            <div key={l.criterion.code}>
              <SheetHeads located={l} previous={all[i - 1]} />
              <ScoreCriterion
                located={l}
                active={i === active}
                answer={live.answers[l.criterion.code]}
                applies={live.applies.get(l.criterion.code)}
                branch={branch}
                disabled={frozen}
                points={score && !live.pending ? score.points : undefined}
                conditions={cond}
                filed={filed?.(l.criterion.code)}
                dossierId={d.id}
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
        <SubmitCard
          card={card}
          reopenable={!!own?.open && d.state === 'council_rescoring'}
          reopened={reopened}
          onReopen={() => setReopened(true)}
          live={live}
          frozen={frozen}
          submitting={submitting}
          submitError={submitError}
          onSubmit={() => void submit()}
        />
      </aside>
      <ConfirmSubmit
        open={confirming}
        total={live.result?.total ?? 0}
        onOk={() => void send()}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
