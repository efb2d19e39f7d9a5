// The parts of a member's scorecard around the criteria: the bar with the keys and the autosave state, the heads of
// the sheet's parts and sections, and the card that submits.
import { Alert, Button, Card, Modal, Tag, Tooltip } from 'antd';
import { useT } from '../../../i18n/index.tsx';
import { useErrorText } from '../../../shared/errors.ts';
import type { Located } from '../../criteria/sheet.ts';
import type { SaveStatus } from '../../../shared/useAutosave.ts';
import type { LiveEvaluation } from '../../criteria/useLiveEvaluation.ts';
import type { Scorecard } from '../evaluation.ts';

/** The keys to use, and where the autosave stands. */
export function ScoringBar({
  save,
  frozen,
  card,
  live,
}: {
  save: SaveStatus;
  frozen: boolean;
  card: Scorecard | null;
  live: LiveEvaluation;
}) {
  const { t, num } = useT();
  const errorText = useErrorText();
  return (
    <Card size="small" className="block scoring-bar" data-testid="scoring-bar">
      <div className="scoring-bar-row">
        <span className="kbd-hint">
          <kbd>↑</kbd>
          <kbd>↓</kbd> {t('sc.keysMove')} · <kbd>1</kbd>–<kbd>9</kbd> {t('sc.keysPick')} · <kbd>0</kbd>{' '}
          {t('sc.keysNone')} · <kbd>Enter</kbd> {t('sc.keysSubmit')}
        </span>
        {/* On a tablet the result panel sits below the sheet: the running total stays in sight here. */}
        <span className="scoring-bar-total" data-testid="bar-total">
          {t('cs.liveTotal', { total: num(live.result?.total ?? 0) })}
          {!live.complete && !frozen && <span className="muted"> · {t('cs.missing', { n: live.missing.length })}</span>}
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
  );
}

/** The heads before a criterion: its part's when the part begins, its section's when the section begins. */
export function SheetHeads({ located: l, previous: prev }: { located: Located; previous: Located | undefined }) {
  const { t } = useT();
  const head: React.ReactNode[] = [];
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
  return <>{head}</>;
}

/** Submits the card when complete; once submitted, its total, and in a rescoring the way to revise it. */
export function SubmitCard({
  card,
  reopenable,
  reopened,
  onReopen,
  live,
  frozen,
  submitting,
  submitError,
  onSubmit,
}: {
  card: Scorecard | null;
  reopenable: boolean;
  reopened: boolean;
  onReopen: () => void;
  live: LiveEvaluation;
  frozen: boolean;
  submitting: boolean;
  submitError: unknown;
  onSubmit: () => void;
}) {
  const { t, pick, num } = useT();
  const errorText = useErrorText();
  return (
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
          {reopenable && (
            <Button block onClick={onReopen} data-testid="reopen-card">
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
            onClick={onSubmit}
            data-testid="submit-card"
          >
            {t('sc.submit')}
          </Button>
        </Tooltip>
      )}
      <p className="muted submit-hint">{pick({ vi: t('sc.submitHint'), en: t('sc.submitHint') })}</p>
    </Card>
  );
}

/** A submitted card cannot be changed: the member confirms with the dialog's button; Enter that opened the dialog,
 *  or Enter again, does not submit (Escape or "Xem lại" go back to the sheet). */
export function ConfirmSubmit({
  open,
  total,
  onOk,
  onCancel,
}: {
  open: boolean;
  total: number;
  onOk: () => void;
  onCancel: () => void;
}) {
  const { t, num } = useT();
  return (
    <Modal
      open={open}
      title={t('cs.confirmTitle')}
      okText={t('cs.confirmOk')}
      cancelText={t('cs.confirmCancel')}
      onOk={onOk}
      onCancel={onCancel}
      okButtonProps={{ 'data-testid': 'confirm-submit-ok' }}
      cancelButtonProps={{ 'data-testid': 'confirm-submit-cancel' }}
      destroyOnHidden
      // Enter sends only from the submit button itself (reached by Tab); anywhere else in the dialog it does nothing.
      modalRender={(node) => (
        <div
          onKeyDownCapture={(e) => {
            const onOk = (e.target as HTMLElement).closest('[data-testid="confirm-submit-ok"]');
            if (e.key === 'Enter' && !onOk) {
              e.preventDefault();
              e.stopPropagation();
            }
          }}
        >
          {node}
        </div>
      )}
    >
      <p data-testid="confirm-submit">{t('cs.confirmBody', { total: num(total) })}</p>
    </Modal>
  );
}
