import { useT } from '../../i18n/index.tsx';
import type { Producer } from '../../types.ts';

/** "Lò Thị Hoa · Nữ · Thái · khuyết tật" — what is known of a producer's legal representative. */
export function RepresentativeText({ producer }: { producer: Pick<Producer, 'representative'> }) {
  const { t } = useT();
  const r = producer.representative;
  const facts = [
    r.sex ? t(r.sex === 'nu' ? 'sex.nu' : 'sex.nam') : null,
    r.ethnicity,
    r.disability ? t('producer.disabledShort') : null,
  ].filter(Boolean);
  if (!r.name && facts.length === 0) return <span className="muted">—</span>;
  return (
    <span className="rep-text">
      {r.name && <span className="rep-name">{r.name}</span>}
      {facts.length > 0 && <span className="rep-facts muted">{facts.join(' · ')}</span>}
    </span>
  );
}
