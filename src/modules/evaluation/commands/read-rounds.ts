// Reading rounds and councils in scope: a province's own (its roles), the national ones (the Ministry's side).
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { findCouncil, findRound, listCouncilRows, listMembers, listRoundRows } from '../data/council-store.ts';
import { coversProvinceRecord, evaluationPolicy, MINISTRY_SIDE } from '../policy.ts';
import { presentCouncil, presentRound, type PublicCouncil, type PublicRound } from '../presenters.ts';
import { councilNotFound, roundNotFound } from './errors.ts';
import { councilPolicyOf } from './council-session.ts';

/** The national side sees national rounds and councils; everyone else their province's; admin all. */
const scopeOf = (actor: Actor) =>
  MINISTRY_SIDE.includes(actor.role)
    ? { nationalOnly: true as const }
    : actor.provinceCode
      ? { provinceCode: actor.provinceCode }
      : {};
const visible = (actor: Actor, provinceCode: string | null) =>
  MINISTRY_SIDE.includes(actor.role) ? provinceCode === null : coversProvinceRecord(actor, provinceCode);

export async function listRounds(db: Db, actor: Actor, f: { level?: string; year?: number }): Promise<PublicRound[]> {
  evaluationPolicy.assertCan(actor, 'rounds.read');
  return (await listRoundRows(db, { ...f, ...scopeOf(actor) })).map(presentRound);
}

export async function getRound(db: Db, actor: Actor, id: string): Promise<PublicRound> {
  evaluationPolicy.assertCan(actor, 'rounds.read');
  const r = await findRound(db, id);
  if (!r || !visible(actor, r.provinceCode)) throw roundNotFound();
  return presentRound(r);
}

export async function getCouncil(db: Db, actor: Actor, id: string): Promise<PublicCouncil> {
  evaluationPolicy.assertCan(actor, 'councils.read');
  const c = await findCouncil(db, id);
  if (!c || !visible(actor, c.provinceCode)) throw councilNotFound();
  return presentCouncil(c, await listMembers(db, c.id), (await councilPolicyOf(db, c)).entries);
}

export async function listCouncils(db: Db, actor: Actor, f: { roundId?: string }): Promise<PublicCouncil[]> {
  evaluationPolicy.assertCan(actor, 'councils.read');
  const rows = await listCouncilRows(db, {
    ...f,
    ...(MINISTRY_SIDE.includes(actor.role)
      ? { level: 'central' }
      : actor.provinceCode
        ? { provinceCode: actor.provinceCode }
        : {}),
  });
  return Promise.all(
    rows.map(async (c) => presentCouncil(c, await listMembers(db, c.id), (await councilPolicyOf(db, c)).entries)),
  );
}
