// The office prints a sheet of QR stamps for a certified product: `count` new serials recorded with the key that signs
// them, each stamp's code signed with the serial inside, in one transaction with its audit row.
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { findEntryById } from '../data/register-store.ts';
import { flaggedStamps, insertStamps, stampSheets, stampsOfSheet } from '../data/stamp-store.ts';
import type { QrStampRow } from '../data/schema.ts';
import { scanFlag } from '../domain/scan-policy.ts';
import { publicStatus } from '../domain/verify-status.ts';
import { renderStampSheet } from '../forms/stamp-sheet.ts';
import { publicPolicy } from '../policy.ts';
import type { PublicServices } from './public-services.ts';
import { issuerOf } from './qr-keys.ts';

export async function printStampSheet(
  s: PublicServices,
  actor: Actor,
  certificateId: string,
  count: number,
  today: string,
) {
  publicPolicy.assertCan(actor, 'stamps.print');
  const entry = await findEntryById(s.db, certificateId);
  if (!entry) throw notFound({ vi: 'giấy chứng nhận', en: 'Certificate' });
  publicPolicy.assertCan(actor, 'stamps.print', { provinceCode: entry.provinceCode });
  if (publicStatus(entry, today, entry.number).state !== 'valid') {
    throw new AppError(409, 'certificate_not_valid', {
      vi: 'Chỉ in tem cho giấy chứng nhận còn hiệu lực',
      en: 'Stamps are printed only for a certificate in force',
    });
  }
  const facts = {
    number: entry.number,
    productCode: entry.productCode,
    productName: entry.productName,
    star: entry.star,
    issuedOn: entry.issuedOn,
    expiresOn: entry.expiresOn,
    provinceCode: entry.provinceCode,
  };
  // The serials record the key that signs them (the issuer's active key, made if need be).
  const kid = await s.keys.activeKid(issuerOf(entry));
  const rows = await s.db.transaction(async (tx) => {
    const rows = await insertStamps(tx, {
      certificateId,
      provinceCode: entry.provinceCode,
      kid,
      printedBy: actor.id,
      count,
    });
    await audit(tx, actor, {
      action: 'stamps.print',
      entityType: 'certificate',
      entityId: certificateId,
      provinceCode: entry.provinceCode,
      after: { number: entry.number, count, first: rows[0]!.serial, last: rows[rows.length - 1]!.serial },
    });
    return rows;
  });
  const faces = await Promise.all(
    rows.map(async (r) => ({
      url: await s.certificateQrUrl(facts, r.serial),
      serial: r.serial,
      productName: entry.productName,
      star: entry.star,
      number: entry.number,
    })),
  );
  const pdf = await renderStampSheet(`Tem QR OCOP — ${entry.productName} — GCN ${entry.number}`, faces);
  return {
    pdf,
    filename: `Tem-QR-OCOP-${entry.number.replace(/[^\w-]+/g, '-')}.pdf`,
    serials: rows.map((r) => r.serial),
  };
}

export function presentStamp(r: QrStampRow) {
  return {
    serial: r.serial,
    certificateId: r.certificateId,
    provinceCode: r.provinceCode,
    scanCount: r.scanCount,
    dayCount: r.dayCount,
    scanDay: r.scanDay,
    lastScanAt: r.lastScanAt?.toISOString() ?? null,
    flaggedAt: r.flaggedAt?.toISOString() ?? null,
    reason: scanFlag({ dayCount: r.flagReason === 'per_day' ? r.dayCount : 0, total: r.scanCount }),
  };
}

export async function listFlaggedStamps(s: PublicServices, actor: Actor) {
  publicPolicy.assertCan(actor, 'stamps.read');
  const rows = await flaggedStamps(s.readDb, actor.provinceCode);
  return { items: rows.map(presentStamp) };
}

/** The sheets printed in the reader's province (all, nationally), optionally of one certificate. */
export async function listStampSheets(s: PublicServices, actor: Actor, certificateId?: string) {
  publicPolicy.assertCan(actor, 'stamps.read');
  const rows = await stampSheets(s.readDb, actor.provinceCode, certificateId);
  return { items: rows.map((r) => ({ ...r, printedAt: r.printedAt.toISOString() })) };
}

/** One sheet's serials with their scans (404 when none is in the reader's sight). */
export async function listSheetStamps(s: PublicServices, actor: Actor, prefix: string) {
  publicPolicy.assertCan(actor, 'stamps.read');
  const rows = await stampsOfSheet(s.readDb, actor.provinceCode, prefix);
  if (!rows.length) throw notFound({ vi: 'tờ tem', en: 'Stamp sheet' });
  return { items: rows.map(presentStamp) };
}
