// Form 01 (registration, Appendix III): prefilled from the registry when never saved.
import { Skeleton } from 'antd';
import { useT } from '../../../i18n/index.tsx';
import { useStoredForm } from '../queries.ts';
import { formatDate } from '../../registry/registry.ts';
import { bareUnitName, useUnitNames } from '../../reference/units.ts';
import { type Dossier, type FormDraft } from '../evaluation.ts';
import { clean, SpecFields, type FieldSpec } from '../../../components/FormFields.tsx';

import { labeller, names, useFormOpening, useRemoteDraft, useRegistry, type Data } from './form-drafts.ts';
import { SessionForm, useFormSession } from './FormSession.tsx';
const F01: readonly FieldSpec[] = [
  { name: 'province', label: 'f01.province', required: true, max: 100 },
  { name: 'year', label: 'f01.year', kind: 'year', required: true },
  { name: 'producer.name', label: 'f01.producerName', required: true },
  { name: 'producer.representative', label: 'f01.representative', required: true },
  { name: 'producer.position', label: 'f01.position', required: true, max: 100 },
  { name: 'producer.phone', label: 'f01.phone', required: true, max: 20 },
  { name: 'producer.address', label: 'f01.address', required: true, wide: true },
  { name: 'producer.email', label: 'f01.email' },
  { name: 'productName', label: 'f01.productName', required: true },
  { name: 'attachments.samples', label: 'f01.samples', kind: 'int', hint: 'f01.samplesHint' },
];

const F01_KNOWN = names(F01);

export function Form01Tab({ dossier, onSaved }: { dossier: Dossier; onSaved: (d: Dossier) => void }) {
  const stored = useStoredForm(dossier.id, '01');
  const reg = useRegistry(dossier);
  const unitName = useUnitNames([dossier.provinceCode], bareUnitName);
  const opening = useFormOpening(stored);
  const remote = useRemoteDraft(dossier.id, '01');
  if (stored.data === undefined || remote.data === undefined || reg.data === undefined || !unitName.ready)
    return <Skeleton active />;
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
      remote={remote.data}
    />
  );
}

function Form01({
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
    '01',
    dossier,
    stored,
    defaults,
    (n) => F01_KNOWN.has(n),
    onSaved,
    remote,
    labeller(F01, t),
  );
  const receipt = (
    stored as { communeReceipt?: { number?: string; receivedOn?: string; receiverName?: string } } | null
  )?.communeReceipt;
  return (
    <SessionForm
      session={session}
      saved={dossier.forms.form01}
      refill={refill}
      onSave={() =>
        void session.save((v) => ({
          ...clean(v),
          classification: { ruleSet: dossier.ruleSet, productSetNo: dossier.setNo },
          evaluationKind: dossier.kind,
        }))
      }
      head={
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
      }
    >
      <SpecFields specs={F01} prefix="f01" />
    </SessionForm>
  );
}
