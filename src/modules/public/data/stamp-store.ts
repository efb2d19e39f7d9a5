// Queries over the QR stamps: printing a sheet's serials, adding scan counts in one statement, the flagged list.
import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import type { Db } from '../../../db/pool.ts';
import type { ScanFlagPolicy } from '../domain/scan-policy.ts';
import { qrStamps, type QrStampRow } from './schema.ts';

const SERIAL_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A sheet's prefix: five characters people read without confusing 0/O or 1/I. */
function sheetPrefix(): string {
  return [...randomBytes(5)].map((b) => SERIAL_ALPHABET[b % SERIAL_ALPHABET.length]).join('');
}

/** `count` new serials of one sheet (PREFIX-001 …) for the certificate. */
export async function insertStamps(
  tx: Db,
  v: { certificateId: string; provinceCode: string; kid: string; printedBy: string | null; count: number },
): Promise<QrStampRow[]> {
  const prefix = sheetPrefix();
  return tx
    .insert(qrStamps)
    .values(
      Array.from({ length: v.count }, (_, i) => ({
        serial: `${prefix}-${String(i + 1).padStart(3, '0')}`,
        certificateId: v.certificateId,
        provinceCode: v.provinceCode,
        kid: v.kid,
        printedBy: v.printedBy,
      })),
    )
    .returning();
}

/** Adds the batch's scans; a serial crossing the policy's thresholds gets flagged (once, with the kind). */
export async function addScans(db: Db, batch: Map<string, number>, today: string, p: ScanFlagPolicy): Promise<void> {
  const rows = JSON.stringify([...batch].map(([serial, n]) => ({ serial, n })));
  const day = sql`(case when s.scan_day = ${today}::date then s.day_count + b.n else b.n end)`;
  await db.execute(sql`
    update qr_stamps s set
      scan_count = s.scan_count + b.n,
      day_count = ${day},
      scan_day = ${today}::date,
      first_scan_at = coalesce(s.first_scan_at, now()),
      last_scan_at = now(),
      flagged_at = coalesce(s.flagged_at,
        case when ${day} > ${p.maxPerDay} or s.scan_count + b.n > ${p.maxTotal} then now() end),
      flag_reason = coalesce(s.flag_reason,
        case when ${day} > ${p.maxPerDay} then 'per_day' when s.scan_count + b.n > ${p.maxTotal} then 'total' end)
    from json_to_recordset(${rows}::json) as b(serial text, n int)
    where s.serial = b.serial`);
}

export async function findStamp(db: Db, serial: string): Promise<QrStampRow | undefined> {
  const [row] = await db.select().from(qrStamps).where(eq(qrStamps.serial, serial));
  return row;
}

/** Flagged serials, newest first; a province's own, or all for a national reader (null). */
export async function flaggedStamps(db: Db, provinceCode: string | null): Promise<QrStampRow[]> {
  return db
    .select()
    .from(qrStamps)
    .where(and(isNotNull(qrStamps.flaggedAt), provinceCode ? eq(qrStamps.provinceCode, provinceCode) : undefined))
    .orderBy(desc(qrStamps.flaggedAt))
    .limit(500);
}

/** A printed sheet: its serials share the prefix before the dash (sheetPrefix). */
export type StampSheetRow = {
  prefix: string;
  certificateId: string;
  provinceCode: string;
  number: string | null;
  productName: string | null;
  printedAt: Date;
  count: number;
  scans: number;
  flagged: number;
};

const inScope = (provinceCode: string | null) =>
  provinceCode ? sql`s.province_code = ${provinceCode}` : sql`true`;

/** The sheets printed, newest first, with their scans and flagged serials; a province's own, or all (null). */
export async function stampSheets(
  db: Db,
  provinceCode: string | null,
  certificateId: string | undefined,
): Promise<StampSheetRow[]> {
  const { rows } = await db.execute<Omit<StampSheetRow, 'printedAt'> & { printedAt: string | Date }>(sql`
    select split_part(s.serial, '-', 1) as "prefix", s.certificate_id as "certificateId",
           s.province_code as "provinceCode", e.number as "number", e.product_name as "productName",
           min(s.printed_at) as "printedAt", count(*)::int as "count", sum(s.scan_count)::int as "scans",
           count(s.flagged_at)::int as "flagged"
      from qr_stamps s
      left join public_register_entries e on e.certificate_id = s.certificate_id
     where ${inScope(provinceCode)} and (${certificateId ?? null}::uuid is null or s.certificate_id = ${certificateId ?? null}::uuid)
     group by 1, 2, 3, 4, 5
     order by min(s.printed_at) desc, 1
     limit 500`);
  return rows.map((r) => ({ ...r, printedAt: new Date(r.printedAt) }));
}

/** The serials of one sheet with their scan counts, in serial order; none outside the reader's province. */
export async function stampsOfSheet(db: Db, provinceCode: string | null, prefix: string): Promise<QrStampRow[]> {
  return db
    .select()
    .from(qrStamps)
    .where(
      and(
        sql`${qrStamps.serial} like ${prefix + '-%'}`,
        provinceCode ? eq(qrStamps.provinceCode, provinceCode) : undefined,
      ),
    )
    .orderBy(qrStamps.serial);
}
