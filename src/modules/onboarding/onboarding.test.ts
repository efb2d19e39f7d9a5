// The onboarding import over HTTP against the real database: an office's own register (Lai Châu: title rows,
// pre-2025 units, no points, missing decision data) goes through upload → column mapping → dry run → commit; the
// split commune of Hà Giang (now Tuyên Quang) is asked and answered; a bomb, bad input, the wrong role or province
// are refused; the commit is all or nothing; the rejected rows come back as an .xlsx with their reasons.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import ExcelJS from 'exceljs';
import { pinToday, startEvaluationTestServer, type EvaluationTestServer } from '../evaluation/evaluation-test-kit.ts';
import type { CallResult } from '../../testing/people.ts';
import { DIEN_BIEN_CSV, haGiangXlsx, laiChauXlsx, xlsxOf, zipBomb, HA_GIANG_HEADER } from './onboarding-test-kit.ts';

let s: EvaluationTestServer;
beforeAll(async () => {
  s = await startEvaluationTestServer();
  pinToday('2026-11-23');
});
afterAll(async () => s?.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const count = async (q: string, params: unknown[] = []) => Number((await s.db.pool.query(q, params)).rows[0].n);
type Who = Parameters<EvaluationTestServer['call']>[0] & string;

async function upload(who: Who, name: string, bytes: Buffer, provinceCode?: string) {
  return s.upload(who, '/api/onboarding/batches', provinceCode ? { provinceCode } : {}, { name, bytes, mime: XLSX });
}
async function dryRun(who: Who, id: string, body: Record<string, unknown>) {
  return s.call(who, 'POST', `/api/onboarding/batches/${id}/dry-run`, body);
}
async function rowsOf(who: Who, id: string, outcome?: string) {
  const r = await s.call(
    who,
    'GET',
    `/api/onboarding/batches/${id}/rows?limit=500${outcome ? `&outcome=${outcome}` : ''}`,
  );
  return r.body.items as CallResult['body'][];
}
async function commitAndWait(who: Who, id: string) {
  const start = await s.call(who, 'POST', `/api/onboarding/batches/${id}/commit`);
  if (start.status !== 202) return start;
  for (let i = 0; i < 300; i++) {
    const b = await s.call(who, 'GET', `/api/onboarding/batches/${id}`);
    if (b.body.status !== 'committing') return b;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('commit did not end');
}

describe('Lai Châu: an office register in its own shape', () => {
  let id = '';
  let mapping: Record<string, number> = {};

  it('uploads: the header found under the title rows, the columns guessed', async () => {
    const r = await upload('laichau_office', 'DS OCOP Lai Chau.xlsx', await laiChauXlsx());
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ provinceCode: '12', status: 'uploaded', rowCount: 13 });
    expect(r.body.headers[1]).toBe('Tên sản phẩm');
    expect(r.body.mapping).toMatchObject({ productName: 1, producerName: 2, commune: 5, star: 6, year: 7 });
    id = r.body.id;
    mapping = r.body.mapping;
  });

  it('dry run: producers grouped and matched without legal-form words, old units resolved, problems by row and column', async () => {
    const r = await dryRun('laichau_office', id, { mapping });
    expect(r.status).toBe(200);
    expect(r.body.summary).toMatchObject({ rows: 13, rejected: 3, question: 1 });
    const rows = await rowsOf('laichau_office', id);
    const byNo = (n: number) => rows.find((x) => x.rowNo === n + 3)!;
    // "Hợp tác xã miến dong  Bình Lư" is the producer of row 1 ("HTX Miến dong Bình Lư"), Bình Lư now 03390.
    expect(byNo(1).plan).toMatchObject({
      unit: { communeCode: '03390', original: { district: 'Tam Đường', commune: 'Xã Bình Lư', oldCode: '03412' } },
      producer: { action: 'create', legalType: 'htx' },
    });
    expect(byNo(2).plan.producer).toMatchObject({ action: 'same_as_row', row: 4 });
    // "Thị trấn Mường Tè" is not "Xã Mường Tè": the kind of unit decides.
    expect(byNo(4).plan.unit.original.oldCode).toBe('03433');
    // "TP Lai Châu", "Xã San Thàng" → Tân Phong (03408) since 1/7/2025.
    expect(byNo(6).plan.unit.communeCode).toBe('03408');
    // No decision date: the star of its year is kept, no result is invented.
    expect(byNo(2).plan.result).toMatchObject({
      star: 3,
      year: 2023,
      decidedOn: null,
      record: false,
      decisionNumber: null,
    });
    expect(byNo(2).outcome).toBe('warning');
    // A dated result without a certificate number: recorded, its certificate not (number unknown).
    expect(byNo(1).plan.result).toMatchObject({
      decidedOn: '2021-09-12',
      record: true,
      certificate: false,
      level: 'province',
    });
    expect(byNo(10).outcome).toBe('question');
    expect(byNo(10).problems[0]).toMatchObject({ field: 'legalType', code: 'unknown_type', severity: 'question' });
    expect(byNo(11).problems).toContainEqual(expect.objectContaining({ field: 'year', code: 'no_rule_set' }));
    expect(byNo(12).problems).toContainEqual(expect.objectContaining({ field: 'commune', code: 'unknown_unit' }));
    // 148/QĐ-TTg: a district recognised 3★ products only (4★: the province).
    expect(byNo(13).problems).toContainEqual(expect.objectContaining({ field: 'issuingBody', code: 'wrong_level' }));
    for (const p of byNo(13).problems) expect(p.message.vi).not.toBe(p.message.en);
  });

  it('the rejected rows download as .xlsx with the original cells and the reasons (vi, en)', async () => {
    const r = await s.raw('laichau_office', `/api/onboarding/batches/${id}/rejected.xlsx`);
    expect(r.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.body as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(3).value).toBe('Tên sản phẩm');
    const lines = [2, 3, 4, 5].map((n) => ws.getRow(n).values as unknown[]);
    expect(lines.map((l) => l[1])).toEqual([13, 14, 15, 16]);
    expect(String(lines[2]![13])).toContain('Không tìm thấy đơn vị hành chính "Xã Không Có"');
    expect(String(lines[2]![14])).toContain('No administrative unit');
  });

  it('commit is refused while a question is open; answered, all importable rows commit with their audit', async () => {
    expect((await s.call('laichau_office', 'POST', `/api/onboarding/batches/${id}/commit`)).status).toBe(409);
    const again = await dryRun('laichau_office', id, { mapping, answers: { legalType: 'ho_kinh_doanh' } });
    expect(again.body.summary).toMatchObject({ question: 0, rejected: 3, producersCreated: 9, productsCreated: 10 });
    const before = await count('select count(*) n from producers');
    const done = await commitAndWait('laichau_office', id);
    expect(done.body).toMatchObject({ status: 'committed', progress: { done: 10, total: 10 } });
    expect((await count('select count(*) n from producers')) - before).toBe(9);
    const results = await s.db.pool.query(
      `select h.star, h.points, h.filed_on, h.decision_no, h.certificate_id, h.note from historical_results h
       join onboarding_rows o on o.dossier_id = h.dossier_id where o.batch_id = $1 order by o.row_no`,
      [id],
    );
    expect(results.rows.length).toBe(3);
    expect(results.rows[0]).toMatchObject({
      star: 3,
      points: null,
      filed_on: null,
      decision_no: '1354/QĐ-UBND',
      certificate_id: null,
    });
    expect(results.rows[0].note).toContain('cơ quan ban hành: UBND tỉnh Lai Châu');
    expect(
      await count(`select count(*) n from audit_log where action = 'onboarding.commit' and entity_id = $1`, [id]),
    ).toBe(1);
    // The same register again finds its producers and products: nothing to create.
    const second = await upload('laichau_office', 'lan 2.xlsx', await laiChauXlsx());
    const dry = await dryRun('laichau_office', second.body.id, { mapping, answers: { legalType: 'ho_kinh_doanh' } });
    expect(dry.body.summary).toMatchObject({ producersCreated: 0, productsCreated: 0, producersMatched: 9 });
  });
});

describe('Hà Giang (Tuyên Quang since 1/7/2025): a commune split between two new ones', () => {
  it('asks which new commune, then records the results with their certificates', async () => {
    const up = await upload('sysadmin', 'ha-giang.xlsx', await haGiangXlsx(), '08');
    expect(up.status).toBe(201);
    const id = up.body.id;
    const r = await dryRun('sysadmin', id, { mapping: up.body.mapping });
    expect(r.body.summary.questions).toEqual([
      expect.objectContaining({
        key: '00967',
        oldName: 'Xã Việt Lâm',
        options: [
          { code: '00913', name: 'Xã Vị Xuyên' },
          { code: '00967', name: 'Xã Việt Lâm' },
        ],
      }),
      expect.objectContaining({ key: '00988' }),
    ]);
    const answered = await dryRun('sysadmin', id, {
      mapping: up.body.mapping,
      answers: { units: { '00967': '00913', '00988': '00994' } },
    });
    expect(answered.body.summary).toMatchObject({ question: 0, rejected: 0, results: 2, certificates: 2 });
    const rows = await rowsOf('sysadmin', id);
    expect(rows[0]!.plan.unit).toMatchObject({
      communeCode: '00913',
      via: 'answer',
      original: { oldCode: '00967', commune: 'Việt Lâm' },
    });
    const done = await commitAndWait('sysadmin', id);
    expect(done.body.status).toBe('committed');
    expect(
      await count(`select count(*) n from certificates where number in ('1821-05/GCN-OCOP-HG', '2150-12/GCN-OCOP-HG')`),
    ).toBe(2);
  });

  it('all or nothing: a row that fails at commit (certificate number taken) leaves nothing written', async () => {
    const up = await upload(
      'sysadmin',
      'hg2.xlsx',
      await xlsxOf([
        HA_GIANG_HEADER,
        [
          1,
          'Chè vàng Phương Độ',
          'HTX Chè Phương Độ',
          'TP Hà Giang',
          'Xã Phương Độ',
          3,
          60,
          2022,
          '1821/QĐ-UBND',
          '15/09/2022',
          'X-1/GCN',
        ],
        [
          2,
          'Trà hoa vàng',
          'HTX Trà hoa vàng Phương Độ',
          'TP Hà Giang',
          'Xã Phương Độ',
          3,
          60,
          2022,
          '1821/QĐ-UBND',
          '15/09/2022',
          '1821-05/GCN-OCOP-HG',
        ],
      ]),
      '08',
    );
    const dry = await dryRun('sysadmin', up.body.id, { mapping: up.body.mapping });
    expect(dry.body.summary).toMatchObject({ rejected: 0, question: 0 });
    const before = await count('select count(*) n from producers');
    const done = await commitAndWait('sysadmin', up.body.id);
    expect(done.body).toMatchObject({ status: 'failed', error: { rowNo: 3 } });
    expect(done.body.error.message.vi).toContain('1821-05/GCN-OCOP-HG');
    expect(await count('select count(*) n from producers')).toBe(before);
    expect(await count(`select count(*) n from certificates where number = 'X-1/GCN'`)).toBe(0);
  });
});

describe('the set-based commit writes what one-by-one recording wrote', () => {
  it('a product listed twice: the later 4★ is an upgrade whose certificate replaces the first; one decision for two rows; an audit row per record', async () => {
    const row = (
      n: number,
      product: string,
      producer: string,
      star: number,
      points: number,
      date: string,
      qd: string,
      gcn: string | null,
    ) => [n, product, producer, 'TP Hà Giang', 'Xã Phương Độ', star, points, Number(date.slice(6)), qd, date, gcn];
    const up = await upload(
      'sysadmin',
      'hg3.xlsx',
      await xlsxOf([
        HA_GIANG_HEADER,
        row(1, 'Trà hoa vàng Phương Độ', 'HTX Trà Phương Độ', 3, 60, '15/09/2021', '901/QĐ-UBND', 'PD-1/GCN'),
        row(2, 'Mật ong Phương Độ', 'Hợp tác xã trà  Phương Độ', 3, 58, '15/09/2021', '901/QĐ-UBND', null),
        row(3, 'Trà hoa vàng Phương Độ', 'HTX Trà Phương Độ', 4, 75, '20/10/2024', '77/QĐ-UBND', 'PD-2/GCN'),
      ]),
      '08',
    );
    const dry = await dryRun('sysadmin', up.body.id, { mapping: up.body.mapping });
    expect(dry.body.summary).toMatchObject({ rejected: 0, question: 0, producersCreated: 1, productsCreated: 2 });
    const done = await commitAndWait('sysadmin', up.body.id);
    expect(done.body).toMatchObject({ status: 'committed', progress: { done: 3, total: 3 } });
    const q = async (text: string) => (await s.db.pool.query(text, [up.body.id])).rows;
    const dossiers = await q(`select o.row_no, d.kind, d.state, d.previous_certificate_id is not null as has_previous
      from onboarding_rows o join dossiers d on d.id = o.dossier_id where o.batch_id = $1 order by o.row_no`);
    expect(dossiers.map((d) => [d.row_no, d.kind, d.state, d.has_previous])).toEqual([
      [2, 'first', 'province_certified', false],
      [3, 'first', 'province_certified', false],
      [4, 'upgrade', 'province_certified', true],
    ]);
    const certs =
      await q(`select c.number, c.status, (select number from certificates n where n.id = c.superseded_by) by
      from certificates c where c.product_id in (select product_id from onboarding_rows where batch_id = $1) order by c.number`);
    expect(certs).toEqual([
      { number: 'PD-1/GCN', status: 'superseded', by: 'PD-2/GCN' },
      { number: 'PD-2/GCN', status: 'valid', by: null },
    ]);
    expect(await count(`select count(*) n from decisions where province_code = '08' and number = '901/QĐ-UBND'`)).toBe(
      1,
    );
    const audits = await q(`select action, count(*)::int n from audit_log a where a.entity_id in (
        select producer_id::text from onboarding_rows where batch_id = $1
        union select product_id::text from onboarding_rows where batch_id = $1
        union select dossier_id::text from onboarding_rows where batch_id = $1
        union select c.id::text from certificates c join onboarding_rows o on o.product_id = c.product_id and o.batch_id = $1
        union select h.decision_id::text from historical_results h join onboarding_rows o on o.dossier_id = h.dossier_id and o.batch_id = $1)
      group by action order by action`);
    expect(audits).toEqual([
      { action: 'certificate.record_historical', n: 2 },
      { action: 'certificate.supersede', n: 1 },
      { action: 'decision.record_historical', n: 2 },
      { action: 'dossier.record_historical', n: 3 },
      { action: 'producer.create', n: 1 },
      { action: 'product.create', n: 2 },
    ]);
  });
  it('a record the registry refuses at commit (its producer stopped since the dry run) names its row; nothing is written', async () => {
    // The producer committed by the Hà Giang import above, with a product it does not have yet.
    const up = await upload(
      'sysadmin',
      'hg4.xlsx',
      await xlsxOf([
        HA_GIANG_HEADER,
        [
          1,
          'Cam Vinh Phương Thiện',
          'HTX cam Phương Thiện',
          'Thành phố Hà Giang',
          'Xã Phương Thiện',
          3,
          55,
          2023,
          null,
          null,
          null,
        ],
      ]),
      '08',
    );
    const dry = await dryRun('sysadmin', up.body.id, { mapping: up.body.mapping });
    expect(dry.body.summary).toMatchObject({ producersMatched: 1, productsCreated: 1, rejected: 0 });
    const producerId = (await rowsOf('sysadmin', up.body.id))[0]!.plan.producer.id;
    await s.db.pool.query(`update producers set status = 'inactive' where id = $1`, [producerId]);
    try {
      const before = await count('select count(*) n from products');
      const done = await commitAndWait('sysadmin', up.body.id);
      expect(done.body).toMatchObject({ status: 'failed', error: { rowNo: 2 } });
      expect(done.body.error.message.vi).toContain('Dòng 2: Chủ thể đã ngừng hoạt động');
      expect(await count('select count(*) n from products')).toBe(before);
    } finally {
      await s.db.pool.query(`update producers set status = 'active' where id = $1`, [producerId]);
    }
  });
});

describe('refusals', () => {
  it('a decompression bomb is refused before reading: 400 naming file', async () => {
    const r = await upload('laichau_office', 'bom.xlsx', zipBomb(32));
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0]).toMatchObject({ field: 'file', code: 'decompression_bomb' });
  });
  it('bad input: a mapping without the star column, an unknown province — 400 naming the field (vi + en)', async () => {
    const up = await upload('dienbien_office', 'dien-bien.csv', DIEN_BIEN_CSV());
    expect(up.status).toBe(201);
    expect(up.body.mapping).toMatchObject({ productName: 0, producerName: 1, star: 5 });
    const bad = await dryRun('dienbien_office', up.body.id, {
      mapping: { productName: 0, producerName: 1, commune: 4 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues).toContainEqual(expect.objectContaining({ field: 'mapping.star', code: 'required' }));
    expect((await dryRun('dienbien_office', up.body.id, { mapping: { ...up.body.mapping, star: 99 } })).status).toBe(
      400,
    );
    const prov = await upload('sysadmin', 'x.csv', DIEN_BIEN_CSV(), '99');
    expect(prov.body.error.issues[0]).toMatchObject({ field: 'provinceCode', code: 'unknown' });
    const ok = await dryRun('dienbien_office', up.body.id, { mapping: up.body.mapping });
    expect(ok.body.summary).toMatchObject({ rows: 2, rejected: 0 });
  });
  it('wrong role and wrong province are refused', async () => {
    expect((await upload('binhlu_officer', 'a.xlsx', await laiChauXlsx())).status).toBe(403);
    expect((await upload('chair', 'a.xlsx', await laiChauXlsx())).status).toBe(403);
    expect((await upload('dienbien_office', 'a.xlsx', await laiChauXlsx(), '12')).status).toBe(403);
    const mine = await upload('laichau_office', 'a.xlsx', await laiChauXlsx());
    expect((await s.call('dienbien_office', 'GET', `/api/onboarding/batches/${mine.body.id}`)).status).toBe(404);
    expect((await s.call('dienbien_office', 'POST', `/api/onboarding/batches/${mine.body.id}/commit`)).status).toBe(
      404,
    );
  });
  it('GET /api/me/permissions says who may import', async () => {
    expect((await s.call('laichau_office', 'GET', '/api/me/permissions')).body.mayImportRegister).toBe(true);
    expect((await s.call('binhlu_officer', 'GET', '/api/me/permissions')).body.mayImportRegister).toBe(false);
  });
  it('the template downloads and reads back through the import', async () => {
    const t = await s.raw('laichau_office', '/api/onboarding/template.xlsx');
    expect(t.status).toBe(200);
    const up = await upload('laichau_office', 'mau.xlsx', t.body);
    // The answer in the message: this failed once under a full, loaded run and passed alone.
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    expect(up.body.rowCount).toBe(1);
    const dry = await dryRun('laichau_office', up.body.id, { mapping: up.body.mapping });
    expect(dry.body.summary).toMatchObject({ rejected: 0, question: 0 });
  });
});
