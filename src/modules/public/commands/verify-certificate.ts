// Verifying a certificate for anybody (no login): the register's answer for its number, and when a signed QR code
// comes with it, the code's signature checked against the issuer's published key. A code whose signature fails, or
// whose number is not the one asked about, is refused. One indexed read of the register per call (names and keys are
// cached); a stamp's serial is counted in memory and written in batches (scan-counter.ts).
import { createHash } from 'node:crypto';
import type pg from 'pg';
import { AppError } from '../../../platform/errors.ts';
import { findForVerify } from '../data/register-store.ts';
import { parseQr, type QrFacts } from '../domain/qr-code.ts';
import { publicStatus } from '../domain/verify-status.ts';
import type { QrKeys } from './qr-keys.ts';
import type { ScanCounter } from './scan-counter.ts';
import type { UnitNameCache } from './unit-names.ts';
import type { VerifyCache } from './verify-cache.ts';

export interface VerifyServices {
  pool: pg.Pool;
  keys: QrKeys;
  names: UnitNameCache;
  scans: ScanCounter;
  verified: VerifyCache;
  /** Today in Vietnam (the app's clock, read at most once a second). */
  today: () => string;
}

/** An answer with its JSON and ETag made once, for every repeat of the same scan. */
export interface VerifyAnswer {
  result: VerifyResult;
  json: string;
  etag: string;
}

export const tamperedCode = (reason: 'signature' | 'malformed' | 'unknown_key') =>
  new AppError(
    400,
    'qr_invalid',
    {
      vi: 'Mã QR không hợp lệ: chữ ký số không khớp với nội dung. Mã có thể đã bị sửa hoặc bị làm giả — đừng tin nhãn OCOP này.',
      en: 'Invalid QR code: its digital signature does not match its content. The code may have been altered or forged — do not trust this OCOP mark.',
    },
    [
      {
        field: 'c',
        code: `qr_${reason}`,
        message: { vi: 'Mã QR không hợp lệ', en: 'Invalid QR code' },
      },
    ],
  );

/** The facts of a genuine code for the number of its address, or a refusal. */
export async function checkCode(keys: QrKeys, number: string, code: string): Promise<QrFacts> {
  const parsed = parseQr(number, code);
  if (!parsed.ok) throw tamperedCode('malformed');
  const verdict = await keys.verify(`${parsed.facts.number}|${code}`, parsed.facts.kid, parsed);
  if (verdict === 'unknown_key') throw tamperedCode('unknown_key');
  if (verdict === 'invalid') throw tamperedCode('signature');
  return parsed.facts;
}

export async function verifyCertificate(
  s: VerifyServices,
  input: { number: string; code?: string | undefined },
): Promise<VerifyAnswer> {
  const number = input.number.trim();
  const code = input.code;
  const today = s.today();
  const key = `${today}|${code ?? ''}`;
  const answer = await s.verified.through<VerifyAnswer>(number, key, async () => {
    const result = await readAnswer(s, number, code, today);
    const json = JSON.stringify(result);
    return { result, json, etag: `"${createHash('sha1').update(json).digest('base64url')}"` };
  });
  // Every scan of a stamp counts, answered from memory or not.
  if (answer.result.serial && answer.result.certificate) s.scans.record(answer.result.serial);
  return answer;
}

async function readAnswer(s: VerifyServices, number: string, code: string | undefined, today: string) {
  // The code's signature covers the number of the address it came with: a code moved to another number fails.
  const signed = code ? await checkCode(s.keys, number, code) : null;
  const row = await findForVerify(s.pool, number);
  const status = publicStatus(
    row && {
      number: row.number,
      star: row.star,
      issuedOn: row.issued_on,
      expiresOn: row.expires_on,
      status: row.status,
      revokedOn: row.revoked_on,
      supersededBy: row.superseded_by,
      extendedUntil: row.extended_until,
    },
    today,
    number,
  );
  const name = row ? await s.names.load([row.province_code, row.commune_code]) : () => null;
  return {
    number,
    state: status.state,
    label: status.label,
    detail: status.detail,
    checkedOn: today,
    signature: signed ? ('valid' as const) : ('absent' as const),
    serial: signed?.serial ?? null,
    certificate: row
      ? {
          number: row.number,
          star: row.star,
          issuedOn: row.issued_on,
          expiresOn: row.expires_on,
          validTo: status.validTo,
          revokedOn: row.status === 'revoked' ? row.revoked_on : null,
          productId: row.product_id,
          productName: row.product_name,
          productCode: row.product_code,
          setNo: row.set_no,
          producerName: row.producer_name,
          provinceCode: row.province_code,
          provinceName: name(row.province_code),
          communeName: name(row.commune_code),
        }
      : null,
    signed: signed
      ? {
          kid: signed.kid,
          productName: signed.productName,
          productCode: signed.productCode,
          star: signed.star,
          issuedOn: signed.issuedOn,
          expiresOn: signed.expiresOn,
          provinceCode: signed.provinceCode,
        }
      : null,
  };
}
export type VerifyResult = Awaited<ReturnType<typeof readAnswer>>;
