// Form 02 (Mẫu số 02, Appendix III): schema, Part III through the scoring engine on the real set 1 sheet, cross-field
// rules of Art. 2.3 and Art. 6.1, labels.
import { describe, expect, it } from 'vitest';
import { form02Schema, FORM02_LABELS, validateForm02, type Form02Input } from './form02.ts';
import { form02, schemaPaths, SET1_ANSWERS } from './form-fixtures.ts';

const issuesOf = (input: unknown, options?: Parameters<typeof validateForm02>[1]) => {
  const r = validateForm02(input, options);
  if (r.ok) throw new Error('expected issues');
  return r.issues;
};
const withAnswers = (answers: Record<string, unknown>): Form02Input => {
  const f = form02();
  f.selfAssessment.answers = answers as Form02Input['selfAssessment']['answers'];
  return f;
};

describe('Form 02: self-assessment report (Mẫu số 02)', () => {
  it('Appendix II set 1, Art. 3.3 and the star marks: 72 points (A 32, B 16, C 24) is band 4★, capped to 3★ by 3.4 and 5.1', () => {
    const r = validateForm02(form02());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.score.total).toBe(72);
    expect(r.score.parts).toEqual({ A: 32, B: 16, C: 24 });
    expect(r.score.band).toBe(4);
    expect(r.score.star).toBe(3);
    expect(r.score.certifiable).toBe(true);
    expect(r.score.blocking.map((b) => [b.criterion, b.star, b.requiredPoints, b.actualPoints])).toEqual([
      ['3.4', 4, 2, 1],
      ['5.1', 4, 5, 3],
    ]);
    // Unticked boxes default to false; evidence is kept as given.
    expect(r.value.compliance.productionCertificate).toBe(false);
    expect(r.value.selfAssessment.evidence['1.2']).toEqual([
      { fileIds: ['f-vietgap-2023'], note: 'Giấy chứng nhận VietGAP số 123/2023' },
    ]);
  });

  it('meeting the two missed marks lifts the same sheet to 4★ (Appendix II: marks are minimum requirements)', () => {
    const r = validateForm02(withAnswers({ ...SET1_ANSWERS, '3.4': 1, '5.1': 4 }));
    expect(r.ok && [r.score.total, r.score.band, r.score.star]).toEqual([75, 4, 4]);
  });

  it("reports the engine's own issues for Part III under form02.selfAssessment, with the schema's, in one answer", () => {
    const answers: Record<string, unknown> = { ...SET1_ANSWERS, '1.1': 7, '2.4': 1, '99': 0 };
    delete answers['3.1'];
    const input = withAnswers(answers);
    input.producer.name = '';
    const issues = issuesOf(input);
    expect(issues).toEqual(
      expect.arrayContaining([
        {
          field: 'form02.producer.name',
          code: 'required',
          message: { vi: 'Không được để trống', en: 'Must not be empty' },
        },
        {
          field: 'form02.selfAssessment.answers.1.1',
          code: 'invalid_option',
          message: { vi: 'Phương án phải là số nguyên từ 0 đến 2', en: 'Option must be an integer from 0 to 2' },
        },
        {
          field: 'form02.selfAssessment.answers.2.4',
          code: 'expected_boolean',
          message: {
            vi: 'Tiêu chí có/không: trả lời true, false hoặc null',
            en: 'Yes/no criterion: answer true, false or null',
          },
        },
        {
          field: 'form02.selfAssessment.answers.3.1',
          code: 'required',
          message: { vi: 'Chưa chấm tiêu chí này', en: 'This criterion has no answer' },
        },
        {
          field: 'form02.selfAssessment.answers.99',
          code: 'unknown_criterion',
          message: { vi: 'Không có tiêu chí "99" trong phiếu này', en: 'No criterion "99" in this sheet' },
        },
      ]),
    );
    expect(issues).toHaveLength(5);
  });

  it('set 1, 5.2 "Chỉ áp dụng khi có câu chuyện sản phẩm": no answer is needed when 5.1 scores 0', () => {
    const answers: Record<string, unknown> = { ...SET1_ANSWERS, '5.1': 0 };
    delete answers['5.2'];
    const r = validateForm02(withAnswers(answers));
    expect(r.ok && r.score.criteria.find((c) => c.code === '5.2')).toMatchObject({ applicable: false, points: 0 });
  });

  it('answers must be an object; the product set must exist in Appendix I', () => {
    const notObject = form02();
    (notObject.selfAssessment as Record<string, unknown>).answers = [1, 2];
    expect(issuesOf(notObject).map((i) => [i.field, i.code])).toEqual([
      ['form02.selfAssessment.answers', 'invalid_type'],
    ]);
    const unknownSet = form02();
    unknownSet.selfAssessment.productSetNo = 40;
    expect(issuesOf(unknownSet)).toEqual([
      {
        field: 'form02.selfAssessment.productSetNo',
        code: 'unknown_product_set',
        message: { vi: 'Không có bộ sản phẩm số 40 trong Phụ lục I', en: 'No product set 40 in Appendix I' },
      },
    ]);
  });

  it('evidence names criteria of the sheet, and each item a file or a note', () => {
    const input = form02();
    input.selfAssessment.evidence = { '1.2': [{ fileIds: [] }], '13.1': [{ fileIds: ['f1'] }] };
    expect(issuesOf(input).map((i) => [i.field, i.code])).toEqual([
      ['form02.selfAssessment.evidence.13.1', 'unknown_criterion'],
      ['form02.selfAssessment.evidence.1.2.0', 'required'],
    ]);
  });

  it('Art. 2.3: an association registers tourism services only', () => {
    const input = form02();
    input.producer.organisationType = 'hiep_hoi';
    expect(issuesOf(input)).toEqual([
      {
        field: 'form02.producer.organisationType',
        code: 'not_allowed_for_set',
        message: {
          vi: 'Hội, hiệp hội, trung tâm điều hành chỉ đăng ký sản phẩm dịch vụ du lịch (Điều 2 khoản 3)',
          en: 'Associations and operating centres register tourism services only (Art. 2.3)',
        },
      },
    ]);
  });

  it('item 7.d: ticking an intellectual-property title means ticking "Đã có đăng ký sở hữu trí tuệ"', () => {
    const input = form02();
    input.compliance!.intellectualProperty = { registered: false, patent: true };
    expect(issuesOf(input).map((i) => [i.field, i.code])).toEqual([
      ['form02.compliance.intellectualProperty.registered', 'inconsistent'],
    ]);
  });

  it('Part II: at least one year of results, each year once, revenue not negative, a loss allowed', () => {
    const none = form02();
    none.business.results.years = [];
    expect(issuesOf(none)).toEqual([
      {
        field: 'form02.business.results.years',
        code: 'too_small',
        message: { vi: 'Cần ít nhất 1 dòng', en: 'At least 1 row(s) needed' },
      },
    ]);
    const twice = form02();
    twice.business.results.years[1]!.year = 2024;
    twice.business.results.years[1]!.profit = -50_000_000;
    expect(issuesOf(twice).map((i) => [i.field, i.code])).toEqual([
      ['form02.business.results.years.1.year', 'duplicate'],
    ]);
    const negative = form02();
    negative.business.results.years[0]!.revenue = -1;
    expect(issuesOf(negative)[0]).toMatchObject({
      field: 'form02.business.results.years.0.revenue',
      code: 'too_small',
    });
  });

  it('Art. 6.1.b: an upgrade report sets out the changes since recognition', () => {
    expect(issuesOf(form02(), { kind: 'upgrade' }).map((i) => [i.field, i.code, i.message.en])).toEqual([
      [
        'form02.selfAssessment.changesSinceRecognition',
        'required',
        'An upgrade dossier must set out the changes since recognition (Art. 6.1.b)',
      ],
    ]);
    const input = form02();
    input.selfAssessment.changesSinceRecognition = 'Bao bì mới có mã QR; đạt VietGAP.';
    expect(validateForm02(input, { kind: 'upgrade' }).ok).toBe(true);
    expect(validateForm02(form02(), { kind: 'first' }).ok).toBe(true);
  });

  it('Art. 6.1.c: a re-evaluation report also updates the output of each year', () => {
    const input = form02();
    input.selfAssessment.changesSinceRecognition = 'Cập nhật công bố chất lượng, phiếu kiểm nghiệm định kỳ.';
    delete input.business.results.years[0]!.output;
    expect(issuesOf(input, { kind: 'reevaluation' }).map((i) => [i.field, i.code])).toEqual([
      ['form02.business.results.years.0.output', 'required'],
    ]);
  });

  it('the registration number is optional ("nếu có"), the narratives are not', () => {
    const input = form02();
    delete input.producer.registrationNo;
    expect(validateForm02(input).ok).toBe(true);
    const noPlan = form02() as Partial<Form02Input>;
    delete noPlan.plan;
    expect(issuesOf(noPlan).map((i) => i.field)).toEqual(['form02.plan']);
  });

  it("has a Vietnamese label for every field, in the order of the schema (the form's print order)", () => {
    expect(Object.keys(FORM02_LABELS)).toEqual(schemaPaths(form02Schema));
  });
});
