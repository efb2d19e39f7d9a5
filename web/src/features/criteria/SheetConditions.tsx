// What a criteria sheet says beyond its options (Appendix II of Decision 26/2026/QĐ-TTg, as the criteria API
// describes it): the knock-outs ("Hồ sơ bị loại khi…", "…không đánh giá các bước tiếp theo") each with the law's own
// words and line, the applicability question of a criterion whose star mark binds only some products, and the
// doubts about the printed text. Ticked and answered on the self-assessment, Form 02 and the scoring screen; shown
// read-only in the criteria browser.
import { Alert, Checkbox, Radio, Tag } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { codeRange, knockoutsAt, withAnswer, withTick, type SheetConditions, type Ticks } from './conditions.ts';
import type { Applicability, Criterion, CriterionFlag, KnockOut, Sheet } from '../../types.ts';

/** How the conditions are shown: `tick` to answer them, `locked` answered but not editable now, `read` the sheet only. */
export type ConditionsMode = 'tick' | 'locked' | 'read';

/** The sheet's words, in quotes, with their line in the Decision's text. */
export function LawQuote({ text, line }: { text: string; line: number }) {
  const { t } = useT();
  return (
    <span className="law-quote">
      <q>{text}</q> <span className="law-line">({t('sheet.noteLine', { line })})</span>
    </span>
  );
}

export function KnockoutKindTag({ kind }: { kind: KnockOut['kind'] }) {
  const { t } = useT();
  return <Tag color={kind === 'exclusion' ? 'red' : 'orange'}>{t(`ko.kind.${kind}`)}</Tag>;
}

function KnockoutItem({
  k,
  mode,
  ticked,
  held,
  onTick,
}: {
  k: KnockOut;
  mode: ConditionsMode;
  ticked: boolean;
  held: boolean;
  onTick?: (id: string, on: boolean) => void;
}) {
  const { t, pick } = useT();
  const asked = k.decidedBy === 'answer' && mode !== 'read';
  return (
    <div
      className={`ko-item${held ? ' ko-item-held' : ''}`}
      data-testid={`knockout-${k.id}`}
      data-held={held ? 'yes' : 'no'}
    >
      <div className="ko-head">
        {asked ? (
          <Checkbox checked={ticked} disabled={mode === 'locked'} onChange={(e) => onTick?.(k.id, e.target.checked)}>
            <span className="ko-statement">{pick(k.statement)}</span>
          </Checkbox>
        ) : (
          <span className="ko-statement">{pick(k.statement)}</span>
        )}
        <span className="ko-tags">
          <KnockoutKindTag kind={k.kind} />
          {held && <Tag color="volcano">{t('ko.holds')}</Tag>}
        </span>
      </div>
      <LawQuote text={k.text} line={k.line} />
      {k.decidedBy === 'zero-points' && (
        <div className="ko-auto muted">{t('ko.zeroPoints', { criteria: codeRange(k.criteria ?? []) })}</div>
      )}
    </div>
  );
}

function KnockoutList({ items, conditions: p }: { items: KnockOut[]; conditions: CriterionConditionProps }) {
  return (
    <>
      {items.map((k) => (
        <KnockoutItem
          key={k.id}
          k={k}
          mode={p.mode}
          ticked={p.knockouts[k.id] === true}
          held={p.held?.includes(k.id) ?? false}
          onTick={p.onTick}
        />
      ))}
    </>
  );
}

/** "Điều kiện loại hồ sơ / dừng đánh giá": the knock-outs printed above the sheet's table. */
export function KnockoutBlock({ conditions }: { conditions: CriterionConditionProps }) {
  const { t } = useT();
  const items = knockoutsAt(conditions.sheet, null);
  if (items.length === 0) return null;
  return (
    <section className="block ko-block" data-testid="knockouts">
      <h3 className="ko-block-title">{t('ko.blockTitle')}</h3>
      <p className="muted ko-block-lead">{t(conditions.mode === 'read' ? 'ko.blockLeadReadOnly' : 'ko.blockLead')}</p>
      <KnockoutList items={items} conditions={conditions} />
    </section>
  );
}

/** The doubts about a criterion's printed text, in the current language. */
export function CriterionFlags({ code, flags }: { code: string; flags: CriterionFlag[] | undefined }) {
  const { t, pick } = useT();
  return (
    <>
      {(flags ?? []).map((f) => (
        <Alert
          key={`${f.kind}-${f.line}`}
          className="crit-flag compact-alert"
          type="warning"
          showIcon
          data-testid={`flag-${code}`}
          data-kind={f.kind}
          title={
            <>
              <b>{t(`flag.${f.kind}`)}</b> <span className="law-line">({t('sheet.noteLine', { line: f.line })})</span>
            </>
          }
          description={pick(f.note)}
        />
      ))}
    </>
  );
}

const YES = 'yes';
const NO = 'no';

/** The criterion's applicability question, above its options: "no" = its star mark does not bind (points count). */
export function ApplicabilityQuestion({
  applicability: a,
  mode,
  value,
  onAnswer,
}: {
  applicability: Applicability;
  mode: ConditionsMode;
  value: boolean | undefined;
  onAnswer?: (id: string, applies: boolean) => void;
}) {
  const { t, pick } = useT();
  return (
    <div
      className="crit-applies"
      data-testid={`applies-${a.id}`}
      data-value={value === undefined ? '' : value ? YES : NO}
    >
      <div className="crit-applies-law">
        <Tag color="blue">{t('ap.tag')}</Tag> <LawQuote text={a.text} line={a.line} />
      </div>
      <div className="crit-applies-question">
        <span className="crit-applies-text">{pick(a.question)}</span>
        {mode !== 'read' && (
          <Radio.Group
            size="small"
            optionType="button"
            aria-label={pick(a.question)}
            disabled={mode === 'locked'}
            value={value === undefined ? undefined : value ? YES : NO}
            onChange={(e) => onAnswer?.(a.id, e.target.value === YES)}
            options={[
              { value: YES, label: t('answer.yes') },
              { value: NO, label: t('answer.no') },
            ]}
          />
        )}
      </div>
      {mode !== 'read' && value === false && (
        <div className="crit-applies-note" data-testid={`not-binding-${a.id}`}>
          {t('ap.notBinding')}
        </div>
      )}
      {mode !== 'read' && value === undefined && <div className="muted crit-applies-hint">{t('ap.unanswered')}</div>}
    </div>
  );
}

/** What one criterion component needs to show its conditions. */
export interface CriterionConditionProps {
  sheet: Sheet;
  mode: ConditionsMode;
  knockouts: Ticks;
  applies: Ticks;
  held?: readonly string[];
  onTick?: (id: string, on: boolean) => void;
  onAnswer?: (id: string, applies: boolean) => void;
}

/** Above a criterion's options: its doubts and its applicability question. */
export function CriterionLead({
  criterion: c,
  conditions: p,
}: {
  criterion: Criterion;
  conditions: CriterionConditionProps;
}) {
  return (
    <>
      <CriterionFlags code={c.code} flags={c.flags} />
      {c.applicability && (
        <ApplicabilityQuestion
          applicability={c.applicability}
          mode={p.mode}
          value={p.applies[c.applicability.id]}
          onAnswer={p.onAnswer}
        />
      )}
    </>
  );
}

/** Below a criterion's options: the knock-outs written beside it. */
export function CriterionTail({
  criterion: c,
  conditions,
}: {
  criterion: Criterion;
  conditions: CriterionConditionProps;
}) {
  const items = knockoutsAt(conditions.sheet, c.code);
  if (items.length === 0) return null;
  return (
    <div className="ko-beside" data-testid={`knockouts-${c.code}`}>
      <KnockoutList items={items} conditions={conditions} />
    </div>
  );
}

/** The props of every criterion of a sheet, from the conditions and their setter (absent: read-only). */
export function conditionsFor(
  sheet: Sheet,
  conditions: SheetConditions,
  held: readonly string[] | undefined,
  change: ((f: (c: SheetConditions) => SheetConditions) => void) | null,
  locked = false,
): CriterionConditionProps {
  return {
    sheet,
    mode: change === null ? 'read' : locked ? 'locked' : 'tick',
    knockouts: conditions.knockouts,
    applies: conditions.applies,
    held,
    onTick: change ? (id, on) => change((c) => withTick(c, id, on)) : undefined,
    onAnswer: change ? (id, v) => change((c) => withAnswer(c, id, v)) : undefined,
  };
}
