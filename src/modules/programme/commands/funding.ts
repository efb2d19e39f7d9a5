// Support funding: the province's policies (items with caps and sources), applications by producers (or by the
// commune for them), the office's decision within the item's caps, payments, and the ledger per producer, product and
// source. The same item is never funded twice for the same product (or producer): caught when applying and again
// when approving. Each step one transaction with an audit row.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit.ts';
import { scopeLevel } from '../../../platform/auth/policy.ts';
import { AppError, badRequest, forbidden, notFound, type FieldIssue, type Message } from '../../../platform/errors.ts';
import { accessOf, covers } from '../../registry/index.ts';
import {
  amountProblem,
  ITEM_LABELS,
  remainingToPay,
  SOURCE_LABELS,
  type ItemCode,
  type FundingSource,
} from '../domain/funding.ts';
import * as store from '../data/funding-store.ts';
import { assertMayWrite, programmePolicy } from '../policy.ts';

const issue = (field: string, code: string, message: Message): FieldIssue => ({ field, code, message });
const applicationNotFound = () => notFound({ vi: 'hồ sơ đề nghị hỗ trợ', en: 'Support application' });

export interface PolicyInput {
  name: string;
  legalBasis: string;
  validFrom?: string | null;
  validTo?: string | null;
  items: {
    code: ItemCode;
    label?: string | null;
    maxAmount?: number | null;
    maxRate?: number | null;
    source: FundingSource;
  }[];
}

export async function createSupportPolicy(db: Db, actor: Actor, input: PolicyInput): Promise<string> {
  programmePolicy.assertCan(actor, 'funding.manage');
  const codes = input.items.map((i) => i.code);
  const repeated = codes.findIndex((c, i) => codes.indexOf(c) !== i);
  if (repeated >= 0)
    throw badRequest([
      issue(`body.items.${repeated}.code`, 'repeated', {
        vi: 'Một chính sách chỉ có mỗi nội dung hỗ trợ một lần',
        en: 'A policy lists each item once',
      }),
    ]);
  return db.transaction(async (tx) => {
    const id = await store.insertPolicy(
      tx,
      {
        provinceCode: actor.provinceCode,
        name: input.name,
        legalBasis: input.legalBasis,
        validFrom: input.validFrom ?? null,
        validTo: input.validTo ?? null,
        createdBy: actor.id,
      },
      input.items.map((i) => ({
        code: i.code,
        label: i.label ?? ITEM_LABELS[i.code].vi,
        maxAmount: i.maxAmount ?? null,
        maxRate: i.maxRate ?? null,
        source: i.source,
      })),
    );
    await audit(tx, actor, {
      action: 'funding.policy.create',
      entityType: 'support_policy',
      entityId: id,
      provinceCode: actor.provinceCode,
      after: input,
    });
    return id;
  });
}

export async function listSupportPolicies(db: Db, actor: Actor) {
  programmePolicy.assertCan(actor, 'funding.read');
  const policies = await store.policiesFor(db, actor.provinceCode);
  return {
    items: policies.map((p) => ({
      id: p.id,
      provinceCode: p.provinceCode,
      name: p.name,
      legalBasis: p.legalBasis,
      validFrom: p.validFrom,
      validTo: p.validTo,
      items: p.items.map((i) => ({
        id: i.id,
        code: i.code,
        label: i.label,
        maxAmount: i.maxAmount,
        maxRate: i.maxRate,
        source: i.source,
        sourceLabel: SOURCE_LABELS[i.source as FundingSource],
      })),
    })),
  };
}

export interface ApplicationInput {
  producerId: string;
  productId?: string | null;
  itemId: string;
  cost: number;
  requested: number;
  appliedOn: string;
  note?: string | null;
}

const alreadyFunded = (existing: { appliedOn: string; state: string }) =>
  issue('body.itemId', 'already_funded', {
    vi: `Nội dung này đã được đề nghị hỗ trợ cho sản phẩm (chủ thể) này ngày ${existing.appliedOn} (${existing.state === 'approved' ? 'đã duyệt' : 'đang xét'}); không hỗ trợ trùng`,
    en: `This item was already applied for this product (producer) on ${existing.appliedOn} (${existing.state}); it is not funded twice`,
  });

export async function applyForSupport(db: Db, actor: Actor, input: ApplicationInput): Promise<string> {
  programmePolicy.assertCan(actor, 'funding.apply');
  const place = await store.producerPlace(db, input.producerId);
  if (!place)
    throw badRequest([issue('body.producerId', 'unknown', { vi: 'Không có chủ thể này', en: 'No such producer' })]);
  const access = await accessOf(db, actor);
  if (!covers(access, { ...place, producerId: input.producerId }))
    throw forbidden({ vi: 'Chủ thể này nằm ngoài phạm vi của bạn', en: 'This producer lies outside your scope' });
  const found = await store.itemWithPolicy(db, input.itemId);
  const issues: FieldIssue[] = [];
  if (!found || (found.policy.provinceCode !== null && found.policy.provinceCode !== place.provinceCode))
    issues.push(issue('body.itemId', 'unknown', { vi: 'Không có nội dung hỗ trợ này', en: 'No such support item' }));
  else {
    const { policy } = found;
    if (
      (policy.validFrom && input.appliedOn < policy.validFrom) ||
      (policy.validTo && input.appliedOn > policy.validTo)
    )
      issues.push(
        issue('body.appliedOn', 'policy_not_in_force', {
          vi: 'Chính sách không còn (chưa) hiệu lực vào ngày đề nghị',
          en: 'The policy is not in force on the application date',
        }),
      );
    const problem = amountProblem(found.item, input.cost, input.requested);
    if (problem) issues.push(issue('body.requested', 'over_cap', problem));
  }
  if (input.productId && !(await store.productOfProducer(db, input.productId, input.producerId)))
    issues.push(
      issue('body.productId', 'not_of_producer', {
        vi: 'Sản phẩm không thuộc chủ thể này',
        en: 'The product is not this producer’s',
      }),
    );
  if (issues.length || !found) throw badRequest(issues);
  return db.transaction(async (tx) => {
    const twice = await store.sameItemApplication(tx, {
      producerId: input.producerId,
      productId: input.productId ?? null,
      itemCode: found.item.code,
    });
    if (twice) throw badRequest([alreadyFunded(twice)]);
    const a = await store.insertApplication(tx, {
      ...place,
      producerId: input.producerId,
      productId: input.productId ?? null,
      itemId: input.itemId,
      cost: input.cost,
      requested: input.requested,
      appliedOn: input.appliedOn,
      note: input.note ?? null,
      createdBy: actor.id,
    });
    await audit(tx, actor, {
      action: 'funding.apply',
      entityType: 'support_application',
      entityId: a.id,
      provinceCode: a.provinceCode,
      toState: 'submitted',
      after: input,
    });
    return a.id;
  });
}

export interface DecisionInput {
  decision: 'approve' | 'reject';
  amount?: number | null;
  decisionNo: string;
  decidedOn: string;
  note?: string | null;
}

export async function decideSupport(db: Db, actor: Actor, id: string, input: DecisionInput): Promise<void> {
  await db.transaction(async (tx) => {
    const a = await store.applicationById(tx, id, true);
    if (!a) throw applicationNotFound();
    assertMayWrite(actor, 'funding.manage', { provinceCode: a.provinceCode, communeCode: null });
    if (a.state !== 'submitted')
      throw new AppError(409, 'already_decided', {
        vi: 'Hồ sơ đã được quyết định',
        en: 'The application is already decided',
      });
    const found = (await store.itemWithPolicy(tx, a.itemId))!;
    if (input.decision === 'approve') {
      const amount = input.amount ?? a.requested;
      const problem =
        amount > a.requested
          ? { vi: 'Số tiền duyệt vượt số đề nghị', en: 'The amount approved exceeds the amount requested' }
          : amountProblem(found.item, a.cost, amount);
      if (problem) throw badRequest([issue('body.amount', 'over_cap', problem)]);
      const twice = await store.sameItemApplication(tx, {
        producerId: a.producerId,
        productId: a.productId,
        itemCode: found.item.code,
        exceptId: a.id,
      });
      if (twice) throw badRequest([alreadyFunded(twice)]);
      input = { ...input, amount };
    }
    if (input.decidedOn < a.appliedOn)
      throw badRequest([
        issue('body.decidedOn', 'before_application', {
          vi: 'Ngày quyết định trước ngày đề nghị',
          en: 'Decided before the application',
        }),
      ]);
    const state = input.decision === 'approve' ? 'approved' : 'rejected';
    await store.decideApplication(tx, id, {
      state,
      approvedAmount: input.decision === 'approve' ? input.amount! : null,
      decisionNo: input.decisionNo,
      decidedOn: input.decidedOn,
      note: input.note ?? null,
    });
    await audit(tx, actor, {
      action: `funding.${input.decision}`,
      entityType: 'support_application',
      entityId: id,
      provinceCode: a.provinceCode,
      fromState: a.state,
      toState: state,
      after: input,
    });
  });
}

export async function disburseSupport(
  db: Db,
  actor: Actor,
  id: string,
  input: { amount: number; paidOn: string; reference?: string | null },
): Promise<void> {
  await db.transaction(async (tx) => {
    const a = await store.applicationById(tx, id, true);
    if (!a) throw applicationNotFound();
    assertMayWrite(actor, 'funding.manage', { provinceCode: a.provinceCode, communeCode: null });
    if (a.state !== 'approved')
      throw new AppError(409, 'not_approved', { vi: 'Hồ sơ chưa được duyệt', en: 'The application is not approved' });
    const left = remainingToPay(a.approvedAmount!, await store.paidOn(tx, id));
    if (input.amount > left)
      throw badRequest([
        issue('body.amount', 'over_approved', {
          vi: `Vượt số còn được chi (${left.toLocaleString('vi-VN')} đồng)`,
          en: `Above what remains to pay (${left.toLocaleString('en-GB')} VND)`,
        }),
      ]);
    if (a.decidedOn && input.paidOn < a.decidedOn)
      throw badRequest([
        issue('body.paidOn', 'before_decision', {
          vi: 'Ngày chi trước ngày quyết định',
          en: 'Paid before the decision',
        }),
      ]);
    const d = await store.insertDisbursement(tx, {
      applicationId: id,
      provinceCode: a.provinceCode,
      amount: input.amount,
      paidOn: input.paidOn,
      reference: input.reference ?? null,
      createdBy: actor.id,
    });
    await audit(tx, actor, {
      action: 'funding.disburse',
      entityType: 'support_application',
      entityId: id,
      provinceCode: a.provinceCode,
      after: { disbursementId: d.id, ...input },
    });
  });
}

/** The filter of the reader's scope: nation, province, commune, or a producer account's own producer. */
async function scopeFilter(db: Db, actor: Actor): Promise<store.ApplicationFilter> {
  programmePolicy.assertCan(actor, 'funding.read');
  const access = await accessOf(db, actor);
  if (access.actor.role === 'producer')
    return { producerId: access.ownProducerId ?? '00000000-0000-0000-0000-000000000000' };
  const level = scopeLevel(actor);
  if (level === 'national') return {};
  return level === 'province'
    ? { provinceCode: actor.provinceCode! }
    : { provinceCode: actor.provinceCode!, communeCode: actor.unitCode! };
}

export async function listSupportApplications(
  db: Db,
  actor: Actor,
  q: { state?: string },
  page: { limit: number; offset: number },
) {
  const scope = await scopeFilter(db, actor);
  const { rows, total } = await store.findApplications(db, { ...scope, ...q }, page.limit, page.offset);
  const manage = programmePolicy.can(actor, 'funding.manage');
  return {
    items: rows.map((r) => ({
      id: r.id,
      communeCode: r.commune_code,
      producer: { id: r.producer_id, name: r.producer_name },
      product: r.product_id ? { id: r.product_id, name: r.product_name! } : null,
      item: {
        id: r.item_id,
        code: r.item_code,
        label: r.item_label,
        source: r.source,
        sourceLabel: SOURCE_LABELS[r.source as FundingSource],
      },
      policy: { name: r.policy_name, legalBasis: r.legal_basis },
      cost: r.cost,
      requested: r.requested,
      state: r.state,
      approvedAmount: r.approved_amount,
      decisionNo: r.decision_no,
      decidedOn: r.decided_on,
      note: r.note,
      appliedOn: r.applied_on,
      paid: r.paid,
      may: {
        decide: manage && r.state === 'submitted' && actor.provinceCode === r.province_code,
        disburse:
          manage &&
          r.state === 'approved' &&
          actor.provinceCode === r.province_code &&
          r.paid < (r.approved_amount ?? 0),
      },
    })),
    total,
  };
}

export async function supportLedger(db: Db, actor: Actor, until?: string) {
  const scope = await scopeFilter(db, actor);
  const rows = await store.ledger(db, { ...scope, until });
  return {
    items: rows.map((r) => ({
      producer: { id: r.producer_id, name: r.producer_name },
      product: r.product_id ? { id: r.product_id, name: r.product_name! } : null,
      source: r.source,
      sourceLabel: SOURCE_LABELS[r.source as FundingSource],
      paid: r.paid,
      payments: r.payments,
    })),
    total: rows.reduce((s, r) => s + r.paid, 0),
  };
}
