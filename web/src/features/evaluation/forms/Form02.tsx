// The dossier's three forms (Appendix III of Decision 26/2026/QĐ-TTg) on screen: Form 01 (registration), Form 02
// (self-assessment report, with the criteria answered as in the self-assessment page and the engine's live result)
// and Form 03 (the commune's report). Each opens prefilled from the registry (or from Form 02) when never saved,
// is editable only by whom and when the server allows (the server decides), and saves whole with its 400s shown on
// the fields. A print button opens the server's Vietnamese PDF.
import { useMemo, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  InputNumber,
  Input,
  Radio,
  Skeleton,
  Space,
  Tag,
  type FormInstance,
} from 'antd';
import { useT, type MessageKey } from '../../../i18n/index.tsx';
import { api } from '../../../shared/api.ts';
import { useQuery } from '@tanstack/react-query';
import { keys, useSheet } from '../../../shared/queries.ts';
import { useStoredForm } from '../queries.ts';
import { useErrorText } from '../../../shared/errors.ts';
import { formatDate, LEGAL_TYPE_KEYS, LEGAL_TYPES } from '../../registry/registry.ts';
import { bareUnitName, useUnitNames } from '../../reference/units.ts';
import { useLiveEvaluation } from '../../criteria/useLiveEvaluation.ts';
import { evalApi, type Dossier, type Evidence, type FormNo } from '../evaluation.ts';
import { draft } from '../../../shared/drafts.ts';
import { useAutosave } from '../../../shared/useAutosave.ts';
import type { Answer, Answers, Producer, Product, Sheet } from '../../../types.ts';
import { clean, showIssues, SpecFields, type FieldSpec } from '../../../components/FormFields.tsx';
import { CriterionAnswer } from '../../criteria/SelfAssessment.tsx';
import { LiveResultPanel } from '../../criteria/ResultPanel.tsx';
import { conditionsFor, KnockoutBlock } from '../../criteria/SheetConditions.tsx';
import {
  conditionsBody,
  NO_CONDITIONS,
  sanitizeConditions,
  type SheetConditions,
  type Ticks,
} from '../../criteria/conditions.ts';
import { SetHeader } from '../../criteria/SetHeader.tsx';

type Data = Record<string, unknown>;

/** Whether the viewer may edit the form now: the server says so (dossier.editableForms, its save rule). */
const mayEdit = (d: Dossier, form: FormNo) => d.editableForms.includes(form);

const DRAFT_DELAY_MS = 300;

/**
 * The form's unsent draft in localStorage (keyed by dossier, form and version): written shortly after each change and
 * at once when the page is hidden or left, offered back (`kept`) when the form opens after a reload and the draft is
 * newer than the server's copy, dropped once the server stores the form.
 */
function useFormDraft<T>(formNo: FormNo, dossier: Dossier, editable: boolean) {
  const [store] = useState(() => draft<T>('dossier', dossier.id, `form${formNo}`, dossier.version));
  const [kept] = useState(() => (editable ? store.read(dossier.updatedAt) : null));
  const [restored, setRestored] = useState(kept !== null);
  const autosave = useAutosave<T>({ draft: store, delayMs: DRAFT_DELAY_MS });
  return {
    kept,
    restored,
    changed(value: T) {
      if (editable) autosave.change(value);
    },
    /** The server stored the form, or the user threw the draft away: the draft is no longer needed. */
    stored() {
      autosave.discard();
      setRestored(false);
    },
  };
}

const readings = new WeakMap<object, number>();
let lastReading = 0;
/** A number per stored copy read (the cache keeps a copy's identity while its content stays the same). */
function readingOf(stored: object | null | undefined): number {
  if (!stored) return 0;
  if (!readings.has(stored)) readings.set(stored, ++lastReading);
  return readings.get(stored)!;
}

/**
 * A form opens once what fills it has arrived, and opens again — its state started afresh from the kept draft, the
 * stored form or the registry — when the server's copy changes (after a save) or the user discards the draft.
 */
function useFormOpening(stored: { data?: object | null }) {
  const [discards, setDiscards] = useState(0);
  return { key: `${readingOf(stored.data)}:${discards}`, refill: () => setDiscards((n) => n + 1) };
}

/** "Đã khôi phục bản nháp chưa lưu", with a way back to the server's copy. */
function DraftNotice({ show, onDiscard }: { show: boolean; onDiscard: () => void }) {
  const { t } = useT();
  if (!show) return null;
  return (
    <Alert
      className="block"
      type="warning"
      showIcon
      data-testid="draft-restored"
      title={t('draft.restored')}
      description={t('draft.restoredForm')}
      action={
        <Button size="small" onClick={onDiscard} data-testid="draft-discard">
          {t('draft.discard')}
        </Button>
      }
    />
  );
}

/** A form of the dossier with its kept draft: the notice above it, and changes recorded for the draft. */
function DraftedForm({
  form,
  initialValues,
  editable,
  drafts,
  onChange,
  refill,
  children,
}: {
  form: FormInstance;
  initialValues: object;
  editable: boolean;
  drafts: { restored: boolean; stored(): void };
  /** A field changed (by the user): record the draft. */
  onChange: () => void;
  /** Opens the form again from the server's copy (or the registry). */
  refill: () => void;
  children: React.ReactNode;
}) {
  return (
    <>
      <DraftNotice
        show={drafts.restored}
        onDiscard={() => {
          drafts.stored();
          refill();
        }}
      />
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValues}
        disabled={!editable}
        requiredMark={editable ? 'optional' : false}
        onValuesChange={onChange}
      >
        {children}
      </Form>
    </>
  );
}

/** The dossier's producer and product in the registry (null where they cannot be read), to prefill a new form. */
function useRegistry(d: Dossier) {
  return useQuery({
    queryKey: [...keys.producers, d.producerId, 'with-product', d.productId],
    queryFn: () =>
      Promise.all([api.producer(d.producerId).catch(() => null), api.product(d.productId).catch(() => null)]).then(
        ([producer, product]) => ({ producer, product }) as { producer: Producer | null; product: Product | null },
      ),
  });
}

/** The card around a form: title, saved or not, print, save. */
function FormCard({
  form,
  dossier,
  saved,
  editable,
  busy,
  onSave,
  children,
  errors,
}: {
  form: FormNo;
  dossier: Dossier;
  saved: boolean;
  editable: boolean;
  busy: boolean;
  onSave: () => void;
  children: React.ReactNode;
  errors: string[];
}) {
  const { t } = useT();
  return (
    <Card
      size="small"
      className="block form-card"
      data-testid={`form-${form}`}
      title={
        <span className="form-card-title">
          {t(`ev.form${form}.title`)}{' '}
          {saved ? <Tag color="green">{t('ev.formSaved')}</Tag> : <Tag>{t('ev.formMissing')}</Tag>}
          {!editable && <Tag>{t('ev.readOnly')}</Tag>}
        </span>
      }
      extra={
        <Space>
          {saved && (
            <Button href={evalApi.formPdfUrl(dossier.id, form)} target="_blank" data-testid={`print-${form}`}>
              {t('ev.printPdf')}
            </Button>
          )}
          {editable && (
            <Button type="primary" loading={busy} onClick={onSave} data-testid={`save-${form}`}>
              {t('ev.saveForm')}
            </Button>
          )}
        </Space>
      }
    >
      {errors.length > 0 && (
        <Alert
          className="block"
          type="error"
          showIcon
          data-testid={`form-${form}-errors`}
          title={t('ev.formInvalid')}
          description={
            <ul className="plain-list">
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          }
        />
      )}
      {children}
      {editable && (
        <div className="form-card-footer">
          {errors.length > 0 && <span className="error-text">{t('ev.formInvalid')}</span>}
          <Button type="primary" loading={busy} onClick={onSave} data-testid={`save-${form}-bottom`}>
            {t('ev.saveForm')}
          </Button>
        </div>
      )}
    </Card>
  );
}

/** Shared save logic: validate on the client, PUT, put the server's issues on the fields. */
function useSave(
  formNo: FormNo,
  dossier: Dossier,
  form: ReturnType<typeof Form.useForm>[0],
  known: (name: string) => boolean,
  onSaved: (d: Dossier) => void,
) {
  const { t, pick } = useT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const save = async (build: (values: Data) => Data) => {
    setErrors([]);
    let values: Data;
    try {
      values = (await form.validateFields()) as Data;
    } catch {
      void message.error(t('ev.formCheck'));
      return;
    }
    setBusy(true);
    try {
      const d = await evalApi.saveForm(dossier.id, formNo, build(values));
      void message.success(t('ev.formSavedMsg', { form: t(`ev.form${formNo}.short`) }));
      onSaved(d);
    } catch (err) {
      const left = showIssues(form, err, pick, known);
      setErrors(left.length ? left : [errorText(err)]);
    } finally {
      setBusy(false);
    }
  };
  return { busy, errors, save };
}

const names = (specs: readonly FieldSpec[]) => new Set(specs.map((s) => s.name));

// ---------- Form 01 ----------

const F01: readonly FieldSpec[] = [
  { name: 'province', label: 'f01.province', required: true, max: 100 },
  { name: 'year', label: 'f01.year', kind: 'int', required: true },
  { name: 'producer.name', label: 'f01.producerName', required: true },
  { name: 'producer.representative', label: 'f01.representative', required: true },
  { name: 'producer.position', label: 'f01.position', required: true, max: 100 },
  { name: 'producer.phone', label: 'f01.phone', required: true, max: 20 },
  { name: 'producer.address', label: 'f01.address', required: true, wide: true },
  { name: 'producer.email', label: 'f01.email' },
  { name: 'productName', label: 'f01.productName', required: true },
  { name: 'attachments.samples', label: 'f01.samples', kind: 'int', hint: 'f01.samplesHint' },
];

export function Form01Tab({ dossier, onSaved }: { dossier: Dossier; onSaved: (d: Dossier) => void }) {
  const stored = useStoredForm(dossier.id, '01');
  const reg = useRegistry(dossier);
  const unitName = useUnitNames([dossier.provinceCode], bareUnitName);
  const opening = useFormOpening(stored);
  if (stored.data === undefined || reg.data === undefined || !unitName.ready) return <Skeleton active />;
  const p = reg.data.producer;
  const province = unitName(dossier.provinceCode);
  const defaults = () => ({
    province: province !== dossier.provinceCode ? province : undefined,
    year: Number((dossier.submittedOn ?? dossier.createdAt).slice(0, 4)),
    producer: {
      name: p?.name,
      representative: p?.representative.name ?? undefined,
      address: p?.address ?? undefined,
      phone: p?.phone ?? undefined,
      email: p?.email ?? undefined,
    },
    productName: reg.data?.product?.name ?? dossier.productName,
    attachments: { samples: dossier.setNo === 26 ? undefined : 5 },
  });
  return (
    <Form01
      key={opening.key}
      dossier={dossier}
      stored={stored.data}
      defaults={defaults}
      onSaved={onSaved}
      refill={opening.refill}
    />
  );
}

function Form01({
  dossier,
  stored,
  defaults,
  onSaved,
  refill,
}: {
  dossier: Dossier;
  stored: Data | null;
  defaults: () => Data;
  onSaved: (d: Dossier) => void;
  refill: () => void;
}) {
  const { t } = useT();
  const [form] = Form.useForm();
  const editable = mayEdit(dossier, '01');
  const known = names(F01);
  const drafts = useFormDraft<Data>('01', dossier, editable);
  const [initial] = useState(() => drafts.kept ?? stored ?? defaults());
  const { busy, errors, save } = useSave(
    '01',
    dossier,
    form,
    (n) => known.has(n),
    (d) => {
      drafts.stored();
      onSaved(d);
    },
  );
  const receipt = (
    stored as { communeReceipt?: { number?: string; receivedOn?: string; receiverName?: string } } | null
  )?.communeReceipt;
  return (
    <FormCard
      form="01"
      dossier={dossier}
      saved={dossier.forms.form01}
      editable={editable}
      busy={busy}
      errors={errors}
      onSave={() =>
        void save((v) => ({
          ...clean(v),
          classification: { ruleSet: dossier.ruleSet, productSetNo: dossier.setNo },
          evaluationKind: dossier.kind,
        }))
      }
    >
      <div className="form-fixed">
        <span>
          {t('f01.classification')}: <b>{t('set.no', { n: dossier.setNo })}</b> ({dossier.ruleSet})
        </span>
        <span>
          {t('f01.kind')}: <b>{t(`ev.kind.${dossier.kind}`)}</b>
        </span>
        {receipt?.number && (
          <span data-testid="form01-receipt">
            {t('f01.receipt')}: <b>{receipt.number}</b>
            {receipt.receivedOn && <> · {formatDate(receipt.receivedOn)}</>}
            {receipt.receiverName && <> · {receipt.receiverName}</>}
          </span>
        )}
      </div>
      <DraftedForm
        form={form}
        initialValues={initial}
        editable={editable}
        drafts={drafts}
        onChange={() => drafts.changed(form.getFieldsValue(true) as Data)}
        refill={refill}
      >
        <SpecFields specs={F01} prefix="f01" />
      </DraftedForm>
    </FormCard>
  );
}

// ---------- Form 02 ----------

const F02_PART1: readonly FieldSpec[] = [
  { name: 'producer.name', label: 'f02.producerName', required: true },
  { name: 'producer.organisationType', label: 'f02.organisationType', kind: 'select', required: true },
  { name: 'producer.organisationDetail', label: 'f02.organisationDetail', max: 100 },
  { name: 'producer.phone', label: 'f02.phone', required: true, max: 20 },
  { name: 'producer.address', label: 'f02.address', required: true, wide: true },
  { name: 'producer.email', label: 'f02.email' },
  { name: 'producer.registrationNo', label: 'f02.registrationNo', max: 60 },
  { name: 'producer.establishedOn', label: 'f02.establishedOn', kind: 'date', required: true },
  { name: 'producer.legalRepresentative.name', label: 'f02.repName', required: true },
  { name: 'producer.legalRepresentative.sex', label: 'f02.repSex', kind: 'select', required: true },
  { name: 'producer.legalRepresentative.ethnicity', label: 'f02.repEthnicity', required: true, max: 100 },
  { name: 'producer.legalRepresentative.permanentAddress', label: 'f02.repAddress', required: true, wide: true },
  { name: 'product.name', label: 'f02.productName', required: true },
  { name: 'product.description', label: 'f02.productDescription', kind: 'long', required: true },
];
const F02_COMPLIANCE: readonly FieldSpec[] = [
  { name: 'compliance.businessRegistration', label: 'f02.businessRegistration', kind: 'bool', wide: true },
  { name: 'compliance.qualityDeclared', label: 'f02.qualityDeclared', kind: 'bool', wide: true },
  { name: 'compliance.foodSafetyCertificate', label: 'f02.foodSafetyCertificate', kind: 'bool', wide: true },
  { name: 'compliance.productionCertificate', label: 'f02.productionCertificate', kind: 'bool', wide: true },
  { name: 'compliance.intellectualProperty.registered', label: 'f02.ipRegistered', kind: 'bool', wide: true },
  { name: 'compliance.intellectualProperty.trademark', label: 'f02.ipTrademark', kind: 'bool' },
  {
    name: 'compliance.intellectualProperty.collectiveMarkOrGeographicalIndication',
    label: 'f02.ipCollective',
    kind: 'bool',
  },
  { name: 'compliance.intellectualProperty.patent', label: 'f02.ipPatent', kind: 'bool' },
  { name: 'compliance.intellectualProperty.industrialDesign', label: 'f02.ipDesign', kind: 'bool' },
  { name: 'compliance.intellectualProperty.copyright', label: 'f02.ipCopyright', kind: 'bool' },
  { name: 'compliance.intellectualProperty.other', label: 'f02.ipOther' },
  { name: 'history', label: 'f02.history', kind: 'long', required: true },
  { name: 'structure', label: 'f02.structure', kind: 'long', required: true },
];
const F02_PART2: readonly FieldSpec[] = [
  { name: 'business.rawMaterialAndProduction', label: 'f02.rawMaterial', kind: 'long', required: true },
  { name: 'business.qualityChanges', label: 'f02.qualityChanges', kind: 'long', required: true },
  { name: 'business.markets', label: 'f02.markets', kind: 'long', required: true },
];
const F02_REMARKS: readonly FieldSpec[] = [{ name: 'business.results.remarks', label: 'f02.remarks', kind: 'long' }];
const F02_PART4: readonly FieldSpec[] = [
  { name: 'plan', label: 'f02.plan', kind: 'long', required: true, hint: 'f02.planHint' },
];

/** Form 02's ticks are all optional but their groups are not: an unticked form still sends empty groups. */
function withCompliance(v: Data): Data {
  const c = (v.compliance ?? {}) as Data;
  return { ...v, compliance: { ...c, intellectualProperty: c.intellectualProperty ?? {} } };
}

interface Stored02 {
  selfAssessment?: {
    answers?: Answers;
    branch?: number;
    knockouts?: Ticks;
    applies?: Ticks;
    changesSinceRecognition?: string;
    evidence?: Record<string, { fileIds: string[]; note?: string }[]>;
  };
  [k: string]: unknown;
}

/** Form 02's draft: the fields, and the self-assessment answers (with the sheet's conditions) kept outside the antd form. */
interface Draft02 {
  fields: Data;
  answers: Answers;
  branch?: number;
  conditions?: SheetConditions;
  changes: string;
}

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
  if (sheet.isError) return <Alert type="error" showIcon title={errorText(sheet.error)} />;
  if (stored.data === undefined || reg.data === undefined || !sheet.data) return <Skeleton active />;
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
    />
  );
}

const F02_KNOWN = new Set([
  ...names(F02_PART1),
  ...names(F02_COMPLIANCE),
  ...names(F02_PART2),
  ...names(F02_REMARKS),
  ...names(F02_PART4),
]);

/** Form 02's state when it opens: the kept draft, else the stored form, else the registry's prefill. */
function opening02(kept: Draft02 | null, stored: Stored02 | null, defaults: () => Data): Draft02 {
  if (kept)
    return {
      fields: kept.fields,
      answers: kept.answers ?? {},
      branch: kept.branch,
      conditions: kept.conditions ?? NO_CONDITIONS,
      changes: kept.changes ?? '',
    };
  if (stored) {
    const { selfAssessment: sa, ...fields } = stored;
    return {
      fields,
      answers: sa?.answers ?? {},
      branch: sa?.branch,
      conditions: { knockouts: sa?.knockouts ?? {}, applies: sa?.applies ?? {} },
      changes: sa?.changesSinceRecognition ?? '',
    };
  }
  return { fields: defaults(), answers: {}, conditions: NO_CONDITIONS, changes: '' };
}

function Form02({
  dossier,
  evidence,
  sheet: sh,
  stored,
  defaults,
  onSaved,
  refill,
}: {
  dossier: Dossier;
  evidence: Evidence[];
  sheet: Sheet;
  stored: Stored02 | null;
  defaults: () => Data;
  onSaved: (d: Dossier) => void;
  refill: () => void;
}) {
  const { t } = useT();
  const [form] = Form.useForm();
  const editable = mayEdit(dossier, '02');
  const drafts = useFormDraft<Draft02>('02', dossier, editable);
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
  const { busy, errors, save } = useSave(
    '02',
    dossier,
    form,
    (n) => F02_KNOWN.has(n) || n.startsWith('business.results.years'),
    (d) => {
      drafts.stored();
      onSaved(d);
    },
  );
  const sane = useMemo(() => sanitizeConditions(sh, conditions), [sh, conditions]);
  const live = useLiveEvaluation(dossier.ruleSet, sh, answers, branch, { conditions: sane });

  const issueOf = (code: string) => {
    const e = errors.find((x) => x.startsWith(`selfAssessment.answers.${code}:`));
    return e ? { vi: e.split(': ').slice(1).join(': '), en: e.split(': ').slice(1).join(': ') } : undefined;
  };
  const scoreOf = new Map(live.result?.criteria.map((c) => [c.code, c]) ?? []);
  const cond = conditionsFor(
    sh,
    sane,
    live.result?.knockouts.map((k) => k.id),
    (f) => {
      const next = f(sane);
      setConditions(next);
      changed({ conditions: next });
    },
    !editable,
  );
  const setAnswer = (code: string, a: Answer | undefined) => {
    const next = { ...answers };
    if (a === undefined) delete next[code];
    else next[code] = a;
    setAnswers(next);
    changed({ answers: next });
  };
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
      errors={errors.filter((e) => !e.startsWith('selfAssessment.answers.'))}
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
        onChange={() => changed({})}
        refill={refill}
      >
        <h3 className="form-part">{t('f02.part1')}</h3>
        <SpecFields specs={part1} prefix="f02" />
        <SpecFields specs={F02_COMPLIANCE} prefix="f02" />
        <h3 className="form-part">{t('f02.part2')}</h3>
        <SpecFields specs={F02_PART2} prefix="f02" />
        <div className="field-label">{t('f02.results')}</div>
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
        <SpecFields specs={F02_REMARKS} prefix="f02" />

        <h3 className="form-part">{t('f02.part3')}</h3>
        <div className="sa-grid f02-sheet">
          <div className="sa-form">
            <Card size="small" className="block">
              <SetHeader sheet={sh} />
            </Card>
            <KnockoutBlock conditions={cond} />
            {live.cases.length > 0 && (
              <Card size="small" className={`block case-card${live.needsCase ? ' case-card-needed' : ''}`}>
                <div className="case-title">{t('sa.caseTitle')}</div>
                <Radio.Group
                  className="case-options"
                  value={branch}
                  disabled={!editable}
                  onChange={(e) => {
                    setBranch(e.target.value as number);
                    changed({ branch: e.target.value as number });
                  }}
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
                      return (
                        <CriterionAnswer
                          key={c.code}
                          criterion={c}
                          direct={section.direct === true}
                          answer={live.answers[c.code]}
                          applies={live.applies.get(c.code)}
                          branch={branch}
                          points={score && !live.pending ? score.points : undefined}
                          issue={issueOf(c.code)}
                          conditions={cond}
                          onChange={(a) => editable && setAnswer(c.code, a)}
                        />
                      );
                    })}
                  </div>
                ))}
              </section>
            ))}
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
            <LiveResultPanel sheet={sh} live={live} />
          </aside>
        </div>
        <h3 className="form-part">{t('f02.part4')}</h3>
        <SpecFields specs={F02_PART4} prefix="f02" />
      </DraftedForm>
      {errors.some((e) => e.startsWith('selfAssessment.')) && (
        <Alert type="error" showIcon title={t('f02.part3Invalid')} />
      )}
    </FormCard>
  );
}

// ---------- Form 03 ----------

const F03: readonly FieldSpec[] = [
  { name: 'commune', label: 'f03.commune', required: true, max: 100 },
  { name: 'province', label: 'f03.province', required: true, max: 100 },
  { name: 'reportNo', label: 'f03.reportNo', max: 60, hint: 'f03.reportNoHint' },
  { name: 'productName', label: 'f03.productName', required: true },
  { name: 'producer.name', label: 'f03.producerName', required: true },
  { name: 'producer.organisationType', label: 'f03.organisationType', kind: 'select', required: true },
  { name: 'producer.address', label: 'f03.address', required: true, wide: true },
  { name: 'producer.legalRepresentative.name', label: 'f02.repName', required: true },
  { name: 'producer.legalRepresentative.sex', label: 'f02.repSex', kind: 'select', required: true },
  { name: 'producer.legalRepresentative.ethnicity', label: 'f02.repEthnicity', required: true, max: 100 },
  { name: 'producer.legalRepresentative.permanentAddress', label: 'f02.repAddress', required: true, wide: true },
];
const F03_ASSESS: readonly FieldSpec[] = [
  { name: 'assessment.localRawMaterial.producerDescription', label: 'f03.rawProducer', kind: 'long', required: true },
  { name: 'assessment.localRawMaterial.communeAssessment', label: 'f03.rawCommune', kind: 'long', required: true },
  { name: 'assessment.localLabour.producerDescription', label: 'f03.labourProducer', kind: 'long', required: true },
  { name: 'assessment.localLabour.communeAssessment', label: 'f03.labourCommune', kind: 'long', required: true },
  { name: 'assessment.localLabour.totalWorkers', label: 'f03.totalWorkers', kind: 'int' },
  { name: 'assessment.localLabour.localWorkers', label: 'f03.localWorkers', kind: 'int' },
  { name: 'assessment.ideaOrigin.origin', label: 'f03.origin', kind: 'select', required: true },
  { name: 'assessment.ideaOrigin.assessment', label: 'f03.originAssessment', kind: 'long', required: true },
  { name: 'assessment.localIdentity.assessment', label: 'f03.identity', kind: 'long', required: true },
  { name: 'conclusion', label: 'f03.conclusion', kind: 'long' },
  { name: 'signer.position', label: 'f03.signerPosition', max: 100 },
  { name: 'signer.name', label: 'f03.signerName' },
];

export function Form03Tab({ dossier, onSaved }: { dossier: Dossier; onSaved: (d: Dossier) => void }) {
  const stored = useStoredForm(dossier.id, '03');
  // Form 02 prefills the commune's report; a dossier without one (or one the viewer may not read) starts empty.
  const f02 = useStoredForm<Record<string, Record<string, unknown>>>(dossier.id, '02');
  const f02Data = f02.isError ? null : f02.data;
  const unitName = useUnitNames([dossier.provinceCode], bareUnitName);
  const opening = useFormOpening(stored);
  if (stored.data === undefined || f02Data === undefined || !unitName.ready) return <Skeleton active />;
  const commune = unitName(dossier.communeCode);
  const province = unitName(dossier.provinceCode);
  const defaults = () => {
    const p = (f02Data?.producer ?? {}) as Record<string, unknown>;
    const business = (f02Data?.business ?? {}) as Record<string, unknown>;
    return {
      commune: commune !== dossier.communeCode ? commune : undefined,
      province: province !== dossier.provinceCode ? province : undefined,
      productName: dossier.productName,
      producer: {
        name: p.name ?? dossier.producerName,
        organisationType: p.organisationType,
        address: p.address,
        legalRepresentative: p.legalRepresentative,
      },
      assessment: { localRawMaterial: { producerDescription: business.rawMaterialAndProduction } },
      signer: { position: 'CHỦ TỊCH' },
    };
  };
  return (
    <Form03
      key={opening.key}
      dossier={dossier}
      stored={stored.data}
      defaults={defaults}
      onSaved={onSaved}
      refill={opening.refill}
    />
  );
}

const F03_KNOWN = new Set([...names(F03), ...names(F03_ASSESS)]);

function Form03({
  dossier,
  stored,
  defaults,
  onSaved,
  refill,
}: {
  dossier: Dossier;
  stored: Data | null;
  defaults: () => Data;
  onSaved: (d: Dossier) => void;
  refill: () => void;
}) {
  const { t } = useT();
  const [form] = Form.useForm();
  const editable = mayEdit(dossier, '03');
  const drafts = useFormDraft<Data>('03', dossier, editable);
  const [initial] = useState(() => drafts.kept ?? stored ?? defaults());
  const { busy, errors, save } = useSave(
    '03',
    dossier,
    form,
    (n) => F03_KNOWN.has(n),
    (d) => {
      drafts.stored();
      onSaved(d);
    },
  );
  const withOptions = (specs: readonly FieldSpec[]) =>
    specs.map((f) =>
      f.name === 'producer.organisationType'
        ? { ...f, options: LEGAL_TYPES.map((l) => ({ value: l, label: t(LEGAL_TYPE_KEYS[l]) })) }
        : f.name.endsWith('.sex')
          ? {
              ...f,
              options: [
                { value: 'nam', label: t('sex.nam') },
                { value: 'nu', label: t('sex.nu') },
              ],
            }
          : f.name === 'assessment.ideaOrigin.origin'
            ? {
                ...f,
                options: [
                  { value: 'traditional', label: t('f03.traditional') },
                  { value: 'new', label: t('f03.new') },
                ],
              }
            : f,
    );
  return (
    <FormCard
      form="03"
      dossier={dossier}
      saved={dossier.forms.form03}
      editable={editable}
      busy={busy}
      errors={errors}
      onSave={() => void save((v) => clean(v))}
    >
      {!dossier.forms.form03 && !editable && <Alert className="block" type="info" showIcon title={t('f03.notYet')} />}
      <DraftedForm
        form={form}
        initialValues={initial}
        editable={editable}
        drafts={drafts}
        onChange={() => drafts.changed(form.getFieldsValue(true) as Data)}
        refill={refill}
      >
        <h3 className="form-part">{t('f03.part1')}</h3>
        <SpecFields specs={withOptions(F03)} prefix="f03" />
        <h3 className="form-part">{t('f03.part2')}</h3>
        <SpecFields specs={withOptions(F03_ASSESS)} prefix="f03" />
      </DraftedForm>
    </FormCard>
  );
}

export const FORM_TAB_KEYS: Record<FormNo, MessageKey> = {
  '01': 'ev.form01.short',
  '02': 'ev.form02.short',
  '03': 'ev.form03.short',
};
