// Reading dossiers: one dossier (with what the caller may do next, its deadlines, what is overdue), a queue or a
// filtered page of them, the whole filtered list for Excel, and a dossier's timeline (audit trail + filings).
// Lists are scoped in the query (policy.ts dossierScope); single reads on the record.
import type { Clock } from '../../../platform/clock.ts';
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { loadCalendar } from '../../reference/index.ts';
import { ACTION_LABELS, STATE_LABELS, inQueue, queueFor, type DossierState } from '../domain/dossier-lifecycle.ts';
import { listDossierRows, listSnapshots, type DossierFilter, type Page } from '../data/dossier-store.ts';
import { dossierAuditRows } from '../data/timeline-store.ts';
import type { DossierRow } from '../data/schema.ts';
import { accessOf, dossierScope, evaluationPolicy } from '../policy.ts';
import { scoringProgressOf } from '../data/scoring-progress-store.ts';
import {
  presentDossier,
  presentDossierSummary,
  type PublicDossier,
  type PublicDossierSummary,
  type ScoringProgress,
} from '../presenters.ts';
import type { Message } from '../../../platform/errors.ts';
import { invalid } from './errors.ts';
import { loadDossier } from './load-dossier.ts';
import { offerWorld } from './offer-world.ts';
import { parseDossierFacts } from '../domain/dossier-facts.ts';

/** An export holds the whole filtered list; past this many rows the filter must be narrowed. */
export const MAX_EXPORT_ROWS = 20_000;
/** The overdue queue is decided by the domain per dossier; it reads at most this many candidates. */
const MAX_OVERDUE_SCAN = 5_000;

export interface DossierQuery extends Omit<DossierFilter, 'states' | 'createdBy'> {
  /** One of the caller's work queues (dossier-lifecycle-labels.ts queueFor). */
  queue?: string;
}

export async function getDossier(db: Db, actor: Actor, id: string, clock: Clock): Promise<PublicDossier> {
  evaluationPolicy.assertCan(actor, 'dossiers.read');
  const { row } = await loadDossier(db, actor, id);
  const today = clock.today();
  return presentDossier(row, actor, today, loadCalendar(), await offerWorld(db, row, today));
}

export async function listDossiers(
  db: Db,
  actor: Actor,
  query: DossierQuery,
  page: Page,
  clock: Clock,
): Promise<{ items: PublicDossierSummary[]; total: number }> {
  const { rows, total } = await dossierRows(db, actor, query, page, clock);
  const today = clock.today();
  const calendar = loadCalendar();
  const scoring = await scoringOfPage(db, actor, rows);
  return { items: rows.map((r) => presentDossierSummary(r, today, calendar, scoring.get(r.id) ?? null)), total };
}

/** For a council member: where each listed dossier's scoring stands in the member's council — one query for the
 *  page, so the scoring list asks nothing per dossier. */
async function scoringOfPage(db: Db, actor: Actor, rows: DossierRow[]): Promise<Map<string, ScoringProgress>> {
  if (!evaluationPolicy.can(actor, 'scorecards.own')) return new Map();
  const progress = await scoringProgressOf(
    db,
    rows.map((r) => r.id),
    actor.id,
  );
  return new Map(
    progress.map((p) => [
      p.dossierId,
      {
        councilId: p.councilId,
        scorer: p.scorer,
        memberCount: p.memberCount,
        submittedCount: p.submittedCount,
        own: !p.scorer ? null : p.ownSubmitted === null ? 'none' : p.ownSubmitted ? 'submitted' : 'draft',
        ownTotal: p.scorer ? p.ownTotal : null,
      } satisfies ScoringProgress,
    ]),
  );
}

async function dossierRows(
  db: Db,
  actor: Actor,
  query: DossierQuery,
  page: Page,
  clock: Clock,
): Promise<{ rows: DossierRow[]; total: number }> {
  evaluationPolicy.assertCan(actor, 'dossiers.read');
  const { queue: queueId, ...filter } = query;
  const scope = dossierScope(await accessOf(db, actor));
  if (!queueId) return listDossierRows(db, scope, filter, page);
  const queue = queueFor(actor.role).find((q) => q.id === queueId);
  if (!queue) {
    const ids = queueFor(actor.role).map((q) => q.id);
    throw invalid(
      'query.queue',
      'unknown_queue',
      `Hàng đợi không có cho vai trò của bạn; có: ${ids.join(', ') || '(không có)'}`,
      `No such queue for your role; available: ${ids.join(', ') || '(none)'}`,
    );
  }
  const f: DossierFilter = {
    ...filter,
    states: queue.states,
    ...(queue.id === 'paper_filings' ? { createdBy: actor.id } : {}),
  };
  if (!queue.overdueOnly) return listDossierRows(db, scope, f, page);
  // "Quá hạn": the domain decides per dossier (overdueDeadlines), over the role's states.
  const today = clock.today();
  const calendar = loadCalendar();
  const { rows } = await listDossierRows(db, scope, f, { limit: MAX_OVERDUE_SCAN, offset: 0 });
  const late = rows.filter((r) => inQueue(queue, parseDossierFacts(r.facts), today, calendar));
  return { rows: late.slice(page.offset, page.offset + page.limit), total: late.length };
}

export async function exportDossiers(
  db: Db,
  actor: Actor,
  query: DossierQuery,
  clock: Clock,
  max = MAX_EXPORT_ROWS,
): Promise<PublicDossierSummary[]> {
  const { items, total } = await listDossiers(db, actor, query, { limit: max, offset: 0 }, clock);
  if (total > max) {
    throw invalid(
      'query',
      'too_many_rows',
      `Danh sách có ${total} dòng, vượt giới hạn xuất ${max}; hãy lọc hẹp hơn`,
      `The list has ${total} rows, more than the export limit of ${max}; narrow the filters`,
    );
  }
  return items;
}

export interface TimelineEntry {
  at: string;
  actor: string | null;
  action: string;
  label: Message | null;
  fromState: string | null;
  toState: string | null;
  stateLabel: Message | null;
  reason: string | null;
  snapshotSeq: number | null;
}

/** What happened to the dossier, oldest first: each audited step, and the filings frozen as snapshots. */
export async function dossierTimeline(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ entries: TimelineEntry[]; snapshots: { seq: number; state: string; takenAt: string }[] }> {
  evaluationPolicy.assertCan(actor, 'dossiers.read');
  await loadDossier(db, actor, id);
  const [rows, snaps] = await Promise.all([dossierAuditRows(db, id), listSnapshots(db, id)]);
  const snapshots = snaps.map((s) => ({ seq: s.seq, state: s.state, takenAt: s.takenAt.toISOString() }));
  const filings = ['dossier.submit', 'dossier.resubmit', 'dossier.submit_supplement'];
  let next = 0;
  const entries = rows.map((r): TimelineEntry => {
    const step = r.action.startsWith('dossier.') ? r.action.slice('dossier.'.length) : r.action;
    const label = (ACTION_LABELS as Record<string, Message>)[step] ?? null;
    const snapshotSeq = filings.includes(r.action) ? (snapshots[next++]?.seq ?? null) : null;
    return {
      at: r.at.toISOString(),
      actor: r.actorName,
      action: step,
      label,
      fromState: r.fromState,
      toState: r.toState,
      stateLabel: r.toState ? (STATE_LABELS[r.toState as DossierState] ?? null) : null,
      reason: r.reason,
      snapshotSeq,
    };
  });
  return { entries, snapshots };
}
