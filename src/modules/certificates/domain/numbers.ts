// Certificate numbers. The law sets no format, so this is a configurable default (CERTIFICATE_NUMBERS):
// `<seq>/GCN-OCOP-<province>-<year>` for the province (3★/4★, Art. 4.1.a) and `<seq>/GCN-OCOP-BNNMT-<year>` for the
// Ministry (5★, Art. 4.1.b); sequence per issuer per year, padded to 3 digits. Pure: format, parse; the data layer
// owns the counters. The helpers shared with the procedure's other numbers are evaluation's (domain/numbers.ts).
import { checkSeq, checkYear, fail, PROVINCE_CODE, tidy, type Parsed } from '../../evaluation/index.ts';

export interface CertificateNumberFormat {
  /** Minimum digits of the sequence. */
  seqPad: number;
  /** Placeholders: {seq} {province} {year}. */
  province: string;
  /** Placeholders: {seq} {year}. */
  ministry: string;
}

export const CERTIFICATE_NUMBERS: CertificateNumberFormat = {
  seqPad: 3,
  province: '{seq}/GCN-OCOP-{province}-{year}',
  ministry: '{seq}/GCN-OCOP-BNNMT-{year}',
};

export type CertificateNumber =
  | { level: 'province'; seq: number; provinceCode: string; year: number }
  | { level: 'ministry'; seq: number; year: number };

export function formatCertificateNumber(
  n: CertificateNumber,
  format: CertificateNumberFormat = CERTIFICATE_NUMBERS,
): string {
  checkSeq(n.seq);
  checkYear(n.year);
  if (n.level === 'province' && !PROVINCE_CODE.test(n.provinceCode))
    throw new RangeError(`province code must be 2 digits: ${n.provinceCode}`);
  const template = n.level === 'province' ? format.province : format.ministry;
  return template
    .replace('{seq}', String(n.seq).padStart(format.seqPad, '0'))
    .replace('{province}', n.level === 'province' ? n.provinceCode : '')
    .replace('{year}', String(n.year));
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function templateRegex(template: string): { re: RegExp; order: string[] } {
  const order: string[] = [];
  const body = template
    .split(/(\{seq\}|\{province\}|\{year\})/)
    .map((part) => {
      if (part === '{seq}') return (order.push('seq'), '(\\d{1,6})');
      if (part === '{province}') return (order.push('province'), '(\\d{2})');
      if (part === '{year}') return (order.push('year'), '(\\d{4})');
      return escapeRe(part);
    })
    .join('');
  return { re: new RegExp(`^${body}$`, 'iu'), order };
}

export function parseCertificateNumber(
  input: string,
  format: CertificateNumberFormat = CERTIFICATE_NUMBERS,
): Parsed<CertificateNumber> {
  const text = tidy(input);
  for (const level of ['province', 'ministry'] as const) {
    const { re, order } = templateRegex(level === 'province' ? format.province : format.ministry);
    const m = re.exec(text);
    if (!m) continue;
    const get = (k: string) => m[order.indexOf(k) + 1]!;
    const seq = Number(get('seq'));
    const year = Number(get('year'));
    if (seq < 1 || year < 2000) break;
    const value: CertificateNumber =
      level === 'province' ? { level, seq, provinceCode: get('province'), year } : { level, seq, year };
    return { ok: true, value, normalized: formatCertificateNumber(value, format) };
  }
  const example = formatCertificateNumber({ level: 'province', seq: 1, provinceCode: '12', year: 2026 }, format);
  return fail(
    `Số giấy chứng nhận "${input}" không đúng mẫu ${format.province} hoặc ${format.ministry}, ví dụ ${example}.`,
    `Certificate number "${input}" matches neither ${format.province} nor ${format.ministry}, e.g. ${example}.`,
  );
}
