// The units a reader may switch the dashboard to: its own unit and the units one level down, and — when it looks at
// one of those — that unit's own units one level down (a Ministry reader goes nation → province → commune).
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { scopeLevel } from '../../../platform/auth/policy.ts';
import { getUnit, listUnits, unitLabel } from '../../reference/index.ts';
import type { DashboardLevel, DashboardUnit } from '../domain/dashboard.ts';

export interface PickableUnit {
  code: string;
  name: string;
  level: DashboardLevel;
}

const NATIONAL_CODE = 'national';

async function below(db: Db, u: Pick<DashboardUnit, 'code' | 'level'>): Promise<PickableUnit[]> {
  if (u.level === 'commune') return [];
  const { items } = await listUnits(
    db,
    u.level === 'national'
      ? { unitSet: 2025, level: 'province', limit: 100, offset: 0 }
      : { unitSet: 2025, parent: u.code!, limit: 1000, offset: 0 },
  );
  return items.map((x) => ({ code: x.code, name: unitLabel(x), level: x.level as DashboardLevel }));
}

export async function dashboardUnits(db: Db, actor: Actor, current: DashboardUnit): Promise<PickableUnit[]> {
  const level = scopeLevel(actor);
  const own = actor.unitCode ? await getUnit(db, 2025, actor.unitCode) : undefined;
  const root: PickableUnit = own
    ? { code: own.code, name: unitLabel(own), level }
    : { code: NATIONAL_CODE, name: 'Toàn quốc', level: 'national' };
  const out = [root, ...(await below(db, { code: own?.code ?? null, level }))];
  if (current.code && current.code !== root.code) out.push(...(await below(db, current)));
  const seen = new Set<string>();
  return out.filter((u) => !seen.has(u.code) && seen.add(u.code));
}
