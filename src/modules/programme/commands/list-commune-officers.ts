// Each commune's responsible OCOP officer, as the officers' page shows it: every commune of the reader's province (a
// commune officer: its own), the officer named and since when, and — for those who may name one (the provincial
// office) — the active officers of that commune to choose from. assignCommuneOfficer still checks every choice.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { scopeLevel } from '../../../platform/auth/policy.ts';
import { forbidden } from '../../../platform/errors.ts';
import { unitNamesOf } from '../../reference/index.ts';
import { communeOfficerCandidates, communesWithOfficers } from '../data/officer-store.ts';
import { cyclePolicy } from '../cycle-policy.ts';
import { fieldError } from './cycle-errors.ts';

export async function listCommuneOfficers(db: Db, actor: Actor, q: { provinceCode?: string }) {
  if (!cyclePolicy.can(actor, 'partners.read')) throw forbidden();
  const level = scopeLevel(actor);
  const provinceCode = level === 'national' ? q.provinceCode : actor.provinceCode!;
  if (!provinceCode) throw fieldError('query.provinceCode', 'required', 'Chọn tỉnh, thành phố', 'Choose a province');
  const rows = await communesWithOfficers(db, provinceCode, level === 'commune' ? actor.unitCode : null);
  const mayAssign = cyclePolicy.can(actor, 'commune-officers.assign') && level !== 'commune';
  const candidates = mayAssign ? await communeOfficerCandidates(db, provinceCode) : new Map();
  const names = await unitNamesOf(
    db,
    rows.map((r) => r.code),
  );
  return {
    mayAssign,
    items: rows
      .map((r) => ({
        code: r.code,
        name: names.get(r.code) ?? r.code,
        officer: r.user_id
          ? { userId: r.user_id, name: r.display_name ?? '', phone: r.phone, assignedOn: r.assigned_on ?? '' }
          : null,
        candidates: (candidates.get(r.code) ?? []) as { userId: string; name: string }[],
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
  };
}
