// The directory of consulting units and OCOP partners of a province (seed 000 §3.3: inputs, technology, packaging,
// labels and brand identity, product registration and legal advice, QR traceability stamps, promotion and trade),
// linked to the producers they serve; and each commune's responsible OCOP officer (a commune officer of that commune).
// Kept by the provincial OCOP office; read by staff in their area.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit.ts';
import { scopeLevel } from '../../../platform/auth/policy.ts';
import { forbidden, notFound } from '../../../platform/errors.ts';
import type { Message } from '../../../platform/errors.ts';
import { unitNamesOf } from '../../reference/index.ts';
import { communePlace, communeUser, producerPlace } from '../data/cycle-places.ts';
import {
  findPartners,
  insertPartner,
  linkProducer,
  partnerById,
  servedBy,
  setCommuneOfficer,
} from '../data/partner-store.ts';
import { cyclePolicy, OUTSIDE } from '../cycle-policy.ts';
import { fieldError } from './cycle-errors.ts';

export const PARTNER_KINDS = [
  'consulting',
  'packaging_design',
  'legal',
  'qr_stamps',
  'distributor',
  'inputs',
  'technology',
  'promotion',
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const PARTNER_KIND_LABELS: Record<PartnerKind, Message> = {
  consulting: { vi: 'Đơn vị tư vấn OCOP', en: 'OCOP consulting unit' },
  packaging_design: { vi: 'Thiết kế bao bì, nhãn mác, thương hiệu', en: 'Packaging, label and brand design' },
  legal: { vi: 'Tư vấn luật, đăng ký/công bố sản phẩm', en: 'Legal advice, product registration' },
  qr_stamps: { vi: 'Tem điện tử, mã QR truy xuất', en: 'QR traceability stamps' },
  distributor: { vi: 'Phân phối, tiêu thụ', en: 'Distribution and sales' },
  inputs: { vi: 'Vật tư đầu vào', en: 'Production inputs' },
  technology: { vi: 'Ứng dụng khoa học kỹ thuật', en: 'Science and technology' },
  promotion: { vi: 'Quảng bá, xúc tiến thương mại', en: 'Promotion and trade' },
};

export interface PartnerInput {
  provinceCode: string;
  kind: PartnerKind;
  name: string;
  contact?: string | null;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  note?: string | null;
}

const assertProvince = (
  actor: Actor,
  permission: 'partners.write' | 'commune-officers.assign',
  provinceCode: string,
) => {
  if (!cyclePolicy.can(actor, permission)) throw forbidden();
  if (actor.provinceCode !== null && actor.provinceCode !== provinceCode) throw forbidden(OUTSIDE);
};

export async function createPartner(db: Db, actor: Actor, input: PartnerInput): Promise<string> {
  assertProvince(actor, 'partners.write', input.provinceCode);
  return db.transaction(async (tx) => {
    const row = await insertPartner(tx, { ...input, name: input.name.trim() });
    await audit(tx, actor, {
      action: 'partner.create',
      entityType: 'cycle_partner',
      entityId: row.id,
      provinceCode: row.provinceCode,
      after: row,
    });
    return row.id;
  });
}

export async function linkPartnerProducer(
  db: Db,
  actor: Actor,
  partnerId: string,
  input: { producerId: string; service?: string | null; since?: string | null },
): Promise<void> {
  const partner = await partnerById(db, partnerId);
  if (!partner) throw notFound({ vi: 'đối tác', en: 'Partner' });
  assertProvince(actor, 'partners.write', partner.provinceCode);
  const p = await producerPlace(db, input.producerId);
  if (!p || p.provinceCode !== partner.provinceCode)
    throw fieldError(
      'body.producerId',
      'unknown',
      'Không có chủ thể này trong tỉnh',
      'No such producer in the province',
    );
  await db.transaction(async (tx) => {
    const values = {
      partnerId,
      producerId: p.id,
      provinceCode: partner.provinceCode,
      service: input.service ?? null,
      since: input.since ?? null,
    };
    await linkProducer(tx, values);
    await audit(tx, actor, {
      action: 'partner.link_producer',
      entityType: 'cycle_partner',
      entityId: partnerId,
      provinceCode: partner.provinceCode,
      after: values,
    });
  });
}

export async function listPartners(db: Db, actor: Actor, q: { kind?: string }) {
  if (!cyclePolicy.can(actor, 'partners.read')) throw forbidden();
  const partners = await findPartners(db, actor.provinceCode ?? undefined, q.kind);
  const served = await servedBy(
    db,
    partners.map((p) => p.id),
  );
  // A commune officer sees the producers of its commune among those a partner serves.
  const mine = (c: string) => scopeLevel(actor) !== 'commune' || c === actor.unitCode;
  const names = await unitNamesOf(
    db,
    served.map((s) => s.commune_code),
  );
  return {
    items: partners.map((p) => ({
      id: p.id,
      provinceCode: p.provinceCode,
      kind: p.kind,
      kindLabel: PARTNER_KIND_LABELS[p.kind as PartnerKind],
      name: p.name,
      contact: p.contact,
      phone: p.phone,
      email: p.email,
      address: p.address,
      note: p.note,
      producers: served
        .filter((s) => s.partner_id === p.id && mine(s.commune_code))
        .map((s) => ({
          id: s.producer_id,
          name: s.name,
          communeName: names.get(s.commune_code) ?? s.commune_code,
          service: s.service,
          since: s.since,
        })),
    })),
    kinds: PARTNER_KINDS.map((code) => ({ code, label: PARTNER_KIND_LABELS[code] })),
  };
}

export async function assignCommuneOfficer(db: Db, actor: Actor, communeCode: string, userId: string, today: string) {
  const c = await communePlace(db, communeCode);
  if (!c) throw fieldError('params.communeCode', 'unknown', 'Không có xã với mã này', 'No commune with this code');
  assertProvince(actor, 'commune-officers.assign', c.provinceCode);
  const user = await communeUser(db, userId, communeCode);
  if (!user)
    throw fieldError(
      'body.userId',
      'not_of_commune',
      'Người phụ trách phải là cán bộ đang hoạt động của chính xã này',
      'The responsible officer must be an active officer of this commune',
    );
  await db.transaction(async (tx) => {
    const values = { communeCode, provinceCode: c.provinceCode, userId, assignedOn: today };
    await setCommuneOfficer(tx, values);
    await audit(tx, actor, {
      action: 'commune_officer.assign',
      entityType: 'cycle_commune_officer',
      entityId: userId,
      provinceCode: c.provinceCode,
      after: values,
    });
  });
}
