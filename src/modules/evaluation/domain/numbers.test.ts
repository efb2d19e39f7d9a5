import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { formatReceiptNumber, nextSequence, parseReceiptNumber, validateDecisionNumber } from './numbers.ts';
import {
  CERTIFICATE_NUMBERS,
  formatCertificateNumber,
  parseCertificateNumber,
} from '../../certificates/domain/numbers.ts';

describe('Form 01 (Appendix III): the commune receipt number', () => {
  it('Form 01: <seq>/PĐK-<province>-<commune>-<year>, sequence padded to 2 digits', () => {
    expect(formatReceiptNumber({ seq: 7, provinceCode: '12', communeCode: '03390', year: 2026 })).toBe(
      '07/PĐK-12-03390-2026',
    );
    expect(formatReceiptNumber({ seq: 123, provinceCode: '12', communeCode: '03390', year: 2026 })).toBe(
      '123/PĐK-12-03390-2026',
    );
  });

  it('Form 01: refuses codes that are not Decision 19/2025 codes (2-digit province, 5-digit commune) and bad sequences', () => {
    expect(() => formatReceiptNumber({ seq: 1, provinceCode: '1', communeCode: '03390', year: 2026 })).toThrow(
      RangeError,
    );
    expect(() => formatReceiptNumber({ seq: 1, provinceCode: '12', communeCode: '3390', year: 2026 })).toThrow(
      RangeError,
    );
    expect(() => formatReceiptNumber({ seq: 0, provinceCode: '12', communeCode: '03390', year: 2026 })).toThrow(
      RangeError,
    );
    expect(() => formatReceiptNumber({ seq: 1.5, provinceCode: '12', communeCode: '03390', year: 2026 })).toThrow(
      RangeError,
    );
    expect(() => formatReceiptNumber({ seq: 1, provinceCode: '12', communeCode: '03390', year: 1999 })).toThrow(
      RangeError,
    );
  });

  it('Form 01: parses as typed from paper — spaces around dashes, "PDK" without diacritics, lower case', () => {
    const r = parseReceiptNumber(' 7 / pdk - 12 - 03390 - 2026 ');
    expect(r).toEqual({
      ok: true,
      value: { seq: 7, provinceCode: '12', communeCode: '03390', year: 2026 },
      normalized: '07/PĐK-12-03390-2026',
    });
    expect(parseReceiptNumber('07/pđk-12-03390-2026')).toMatchObject({ ok: true, normalized: '07/PĐK-12-03390-2026' });
  });

  it('Form 01: rejects malformed numbers with a vi/en message', () => {
    for (const bad of [
      '',
      '07/PĐK-12-3390-2026',
      '07-PĐK-12-03390-2026',
      '00/PĐK-12-03390-2026',
      '07/GCN-12-03390-2026',
      '07/PĐK-12-03390-26',
    ]) {
      const r = parseReceiptNumber(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.message.vi.length).toBeGreaterThan(10);
        expect(r.message.en.length).toBeGreaterThan(10);
      }
    }
  });

  it('Form 01 property: parse(format(x)) = x for every valid receipt', () => {
    const receipt = fc.record({
      seq: fc.integer({ min: 1, max: 999_999 }),
      provinceCode: fc.integer({ min: 1, max: 99 }).map((n) => String(n).padStart(2, '0')),
      communeCode: fc.integer({ min: 1, max: 99_999 }).map((n) => String(n).padStart(5, '0')),
      year: fc.integer({ min: 2000, max: 2999 }),
    });
    fc.assert(
      fc.property(receipt, (r) => {
        const text = formatReceiptNumber(r);
        expect(parseReceiptNumber(text)).toEqual({ ok: true, value: r, normalized: text });
      }),
    );
  });

  it('the next sequence is one more than the largest used; gaps are not reused; starts at 1', () => {
    expect(nextSequence([])).toBe(1);
    expect(nextSequence([1, 2, 5])).toBe(6);
    expect(nextSequence(new Set([3]))).toBe(4);
  });
});

describe('Certificate numbers (configurable default)', () => {
  it('province: <seq>/GCN-OCOP-<province>-<year>; Ministry: <seq>/GCN-OCOP-BNNMT-<year>; 3-digit padding', () => {
    expect(formatCertificateNumber({ level: 'province', seq: 15, provinceCode: '12', year: 2026 })).toBe(
      '015/GCN-OCOP-12-2026',
    );
    expect(formatCertificateNumber({ level: 'ministry', seq: 3, year: 2027 })).toBe('003/GCN-OCOP-BNNMT-2027');
    expect(() => formatCertificateNumber({ level: 'province', seq: 1, provinceCode: 'LC', year: 2026 })).toThrow(
      RangeError,
    );
  });

  it('parses both levels back, tolerant of case and spaces', () => {
    expect(parseCertificateNumber('015 / gcn-ocop-12-2026')).toEqual({
      ok: true,
      value: { level: 'province', seq: 15, provinceCode: '12', year: 2026 },
      normalized: '015/GCN-OCOP-12-2026',
    });
    expect(parseCertificateNumber('3/GCN-OCOP-BNNMT-2027')).toEqual({
      ok: true,
      value: { level: 'ministry', seq: 3, year: 2027 },
      normalized: '003/GCN-OCOP-BNNMT-2027',
    });
    const bad = parseCertificateNumber('15/QĐ-UBND');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message.vi).toContain('015/GCN-OCOP-12-2026'.replace('015', '001'));
  });

  it('another format can be configured (e.g. a province that numbers "GCN/<year>/<seq>")', () => {
    const custom = { seqPad: 4, province: 'GCN-{province}/{year}/{seq}', ministry: 'GCN-BNNMT/{year}/{seq}' };
    const text = formatCertificateNumber({ level: 'province', seq: 9, provinceCode: '12', year: 2026 }, custom);
    expect(text).toBe('GCN-12/2026/0009');
    expect(parseCertificateNumber(text, custom)).toMatchObject({
      ok: true,
      value: { level: 'province', seq: 9, provinceCode: '12', year: 2026 },
    });
    expect(parseCertificateNumber('0009/GCN-OCOP-12-2026', custom).ok).toBe(false);
    expect(CERTIFICATE_NUMBERS.seqPad).toBe(3);
  });

  it('property: parse(format(x)) = x for both levels', () => {
    const n = fc.oneof(
      fc.record({
        level: fc.constant('province' as const),
        seq: fc.integer({ min: 1, max: 99_999 }),
        provinceCode: fc.integer({ min: 1, max: 99 }).map((x) => String(x).padStart(2, '0')),
        year: fc.integer({ min: 2000, max: 2999 }),
      }),
      fc.record({
        level: fc.constant('ministry' as const),
        seq: fc.integer({ min: 1, max: 99_999 }),
        year: fc.integer({ min: 2000, max: 2999 }),
      }),
    );
    fc.assert(
      fc.property(n, (x) => {
        expect(parseCertificateNumber(formatCertificateNumber(x))).toMatchObject({ ok: true, value: x });
      }),
    );
  });
});

describe('Decision numbers (entered by users, checked loosely)', () => {
  it('accepts the usual shapes and tidies spaces', () => {
    for (const ok of ['1234/QĐ-UBND', '26/2026/QĐ-TTg', '56/QĐ-BNNMT', '12/QD-UBND', '7/QĐ-SNN.KHTC']) {
      expect(validateDecisionNumber(ok)).toMatchObject({ ok: true, value: ok });
    }
    expect(validateDecisionNumber(' 1234 / QĐ - UBND ')).toMatchObject({ ok: true, value: '1234/QĐ-UBND' });
  });

  it('warns, without refusing, when there is no "QĐ" (maybe a letter or plan number)', () => {
    const r = validateDecisionNumber('45/KH-UBND');
    expect(r.ok).toBe(true);
    expect(r.warning?.vi).toContain('QĐ');
    expect(validateDecisionNumber('45/QĐ-UBND').warning).toBeUndefined();
  });

  it('refuses empty, over-long, numberless or symbol-less input', () => {
    for (const bad of ['', '   ', 'QĐ-UBND', '1234', '1234/', '1234/2026', '12/QĐ UBND!', `1/${'A'.repeat(60)}`]) {
      expect(validateDecisionNumber(bad).ok).toBe(false);
    }
  });
});
