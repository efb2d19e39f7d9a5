// Form 02 (self-assessment report, Appendix III): parts I, II and IV as fields, part III the criteria answered as on
// the self-assessment page with the engine's live result, prefilled from the registry when never saved.
import { useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Alert, Card, Form, Input, Skeleton } from 'antd';
import { useT } from '../../../i18n/index.tsx';
import { useSheet } from '../../../shared/queries.ts';
import { useStoredForm } from '../queries.ts';
import { useErrorText } from '../../../shared/errors.ts';
import { LEGAL_TYPE_KEYS, LEGAL_TYPES } from '../../registry/registry.ts';
import { useLiveEvaluation } from '../../criteria/useLiveEvaluation.ts';
import { type Dossier, type Evidence, type FormDraft } from '../evaluation.ts';
import type { Answer, Answers, Sheet } from '../../../types.ts';
import { clean, SpecFields } from '../../../components/FormFields.tsx';
import { LiveResultPanel } from '../../criteria/ResultPanel.tsx';
import { conditionsFor, KnockoutBlock } from '../../criteria/SheetConditions.tsx';
import { conditionsBody, NO_CONDITIONS, sanitizeConditions, type SheetConditions } from '../../criteria/conditions.ts';
import { SetHeader } from '../../criteria/SetHeader.tsx';

import {
  labeller,
  mayEdit,
  useFormDraft,
  useFormOpening,
  useRegistry,
  useRemoteDraft,
  type Data,
} from './form-drafts.ts';
import { DraftedForm, FormCard, useSave } from './FormCard.tsx';
import { Form02Years, SheetAnswers } from './Form02Parts.tsx';
import {
  F02_COMPLIANCE,
  F02_KNOWN,
  F02_PART1,
  F02_PART2,
  F02_PART4,
  F02_REMARKS,
  opening02,
  withCompliance,
  type Draft02,
  type Stored02,
} from './form02-fields.ts';
export function Form02Tab({
  dossier,
  evidence,
  onSaved,
}: {
  dossier: Dossier;
  evidence: Evidence[];
  onSaved: (d: Dossier) => void;
}) {
  const errorText = useErrorText();
  const stored = useStoredForm<Stored02>(dossier.id, '02');
  const reg = useRegistry(dossier);
  const sheet = useSheet(dossier.ruleSet, dossier.setNo);
  const opening = useFormOpening(stored);
  const remote = useRemoteDraft(dossier.id, '02');
  if (sheet.isError) return <Alert type="error" showIcon title={errorText(sheet.error)} />;
  if (stored.data === undefined || remote.data === undefined || reg.data === undefined || !sheet.data)
    return <Skeleton active />;
  const { producer: p, product: pr } = reg.data;
  const defaults = (): Data => ({
    producer: {
      name: p?.name,
      organisationType: p?.legalType,
      address: p?.address ?? undefined,
      phone: p?.phone ?? undefined,
      email: p?.email ?? undefined,
      registrationNo: p?.registrationNo ?? undefined,
      establishedOn: p?.registrationDate ?? undefined,
      legalRepresentative: {
        name: p?.representative.name ?? undefined,
        sex: p?.representative.sex ?? undefined,
        ethnicity: p?.representative.ethnicity ?? undefined,
        permanentAddress: p?.address ?? undefined,
      },
    },
    product: {
      name: pr?.name ?? dossier.productName,
      description: [pr?.description, pr?.specification].filter(Boolean).join('\n') || undefined,
    },
    compliance: { businessRegistration: !!p?.registrationNo },
    business: { results: { years: [{ year: new Date().getFullYear() - 1 }] } },
  });
  return (
    <Form02
      key={opening.key}
      dossier={dossier}
      evidence={evidence}
      sheet={sheet.data}
      stored={stored.data}
      defaults={defaults}
      onSaved={onSaved}
      refill={opening.refill}
      remote={remote.data}
    />
  );
}

function Form02({
  dossier,
  evidence,
  sheet: sh,
  stored,
  defaults,
  onSaved,
  refill,
  remote,
}: {
  dossier: Dossier;
  evidence: Evidence[];
  sheet: Sheet;
  stored: Stored02 | null;
  defaults: () => Data;
  onSaved: (d: Dossier) => void;
  refill: () => void;
  remote: FormDraft | null;
}) {
  const { t } = useT();
  const [form] = Form.useForm();
  const editable = mayEdit(dossier, '02');
  const drafts = useFormDraft<Draft02>('02', dossier, editable, remote);
  const [initial] = useState(() => opening02(drafts.kept, stored, defaults));
  const [answers, setAnswers] = useState<Answers>(initial.answers);
  const [branch, setBranch] = useState<number | undefined>(initial.branch);
  const [conditions, setConditions] = useState<SheetConditions>(initial.conditions ?? NO_CONDITIONS);
  const [changes, setChanges] = useState(initial.changes);
  // The answers live outside the antd form: a change of them is a change of the draft too.
  const changed = (next: Partial<Omit<Draft02, 'fields'>>) => {
    const v = { answers, branch, conditions, changes, ...next };
    drafts.changed({
      fields: form.getFieldsValue(true) as Data,
      answers: v.answers,
      changes: v.changes,
      conditions: v.conditions,
      ...(v.branch !== undefined ? { branch: v.branch } : {}),
    });
  };
  const { busy, errors, missing, save } = useSave(
    '02',
    dossier,
    form,
    (n) => F02_KNOWN.has(n) || n.startsWith('business.results.years'),
    (d) => {
      drafts.stored();
      onSaved(d);
    },
    labeller([...F02_PART1, ...F02_COMPLIANCE, ...F02_PART2, ...F02_REMARKS, ...F02_PART4], t),
  );
  const sane = useMemo(() => sanitizeConditions(sh, conditions), [sh, conditions]);
  const live = useLiveEvaluation(dossier.ruleSet, sh, answers, branch, { conditions: sane });

  // A pick redraws only its criterion row (memoised) and, deferred, the result panel: the rows' callbacks and
  // conditions stay the same objects between renders, reading the latest state through these refs.
  const latest = useRef({ answers, conditions, changed });
  useLayoutEffect(() => {
    latest.current = { answers, conditions, changed };
  });
  const issues = useMemo(() => {
    const out = new Map<string, { vi: string; en: string }>();
    for (const e of errors) {
      const m = /^selfAssessment\.answers\.([^:]+): (.*)$/s.exec(e);
      if (m && !out.has(m[1]!)) out.set(m[1]!, { vi: m[2]!, en: m[2]! });
    }
    return out;
  }, [errors]);
  const heldKey = live.result?.knockouts.map((k) => k.id).join('\n');
  const held = useMemo(() => (heldKey === undefined ? undefined : heldKey.split('\n').filter(Boolean)), [heldKey]);
  const changeConditions = useCallback(
    (f: (c: SheetConditions) => SheetConditions) => {
      const next = f(sanitizeConditions(sh, latest.current.conditions));
      latest.current.conditions = next;
      setConditions(next);
      latest.current.changed({ conditions: next });
    },
    [sh],
  );
  const cond = useMemo(
    // conditionsFor only wraps changeConditions for a tick or an answer; it is not called while rendering.
    // eslint-disable-next-line react-hooks/refs
    () => conditionsFor(sh, sane, held, changeConditions, !editable),
    [sh, sane, held, changeConditions, editable],
  );
  const setAnswer = useCallback((code: string, a: Answer | undefined) => {
    const next = { ...latest.current.answers };
    if (a === undefined) delete next[code];
    else next[code] = a;
    latest.current.answers = next;
    setAnswers(next);
    latest.current.changed({ answers: next });
  }, []);
  const onBranch = useCallback((b: number) => {
    setBranch(b);
    latest.current.changed({ branch: b });
  }, []);
  const onFieldChange = useCallback(() => latest.current.changed({}), []);
  // The result panel follows a pick in a second, interruptible render: the pick itself is drawn first.
  const deferredLive = useDeferredValue(live);
  // Parts I, II and IV as elements kept between renders: a pick in part III does not redraw their fields.
  const partsBefore = useMemo(() => {
    const legalOptions = LEGAL_TYPES.map((l) => ({ value: l, label: t(LEGAL_TYPE_KEYS[l]) }));
    const sexOptions = [
      { value: 'nam', label: t('sex.nam') },
      { value: 'nu', label: t('sex.nu') },
    ];
    const part1 = F02_PART1.map((f) =>
      f.name === 'producer.organisationType'
        ? { ...f, options: legalOptions }
        : f.name.endsWith('.sex')
          ? { ...f, options: sexOptions }
          : f,
    );
    return (
      <>
        <h3 className="form-part">{t('f02.part1')}</h3>
        <SpecFields specs={part1} prefix="f02" />
        <SpecFields specs={F02_COMPLIANCE} prefix="f02" />
        <h3 className="form-part">{t('f02.part2')}</h3>
        <SpecFields specs={F02_PART2} prefix="f02" />
        <div className="field-label">{t('f02.results')}</div>
        <Form02Years editable={editable} />
        <SpecFields specs={F02_REMARKS} prefix="f02" />
      </>
    );
  }, [t, editable]);
  const partsAfter = useMemo(
    () => (
      <>
        <h3 className="form-part">{t('f02.part4')}</h3>
        <SpecFields specs={F02_PART4} prefix="f02" />
      </>
    ),
    [t],
  );
  const setHeader = useMemo(
    () => (
      <Card size="small" className="block">
        <SetHeader sheet={sh} />
      </Card>
    ),
    [sh],
  );
  // Part III's evidence: the uploaded files, by the criterion each was uploaded for.
  const evidenceByCriterion = () => {
    const out: Record<string, { fileIds: string[] }[]> = {};
    for (const e of evidence) if (e.criterionCode) (out[e.criterionCode] ??= [{ fileIds: [] }])[0]!.fileIds.push(e.id);
    return out;
  };

  return (
    <FormCard
      form="02"
      dossier={dossier}
      saved={dossier.forms.form02}
      editable={editable}
      busy={busy}
      errors={errors.filter((e) => !e.startsWith('selfAssessment.'))}
      missing={missing}
      drafts={drafts}
      onSave={() =>
        void save((v) => ({
          ...withCompliance(clean(v)),
          selfAssessment: {
            ruleSet: dossier.ruleSet,
            productSetNo: dossier.setNo,
            ...(branch !== undefined ? { branch } : {}),
            answers: live.answers,
            ...conditionsBody(sane),
            evidence: evidenceByCriterion(),
            ...(changes.trim() ? { changesSinceRecognition: changes.trim() } : {}),
          },
        }))
      }
    >
      <DraftedForm
        form={form}
        initialValues={initial.fields}
        editable={editable}
        drafts={drafts}
        onChange={onFieldChange}
        refill={refill}
      >
        {partsBefore}

        <h3 className="form-part">{t('f02.part3')}</h3>
        <div className="sa-grid f02-sheet">
          <div className="sa-form">
            {setHeader}
            <KnockoutBlock conditions={cond} />
            <SheetAnswers
              sheet={sh}
              live={live}
              branch={branch}
              editable={editable}
              conditions={cond}
              issues={issues}
              onBranch={onBranch}
              onAnswer={setAnswer}
            />
            {dossier.kind !== 'first' && (
              <label className="field block">
                <span className="field-label">{t('f02.changes')}</span>
                <Input.TextArea
                  value={changes}
                  onChange={(e) => {
                    setChanges(e.target.value);
                    changed({ changes: e.target.value });
                  }}
                  autoSize={{ minRows: 3 }}
                  disabled={!editable}
                  data-testid="f02-changes"
                />
              </label>
            )}
          </div>
          <aside className="sa-aside">
            <LiveResultPanel sheet={sh} live={deferredLive} />
          </aside>
        </div>
        {partsAfter}
      </DraftedForm>
      {errors.some((e) => e.startsWith('selfAssessment.')) && (
        <Alert type="error" showIcon title={t('f02.part3Invalid')} />
      )}
    </FormCard>
  );
}
