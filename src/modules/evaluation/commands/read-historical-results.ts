// Lists historical results in the reader's area: a province's own, or all for national readers.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { listHistoricalRows, type HistoricalFilter } from '../data/history-store.ts';
import { presentHistorical, type PublicHistoricalResult } from '../history-presenter.ts';
import { evaluationPolicy } from '../policy.ts';
import type { EvaluationDeps } from './certificate-register.ts';

export async function listHistoricalResults(
  db: Db,
  actor: Actor,
  f: Omit<HistoricalFilter, 'provinceCode'> & { provinceCode?: string },
  page: { limit: number; offset: number },
  deps: EvaluationDeps,
): Promise<{ items: PublicHistoricalResult[]; total: number }> {
  evaluationPolicy.assertCan(actor, 'history.read');
  // A provincial reader sees only its province, whatever it asks for.
  const provinceCode = actor.provinceCode ?? f.provinceCode;
  const today = deps.clock.today();
  const { rows, total } = await listHistoricalRows(db, { ...f, provinceCode }, page);
  // The certificates' lifecycle today, as the certificates module derives it (one read for the page).
  const states = await deps.certificates.statesOf(
    db,
    rows.flatMap((h) => (h.certificateId ? [h.certificateId] : [])),
    today,
  );
  return {
    items: rows.map((h) => presentHistorical(h, (h.certificateId && states.get(h.certificateId)) || null)),
    total,
  };
}
