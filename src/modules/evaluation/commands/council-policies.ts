// A province's council policies ("quy định của Hội đồng"): read by its council roles, set by its office (or the admin
// for any province). Councils of the province start from them; a council may set its own (create/edit council).
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit.ts';
import { badRequest } from '../../../platform/errors.ts';
import { findProvincePolicy, saveProvincePolicy } from '../data/council-store.ts';
import { effectivePolicy, validatePolicy } from '../domain/council-policies.ts';
import { coversProvinceRecord, evaluationPolicy } from '../policy.ts';
import { presentPolicyEntry } from '../presenters.ts';
import { issue } from './errors.ts';

/** The province concerned: the actor's own, or the one an admin names. */
function provinceOf(actor: Actor, requested: string | undefined): string {
  const code = requested ?? actor.provinceCode ?? undefined;
  if (!code) throw badRequest([issue('query.province', 'required', 'Cần chọn tỉnh', 'A province is required')]);
  if (!coversProvinceRecord(actor, code))
    throw badRequest([
      issue('query.province', 'out_of_scope', 'Tỉnh ngoài phạm vi của tài khoản', 'The province is outside your scope'),
    ]);
  return code;
}

export async function readCouncilPolicies(db: Db, actor: Actor, q: { province?: string }) {
  evaluationPolicy.assertCan(actor, 'councilPolicies.read');
  const provinceCode = provinceOf(actor, q.province);
  const { entries } = effectivePolicy(await findProvincePolicy(db, provinceCode), {});
  return { provinceCode, policies: entries.map(presentPolicyEntry) };
}

export async function setCouncilPolicies(
  db: Db,
  actor: Actor,
  body: { province?: string; policy: Record<string, string | number> },
) {
  evaluationPolicy.assertCan(actor, 'councilPolicies.write');
  const provinceCode = provinceOf(actor, body.province);
  const issues = validatePolicy(body.policy, 'body.policy');
  if (issues.length) throw badRequest(issues.map((i) => ({ field: i.field, code: 'invalid', message: i.message })));
  return db.transaction(async (tx) => {
    const before = await findProvincePolicy(tx, provinceCode);
    await saveProvincePolicy(tx, provinceCode, body.policy, actor.id);
    await audit(tx, actor, {
      action: 'council_policies.set',
      entityType: 'province_council_policies',
      entityId: provinceCode,
      provinceCode,
      before,
      after: body.policy,
    });
    const { entries } = effectivePolicy(body.policy, {});
    return { provinceCode, policies: entries.map(presentPolicyEntry) };
  });
}
