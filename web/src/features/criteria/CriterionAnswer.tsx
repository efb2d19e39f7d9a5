// One criterion answered as on the paper sheet: its options as radio buttons (or a yes/no), its notes and star mark,
// the points it gives; shared by the self-assessment page and the dossier's Form 02.
import { memo } from 'react';
import { Alert, Radio, Tag } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { answerPoints } from './sheet.ts';
import { knockoutTexts, plainNotes } from './conditions.ts';
import type { Answer, Criterion } from '../../types.ts';
import { StarMarkTag } from './Stars.tsx';
import { CriterionLead, CriterionTail, type CriterionConditionProps } from './SheetConditions.tsx';
import './criteria-rows.css';

const NONE = -1;

/**
 * Memoised: a pick redraws only the criterion picked, when the sheet passes the same props (the same `conditions`
 * object and `onChange` function) to the others.
 */
export const CriterionAnswer = memo(function CriterionAnswer({
  criterion: c,
  direct,
  answer,
  applies,
  branch,
  points,
  issue,
  conditions,
  onChange,
}: {
  criterion: Criterion;
  direct: boolean;
  answer: Answer | undefined;
  applies: boolean | undefined;
  branch: number | undefined;
  /** The engine's points for this criterion, when a fresh result exists. */
  points: number | undefined;
  issue: { vi: string; en: string } | undefined;
  /** The sheet's knock-outs, applicability and doubts around this criterion. */
  conditions: CriterionConditionProps;
  onChange: (a: Answer | undefined) => void;
}) {
  const { t, pick } = useT();
  const inapplicable = applies === false;
  const waitingForCase = !!c.branches && branch === undefined;
  const disabled = inapplicable || waitingForCase;
  const earned = points ?? (inapplicable ? 0 : answerPoints(c, answer));
  const answered = answer !== undefined;
  const cls = ['crit', 'sa-crit', inapplicable ? 'crit-na' : '', !answered && !disabled ? 'crit-unanswered' : '']
    .filter(Boolean)
    .join(' ');
  const options = c.options.map((o, i) => ({ o, i })).filter(({ o }) => !c.branches || o.branch === branch);
  const caseTitle = c.branches?.find((b) => b.no === branch)?.title;

  return (
    <article
      className={cls}
      id={`sa-crit-${c.code}`}
      data-testid={`criterion-${c.code}`}
      data-answered={answered ? 'yes' : 'no'}
      data-applicable={inapplicable ? 'no' : 'yes'}
    >
      <header className="crit-head">
        {direct ? (
          <span className="crit-title crit-title-direct">{t('sa.directCriterion')}</span>
        ) : (
          <>
            <span className="crit-code">{c.code}</span>
            <span className="crit-title">{c.title}</span>
          </>
        )}
        <span
          className={`points-pill${answered && !inapplicable ? ' points-pill-earned' : ''}`}
          data-testid={`points-${c.code}`}
        >
          {answered || inapplicable
            ? t('points.of', { n: earned, max: c.maxPoints })
            : t('points.ofUnknown', { max: c.maxPoints })}
        </span>
      </header>
      {c.appliesWhen && (
        <div className="crit-condition">
          <Tag color={inapplicable ? 'default' : 'blue'}>
            {inapplicable ? t('sa.notApplicable') : t('sheet.condition')}
          </Tag>
          {c.appliesWhen.text}{' '}
          <span className="muted">
            {t('sheet.conditionDetail', { criterion: c.appliesWhen.criterion, min: c.appliesWhen.minPoints })}
          </span>
        </div>
      )}
      <CriterionLead criterion={c} conditions={conditions} />
      {waitingForCase && <div className="crit-hint">{t('sa.chooseCaseFirst')}</div>}
      {caseTitle && (
        <div className="crit-hint">
          {t('sheet.case', { no: branch! })}: {caseTitle}
        </div>
      )}
      {c.kind === 'yesno' ? (
        // Yes or no, neither until picked: an untouched criterion is not answered (issue 12: 2.4 counted as "no").
        <Radio.Group
          className="yesno"
          disabled={disabled}
          value={answer === true ? 1 : answer === false ? 0 : undefined}
          onChange={(e) => onChange(e.target.value === 1)}
        >
          <Radio value={1} data-testid={`yesno-${c.code}`}>
            {t('sa.yesPoints', { n: c.maxPoints })}
          </Radio>
          <Radio value={0} data-testid={`yesno-${c.code}-no`}>
            {t('sa.noPoints')}
          </Radio>
        </Radio.Group>
      ) : (
        !waitingForCase && (
          <Radio.Group
            className="sa-options"
            aria-label={direct ? t('sa.directCriterion') : `${c.code} ${c.title}`}
            disabled={disabled}
            value={answer === null ? NONE : typeof answer === 'number' ? answer : undefined}
            onChange={(e) => onChange(e.target.value === NONE ? null : (e.target.value as number))}
          >
            {options.map(({ o, i }) => (
              <Radio key={i} value={i} className="sa-option" data-testid={`option-${c.code}-${i}`}>
                <span className="sa-option-text">{o.text}</span>
                <span className="sa-option-meta">
                  {o.minStar !== null && <StarMarkTag star={o.minStar} />}
                  <span className="points-pill">{t('points.n', { n: o.points })}</span>
                </span>
              </Radio>
            ))}
            <Radio value={NONE} className="sa-option sa-option-none" data-testid={`option-${c.code}-none`}>
              <span className="sa-option-text">{t('sa.noneMet')}</span>
              <span className="sa-option-meta">
                <span className="points-pill">{t('points.n', { n: 0 })}</span>
              </span>
            </Radio>
          </Radio.Group>
        )
      )}
      {(c.requirements ?? []).map((r) => (
        <div key={r} className="crit-extra crit-requirement">
          <b>{t('sheet.requirement')}</b> {r}
        </div>
      ))}
      {plainNotes(c, knockoutTexts(conditions.sheet)).map((n) => (
        <div key={n} className="crit-extra crit-note">
          {/^ghi chú\s*:/i.test(n) ? (
            n
          ) : (
            <>
              <b>{t('sheet.note')}</b> {n}
            </>
          )}
        </div>
      ))}
      <CriterionTail criterion={c} conditions={conditions} />
      {issue && <Alert type="error" showIcon className="crit-issue" title={pick(issue)} />}
    </article>
  );
});
