// The import's pure rules: headers guessed with and without diacritics, cells read as offices write them, producer
// names matched without diacritics, spacing and legal-form words, stars checked against the rules of their year,
// and the zip guard that refuses a decompression bomb before anything is inflated.
import { describe, it, expect } from 'vitest';
import { producerNameKey } from '../registry/index.ts';
import { loadRuleSets } from '../reference/index.ts';
import { guessMapping } from './domain/fields.ts';
import { inferLegalType, levelOfBody, readDate, readStar } from './domain/cells.ts';
import { guessSet } from './domain/product-set.ts';
import { checkStarOfYear } from './domain/star-era.ts';
import { inspectZip } from '../../platform/zip-guard.ts';
import { HA_GIANG_HEADER, LAI_CHAU_HEADER, xlsxOf, zipBomb } from './onboarding-test-kit.ts';

describe('column mapping', () => {
  it('guesses Vietnamese headers with diacritics', () => {
    expect(guessMapping(LAI_CHAU_HEADER)).toEqual({
      productName: 1,
      producerName: 2,
      legalType: 3,
      district: 4,
      commune: 5,
      star: 6,
      year: 7,
      decisionNumber: 8,
      decisionDate: 9,
      issuingBody: 10,
    });
  });
  it('guesses headers typed without diacritics, abbreviated', () => {
    expect(guessMapping(HA_GIANG_HEADER)).toMatchObject({
      productName: 1,
      producerName: 2,
      district: 3,
      commune: 4,
      star: 5,
      points: 6,
      year: 7,
      decisionNumber: 8,
      decisionDate: 9,
      certificateNumber: 10,
    });
  });
});

describe('matching producers', () => {
  it('"HTX Miến dong Bình Lư" = "Hợp tác xã miến dong  Bình Lư" (diacritics, spacing, legal-form words)', () => {
    expect(producerNameKey('HTX Miến dong Bình Lư')).toBe(producerNameKey('Hợp tác xã miến dong  Bình Lư'));
    expect(producerNameKey('Công ty TNHH Sâm Lai Châu')).toBe(
      producerNameKey('CÔNG TY TRÁCH NHIỆM HỮU HẠN SÂM LAI CHÂU'),
    );
  });
  it('Art. 2.3: the legal type from the type column, else the head of the name, else unknown (asked)', () => {
    expect(inferLegalType('Công ty TNHH', 'Sâm Lai Châu')).toEqual({ type: 'dnnvv', from: 'cell' });
    expect(inferLegalType('', 'HTX Miến dong Bình Lư')).toEqual({ type: 'htx', from: 'name' });
    expect(inferLegalType('Hộ kinh doanh', 'Lò Văn Hải')).toEqual({ type: 'ho_kinh_doanh', from: 'cell' });
    expect(inferLegalType('', 'Nguyễn Văn Bình')).toBeNull();
  });
});

describe('cells as offices write them', () => {
  it('reads stars, dates and the level of the issuing body', () => {
    expect([readStar('3 sao'), readStar('***'), readStar('4'), readStar('5★'), readStar('sáu')]).toEqual([
      3,
      3,
      4,
      5,
      null,
    ]);
    expect([readDate('12/09/2021'), readDate('2021-09-12'), readDate('31/02/2021'), readDate('')]).toEqual([
      '2021-09-12',
      '2021-09-12',
      'invalid',
      null,
    ]);
    expect([levelOfBody('UBND huyện Tân Uyên'), levelOfBody('UBND tỉnh Lai Châu'), levelOfBody('Bộ NN&PTNT')]).toEqual([
      'district',
      'province',
      'central',
    ]);
    expect([guessSet('Miến dong Bình Lư'), guessSet('Chè Shan tuyết Tả Lèng'), guessSet('Mật ong rừng')]).toEqual([
      6, 11, 4,
    ]);
  });
});

describe('stars against the rules of their year', () => {
  const sets = loadRuleSets();
  const today = '2026-11-23';
  it('148/QĐ-TTg: a district recognised 3★ in 2023 but never 4★', () => {
    expect(checkStarOfYear({ star: 3, year: 2023, level: 'district' }, sets, today)).toEqual([]);
    expect(checkStarOfYear({ star: 4, year: 2024, level: 'district' }, sets, today)[0]).toMatchObject({
      field: 'issuingBody',
      code: 'wrong_level',
    });
  });
  it('1048/QĐ-TTg: the province recognised 3★ and 4★, the Ministry 5★', () => {
    expect(checkStarOfYear({ star: 4, year: 2021, level: 'province' }, sets, today)).toEqual([]);
    expect(checkStarOfYear({ star: 5, year: 2021, level: 'province' }, sets, today)[0]?.code).toBe('wrong_level');
  });
  it('a year before the first rule set (1048/QĐ-TTg, 21/8/2019) or in the future is refused', () => {
    expect(checkStarOfYear({ star: 3, year: 2018, level: null }, sets, today)[0]).toMatchObject({
      field: 'year',
      code: 'no_rule_set',
    });
    expect(checkStarOfYear({ star: 3, year: 2027, level: null }, sets, today)[0]?.code).toBe('in_future');
  });
});

describe('decompression bombs', () => {
  it('refuses a zip whose entry inflates 1000× before inflating it', () => {
    expect(inspectZip(zipBomb(16))).toMatchObject({ ok: false, code: 'ratio' });
  });
  it('accepts a real workbook and refuses what is no zip', async () => {
    expect(inspectZip(await xlsxOf([LAI_CHAU_HEADER]))).toMatchObject({ ok: true });
    expect(inspectZip(Buffer.from('Tên sản phẩm,Chủ thể'))).toMatchObject({ ok: false, code: 'not_zip' });
  });
});
