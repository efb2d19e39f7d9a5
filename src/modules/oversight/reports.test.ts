// The standard reports against a world built in Lai Châu (12) with one product in Điện Biên (11): each .xlsx read
// back and its numbers checked; a past day reproduces what was true then (a certificate revoked or replaced later was
// in force, a product registered later is absent, a decision signed later is not shown); PDFs are real; scope and bad
// input. Today is pinned to 1/12/2026.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinToday, startEvaluationTestServer, type EvaluationTestServer } from '../evaluation/evaluation-test-kit.ts';
import { readPdf, squash } from '../evaluation/forms/pdf-text.ts';
import * as w from './report-test-kit.ts';

let s: EvaluationTestServer;
const id: Record<string, string> = {};

beforeAll(async () => {
  s = await startEvaluationTestServer();
  pinToday('2026-12-01');
  const htx = await w.producer(s, { commune: '03390', name: 'HTX Miến dong Bình Lư' });
  const ho = await w.producer(s, { commune: '03408', name: 'Hộ Lò Văn Chè', legalType: 'ho_kinh_doanh' });
  const db = await w.producer(s, { commune: '03127', province: '11', name: 'HTX Điện Biên' });
  const p = (k: string, producer: string, commune: string, name: string, registeredOn: string, province?: string) =>
    w.product(s, { producer, commune, name, registeredOn, province }).then((v) => (id[k] = v));
  await p('P1', htx, '03390', 'Miến dong Bình Lư', '2025-03-01');
  await p('P2', ho, '03408', 'Chè Shan tuyết Tân Phong', '2026-02-10');
  await p('P3', htx, '03390', 'Rượu ngô Bình Lư', '2023-01-01');
  await p('P4', ho, '03408', 'Mật ong Tân Phong', '2022-05-01');
  await p('P5', htx, '03390', 'Gạo Séng Cù', '2026-10-20');
  await p('P6', db, '03127', 'Gạo Điện Biên', '2026-01-05', '11');
  await p('P7', htx, '03390', 'Thịt trâu gác bếp', '2021-04-01');
  // Dossiers of 2026: P1's upgrade (central 5★), P2's first evaluation (3★), P5's first (2★), P7's re-evaluation.
  id.D1 = await w.dossier(s, {
    product: id.P1!,
    kind: 'upgrade',
    year: 2026,
    openedOn: '2026-04-01',
    decision: ['9/QĐ-BNNMT', '2026-09-15'],
  });
  id.D2 = await w.dossier(s, {
    product: id.P2!,
    kind: 'first',
    year: 2026,
    openedOn: '2026-03-01',
    decision: ['200/QĐ-UBND', '2026-06-28'],
  });
  id.D5 = await w.dossier(s, {
    product: id.P5!,
    kind: 'first',
    year: 2026,
    openedOn: '2026-10-25',
    state: 'result_notice',
  });
  id.D7 = await w.dossier(s, { product: id.P7!, kind: 'reevaluation', year: 2026, openedOn: '2026-01-15' });
  const c = (k: string, o: Omit<Parameters<typeof w.certificate>[1], 'number'>) =>
    w.certificate(s, { ...o, number: `${k}/GCN-OCOP` }).then((v) => (id[k] = v));
  await c('C1', { product: id.P1!, star: 4, on: '2024-06-10', until: '2027-06-10' });
  await c('C1u', { product: id.P1!, star: 5, on: '2026-09-15', until: '2029-09-15', dossier: id.D1 });
  await c('C2', { product: id.P2!, star: 3, on: '2026-07-01', until: '2029-07-01', dossier: id.D2 });
  await c('C3', { product: id.P3!, star: 4, on: '2025-01-10', until: '2028-01-10' });
  await c('C4', { product: id.P4!, star: 3, on: '2023-03-01', until: '2026-03-01' });
  await c('C6', { product: id.P6!, star: 4, on: '2026-05-01', until: '2029-05-01', province: '11' });
  await c('C7', { product: id.P7!, star: 4, on: '2023-05-20', until: '2026-05-20' });
  await c('C7r', { product: id.P7!, star: 4, on: '2026-05-10', until: '2029-05-10', dossier: id.D7 });
  await w.supersede(s, id.C1!, id.C1u!);
  await w.supersede(s, id.C7!, id.C7r!);
  await w.revoke(s, id.C3!, '2026-10-15', '15/QĐ-UBND');
  const r1 = await w.round(s, { year: 2026, number: 1 });
  const r2 = await w.round(s, { year: 2026, number: 2 });
  await w.outcome(s, { council: r1, dossier: id.D2!, mean: 62.5, star: 3, outcome: 'certify', on: '2026-06-20' });
  await w.outcome(s, { council: r2, dossier: id.D1!, mean: 91, star: 5, outcome: 'forward', on: '2026-09-01' });
  await w.outcome(s, { council: r2, dossier: id.D5!, mean: 45, star: 2, outcome: 'result_notice', on: '2026-11-25' });
}, 120_000);
afterAll(async () => s?.close());

const xlsx = async (who: Parameters<EvaluationTestServer['raw']>[0], url: string) => {
  const r = await s.raw(who, url);
  expect(r.status, r.body.toString().slice(0, 300)).toBe(200);
  expect(String(r.headers['content-type'])).toContain('spreadsheetml');
  return w.readReport(r.body);
};

describe('GET /api/reports: what the user may produce', () => {
  it('lists the five reports with the user own unit; a producer gets none', async () => {
    const r = await s.call('laichau_office', 'GET', '/api/reports');
    expect(r.status).toBe(200);
    expect(r.body.reports.map((x: { kind: string }) => x.kind)).toEqual([
      'products',
      'rounds',
      'certificates',
      'year-review',
      'targets',
    ]);
    expect(r.body.unit).toMatchObject({ code: '12', level: 'province', label: 'Tỉnh Lai Châu' });
    expect((await s.call('binhlu_officer', 'GET', '/api/reports')).body.unit).toMatchObject({
      code: '03390',
      level: 'commune',
    });
    expect((await s.call('ministry', 'GET', '/api/reports')).body.unit).toMatchObject({ code: 'national' });
    expect((await s.call('binhlu_producer', 'GET', '/api/reports')).body).toEqual({ reports: [], unit: null });
    const doc = await s.call(null, 'GET', '/api/openapi.json');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/api/reports', '/api/reports/{kind}.{format}']),
    );
    const perms = await s.call('laichau_office', 'GET', '/api/me/permissions');
    expect(perms.body.permissions).toContain('reports.read');
    expect((await s.call('chair', 'GET', '/api/me/permissions')).body.permissions).not.toContain('reports.read');
  });
});

describe('a. registered producers and products of the year', () => {
  it('lists the products registered or evaluated in 2026 with their producer, type, commune, set and star today', async () => {
    const ws = await xlsx('laichau_office', '/api/reports/products.xlsx?year=2026');
    const list = w.table(ws, 'Danh sách chủ thể');
    expect(list.header[0]).toBe('STT');
    const names = list.rows.map((r) => r[1]);
    expect(names.sort()).toEqual(['Chè Shan tuyết Tân Phong', 'Gạo Séng Cù', 'Miến dong Bình Lư', 'Thịt trâu gác bếp']);
    expect(list.rows.map((r) => r[0]).sort()).toEqual([1, 2, 3, 4]);
    expect(w.rowWith(list.rows, 'Miến dong Bình Lư')).toEqual([
      expect.any(Number),
      'Miến dong Bình Lư',
      'HTX Miến dong Bình Lư',
      'Hợp tác xã',
      'Xã Bình Lư',
      expect.stringMatching(/^1\. /),
      '5 sao',
      'Nâng hạng',
    ]);
    expect(w.rowWith(list.rows, 'Chè Shan tuyết Tân Phong')?.slice(3, 8)).toEqual([
      'Hộ sản xuất, hộ gia đình có đăng ký kinh doanh',
      'Phường Tân Phong',
      expect.any(String),
      '3 sao',
      'Đánh giá lần đầu',
    ]);
    expect(w.rowWith(list.rows, 'Gạo Séng Cù')?.[6]).toBeNull();
    const sum = w.table(ws, 'theo xã');
    expect(w.rowWith(sum.rows, 'Tổng cộng')?.slice(2)).toEqual([2, 4, 3]);
  });

  it('as of 1/9/2026: the rice registered in October is absent; the noodles hold their 4★ (upgraded on 15/9)', async () => {
    const ws = await xlsx('laichau_office', '/api/reports/products.xlsx?year=2026&asOf=2026-09-01');
    const list = w.table(ws, 'Danh sách chủ thể');
    expect(list.rows.map((r) => r[1]).sort()).toEqual([
      'Chè Shan tuyết Tân Phong',
      'Miến dong Bình Lư',
      'Thịt trâu gác bếp',
    ]);
    expect(w.rowWith(list.rows, 'Miến dong Bình Lư')?.[6]).toBe('4 sao');
  });

  it('a commune officer gets the commune own list', async () => {
    const ws = await xlsx('binhlu_officer', '/api/reports/products.xlsx');
    expect(
      w
        .table(ws, 'Danh sách chủ thể')
        .rows.map((r) => r[1])
        .sort(),
    ).toEqual(['Gạo Séng Cù', 'Miến dong Bình Lư', 'Thịt trâu gác bếp']);
  });
});

describe('b. results of each round', () => {
  it('each round with its products, points, stars, outcome, decision and certificate', async () => {
    const ws = await xlsx('laichau_office', '/api/reports/rounds.xlsx?year=2026');
    const sum = w.table(ws, 'Tổng hợp kết quả');
    expect(sum.rows.map((r) => r.slice(1))).toEqual([
      ['Đợt 1 năm 2026', 1, 1, 0, 0, 0, 1],
      ['Đợt 2 năm 2026', 2, 0, 0, 1, 1, 1],
      ['Tổng cộng', 3, 1, 0, 1, 1, 2],
    ]);
    const r1 = w.table(ws, 'Kết quả Đợt 1 năm 2026');
    expect(r1.rows[0]).toEqual([
      1,
      'Chè Shan tuyết Tân Phong',
      'Hộ Lò Văn Chè',
      'Phường Tân Phong',
      'Đánh giá lần đầu',
      62.5,
      '3 sao',
      expect.stringMatching(/công nhận/),
      '200/QĐ-UBND ngày 28/06/2026',
      'C2/GCN-OCOP',
    ]);
  });

  it('as of 25/6/2026: round 1 is scored but its decision (28/6) and certificate (1/7) are not yet there', async () => {
    const ws = await xlsx('laichau_office', '/api/reports/rounds.xlsx?year=2026&asOf=2026-06-25');
    const r1 = w.table(ws, 'Kết quả Đợt 1 năm 2026');
    expect([r1.rows[0]?.[8] ?? null, r1.rows[0]?.[9] ?? null]).toEqual([null, null]);
    expect(r1.rows[0]?.[6]).toBe('3 sao');
    expect(() => w.table(ws, 'Kết quả Đợt 2')).toThrow();
  });
});

describe('c. certificates issued, expired, revoked in a period', () => {
  it('Art. 4.3, 8: 2026 to date — issued 3, expired 1 (the honey), revoked 1 (the rượu ngô), totals by star', async () => {
    const ws = await xlsx('laichau_office', '/api/reports/certificates.xlsx?from=2026-01-01&to=2026-12-01');
    const t = w.table(ws, 'Tổng hợp theo hạng sao');
    expect(t.rows.map((r) => r.slice(1))).toEqual([
      ['3 sao', 1, 1, 0, 1],
      ['4 sao', 1, 0, 1, 1],
      ['5 sao', 1, 0, 0, 1],
      ['Tổng cộng', 3, 1, 1, 3],
    ]);
    expect(w.table(ws, 'bị thu hồi').rows[0]).toEqual([
      1,
      'C3/GCN-OCOP',
      'Rượu ngô Bình Lư',
      'HTX Miến dong Bình Lư',
      'Xã Bình Lư',
      '4 sao',
      '10/01/2025',
      '15/10/2026',
      '15/QĐ-UBND',
    ]);
    expect(w.table(ws, 'hết hiệu lực trong kỳ').rows.map((r) => r[1])).toEqual(['C4/GCN-OCOP']);
  });

  it('Art. 8: as of 1/10/2026 the rượu ngô revoked on 15/10 was in force and not revoked', async () => {
    const ws = await xlsx('laichau_office', '/api/reports/certificates.xlsx?asOf=2026-10-01');
    const t = w.table(ws, 'Tổng hợp theo hạng sao');
    expect(w.rowWith(t.rows, '4 sao')?.slice(2)).toEqual([1, 0, 0, 2]);
    expect(w.table(ws, 'bị thu hồi').rows[0]?.[0]).toMatch(/Không có/);
  });

  it('the Ministry sees the whole country (Điện Biên included)', async () => {
    const ws = await xlsx('ministry', '/api/reports/certificates.xlsx?unit=national&from=2026-01-01');
    expect(w.rowWith(w.table(ws, 'Tổng hợp theo hạng sao').rows, 'Tổng cộng')?.slice(2)).toEqual([4, 1, 1, 4]);
  });
});

describe('d. the year-end review', () => {
  it("figures of 2026 by star and by commune; the plan's targets against the results, and the funds paid", async () => {
    const plan = await s.call('laichau_office', 'POST', '/api/plans', {
      unitSet: 2025,
      unitCode: '12',
      year: 2026,
      title: 'Kế hoạch OCOP tỉnh Lai Châu năm 2026',
      targets: [
        { kind: 'products_certified', star: 3, target: 4, wording: 'Phát triển mới 04 sản phẩm 3 sao' },
        { kind: 'products_maintained', target: 3 },
      ],
    });
    expect(plan.status).toBe(201);
    const ws = await xlsx('laichau_office', '/api/reports/year-review.xlsx?year=2026');
    const all = w.rowsOf(ws).flat();
    expect(all).toContain('BÁO CÁO SƠ KẾT THỰC HIỆN CHƯƠNG TRÌNH MỖI XÃ MỘT SẢN PHẨM (OCOP) NĂM 2026');
    expect(all).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const byStar = w.table(ws, 'theo hạng sao');
    expect(byStar.rows.map((r) => r.slice(1))).toEqual([
      ['3 sao', 1, 0, 0, 1, 0, 1],
      ['4 sao', 0, 0, 1, 0, 1, 1],
      ['5 sao', 0, 1, 0, 0, 0, 1],
      ['Tổng cộng', 1, 1, 1, 1, 1, 3],
    ]);
    const byCommune = w.table(ws, 'theo xã');
    expect(w.rowWith(byCommune.rows, 'Xã Bình Lư')?.slice(2)).toEqual([0, 1, 1, 0, 1, 2]);
    expect(w.rowWith(byCommune.rows, 'Phường Tân Phong')?.slice(2)).toEqual([1, 0, 0, 1, 0, 1]);
    // Issue 11: the targets read as the plan's page counts them (1 new 3★ of 4; 3 in force of 3), the funds by source.
    const targets = w.table(ws, 'Kế hoạch OCOP tỉnh Lai Châu năm 2026');
    expect(targets.rows.map((r) => r.slice(2, 5))).toEqual([
      [4, 1, 25],
      [3, 3, 100],
    ]);
    expect(w.rowWith(w.table(ws, 'Kinh phí hỗ trợ').rows, 'Tổng cộng')?.slice(2)).toEqual([0]);
    expect(all.filter((v) => typeof v === 'string' && v.startsWith('CHƯA CÓ DỮ LIỆU'))).toEqual([]);
    // The nation has no plan of its own: the Ministry's review says so instead of a figure.
    const national = w.rowsOf(await xlsx('ministry', '/api/reports/year-review.xlsx?year=2026')).flat();
    const notes = national.filter((v) => typeof v === 'string' && v.includes('báo cáo toàn quốc không tổng hợp'));
    expect(new Set(notes).size).toBe(1);
  });

  it('as of 1/9/2026 the upgrade of 15/9 has not happened: 4 in force (the noodles 4★ and the rượu ngô included)', async () => {
    const ws = await xlsx('laichau_office', '/api/reports/year-review.xlsx?asOf=2026-09-01');
    expect(w.rowWith(w.table(ws, 'theo hạng sao').rows, 'Tổng cộng')?.slice(2)).toEqual([1, 0, 1, 1, 0, 4]);
  });
});

describe('PDF', () => {
  it('each report is a real PDF with the national heading, its title and every letter drawn', async () => {
    const titles: Record<string, string> = {
      products: 'DANH SÁCH CHỦ THỂ, SẢN PHẨM',
      rounds: 'KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG',
      certificates: 'TÌNH HÌNH CẤP, HẾT HIỆU LỰC VÀ THU HỒI',
      'year-review': 'BÁO CÁO SƠ KẾT',
    };
    for (const [kind, title] of Object.entries(titles)) {
      const r = await s.raw('laichau_office', `/api/reports/${kind}.pdf`);
      expect(r.status).toBe(200);
      expect(r.headers['content-type']).toBe('application/pdf');
      expect(r.body.subarray(0, 5).toString()).toBe('%PDF-');
      expect(r.body.length).toBeGreaterThan(20_000);
      const pdf = readPdf(r.body);
      expect(squash(pdf.text)).toContain(squash('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
      expect(squash(pdf.text)).toContain(squash(title));
      expect(pdf.notdef).toBe(0);
    }
  });
});

describe('scope and bad input', () => {
  it('403 outside the user area, for a role without reports, and a national report for a province', async () => {
    expect((await s.raw('tanphong_officer', '/api/reports/products.xlsx?unit=03390')).status).toBe(403);
    expect((await s.raw('binhlu_officer', '/api/reports/products.xlsx?unit=12')).status).toBe(403);
    expect((await s.raw('laichau_office', '/api/reports/products.xlsx?unit=11')).status).toBe(403);
    expect((await s.raw('laichau_office', '/api/reports/products.xlsx?unit=national')).status).toBe(403);
    expect((await s.raw('chair', '/api/reports/products.xlsx')).status).toBe(403);
    expect((await s.raw('laichau_office', '/api/reports/products.xlsx?unit=03390')).status).toBe(200);
    expect((await s.call(null, 'GET', '/api/reports')).status).toBe(401);
  });

  it('400 naming the field, in Vietnamese and English', async () => {
    const bad = async (url: string, field: string) => {
      const r = await s.call('laichau_office', 'GET', url);
      expect(r.status, url).toBe(400);
      const issue = r.body.error.issues.find((i: { field: string }) => i.field === field);
      expect(issue, JSON.stringify(r.body)).toBeTruthy();
      expect(issue.message.vi).toBeTruthy();
      expect(issue.message.en).toBeTruthy();
    };
    await bad('/api/reports/products.xlsx?asOf=2026-02-30', 'querystring.asOf');
    await bad('/api/reports/products.xlsx?asOf=2027-01-01', 'querystring.asOf');
    await bad('/api/reports/certificates.xlsx?from=2026-10-01&to=2026-09-01', 'querystring.from');
    await bad('/api/reports/products.xlsx?unit=abc', 'querystring.unit');
    await bad('/api/reports/products.xlsx?unit=99999', 'querystring.unit');
    await bad('/api/reports/products.xlsx?year=2030', 'querystring.year');
    const k = await s.call('laichau_office', 'GET', '/api/reports/nothing.xlsx');
    expect(k.status).toBe(400);
  });
});

describe('e. target progress (issue 11)', () => {
  it("reads each target of the year's plan as the plan counts it, today and on a past day; the PDF is drawn", async () => {
    // The plan written in d. above: "Phát triển mới 04 sản phẩm 3 sao"; the 3★ of C2 was issued on 1/7/2026.
    const today = await xlsx('laichau_office', '/api/reports/targets.xlsx?year=2026');
    const caption = 'Kế hoạch OCOP tỉnh Lai Châu năm 2026';
    expect(w.table(today, caption).rows[0]!.slice(2, 4)).toEqual([4, 1]);
    const june = await xlsx('laichau_office', '/api/reports/targets.xlsx?asOf=2026-06-30');
    expect(w.table(june, caption).rows[0]!.slice(2, 4)).toEqual([4, 0]);
    const pdf = await s.raw('laichau_office', '/api/reports/targets.pdf?year=2026');
    expect(pdf.status).toBe(200);
    expect(pdf.body.subarray(0, 4).toString()).toBe('%PDF');
  });
});
