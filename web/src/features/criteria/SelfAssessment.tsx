// Tự đánh giá (Form 02, part III): answer each criterion of a product set's sheet and see the engine's result live —
// total, parts, band, final star after the star marks, what blocks which star, and the cheapest way up.
import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Input, Popconfirm, Radio, Skeleton } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { ApiError } from '../../shared/api.ts';
import { useErrorText } from '../../shared/errors.ts';
import { load, save } from '../../shared/storage.ts';
import { answerPoints, casesOf, sanitize } from './sheet.ts';
import { sanitizeConditions, type Ticks } from './conditions.ts';
import { useLiveEvaluation } from './useLiveEvaluation.ts';
import type { Answer, Answers, Sheet } from '../../types.ts';
import { SetField, useSetSheet } from './SetSelect.tsx';
import { SetHeader } from './SetHeader.tsx';
import { LiveResultPanel } from './ResultPanel.tsx';
import { PrintSheet } from './PrintSheet.tsx';
import { conditionsFor, KnockoutBlock } from './SheetConditions.tsx';
import { useRuleSets } from '../../shared/queries.ts';
import { CriterionAnswer } from './CriterionAnswer.tsx';

const LAST_SET_KEY = 'ocop.selfAssessment.lastSet';

/** What is kept per product set in localStorage, so a reload keeps the answers. */
export interface StoredAssessment {
  answers: Answers;
  branch?: number;
  /** The sheet's knock-outs ticked, and the applicability questions answered. */
  knockouts?: Ticks;
  applies?: Ticks;
  productName?: string;
  producerName?: string;
}

export function SelfAssessmentPage() {
  const { t } = useT();
  const errorText = useErrorText();
  const ruleSets = useRuleSets();
  const ruleSet = (ruleSets.data ?? []).find((r) => r.hasCatalogue)?.code;
  const [setNo, setSetNo] = useState<number>(() => {
    const n = load<number>(LAST_SET_KEY, 1);
    return Number.isInteger(n) && n >= 1 ? n : 1;
  });
  const { sets, sheet, error } = useSetSheet(ruleSets, ruleSet, setNo);
  const choose = (n: number) => {
    setSetNo(n);
    save(LAST_SET_KEY, n);
  };

  return (
    <div className="page page-wide" data-testid="self-assessment-page">
      <div className="page-head no-print">
        <h1>{t('sa.title')}</h1>
        <p className="page-lead">{t('sa.lead')}</p>
      </div>
      <Card className="toolbar no-print" size="small">
        <div className="toolbar-row">
          <SetField sets={sets} value={setNo} onChange={choose} />
        </div>
      </Card>
      {error !== undefined && <Alert type="error" showIcon title={errorText(error)} />}
      {sheet.isLoading && !sheet.data && <Skeleton active paragraph={{ rows: 12 }} />}
      {sheet.data && ruleSet && sheet.data.setNo === setNo && (
        <Assessment key={`${ruleSet}:${setNo}`} ruleSet={ruleSet} sheet={sheet.data} />
      )}
    </div>
  );
}

function Assessment({ ruleSet, sheet }: { ruleSet: string; sheet: Sheet }) {
  const { t } = useT();
  const storeKey = `ocop.selfAssessment.${ruleSet}.${sheet.setNo}`;
  const cases = useMemo(() => casesOf(sheet), [sheet]);
  const [doc, setDoc] = useState<StoredAssessment>(() => {
    const stored = load<StoredAssessment>(storeKey, { answers: {} });
    const branch = cases.some((c) => c.no === stored.branch) ? stored.branch : undefined;
    return {
      ...stored,
      branch,
      answers: sanitize(sheet, stored.answers ?? {}, branch),
      ...sanitizeConditions(sheet, stored),
    };
  });
  useEffect(() => save(storeKey, doc), [storeKey, doc]);

  const conditions = useMemo(
    () => ({ knockouts: doc.knockouts ?? {}, applies: doc.applies ?? {} }),
    [doc.knockouts, doc.applies],
  );
  // Live result: the engine is called on each change (debounced); only complete scorecards are sent.
  const live = useLiveEvaluation(ruleSet, sheet, doc.answers, doc.branch, { conditions });
  const { answers, applies } = live;

  const setAnswer = (code: string, a: Answer | undefined) =>
    setDoc((d) => {
      const next = { ...d.answers };
      if (a === undefined) delete next[code];
      else next[code] = a;
      return { ...d, answers: next };
    });
  const setBranch = (no: number) => setDoc((d) => ({ ...d, branch: no, answers: sanitize(sheet, d.answers, no) }));
  const reset = () => setDoc((d) => ({ ...d, answers: {}, branch: undefined, knockouts: {}, applies: {} }));
  const cond = conditionsFor(
    sheet,
    conditions,
    live.result?.knockouts.map((k) => k.id),
    (f) => setDoc((d) => ({ ...d, ...f({ knockouts: d.knockouts ?? {}, applies: d.applies ?? {} }) })),
  );

  const result = live.result;
  const scoreOf = new Map(result?.criteria.map((c) => [c.code, c]) ?? []);
  const partPoints = (code: 'A' | 'B' | 'C') =>
    result && !live.pending
      ? result.parts[code]
      : sheet.parts
          .find((p) => p.code === code)!
          .sections.flatMap((s) => s.criteria)
          .reduce((n, c) => n + (applies.get(c.code) === false ? 0 : answerPoints(c, answers[c.code])), 0);

  const issues = live.error instanceof ApiError ? live.error.issues : [];

  return (
    <>
      <div className="sa-grid no-print">
        <div className="sa-form">
          <Card size="small" className="block">
            <SetHeader sheet={sheet} />
            <div className="sa-fields">
              <label className="field field-grow">
                <span className="field-label">{t('sa.productName')}</span>
                <Input
                  data-testid="product-name"
                  placeholder={t('sa.optional')}
                  value={doc.productName ?? ''}
                  onChange={(e) => setDoc((d) => ({ ...d, productName: e.target.value }))}
                />
              </label>
              <label className="field field-grow">
                <span className="field-label">{t('sa.producerName')}</span>
                <Input
                  data-testid="producer-name"
                  placeholder={t('sa.optional')}
                  value={doc.producerName ?? ''}
                  onChange={(e) => setDoc((d) => ({ ...d, producerName: e.target.value }))}
                />
              </label>
            </div>
            <div className="sa-actions">
              <Button type="primary" onClick={() => window.print()} data-testid="print">
                {t('sa.print')}
              </Button>
              <Popconfirm
                title={t('sa.resetConfirm')}
                okText={t('sa.reset')}
                cancelText={t('action.cancel')}
                onConfirm={reset}
              >
                <Button data-testid="reset">{t('sa.reset')}</Button>
              </Popconfirm>
              <span className="muted sa-saved">{t('sa.savedLocally')}</span>
            </div>
          </Card>
          <KnockoutBlock conditions={cond} />
          {cases.length > 0 && (
            <Card
              size="small"
              className={`block case-card${live.needsCase ? ' case-card-needed' : ''}`}
              data-testid="branch-select"
            >
              <div className="case-title">{t('sa.caseTitle')}</div>
              <p className="muted case-lead">{t('sa.caseLead')}</p>
              <Radio.Group
                className="case-options"
                aria-label={t('sa.caseTitle')}
                value={doc.branch}
                onChange={(e) => setBranch(e.target.value as number)}
              >
                {cases.map((c) => (
                  <Radio key={c.no} value={c.no} data-testid={`branch-${c.no}`}>
                    <b>{t('sheet.case', { no: c.no })}:</b> {c.titles.join(' / ')}
                  </Radio>
                ))}
              </Radio.Group>
            </Card>
          )}
          {sheet.parts.map((part) => (
            <section key={part.code} className="sheet-part sa-part" data-testid={`sa-part-${part.code}`}>
              <header className="sheet-part-head">
                <span className="sheet-part-code">{t('sheet.part', { code: part.code })}</span>
                <span className="sheet-part-title">{part.title}</span>
                <span className="sheet-part-points">
                  {t('points.of', { n: partPoints(part.code), max: part.maxPoints })}
                </span>
              </header>
              {part.sections.map((section) => (
                <div key={section.code} className="sheet-section">
                  <h3 className="sheet-section-head">
                    <span className="sheet-section-title">
                      {section.code}. {section.title}
                    </span>
                    <span className="points-pill">{t('points.n', { n: section.maxPoints })}</span>
                  </h3>
                  {section.criteria.map((c) => {
                    const group = c.group ? section.groups?.find((g) => g.code === c.group) : undefined;
                    const first = group && section.criteria.find((x) => x.group === group.code) === c;
                    const score = scoreOf.get(c.code);
                    return (
                      <div key={c.code}>
                        {first && (
                          <h4 className="sheet-group-head">
                            <span>
                              {group.code}. {group.title}
                            </span>
                            <span className="points-pill">{t('points.n', { n: group.maxPoints })}</span>
                          </h4>
                        )}
                        <CriterionAnswer
                          criterion={c}
                          direct={section.direct === true}
                          answer={answers[c.code]}
                          applies={applies.get(c.code)}
                          branch={doc.branch}
                          points={score && !live.pending ? score.points : undefined}
                          issue={issues.find((i) => i.field === `body.answers.${c.code}`)?.message}
                          conditions={cond}
                          onChange={(a) => setAnswer(c.code, a)}
                        />
                      </div>
                    );
                  })}
                </div>
              ))}
            </section>
          ))}
        </div>
        <aside className="sa-aside">
          <LiveResultPanel sheet={sheet} live={live} />
        </aside>
      </div>
      <PrintSheet
        sheet={sheet}
        answers={answers}
        applies={applies}
        branch={doc.branch}
        result={live.complete ? result : undefined}
        productName={doc.productName}
        producerName={doc.producerName}
      />
    </>
  );
}
