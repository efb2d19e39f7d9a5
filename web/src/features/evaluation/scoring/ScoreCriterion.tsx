// One criterion of the scoring screen: its options with their keys and points, the sheet's conditions around it.
import { Radio } from 'antd';
import { useT } from '../../../i18n/index.tsx';
import { answerPoints, type Located } from '../../criteria/sheet.ts';
import type { Answer, Criterion } from '../../../types.ts';
import { StarMarkTag } from '../../criteria/Stars.tsx';
import { CriterionLead, CriterionTail, type CriterionConditionProps } from '../../criteria/SheetConditions.tsx';
import { CriterionBeside, type FiledForCriterion } from './CriterionBeside.tsx';

/** The answer a digit picks: 1–9 the options in order, 0 none met; for yes/no 1 yes, 0 no. */
export function keyChoice(c: Criterion, digit: number, branch: number | undefined): Answer | undefined {
  if (c.kind === 'yesno') return digit === 1 ? true : digit === 0 ? false : undefined;
  if (digit === 0) return null;
  const shown = c.options.map((o, i) => ({ o, i })).filter(({ o }) => !c.branches || o.branch === branch);
  return shown[digit - 1]?.i;
}

const NONE = -1;

export function ScoreCriterion({
  located: { criterion: c },
  active,
  answer,
  applies,
  branch,
  disabled,
  points,
  conditions,
  filed,
  dossierId,
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
  /** What the producer filed for it (absent while loading). */
  filed?: FiledForCriterion | undefined;
  dossierId: string;
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
      {filed && <CriterionBeside criterion={c} dossierId={dossierId} filed={filed} />}
      {na ? (
        <div className="crit-hint">{t('sa.notApplicable')}</div>
      ) : c.kind === 'yesno' ? (
        <Radio.Group
          className="score-options"
          aria-label={`${c.code} ${c.title}`}
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
          aria-label={`${c.code} ${c.title}`}
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
