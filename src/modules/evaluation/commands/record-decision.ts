// Records a decision signed on paper (Art. 7.3.e, 7.4.e): the province chair's recognition or approval decisions,
// entered by the provincial office; the Minister's, entered by the Ministry's office. The number is checked loosely
// (numbers.ts); a decision is not dated in the future; one number per issuer.
import type { Clock } from '../../../platform/clock.ts';
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { badRequest } from '../../../platform/errors.ts';
import { audit } from '../../../platform/audit.ts';
import { validateDecisionNumber } from '../domain/numbers.ts';
import { findDecisionByNumber, insertDecision } from '../data/result-store.ts';
import { evaluationPolicy } from '../policy.ts';
import { presentDecision, type PublicDecision } from '../presenters.ts';
import { conflict, issue } from './errors.ts';

/** recognition: công nhận (certificates); approval: phê duyệt kết quả ≥ 90 and proposal to the Ministry; result: other. */
export const DECISION_KINDS = ['recognition', 'approval', 'result'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export interface DecisionInput {
  kind: DecisionKind;
  number: string;
  date: string;
  signer?: string | null;
}

export async function recordDecision(
  db: Db,
  actor: Actor,
  input: DecisionInput,
  clock: Clock,
): Promise<PublicDecision & { warning: { vi: string; en: string } | null }> {
  evaluationPolicy.assertCan(actor, 'decisions.create');
  const level = actor.role === 'ministry_office' ? 'central' : 'province';
  const provinceCode = level === 'central' ? null : actor.provinceCode;
  const parsed = validateDecisionNumber(input.number);
  const issues = [];
  if (!parsed.ok) issues.push({ field: 'body.number', code: 'invalid', message: parsed.message });
  if (input.date > clock.today())
    issues.push(
      issue(
        'body.date',
        'in_future',
        `Ngày ký ${input.date} ở tương lai`,
        `The signing date ${input.date} is in the future`,
      ),
    );
  if (issues.length || !parsed.ok) throw badRequest(issues);
  return db.transaction(async (tx) => {
    const existing = await findDecisionByNumber(tx, level, provinceCode, parsed.normalized);
    if (existing) {
      throw conflict(
        'decision_exists',
        `Quyết định số ${parsed.normalized} đã được ghi nhận`,
        `Decision ${parsed.normalized} is already recorded`,
        { existing: { id: existing.id, signedOn: existing.signedOn } },
      );
    }
    const row = await insertDecision(tx, {
      level,
      provinceCode,
      kind: input.kind,
      number: parsed.normalized,
      signedOn: input.date,
      signer: input.signer ?? null,
      createdBy: actor.id,
    });
    const out = presentDecision(row);
    await audit(tx, actor, {
      action: 'decision.record',
      entityType: 'decision',
      entityId: row.id,
      provinceCode,
      toState: 'recorded',
      after: out,
    });
    return { ...out, warning: parsed.warning ?? null };
  });
}
