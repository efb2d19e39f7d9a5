// Form 01 (Mẫu số 01, Appendix III): schema, required/optional fields, cross-field rules, labels.
import { describe, expect, it } from 'vitest';
import { form01Schema, FORM01_LABELS, validateForm01 } from './form01.ts';
import { form01, schemaPaths } from './form-fixtures.ts';

const issuesOf = (input: unknown) => {
  const r = validateForm01(input);
  if (r.ok) throw new Error('expected issues');
  return r.issues;
};
const byField = (input: unknown, field: string) => issuesOf(input).find((i) => i.field === field);

describe('Form 01: registration (Mẫu số 01)', () => {
  it('accepts a filled form, trims texts and names the rule set 26/2026 by default', () => {
    const input = form01();
    input.producer.name = '  Hợp tác xã Nông sản sạch Nậm Đích ';
    const r = validateForm01(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.producer.name).toBe('Hợp tác xã Nông sản sạch Nậm Đích');
    expect(r.value.classification).toEqual({ ruleSet: '26-2026', productSetNo: 1 });
    expect(r.value.evaluationKind).toBe('first');
  });

  it('names every missing required field from form01., in Vietnamese and English', () => {
    const issues = issuesOf({ producer: {}, attachments: {} });
    const fields = issues.map((i) => i.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'form01.province',
        'form01.year',
        'form01.producer.name',
        'form01.producer.representative',
        'form01.producer.position',
        'form01.producer.address',
        'form01.producer.phone',
        'form01.productName',
        'form01.classification',
        'form01.evaluationKind',
      ]),
    );
    expect(fields).not.toContain('form01.producer.email');
    expect(fields).not.toContain('form01.communeReceipt');
    expect(issues.find((i) => i.field === 'form01.producer.name')).toEqual({
      field: 'form01.producer.name',
      code: 'required',
      message: { vi: 'Bắt buộc, chưa nhập', en: 'Required' },
    });
  });

  it('a blank required text is an empty field, not a valid value', () => {
    const input = form01();
    input.productName = '   ';
    expect(byField(input, 'form01.productName')).toMatchObject({
      code: 'required',
      message: { vi: 'Không được để trống', en: 'Must not be empty' },
    });
  });

  it('the email is optional: a blank one counts as absent, a malformed one is refused', () => {
    const blank = form01();
    blank.producer.email = '';
    const r = validateForm01(blank);
    expect(r.ok && r.value.producer.email).toBeUndefined();
    const bad = form01();
    bad.producer.email = 'htx@';
    expect(byField(bad, 'form01.producer.email')).toMatchObject({
      code: 'invalid_format',
      message: { vi: 'Địa chỉ email không hợp lệ', en: 'Invalid email address' },
    });
  });

  it('refuses a phone number with letters, wrong types, an unknown kind and unknown fields', () => {
    const input = form01() as Record<string, unknown> & ReturnType<typeof form01>;
    input.producer.phone = 'gọi số 0912';
    (input as Record<string, unknown>).year = '2026';
    (input as Record<string, unknown>).evaluationKind = 'renewal';
    (input.producer as Record<string, unknown>).fax = '0231 3876 543';
    const issues = issuesOf(input);
    expect(issues.find((i) => i.field === 'form01.producer.phone')?.code).toBe('invalid_format');
    expect(issues.find((i) => i.field === 'form01.year')).toMatchObject({
      code: 'invalid_type',
      message: { vi: 'Sai kiểu dữ liệu, cần số', en: 'Wrong type, expected a number' },
    });
    expect(issues.find((i) => i.field === 'form01.evaluationKind')).toMatchObject({
      code: 'invalid_value',
      message: {
        vi: 'Phải là một trong: first, upgrade, reevaluation',
        en: 'Must be one of: first, upgrade, reevaluation',
      },
    });
    expect(issues.find((i) => i.field === 'form01.producer.fax')).toMatchObject({
      code: 'unknown_field',
      message: { en: 'This field is not part of the form' },
    });
  });

  it('refuses a date that does not exist in the receipt part', () => {
    const input = form01();
    input.communeReceipt = { receivedOn: '2026-02-30' };
    expect(byField(input, 'form01.communeReceipt.receivedOn')).toMatchObject({
      code: 'invalid_format',
      message: { vi: 'Ngày phải có dạng YYYY-MM-DD và là ngày có thật', en: 'A date is YYYY-MM-DD and must exist' },
    });
  });

  it('Art. 6.2.d: five samples accompany the dossier, except for the tourism group (set 26)', () => {
    const few = form01();
    few.attachments.samples = 3;
    expect(byField(few, 'form01.attachments.samples')).toEqual({
      field: 'form01.attachments.samples',
      code: 'samples_required',
      message: {
        vi: 'Cần gửi kèm 5 sản phẩm mẫu (Điều 6 khoản 2 điểm d)',
        en: '5 product samples must accompany the dossier (Art. 6.2.d)',
      },
    });
    const none = form01();
    delete none.attachments.samples;
    expect(byField(none, 'form01.attachments.samples')?.code).toBe('samples_required');
    const tourism = form01();
    tourism.classification.productSetNo = 26;
    delete tourism.attachments.samples;
    expect(validateForm01(tourism).ok).toBe(true);
  });

  it('Appendix I: the product set must exist', () => {
    const input = form01();
    input.classification.productSetNo = 27;
    expect(byField(input, 'form01.classification.productSetNo')).toMatchObject({
      code: 'unknown_product_set',
      message: { vi: 'Không có bộ sản phẩm số 27 trong Phụ lục I', en: 'No product set 27 in Appendix I' },
    });
  });

  it('Art. 7.2.b: the province cannot receive the form before the commune forwards it', () => {
    const input = form01();
    input.provinceReceipt = { receivedOn: '2026-06-01' };
    expect(byField(input, 'form01.provinceReceipt.receivedOn')?.code).toBe('before_commune_receipt');
    input.provinceReceipt = { receivedOn: '2026-06-20' };
    expect(validateForm01(input).ok).toBe(true);
  });

  it("has a Vietnamese label for every field, in the order of the schema (the form's print order)", () => {
    expect(Object.keys(FORM01_LABELS)).toEqual(schemaPaths(form01Schema));
  });
});
