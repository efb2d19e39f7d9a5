// Reading decisions in scope: a province's own; nationally for the Ministry's side and the administrator.
// (Certificates are read in the certificates module.)
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { findDecision, listDecisionRows } from '../data/result-store.ts';
import { coversProvinceRecord, evaluationPolicy, MINISTRY_SIDE } from '../policy.ts';
import { presentDecision, type PublicDecision } from '../presenters.ts';
import { decisionNotFound } from './errors.ts';

export async function listDecisions(
  db: Db,
  actor: Actor,
  f: { kind?: string; level?: string },
  page: { limit: number; offset: number },
): Promise<{ items: PublicDecision[]; total: number }> {
  evaluationPolicy.assertCan(actor, 'decisions.read');
  const where = MINISTRY_SIDE.includes(actor.role)
    ? { ...f, level: 'central' }
    : actor.provinceCode
      ? { ...f, provinceCode: actor.provinceCode }
      : f;
  const { rows, total } = await listDecisionRows(db, where, page);
  return { items: rows.map(presentDecision), total };
}

export async function getDecision(db: Db, actor: Actor, id: string): Promise<PublicDecision> {
  evaluationPolicy.assertCan(actor, 'decisions.read');
  const d = await findDecision(db, id);
  const sees =
    d && (MINISTRY_SIDE.includes(actor.role) ? d.level === 'central' : coversProvinceRecord(actor, d.provinceCode));
  if (!d || !sees) throw decisionNotFound();
  return presentDecision(d);
}
