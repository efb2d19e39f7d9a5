// A council as recorded: its decision, members with their seats, and the policies it set.
import { useT } from '../../../i18n/index.tsx';
import { formatDate } from '../../registry/registry.ts';
import { type Council } from '../evaluation.ts';
import { PolicyList } from '../CouncilPolicies.tsx';
import { useCouncilRules } from '../policies.ts';

export function CouncilMembers({ council }: { council: Council }) {
  const { t, pick } = useT();
  const rule = useCouncilRules().data?.composition[council.level];
  const seatName = (kind: string | null) => {
    if (!kind) return '';
    const s = rule && [rule.chair.normal, rule.chair.delegated, ...rule.seats].find((x) => x.kind === kind);
    return s ? pick(s.label) : kind;
  };
  return (
    <div className="council-members" data-testid={`council-${council.decisionNo}`}>
      <div className="muted">
        {t('rd.councilDecision', { no: council.decisionNo, date: formatDate(council.decisionDate) })} ·{' '}
        {t('rd.spreadThreshold')}: {council.spreadThreshold}
      </div>
      <ul className="plain-list">
        {council.members.map((m) => (
          <li key={`${m.userId}-${m.position}`}>
            <b>{m.displayName}</b> — {t(`sc.position.${m.position}` as 'sc.position.member')}
            {m.seat && <>, {seatName(m.seat)}</>} <span className="muted">({m.agency})</span>
          </li>
        ))}
      </ul>
      <h4 className="council-policies-title">{t('pol.title')}</h4>
      <PolicyList entries={council.policies} />
    </div>
  );
}
