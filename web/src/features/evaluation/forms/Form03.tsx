// Form 03 (the commune's report, Appendix III): prefilled from Form 02 when never saved.
import { Alert, Skeleton } from 'antd';
import { useT } from '../../../i18n/index.tsx';
import { useStoredForm } from '../queries.ts';
import { LEGAL_TYPE_KEYS, LEGAL_TYPES } from '../../registry/registry.ts';
import { bareUnitName, useUnitNames } from '../../reference/units.ts';
import { type Dossier, type FormDraft } from '../evaluation.ts';
import { clean, SpecFields, type FieldSpec } from '../../../components/FormFields.tsx';

import { labeller, names, useFormOpening, useRemoteDraft, type Data } from './form-drafts.ts';
import { SessionForm, useFormSession } from './FormSession.tsx';
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
  const remote = useRemoteDraft(dossier.id, '03');
  if (stored.data === undefined || remote.data === undefined || f02Data === undefined || !unitName.ready)
    return <Skeleton active />;
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
      remote={remote.data}
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
  remote,
}: {
  dossier: Dossier;
  stored: Data | null;
  defaults: () => Data;
  onSaved: (d: Dossier) => void;
  refill: () => void;
  remote: FormDraft | null;
}) {
  const { t } = useT();
  const session = useFormSession(
    '03',
    dossier,
    stored,
    defaults,
    (n) => F03_KNOWN.has(n),
    onSaved,
    remote,
    labeller([...F03, ...F03_ASSESS], t),
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
    <SessionForm
      session={session}
      saved={dossier.forms.form03}
      refill={refill}
      onSave={() => void session.save((v) => clean(v))}
      head={
        !dossier.forms.form03 &&
        !session.editable && <Alert className="block" type="info" showIcon title={t('f03.notYet')} />
      }
    >
      <h3 className="form-part">{t('f03.part1')}</h3>
      <SpecFields specs={withOptions(F03)} prefix="f03" />
      <h3 className="form-part">{t('f03.part2')}</h3>
      <SpecFields specs={withOptions(F03_ASSESS)} prefix="f03" />
    </SessionForm>
  );
}
