// Form 03 (Mẫu số 03, Appendix III): the commune's assessment of the four contents of Art. 7.2.a.
import { describe, expect, it } from 'vitest';
import { form03Schema, FORM03_LABELS, validateForm03 } from './form03.ts';
import { form03, schemaPaths } from './form-fixtures.ts';

const issuesOf = (input: unknown) => {
  const r = validateForm03(input);
  if (r.ok) throw new Error('expected issues');
  return r.issues;
};

describe("Form 03: the commune's assessment report (Mẫu số 03)", () => {
  it('accepts a filled report', () => {
    const r = validateForm03(form03());
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.assessment.ideaOrigin.origin).toBe('traditional');
  });

  it("Art. 7.2.a: the four contents are required, each with the producer's description and the commune's assessment", () => {
    const input: Record<string, unknown> = { ...form03() };
    input.assessment = {
      localRawMaterial: { producerDescription: 'Nguyên liệu tại xã.' },
      localLabour: {},
      ideaOrigin: {},
    };
    expect(issuesOf(input).map((i) => [i.field, i.code])).toEqual([
      ['form03.assessment.localRawMaterial.communeAssessment', 'required'],
      ['form03.assessment.localLabour.producerDescription', 'required'],
      ['form03.assessment.localLabour.communeAssessment', 'required'],
      ['form03.assessment.ideaOrigin.origin', 'required'],
      ['form03.assessment.ideaOrigin.assessment', 'required'],
      ['form03.assessment.localIdentity', 'required'],
    ]);
  });

  it('the origin of the idea is "truyền thống" or "sản phẩm mới"; the representative\'s sex is Nam or Nữ', () => {
    const input = form03();
    (input.assessment.ideaOrigin as Record<string, unknown>).origin = 'imported';
    (input.producer.legalRepresentative as Record<string, unknown>).sex = 'female';
    const issues = issuesOf(input);
    expect(issues).toEqual([
      {
        field: 'form03.producer.legalRepresentative.sex',
        code: 'invalid_value',
        message: { vi: 'Phải là một trong: nam, nu', en: 'Must be one of: nam, nu' },
      },
      {
        field: 'form03.assessment.ideaOrigin.origin',
        code: 'invalid_value',
        message: { vi: 'Phải là một trong: traditional, new', en: 'Must be one of: traditional, new' },
      },
    ]);
  });

  it('the conclusion, report number and signer are optional; unknown fields are refused even in nested blocks', () => {
    const input = form03();
    delete input.conclusion;
    delete input.signer;
    expect(validateForm03(input).ok).toBe(true);
    (input.assessment.localLabour as Record<string, unknown>).contractWorkers = 3;
    expect(issuesOf(input)).toEqual([
      {
        field: 'form03.assessment.localLabour.contractWorkers',
        code: 'unknown_field',
        message: { vi: 'Trường không có trong mẫu', en: 'This field is not part of the form' },
      },
    ]);
  });

  it('item 2: local workers cannot outnumber all workers', () => {
    const input = form03();
    input.assessment.localLabour.localWorkers = 41;
    expect(issuesOf(input).map((i) => [i.field, i.code, i.message.vi])).toEqual([
      [
        'form03.assessment.localLabour.localWorkers',
        'inconsistent',
        'Số lao động địa phương không thể lớn hơn tổng số lao động',
      ],
    ]);
  });

  it('refuses a non-object', () => {
    expect(issuesOf('báo cáo')).toEqual([
      {
        field: 'form03',
        code: 'invalid_type',
        message: { vi: 'Sai kiểu dữ liệu, cần đối tượng', en: 'Wrong type, expected an object' },
      },
    ]);
  });

  it("has a Vietnamese label for every field, in the order of the schema (the form's print order)", () => {
    expect(Object.keys(FORM03_LABELS)).toEqual(schemaPaths(form03Schema));
  });
});
