// The inputs of one step's dialog, drawn from what the server says the step needs (availableActions[].needs,
// src/modules/evaluation/dossier-actions.ts): each need names its field, its kind of input, whether it must be given,
// its alternatives (oneOf), what stands in when it is left out (defaultsTo) and the level of round or council. The web
// app keeps only how each kind of input looks (and its Vietnamese/English texts), not which step takes which field.
import { Alert, Form, Input, Radio, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../i18n/index.tsx';
import { keys } from '../../shared/queries.ts';
import { formatDate, todayInVietnam } from '../registry/registry.ts';
import { DateInput } from '../../components/FormFields.tsx';
import { evalApi, type ActionBody, type Dossier } from './evaluation.ts';

export type Need = Dossier['availableActions'][number]['needs'][number];

/** What the dialog's form holds: one entry per need, by its field name. */
export interface StepValues {
  reason?: string;
  on?: string;
  letterNumber?: string;
  communeReport?: Record<string, string>;
  roundId?: string;
  councilId?: string;
  fieldVisit?: string;
  advisoryReport?: { content?: string; reference?: string };
  flagAcceptedReason?: string;
  decisionId?: string;
  decision?: { number?: string; date?: string; signer?: string };
  [field: string]: unknown;
}

const REPORT_PARTS = ['localMaterials', 'localLabour', 'ideaOrigin', 'localIdentity'] as const;

/** Whether a need is answered by what the dossier already holds (the commune's report from a saved Form 03). */
const standsIn = (n: Need, d: Dossier) => n.defaultsTo === 'form03' && !!d.forms.form03;

/** The needs the dialog shows: the commune's report either from Form 03 (then only its letter) or typed in. */
export function shownNeeds(needs: readonly Need[], d: Dossier): Need[] {
  return needs.filter((n) => {
    if (n.input === 'commune_report') return !standsIn(n, d);
    // Typed in, the commune's report carries its own letter number.
    if (n.oneOf && n.input === 'text' && needs.some((x) => x.oneOf === n.oneOf && x.input === 'commune_report'))
      return standsIn(n, d);
    return true;
  });
}

/** The action's body from the dialog's values (the advisory report's text is posted on its own: `reportOf`). */
export function bodyOf(needs: readonly Need[], v: StepValues, d: Dossier): ActionBody {
  const body: Record<string, unknown> = { expectedVersion: d.version };
  const trim = (x: unknown) => (typeof x === 'string' ? x.trim() : undefined);
  for (const n of shownNeeds(needs, d)) {
    const value = v[n.field];
    if (n.input === 'text' || n.input === 'date' || n.input === 'round' || n.input === 'council') {
      const s = trim(value);
      if (s) body[n.field] = s;
    } else if (n.input === 'choice' && typeof value === 'string') {
      // A choice answers the ground of the field (Art. 7.6.c: why a field visit is made).
      body[n.field] = { ground: value };
    } else if (n.input === 'commune_report' && value) {
      body[n.field] = value;
    } else if (n.input === 'decision' && trim(value)) {
      body[n.field] = trim(value);
    } else if (n.input === 'decision_entry' && !trim(v.decisionId)) {
      const e = (value ?? {}) as NonNullable<StepValues['decision']>;
      if (trim(e.number) && e.date)
        body[n.field] = { number: trim(e.number), date: e.date, ...(trim(e.signer) ? { signer: trim(e.signer) } : {}) };
    }
  }
  return body as ActionBody;
}

/** The advisory team's report typed into the dialog, posted before the step (POST /api/dossiers/:id/advisory-report). */
export function reportOf(needs: readonly Need[], v: StepValues): { content: string; reference?: string } | null {
  if (!needs.some((n) => n.input === 'advisory_report')) return null;
  const content = v.advisoryReport?.content?.trim();
  if (!content) return null;
  const reference = v.advisoryReport?.reference?.trim();
  return { content, ...(reference ? { reference } : {}) };
}

/** The form's first values: the default the server gives a choice. */
export function initialValuesOf(needs: readonly Need[]): StepValues {
  return Object.fromEntries(needs.filter((n) => n.initial !== undefined).map((n) => [n.field, n.initial]));
}

export function StepFields({ dossier: d, needs }: { dossier: Dossier; needs: readonly Need[] }) {
  const shown = shownNeeds(needs, d);
  // The step's own inputs first, then the reason or note, then the day of the paper act.
  const order = (n: Need) => (n.field === 'reason' ? 1 : n.input === 'date' ? 2 : 0);
  return (
    <>
      {[...shown]
        .sort((a, b) => order(a) - order(b))
        .map((n) => (
          <NeedInput key={n.field} need={n} dossier={d} />
        ))}
    </>
  );
}

function NeedInput({ need: n, dossier: d }: { need: Need; dossier: Dossier }) {
  const { t, pick } = useT();
  const required = n.required ? [{ required: true, message: t('ev.required') }] : [];
  switch (n.input) {
    case 'date':
      return (
        <Form.Item
          name={n.field}
          label={t('ev.actOn')}
          extra={t('ev.actOnHint', { today: formatDate(todayInVietnam()) })}
        >
          <DateInput testId={`input-${n.field}`} />
        </Form.Item>
      );
    case 'text':
      return <TextNeed need={n} />;
    case 'round':
      return <RoundNeed need={n} />;
    case 'council':
      return <CouncilNeed need={n} dossier={d} />;
    case 'choice':
      return (
        <Form.Item name={n.field} label={t('ev.fieldVisitGround')} rules={required}>
          <Radio.Group>
            {(n.options ?? []).map((o) => (
              <Radio key={o.value} value={o.value}>
                {o.value === 'scale_changed' || o.value === 'evidence_unclear'
                  ? t(`ev.ground.${o.value}`)
                  : pick(o.label)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
      );
    case 'commune_report':
      return (
        <>
          <Alert className="block" type="info" showIcon title={t('ev.noForm03')} />
          {REPORT_PARTS.map((k) => (
            <Form.Item
              key={k}
              name={[n.field, k]}
              label={t(`ev.report.${k}`)}
              rules={[{ required: true, message: t('ev.required') }]}
            >
              <Input.TextArea autoSize={{ minRows: 2 }} data-testid={`input-report-${k}`} />
            </Form.Item>
          ))}
          <Form.Item
            name={[n.field, 'letterNumber']}
            label={t('ev.letterNumber')}
            rules={[{ required: true, message: t('ev.required') }]}
          >
            <Input maxLength={60} data-testid="input-letterNumber" />
          </Form.Item>
        </>
      );
    case 'advisory_report':
      return (
        <>
          <Form.Item name={[n.field, 'content']} label={t('ev.advisoryContent')} extra={t('ev.advisoryContentHint')}>
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={50_000} data-testid="input-advisory-content" />
          </Form.Item>
          <Form.Item name={[n.field, 'reference']} label={t('ev.advisoryReference')}>
            <Input maxLength={200} data-testid="input-advisory-reference" />
          </Form.Item>
        </>
      );
    case 'decision':
      return <DecisionNeed need={n} />;
    case 'decision_entry':
      return (
        <Form.Item noStyle shouldUpdate={(a, b) => a.decisionId !== b.decisionId}>
          {({ getFieldValue }) =>
            !getFieldValue('decisionId') && (
              <div className="form-grid">
                <Form.Item
                  name={[n.field, 'number']}
                  label={t('ev.decisionNumber')}
                  rules={[{ required: true, message: t('ev.required') }]}
                  extra={t('ev.decisionNumberHint')}
                >
                  <Input maxLength={100} data-testid="input-decision-number" />
                </Form.Item>
                <Form.Item
                  name={[n.field, 'date']}
                  label={t('ev.decisionDate')}
                  rules={[{ required: true, message: t('ev.required') }]}
                >
                  <DateInput testId="input-decision-date" />
                </Form.Item>
                <Form.Item className="form-grid-wide" name={[n.field, 'signer']} label={t('ev.decisionSigner')}>
                  <Input maxLength={200} data-testid="input-decision-signer" />
                </Form.Item>
              </div>
            )
          }
        </Form.Item>
      );
  }
}

/** A text: the reason (required where the step requires one, a note elsewhere), the commune's letter number, the
 *  reason a divergent result stands; any other text with the server's label. */
function TextNeed({ need: n }: { need: Need }) {
  const { t, pick } = useT();
  const long = (n.maxLength ?? 0) > 200;
  const input = long ? (
    <Input.TextArea autoSize={{ minRows: 2 }} maxLength={n.maxLength} data-testid={`input-${n.field}`} />
  ) : (
    <Input maxLength={n.maxLength} data-testid={`input-${n.field}`} />
  );
  if (n.field === 'reason')
    return (
      <Form.Item
        name="reason"
        label={n.required ? t('ev.reason') : t('ev.note')}
        rules={n.required ? [{ required: true, message: t('ev.reasonRequired') }] : []}
      >
        {input}
      </Form.Item>
    );
  const rules = n.required ? [{ required: true, message: t('ev.required') }] : [];
  if (n.field === 'letterNumber')
    return (
      <Form.Item name={n.field} label={t('ev.letterNumber')} extra={t('ev.letterNumberHint')} rules={rules}>
        {input}
      </Form.Item>
    );
  if (n.field === 'flagAcceptedReason')
    return (
      <Form.Item name={n.field} label={t('ev.flagAcceptedReason')} extra={t('ev.flagAcceptedHint')} rules={rules}>
        {input}
      </Form.Item>
    );
  return (
    <Form.Item name={n.field} label={pick(n.label)} rules={rules}>
      {input}
    </Form.Item>
  );
}

/** An open round of the need's level. */
function RoundNeed({ need: n }: { need: Need }) {
  const { t, pick } = useT();
  const level = n.level ?? 'province';
  const rounds = useQuery({ queryKey: [...keys.rounds, { level }], queryFn: () => evalApi.rounds({ level }) });
  return (
    <Form.Item
      name={n.field}
      label={t('ev.round')}
      rules={n.required ? [{ required: true, message: t('ev.required') }] : []}
    >
      <Select
        data-testid="input-round"
        loading={rounds.isLoading}
        placeholder={t('ev.roundPlaceholder')}
        options={(rounds.data ?? [])
          .filter((r) => r.status !== 'closed')
          .map((r) => ({ value: r.id, label: `${pick(r.label)} · ${t('ev.finishBy')} ${formatDate(r.finishBy)}` }))}
        optionRender={(o) => <span data-testid={`round-option-${o.value}`}>{o.label}</span>}
        notFoundContent={t('ev.noRounds')}
      />
    </Form.Item>
  );
}

/** A council of the need's level (the dossier's round's, for a provincial one); left out, the round's council. */
function CouncilNeed({ need: n, dossier: d }: { need: Need; dossier: Dossier }) {
  const { t } = useT();
  const level = n.level ?? 'province';
  const filter = d.roundId && level === 'province' ? { roundId: d.roundId } : {};
  const councils = useQuery({ queryKey: [...keys.councils, filter], queryFn: () => evalApi.councils(filter) });
  return (
    <Form.Item
      name={n.field}
      label={t('ev.council')}
      extra={n.defaultsTo === 'round_council' ? t('ev.councilDefault') : undefined}
    >
      <Select
        allowClear
        data-testid="input-council"
        loading={councils.isLoading}
        options={(councils.data ?? [])
          .filter((c) => c.level === level)
          .map((c) => ({ value: c.id, label: `${c.decisionNo} (${formatDate(c.decisionDate)})` }))}
      />
    </Form.Item>
  );
}

/** A decision already recorded, of the kind the step records (recognition, or approval to propose 5★). */
function DecisionNeed({ need: n }: { need: Need }) {
  const { t } = useT();
  const kind = n.decisionKind ?? 'recognition';
  const decisions = useQuery({
    queryKey: [...keys.decisions, 'list', { kind, limit: 50 }],
    queryFn: () => evalApi.decisions({ kind, limit: 50 }),
  });
  return (
    <Form.Item name={n.field} label={t('ev.decisionExisting')} extra={t('ev.decisionExistingHint')}>
      <Select
        allowClear
        data-testid="input-decision"
        options={(decisions.data?.items ?? []).map((x) => ({
          value: x.id,
          label: `${x.number} (${formatDate(x.signedOn)})`,
        }))}
        notFoundContent={t('ev.noDecisions')}
      />
    </Form.Item>
  );
}
