// The printable self-assessment (Form 02 of Appendix III, part III "Đánh giá kết quả thực hiện theo Bộ tiêu chí"):
// hidden on screen, the only thing printed on the self-assessment page.
import { Fragment } from 'react';
import { useT } from '../../i18n/index.tsx';
import { answerPoints, setPath } from './sheet.ts';
import { stars } from '../../shared/text.ts';
import type { Answer, Answers, Criterion, Evaluation, Sheet } from '../../types.ts';

export function PrintSheet({
  sheet,
  answers,
  applies,
  branch,
  result,
  productName,
  producerName,
}: {
  sheet: Sheet;
  answers: Answers;
  applies: Map<string, boolean | undefined>;
  branch: number | undefined;
  result: Evaluation | undefined;
  productName: string | undefined;
  producerName: string | undefined;
}) {
  const { t, pick, num } = useT();
  const blank = '………………………………………………';
  const chosenText = (c: Criterion, a: Answer | undefined): string => {
    if (applies.get(c.code) === false) return t('print.notApplicable');
    if (a === undefined) return t('print.unanswered');
    if (a === null) return t('sa.noneMet');
    if (typeof a === 'boolean') return a ? t('answer.yes') : t('answer.no');
    return c.options[a]?.text ?? '';
  };
  const caseTitle =
    branch !== undefined
      ? sheet.parts
          .flatMap((p) => p.sections.flatMap((s) => s.criteria))
          .find((c) => c.branches)
          ?.branches?.find((b) => b.no === branch)
      : undefined;

  return (
    <div className="print-only print-sheet" data-testid="print-sheet">
      <div className="print-form">{t('print.form')}</div>
      <h1 className="print-title">{t('print.title')}</h1>
      <div className="print-subtitle">{t('print.subtitle')}</div>
      <table className="print-info">
        <tbody>
          <tr>
            <th>{t('sa.producerName')}</th>
            <td>{producerName?.trim() || blank}</td>
          </tr>
          <tr>
            <th>{t('sa.productName')}</th>
            <td>{productName?.trim() || blank}</td>
          </tr>
          <tr>
            <th>{t('set.label')}</th>
            <td>
              {t('set.no', { n: sheet.setNo })}: {sheet.name} ({setPath(sheet).join(' › ')})
              {caseTitle && (
                <>
                  {' — '}
                  {t('sheet.case', { no: caseTitle.no })}: {caseTitle.title}
                </>
              )}
            </td>
          </tr>
          <tr>
            <th>{t('print.ruleSet')}</th>
            <td>{t('print.ruleSetValue', { code: sheet.ruleSet })}</td>
          </tr>
        </tbody>
      </table>

      <h2 className="print-h2">{t('print.partIII')}</h2>
      <table className="print-table">
        <thead>
          <tr>
            <th className="pt-code">{t('print.colCode')}</th>
            <th>{t('print.colCriterion')}</th>
            <th>{t('print.colChosen')}</th>
            <th className="pt-num">{t('print.colMax')}</th>
            <th className="pt-num">{t('print.colPoints')}</th>
          </tr>
        </thead>
        <tbody>
          {sheet.parts.map((part) => {
            const partPoints = result?.parts[part.code];
            return (
              <Fragment key={part.code}>
                <tr className="pt-part">
                  <td colSpan={3}>
                    {t('sheet.part', { code: part.code })}. {part.title}
                  </td>
                  <td className="pt-num">{part.maxPoints}</td>
                  <td className="pt-num">{partPoints !== undefined ? num(partPoints) : ''}</td>
                </tr>
                {part.sections.map((section) => (
                  <Fragment key={section.code}>
                    {!section.direct && (
                      <tr className="pt-section">
                        <td>{section.code}</td>
                        <td colSpan={2}>{section.title}</td>
                        <td className="pt-num">{section.maxPoints}</td>
                        <td />
                      </tr>
                    )}
                    {section.criteria.map((c) => {
                      const a = answers[c.code];
                      const na = applies.get(c.code) === false;
                      const pts =
                        result?.criteria.find((x) => x.code === c.code)?.points ??
                        (na || a === undefined ? undefined : answerPoints(c, a));
                      const option = typeof a === 'number' ? c.options[a] : undefined;
                      return (
                        <tr key={c.code} className={na ? 'pt-na' : undefined}>
                          <td>{c.code}</td>
                          <td>{c.title}</td>
                          <td>
                            {chosenText(c, a)}
                            {option?.minStar ? <span className="pt-mark"> {stars(option.minStar)}</span> : null}
                          </td>
                          <td className="pt-num">{c.maxPoints}</td>
                          <td className="pt-num">{pts !== undefined ? num(pts) : ''}</td>
                        </tr>
                      );
                    })}
                  </Fragment>
                ))}
              </Fragment>
            );
          })}
          <tr className="pt-total">
            <td colSpan={3}>{t('print.total')}</td>
            <td className="pt-num">100</td>
            <td className="pt-num">{result ? num(result.total) : ''}</td>
          </tr>
        </tbody>
      </table>

      <div className="print-result">
        {result ? (
          <>
            <div>
              {t('result.band')}: <b>{t('star.n', { star: result.band })}</b>
            </div>
            <div data-testid="print-final">
              {t('result.finalStar')}:{' '}
              <b>
                {result.outcome !== 'ranked' || result.star === null
                  ? t(result.outcome === 'stopped' ? 'outcome.stopped' : 'outcome.excluded')
                  : `${stars(result.star)} ${t('star.n', { star: result.star })}`}
              </b>
            </div>
            {result.knockouts.length > 0 && (
              <div className="print-outcome">
                {t(result.outcome === 'excluded' ? 'outcome.excludedLead' : 'outcome.stoppedLead')}
                <ul className="plain-list">
                  {result.knockouts.map((k) => (
                    <li key={k.id}>
                      {pick(k.statement)}: “{k.text}” ({t('sheet.noteLine', { line: k.line })})
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {result.marksWaived.length > 0 && (
              <div className="print-blocking">
                {t('outcome.waived')}:{' '}
                {result.marksWaived.map((w) => `${w.criterion} (${t(`outcome.waived.${w.reason}`)})`).join('; ')}
              </div>
            )}
            <div>
              {result.certifiable
                ? t('result.certifiable', {
                    level: t(result.star === 5 ? 'result.level.ministry' : 'result.level.province'),
                  })
                : t(result.outcome === 'ranked' ? 'result.notCertifiable' : 'outcome.notCertifiable')}
            </div>
            {result.blocking.length > 0 && (
              <div className="print-blocking">
                {t('result.blocking')}:{' '}
                {result.blocking
                  .map((b) =>
                    t('print.blockingItem', {
                      code: b.criterion,
                      star: b.star,
                      need: b.requiredPoints,
                      actual: b.actualPoints,
                    }),
                  )
                  .join('; ')}
              </div>
            )}
          </>
        ) : (
          <div>{t('print.incomplete')}</div>
        )}
      </div>

      <div className="print-sign">
        <div className="print-sign-box">
          <div>{t('print.dateLine')}</div>
          <div className="print-sign-role">{t('print.signRole')}</div>
          <div className="muted">{t('print.signHint')}</div>
        </div>
      </div>
    </div>
  );
}
