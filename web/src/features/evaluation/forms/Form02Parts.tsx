// Parts of Form 02 (Appendix III): the business results year by year (part II), and the criteria answered with the
// sheet's case and live points (part III).
import { memo, useCallback } from 'react';
import { Button, Card, Form, Input, InputNumber, Radio } from 'antd';
import { useT } from '../../../i18n/index.tsx';
import type { Answer, Criterion, LocalText, Sheet } from '../../../types.ts';
import { CriterionAnswer } from '../../criteria/CriterionAnswer.tsx';
import { answerPoints } from '../../criteria/sheet.ts';
import type { CriterionConditionProps } from '../../criteria/SheetConditions.tsx';
import type { LiveEvaluation } from '../../criteria/useLiveEvaluation.ts';

/** Part II's results: one row per year (output, revenue, profit), up to ten. */
export function Form02Years({ editable }: { editable: boolean }) {
  const { t } = useT();
  return (
    <Form.List name={['business', 'results', 'years']}>
      {(fields, { add, remove }) => (
        <div className="years-table">
          {fields.map((f) => (
            <div key={f.key} className="years-row" data-testid={`f02-year-${f.name}`}>
              <Form.Item
                name={[f.name, 'year']}
                label={t('f02.year')}
                rules={[{ required: true, message: t('ev.required') }]}
              >
                <InputNumber<number> min={2000} max={2100} precision={0} data-testid={`f02-year-${f.name}-year`} />
              </Form.Item>
              <Form.Item name={[f.name, 'output', 'quantity']} label={t('f02.output')}>
                <InputNumber<number> min={0} />
              </Form.Item>
              <Form.Item name={[f.name, 'output', 'unit']} label={t('f02.outputUnit')}>
                <Input maxLength={30} className="unit-input" />
              </Form.Item>
              <Form.Item
                name={[f.name, 'revenue']}
                label={t('f02.revenue')}
                rules={[{ required: true, message: t('ev.required') }]}
              >
                <InputNumber<number>
                  min={0}
                  precision={0}
                  step={1_000_000}
                  className="money-input"
                  data-testid={`f02-year-${f.name}-revenue`}
                />
              </Form.Item>
              <Form.Item
                name={[f.name, 'profit']}
                label={t('f02.profit')}
                rules={[{ required: true, message: t('ev.required') }]}
              >
                <InputNumber<number>
                  precision={0}
                  step={1_000_000}
                  className="money-input"
                  data-testid={`f02-year-${f.name}-profit`}
                />
              </Form.Item>
              {editable && fields.length > 1 && (
                <Button type="link" danger onClick={() => remove(f.name)}>
                  {t('ev.remove')}
                </Button>
              )}
            </div>
          ))}
          {editable && fields.length < 10 && (
            <Button size="small" onClick={() => add({})}>
              {t('f02.addYear')}
            </Button>
          )}
        </div>
      )}
    </Form.List>
  );
}

/** One criterion of part III. Memoised with a callback of its own, so a pick redraws this row only. */
const SheetCriterion = memo(function SheetCriterion({
  criterion,
  editable,
  onAnswer,
  ...shown
}: Omit<Parameters<typeof CriterionAnswer>[0], 'onChange'> & {
  criterion: Criterion;
  editable: boolean;
  onAnswer: (code: string, a: Answer | undefined) => void;
}) {
  const code = criterion.code;
  const onChange = useCallback((a: Answer | undefined) => editable && onAnswer(code, a), [editable, onAnswer, code]);
  return <CriterionAnswer criterion={criterion} onChange={onChange} {...shown} />;
});

/**
 * Part III: the sheet's case when it has several, then each criterion answered as on the self-assessment page. The
 * callbacks and `conditions` must stay the same objects between renders (see Form02), so that a pick redraws one row.
 */
export function SheetAnswers({
  sheet: sh,
  live,
  branch,
  editable,
  conditions: cond,
  issues,
  onBranch,
  onAnswer,
}: {
  sheet: Sheet;
  live: LiveEvaluation;
  branch: number | undefined;
  editable: boolean;
  conditions: CriterionConditionProps;
  /** The server's complaints about criteria's answers, by criterion code. */
  issues: ReadonlyMap<string, LocalText>;
  onBranch: (branch: number) => void;
  onAnswer: (code: string, a: Answer | undefined) => void;
}) {
  const { t } = useT();
  const scoreOf = new Map(live.result?.criteria.map((c) => [c.code, c]) ?? []);
  return (
    <>
      {live.cases.length > 0 && (
        <Card size="small" className={`block case-card${live.needsCase ? ' case-card-needed' : ''}`}>
          <div className="case-title">{t('sa.caseTitle')}</div>
          <Radio.Group
            className="case-options"
            aria-label={t('sa.caseTitle')}
            value={branch}
            disabled={!editable}
            onChange={(e) => onBranch(e.target.value as number)}
          >
            {live.cases.map((c) => (
              <Radio key={c.no} value={c.no}>
                <b>{t('sheet.case', { no: c.no })}:</b> {c.titles.join(' / ')}
              </Radio>
            ))}
          </Radio.Group>
        </Card>
      )}
      {sh.parts.map((part) => (
        <section key={part.code} className="sheet-part sa-part">
          <header className="sheet-part-head">
            <span className="sheet-part-code">{t('sheet.part', { code: part.code })}</span>
            <span className="sheet-part-title">{part.title}</span>
          </header>
          {part.sections.map((section) => (
            <div key={section.code} className="sheet-section">
              <h3 className="sheet-section-head">
                <span className="sheet-section-title">
                  {section.code}. {section.title}
                </span>
              </h3>
              {section.criteria.map((c) => {
                const score = scoreOf.get(c.code);
                const answer = live.answers[c.code];
                const applies = live.applies.get(c.code);
                const engine = score && !live.pending ? score.points : undefined;
                // The engine's points are passed only where they differ from the answer's own, so that the result
                // going stale and fresh again after a pick does not redraw every row.
                const own = applies === false ? 0 : answerPoints(c, answer);
                return (
                  <SheetCriterion
                    key={c.code}
                    criterion={c}
                    direct={section.direct === true}
                    answer={answer}
                    applies={applies}
                    branch={branch}
                    points={engine === own ? undefined : engine}
                    issue={issues.get(c.code)}
                    conditions={cond}
                    editable={editable}
                    onAnswer={onAnswer}
                  />
                );
              })}
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
