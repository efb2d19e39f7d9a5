// The captcha-free guard of consumer reports (our rule; the law asks only that reports be received, Art. 8.3):
// - a time token signed by the server when it served the form: a report sent under 3 seconds after the page (a
//   script, not a person) or with a token older than 6 hours, or forged, is refused;
// - a hidden field ("website") that people do not see and simple bots fill in;
// - duplicates and floods: the same sender (a keyed hash of the address) may send one report per product per
//   10 minutes and 5 a day (checked in the store), besides the per-address rate limit of the route.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Message } from '../../../platform/errors.ts';

export const REPORT_KINDS: Record<string, Message> = {
  fake_label: { vi: 'Nghi nhãn OCOP giả', en: 'Suspected fake OCOP label' },
  quality: { vi: 'Chất lượng không như công bố', en: 'Quality not as declared' },
  expired_mark: {
    vi: 'Dùng nhãn OCOP khi giấy chứng nhận đã hết hạn hoặc bị thu hồi',
    en: 'OCOP mark used after expiry or revocation',
  },
  other: { vi: 'Khác', en: 'Other' },
};
export type ReportKind = keyof typeof REPORT_KINDS;

export const REPORT_GUARD = { minSeconds: 3, maxSeconds: 6 * 3600, perProductMinutes: 10, perDay: 5 };

const mac = (secret: string, productId: string, at: number) =>
  createHmac('sha256', secret).update(`report|${productId}|${at}`).digest('base64url').slice(0, 22);

export function reportToken(secret: string, productId: string, nowMs: number): string {
  const at = Math.floor(nowMs / 1000);
  return `${at}.${mac(secret, productId, at)}`;
}

export type TokenCheck = 'ok' | 'too_fast' | 'stale' | 'forged';

export function checkReportToken(secret: string, productId: string, token: string, nowMs: number): TokenCheck {
  const m = /^(\d{9,11})\.([A-Za-z0-9_-]{22})$/.exec(token);
  if (!m) return 'forged';
  const at = Number(m[1]);
  const want = Buffer.from(mac(secret, productId, at));
  if (!timingSafeEqual(want, Buffer.from(m[2]!))) return 'forged';
  const age = nowMs / 1000 - at;
  if (age < REPORT_GUARD.minSeconds) return 'too_fast';
  if (age > REPORT_GUARD.maxSeconds) return 'stale';
  return 'ok';
}

/** A keyed hash of the sender's address: repeats are seen, the address is not stored. */
export const senderHash = (secret: string, address: string) =>
  createHmac('sha256', secret).update(`sender|${address}`).digest('base64url').slice(0, 32);
