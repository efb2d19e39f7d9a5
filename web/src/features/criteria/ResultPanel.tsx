// The live result of a self-assessment: total, parts, band, final star — or the knock-out that rejects the dossier
// or stops the evaluation, quoted — certifiability, star marks that do not bind, blocking marks, quick wins.
import { memo } from 'react';
import { Alert, Card, Progress, Tag } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { criteriaOf } from './sheet.ts';
import { useErrorText } from '../../shared/errors.ts';
import type { LiveEvaluation } from './useLiveEvaluation.ts';
import type { Criterion, Evaluation, KnockedOut, MarkWaived, Sheet } from '../../types.ts';
import { StarRating } from './Stars.tsx';
import { LawQuote } from './SheetConditions.tsx';

export function scrollToCriterion(code: string): void {
  const el = document.getElementById(`sa-crit-${code}`);
  if (!el) return;
  el.scrollIntoView({ behavior: 'smooth', block: 'center' });
  el.classList.remove('crit-flash');
  void el.offsetWidth; // restart the animation
  el.classList.add('crit-flash');
}

function CodeLink({ code }: { code: string }) {
  return (
    <button type="button" className="code-link" onClick={() => scrollToCriterion(code)}>
      {code}
    </button>
  );
}

/** "Loại" / "Dừng đánh giá", with each condition that holds in the sheet's words. */
type QuotedKnockout = Pick<KnockedOut, 'id' | 'text' | 'line'> & { statement?: KnockedOut['statement'] };

export function OutcomeAlert({
  outcome,
  knockouts,
}: {
  outcome: Evaluation['outcome'];
  knockouts: readonly QuotedKnockout[];
}) {
  const { t, pick } = useT();
  if (outcome === 'ranked') return null;
  return (
    <Alert
      className="block result-outcome"
      type={outcome === 'excluded' ? 'error' : 'warning'}
      showIcon
      data-testid="outcome"
      data-outcome={outcome}
      title={t(`outcome.${outcome}`)}
      description={
        <>
          <div>{t(outcome === 'excluded' ? 'outcome.excludedLead' : 'outcome.stoppedLead')}</div>
          <ul className="plain-list outcome-list">
            {knockouts.map((k) => (
              <li key={k.id} data-testid={`outcome-${k.id}`}>
                {k.statement && <div className="outcome-statement">{pick(k.statement)}</div>}
                <LawQuote text={k.text} line={k.line} />
              </li>
            ))}
          </ul>
        </>
      }
    />
  );
}

/** The star marks that do not bind this product, and why (an applicability answer, or the council's rule). */
export function MarksWaived({
  items,
  byCode,
  link = true,
}: {
  items: readonly MarkWaived[];
  byCode: Map<string, Criterion>;
  link?: boolean;
}) {
  const { t, pick } = useT();
  if (items.length === 0) return null;
  return (
    <div className="result-section" data-testid="marks-waived">
      <h4>{t('outcome.waived')}</h4>
      <ul className="plain-list">
        {items.map((w) => {
          const c = byCode.get(w.criterion);
          const flag = c?.flags?.find((f) => f.kind === 'mark-out-of-scope');
          return (
            <li key={w.criterion} data-testid={`waived-${w.criterion}`} className="blocking-item">
              {link ? <CodeLink code={w.criterion} /> : <b>{w.criterion}</b>}{' '}
              <span className="muted">— {t(`outcome.waived.${w.reason}`)}</span>
              <div className="waived-why">
                {w.reason === 'not-applicable' && c?.applicability ? (
                  <LawQuote text={c.applicability.text} line={c.applicability.line} />
                ) : w.reason === 'council-policy' && flag ? (
                  pick(flag.note)
                ) : (
                  w.text
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function ResultPanel({
  sheet,
  result,
  pending,
  error,
  missing,
  needsCase,
  answered,
  countable,
}: {
  sheet: Sheet;
  result: Evaluation | undefined;
  pending: boolean;
  error: string | undefined;
  missing: string[];
  needsCase: boolean;
  answered: number;
  countable: number;
}) {
  const { t, num } = useT();
  const incomplete = missing.length > 0 || needsCase;
  const state = incomplete ? 'incomplete' : pending ? 'pending' : result ? 'ready' : error ? 'error' : 'pending';
  const byCode = new Map(criteriaOf(sheet).map((l) => [l.criterion.code, l.criterion]));

  return (
    <Card className="result-card" size="small" data-testid="result" data-state={state} title={t('result.title')}>
      <div className="progress-line" data-testid="progress">
        <Progress
          percent={countable ? Math.round((answered / countable) * 100) : 0}
          aria-label={t('sa.progress', { n: answered, total: countable })}
          size="small"
          showInfo={false}
          strokeColor={answered === countable ? '#17694a' : '#faad14'}
        />
        <span className="muted">{t('sa.progress', { n: answered, total: countable })}</span>
      </div>

      {incomplete && (
        <div className="missing" data-testid="missing">
          <div className="missing-title">{t('result.incomplete')}</div>
          {needsCase && <div className="missing-case">{t('result.needsCase')}</div>}
          {missing.length > 0 && (
            <>
              <div className="muted">{t('result.missing', { n: missing.length })}</div>
              <div className="missing-codes">
                {missing.map((code) => (
                  <CodeLink key={code} code={code} />
                ))}
              </div>
            </>
          )}
        </div>
      )}

      {!incomplete && error && <Alert type="error" showIcon title={error} data-testid="eval-error" />}

      {!incomplete && result && (
        <div className={pending ? 'result-body result-stale' : 'result-body'}>
          <div className="result-total">
            <span className="result-total-number" data-testid="total">
              {num(result.total)}
            </span>
            <span className="result-total-max">{t('result.ofHundred')}</span>
          </div>
          <div className="result-parts">
            {sheet.parts.map((p) => (
              <div key={p.code} className="result-part" data-testid={`part-${p.code}`}>
                <span className="result-part-label" title={p.title}>
                  {t('sheet.part', { code: p.code })}
                </span>
                <Progress
                  percent={(result.parts[p.code] / p.maxPoints) * 100}
                  aria-label={`${t('sheet.part', { code: p.code })}: ${num(result.parts[p.code])}/${p.maxPoints}`}
                  size="small"
                  showInfo={false}
                  strokeColor="#17694a"
                />
                <span className="result-part-points">
                  {num(result.parts[p.code])}/{p.maxPoints}
                </span>
              </div>
            ))}
          </div>

          <dl className="result-stars">
            <dt>{t('result.band')}</dt>
            <dd data-testid="band" data-star={result.band}>
              <StarRating star={result.band} />
            </dd>
            <dt>{t('result.finalStar')}</dt>
            <dd data-testid="final-star" data-star={result.star ?? 0} data-outcome={result.outcome}>
              {result.outcome !== 'ranked' || result.star === null ? (
                <Tag color={result.outcome === 'stopped' ? 'orange' : 'red'}>
                  {t(result.outcome === 'stopped' ? 'outcome.stopped' : 'outcome.excluded')}
                </Tag>
              ) : (
                <StarRating star={result.star} size="large" />
              )}
            </dd>
          </dl>

          <OutcomeAlert outcome={result.outcome} knockouts={result.knockouts} />
          {result.outcome === 'ranked' && result.star !== null && result.star < result.band && (
            <Alert
              type="warning"
              showIcon
              className="result-capped"
              data-testid="capped"
              title={t('result.capped', { band: result.band, star: result.star })}
            />
          )}

          <div className="result-cert" data-testid="certifiable" data-value={result.certifiable ? 'yes' : 'no'}>
            {result.certifiable ? (
              <Tag color="green" className="cert-tag">
                {t('result.certifiable', {
                  level: t(result.star === 5 ? 'result.level.ministry' : 'result.level.province'),
                })}
              </Tag>
            ) : (
              <Tag className="cert-tag">
                {t(result.outcome === 'ranked' ? 'result.notCertifiable' : 'outcome.notCertifiable')}
              </Tag>
            )}
          </div>

          <MarksWaived items={result.marksWaived} byCode={byCode} />

          {result.blocking.length > 0 && (
            <div className="result-section" data-testid="blocking">
              <h4>{t('result.blocking')}</h4>
              {[3, 4, 5].map((star) => {
                const items = result.blocking.filter((b) => b.star === star);
                if (items.length === 0) return null;
                return (
                  <div key={star} className="blocking-group">
                    <div className="blocking-star">{t('result.blocksStar', { star })}</div>
                    <ul className="plain-list">
                      {items.map((b) => {
                        const option = byCode.get(b.criterion)?.options[b.requiredOption];
                        return (
                          <li
                            key={`${star}-${b.criterion}`}
                            data-testid={`blocking-${b.criterion}`}
                            className="blocking-item"
                          >
                            <CodeLink code={b.criterion} /> <span className="blocking-title">{b.title}</span>
                            <div className="muted">
                              {t('result.blockingDetail', { need: b.requiredPoints, actual: b.actualPoints })}
                              {option && <> — “{option.text}”</>}
                            </div>
                          </li>
                        );
                      })}
                    </ul>
                  </div>
                );
              })}
            </div>
          )}

          {result.quickWins ? (
            <div className="result-section" data-testid="quick-wins">
              <h4>{t('result.quickWins', { star: result.quickWins.targetStar })}</h4>
              {result.quickWins.pointsNeeded > 0 && (
                <div className="muted">
                  {t('result.pointsNeeded', { n: result.quickWins.pointsNeeded, star: result.quickWins.targetStar })}
                </div>
              )}
              {result.quickWins.branch !== undefined && (
                <div className="muted">{t('result.quickWinsCase', { no: result.quickWins.branch })}</div>
              )}
              <ol className="quick-wins">
                {result.quickWins.changes.map((c) => (
                  <li key={c.criterion} data-testid={`quick-win-${c.criterion}`}>
                    <CodeLink code={c.criterion} /> <span className="blocking-title">{c.title}</span>
                    <div>
                      {t('result.chooseOption')} “{c.toOption === true ? t('answer.yes') : c.toText}”
                    </div>
                    <div className="quick-win-meta">
                      {c.pointsGained > 0 && <Tag color="green">{t('result.gain', { n: c.pointsGained })}</Tag>}
                      {c.forMark !== null && <Tag color="gold">{t('result.forMark', { star: c.forMark })}</Tag>}
                    </div>
                  </li>
                ))}
              </ol>
            </div>
          ) : (
            result.star === 5 && <div className="result-section muted">{t('result.top')}</div>
          )}
        </div>
      )}
    </Card>
  );
}

/**
 * The panel fed by useLiveEvaluation (Form 02 and the council's scoring screen). Memoised: it redraws when the
 * evaluation changes (useLiveEvaluation keeps the same object otherwise), and a screen may hand it a deferred value.
 */
export const LiveResultPanel = memo(function LiveResultPanel({ sheet, live }: { sheet: Sheet; live: LiveEvaluation }) {
  const errorText = useErrorText();
  return (
    <ResultPanel
      sheet={sheet}
      result={live.result}
      pending={live.pending}
      error={live.error !== undefined ? errorText(live.error) : undefined}
      missing={live.missing}
      needsCase={live.needsCase}
      answered={live.countable - live.missing.length}
      countable={live.countable}
    />
  );
});
