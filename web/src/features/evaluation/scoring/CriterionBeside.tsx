// Beside a criterion on the scoring screen: what the member needs to judge it — the producer's own answer in the
// self-assessment (Form 02, Art. 6.1) and the evidence files the producer attached to that criterion.
import { Tag } from 'antd';
import { useT } from '../../../i18n/index.tsx';
import { answerPoints } from '../../criteria/sheet.ts';
import type { Answer, Criterion } from '../../../types.ts';
import { evalApi, type Evidence } from '../evaluation.ts';

/** What the producer filed for one criterion (read from Form 02 and the dossier's evidence). */
export interface FiledForCriterion {
  answer: Answer | undefined;
  evidence: Evidence[];
}

export function CriterionBeside({
  criterion: c,
  dossierId,
  filed,
}: {
  criterion: Criterion;
  dossierId: string;
  filed: FiledForCriterion;
}) {
  const { t } = useT();
  const a = filed.answer;
  const said =
    a === undefined
      ? null
      : c.kind === 'yesno'
        ? a === true
          ? t('answer.yes')
          : t('answer.no')
        : a === null || a === false
          ? t('cs.producerNone')
          : typeof a === 'number'
            ? (c.options[a]?.text ?? '')
            : '';
  return (
    <div className="crit-beside" data-testid={`crit-producer-${c.code}`}>
      <div className="crit-beside-row">
        <span className="crit-beside-label">{t('cs.producerSaid')}:</span>{' '}
        {said === null ? (
          <span className="muted">{t('cs.producerNoAnswer')}</span>
        ) : (
          <>
            <span className="crit-beside-answer">{said}</span>{' '}
            <Tag className="crit-beside-points">{t('points.n', { n: answerPoints(c, a) })}</Tag>
          </>
        )}
      </div>
      <div className="crit-beside-row" data-testid={`crit-evidence-${c.code}`}>
        <span className="crit-beside-label">{t('cs.evidence')}:</span>{' '}
        {filed.evidence.length === 0 ? (
          <span className="muted">{t('cs.noEvidence')}</span>
        ) : (
          filed.evidence.map((e) => (
            <a
              key={e.id}
              className="crit-beside-file"
              href={evalApi.evidenceUrl(dossierId, e.id)}
              target="_blank"
              rel="noreferrer"
              title={e.note ?? e.name}
              onMouseDown={(ev) => ev.stopPropagation()}
            >
              {e.name}
            </a>
          ))
        )}
      </div>
    </div>
  );
}
