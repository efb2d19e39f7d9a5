// One step of the procedure on one dossier (POST /api/dossiers/:id/actions/:action). In ONE transaction: lock the
// dossier, ask the domain's `check` (the table: state, kind, role, date), build the context (transition-context.ts
// CONTEXT: receipt number, commune report, round, council result, decision…), complete the transition (the row's
// requirements), write the patch (facts + mirrored columns, version + 1), freeze a snapshot when the producer side
// files, carry out the effects (notifications, certificate), write the audit row. A refusal throws before anything
// is committed: the dossier, its counters and the audit log stay as they were.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit.ts';
import { loadCalendar, type IsoDate } from '../../reference/index.ts';
import { findProductView } from '../../registry/index.ts';
import {
  applyTransition,
  check,
  completeTransition,
  type Dossier,
  type DossierAction,
} from '../domain/dossier-lifecycle.ts';
import { rulesForDossier } from '../domain/rule-set-for-dossier.ts';
import { insertSnapshot, updateDossierRow, type DossierValues } from '../data/dossier-store.ts';
import { listEvidence } from '../data/evidence-store.ts';
import { evaluationPolicy } from '../policy.ts';
import { presentDossier, presentEvidence, presentFacts, type PublicDossier } from '../presenters.ts';
import { applyEffects, type PublicEffect } from './apply-effects.ts';
import type { EvaluationDeps } from './certificate-register.ts';
import { conflict, invalid, transitionRefused } from './errors.ts';
import { offerWorld } from './offer-world.ts';
import { loadDossier } from './load-dossier.ts';
import { ACTION_BODIES, type ActionBody } from '../dossier-actions.ts';
import { buildContext } from './transition-context.ts';

/** The producer side files: a frozen copy of what was filed is kept each time (Art. 7.1: it has legal value). */
const FILING_ACTIONS: readonly DossierAction[] = ['submit', 'resubmit', 'submit_supplement'];

export interface ActionResult {
  dossier: PublicDossier;
  effects: PublicEffect[];
  certificate: { id: string; number: string; star: number; issuedOn: string; expiresOn: string } | null;
}

/**
 * The day of the act: today in Vietnam, or an earlier day a staff member records a paper act on (Art. 7.1: paper
 * and electronic dossiers have the same value). A producer acts online, on the day itself; no one acts in the future.
 */
export function dayOfAct(actor: Actor, on: string | undefined, today: IsoDate): IsoDate {
  if (on === undefined || on === today) return today;
  if (actor.role === 'producer') {
    throw invalid(
      'body.on',
      'not_allowed',
      'Chủ thể thao tác trực tuyến: ngày thực hiện là ngày hiện tại',
      'A producer acts online: the act is dated today',
    );
  }
  if (on > today)
    throw invalid('body.on', 'in_future', `Ngày thực hiện ${on} ở tương lai`, `The date ${on} is in the future`);
  return on;
}

/** The body fields the action does not read are refused, naming each (the action's own body, dossier-actions.ts). */
function checkFields(action: DossierAction, body: ActionBody): void {
  const allowed = new Set<string>(Object.keys(ACTION_BODIES[action].shape));
  const extra = Object.keys(body).filter((k) => (body as Record<string, unknown>)[k] !== undefined && !allowed.has(k));
  if (extra.length) {
    throw invalid(
      `body.${extra[0]}`,
      'not_for_action',
      `Thao tác "${action}" không dùng trường ${extra.join(', ')}`,
      `Action "${action}" does not take ${extra.join(', ')}`,
    );
  }
}

/** The columns that repeat the facts lists filter and sort on. */
function mirror(next: Dossier): Partial<DossierValues> {
  return {
    state: next.state,
    facts: next,
    submittedOn: next.submittedOn,
    receiptNo: next.receiptNumber,
    receivedOn: next.receivedOn,
    communeDueOn: next.communeDueOn,
    forwardedOn: next.forwardedOn,
    completeOn: next.completeOn,
    roundId: next.roundId,
    proposedOn: next.proposedOn,
  };
}

export async function actOnDossier(
  db: Db,
  actor: Actor,
  id: string,
  action: DossierAction,
  body: ActionBody,
  deps: EvaluationDeps,
): Promise<ActionResult> {
  evaluationPolicy.assertCan(actor, 'dossiers.act');
  checkFields(action, body);
  const today = deps.clock.today();
  const on = dayOfAct(actor, body.on, today);
  return db.transaction(async (tx) => {
    const { row, facts } = await loadDossier(tx, actor, id, { lock: true });
    if (body.expectedVersion !== undefined && body.expectedVersion !== row.version) {
      throw conflict(
        'version_conflict',
        'Hồ sơ vừa được người khác cập nhật; hãy tải lại',
        'The dossier was changed meanwhile; reload it',
        { version: row.version },
      );
    }
    // The table's answer once, before anything is read for the step; the row's requirements once the context is in.
    const checked = check(facts, action, { role: actor.role, id: actor.id }, on);
    if (!checked.ok) throw transitionRefused(checked);

    const built = await buildContext(tx, { actor, row, facts, action, body, on });
    const result = completeTransition(facts, checked.row, built.ctx);
    if (!result.ok) throw transitionRefused(result);
    const next = applyTransition(facts, result);

    const columns: Partial<DossierValues> = { ...mirror(next), ...built.columns };
    // The names lists search on follow the registry while the dossier moves (0004: copied, not joined).
    const product = await findProductView(tx, row.productId);
    if (product) Object.assign(columns, { productName: product.name, producerName: product.producerName });
    if (body.reason) columns.lastReason = body.reason;
    if (next.outcome?.star !== undefined && built.columns.finalStar === undefined)
      columns.finalStar = next.outcome.star;
    // The rule set follows the filing day (rule-set-for-dossier.ts; Art. 12.2 for filings before 22/5/2026).
    if (action === 'submit')
      columns.ruleSet = rulesForDossier({ kind: next.kind, submittedOn: on }, { pendingOn: on }).ruleSet.code;
    const updated = await updateDossierRow(tx, row.id, columns);

    if (FILING_ACTIONS.includes(action)) {
      const evidence = (await listEvidence(tx, row.id)).map(presentEvidence);
      await insertSnapshot(tx, {
        dossierId: row.id,
        provinceCode: row.provinceCode,
        state: next.state,
        takenBy: actor.id,
        snapshot: {
          action,
          on,
          facts: presentFacts(next),
          form01: updated.form01,
          form02: updated.form02,
          form03: updated.form03,
          selfAssessment: updated.selfAssessment,
          evidence,
        },
      });
    }
    for (const step of built.after) await step(tx, updated);
    const applied = await applyEffects(
      tx,
      {
        row: updated,
        actor,
        effects: result.effects,
        decisionRow: built.decisionRow,
      },
      deps,
    );

    await audit(tx, actor, {
      action: `dossier.${action}`,
      entityType: 'dossier',
      entityId: row.id,
      provinceCode: row.provinceCode,
      fromState: result.from,
      toState: result.to,
      reason: body.reason ?? body.flagAcceptedReason ?? null,
      before: presentFacts(facts),
      after: { ...presentFacts(next), article: result.article, on },
    });
    const c = applied.certificate;
    return {
      dossier: presentDossier(updated, actor, today, loadCalendar(), await offerWorld(tx, updated, today)),
      effects: applied.effects,
      certificate: c
        ? { id: c.id, number: c.number, star: c.star, issuedOn: c.issuedOn, expiresOn: c.expiresOn }
        : null,
    };
  });
}
