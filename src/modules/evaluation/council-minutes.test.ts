// GET /api/councils/:id/minutes.pdf — the council's minutes (Art. 7.3.d): a provincial council of Lai Châu with a 4★
// result closed over an accepted spread, a dossier disqualified by one member's knock-out, and one still being scored;
// the province and the council have each set a policy. The PDF is read back (pdf-text.ts); scores appear only once a
// dossier's scoring is closed, members' totals only to the council roles and the office; other roles are refused,
// other provinces and the Ministry do not see the council.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { hashPassword } from '../../platform/auth/passwords.ts';
import { PEOPLE_PASSWORD } from '../../testing/people.ts';
import {
  act,
  FOUR_STAR,
  forwardedDossier,
  LOW,
  MEMBERS,
  pinToday,
  provinceCouncilBody,
  score,
  startEvaluationTestServer,
  type EvaluationTestServer,
} from './evaluation-test-kit.ts';
import { readPdf, squash } from './forms/pdf-text.ts';
import { NOT_CLOSED, POLICIES_INTRO } from './forms/minutes-pdf.ts';

let s: EvaluationTestServer;
let council: string;
const ids = { certified: '', rejected: '', open: '' };
const REASON = 'Hội đồng đã thảo luận tại cuộc họp; thành viên giữ nguyên đánh giá về bao bì';

beforeAll(async () => {
  s = await startEvaluationTestServer();
  pinToday('2026-09-07');
});
afterAll(async () => s?.close());

const minutes = (who: Parameters<EvaluationTestServer['raw']>[0]) => s.raw(who, `/api/councils/${council}/minutes.pdf`);
const textOf = (body: Buffer) => squash(readPdf(body).text);

describe("the council's minutes as a PDF (Art. 7.3.d)", () => {
  it("sets up: the province's and the council's own policies, a secretary, three dossiers before the council", async () => {
    expect(
      (
        await s.call('laichau_office', 'PUT', '/api/council-policies', {
          policy: { fiveStarForwarding: 'points-and-marks' },
        })
      ).status,
    ).toBe(200);
    const hash = await hashPassword(PEOPLE_PASSWORD);
    const secretary = (
      await s.db.pool.query(
        `insert into users (username, display_name, password_hash, role, unit_code, province_code) values ('thuky', 'Vũ Quốc Huy', $1, 'province_council_member', '12', '12') returning id`,
        [hash],
      )
    ).rows[0].id as string;
    for (const [key, name] of [
      ['certified', 'Rau cải mèo Bình Lư'],
      ['rejected', 'Mật ong bạc hà Bình Lư'],
      ['open', 'Gạo nếp tan Bình Lư'],
    ] as const)
      ids[key] = await forwardedDossier(s, name);
    pinToday('2026-09-18');
    for (const id of Object.values(ids)) await act(s, 'laichau_office', id, 'accept');
    const round = (await s.call('laichau_office', 'POST', '/api/rounds', { level: 'province', year: 2026, number: 2 }))
      .body.id;
    const body = provinceCouncilBody(s, round, { policy: { outOfScopeMarks: 'not-binding' } });
    body.members.push({
      userId: secretary,
      seat: 'ocop_office',
      agency: 'Văn phòng Điều phối nông thôn mới tỉnh',
      position: 'secretary',
    } as never);
    const c = await s.call('laichau_office', 'POST', '/api/councils', body);
    expect(c.status).toBe(201);
    council = c.body.id;
    pinToday('2026-09-21');
    for (const id of Object.values(ids)) {
      await act(s, 'laichau_office', id, 'assign_round', { roundId: round });
      await act(s, 'laichau_office', id, 'start_review');
      await act(s, 'laichau_office', id, 'submit_advisory_report', { advisoryReport: { reference: 'BC-09/TTV' } });
    }
  });

  it("before the chair closes, no score is printed — not even to a member who has seen the others' cards", async () => {
    for (const m of MEMBERS.slice(0, 6)) await score(s, m, council, ids.certified, FOUR_STAR);
    await score(s, 'm7', council, ids.certified, LOW);
    const r = await minutes('m2');
    expect(r.status).toBe(200);
    const text = textOf(r.body);
    expect(text.split(squash(NOT_CLOSED))).toHaveLength(4);
    expect(text).not.toContain('Tổngđiểmtrungbình');
  });

  it("closes two dossiers: a 4★ over an accepted spread (chair's reason), and one disqualified by one member's knock-out", async () => {
    const closed = await act(s, 'chair', ids.certified, 'close_scoring', { flagAcceptedReason: REASON });
    expect(closed.body.dossier).toMatchObject({ state: 'council_closed', finalPoints: 73.28, finalStar: 4 });
    pinToday('2026-09-22');
    const base = `/api/councils/${council}/dossiers/${ids.rejected}/scorecard`;
    expect((await s.call('m1', 'PUT', base, { answers: FOUR_STAR })).status).toBe(200);
    expect(
      (await s.call('m1', 'POST', `${base}/submit`, { answers: FOUR_STAR, knockouts: { 'forged-dossier': true } }))
        .status,
    ).toBe(200);
    for (const m of MEMBERS.slice(1)) await score(s, m, council, ids.rejected, FOUR_STAR);
    const rejected = await act(s, 'chair', ids.rejected, 'close_scoring');
    expect(rejected.body.dossier.facts.outcome).toMatchObject({ kind: 'rejected' });
    await score(s, 'm1', council, ids.open, FOUR_STAR);
  });

  it("the office gets the minutes: A4 PDF, inline, an ASCII file name; the council, members, results and the council's rules", async () => {
    const r = await minutes('laichau_office');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(String(r.headers['content-disposition'])).toMatch(/^inline; filename="Bien-ban-Hoi-dong-1234-QD-UBND\.pdf"/);
    expect(r.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = readPdf(r.body);
    expect(pdf.notdef).toBe(0);
    expect(pdf.fonts.every((f) => /\+BeVietnamPro-/.test(f))).toBe(true);
    const text = squash(pdf.text);
    for (const part of [
      'UBNDTỈNHLAICHÂU',
      'HỘIĐỒNGĐÁNHGIÁ,PHÂNHẠNGSẢNPHẨMOCOPCẤPTỈNH',
      'CỘNGHÒAXÃHỘICHỦNGHĨAVIỆTNAM',
      'BIÊNBẢN',
      'LaiChâu,ngày22tháng9năm2026',
      'Đợt2năm2026',
      'CăncứQuyếtđịnhsố1234/QĐ-UBNDngày18tháng9năm2026củaChủtịchỦybannhândântỉnhLaiChâu',
      // members, the secretary among them
      'chairChủtịchHộiđồngUBNDtỉnhLaiChâu',
      'm2ThànhviênSởCôngThương',
      'VũQuốcHuyThưký',
      // the 4★: members' totals, the mean, the accepted spread and its reason, the proposal
      '1.RaucảimèoBìnhLư',
      'm775',
      'm763',
      'Tổngđiểmtrungbình(khoản3Điều3)73,28',
      squash(
        `12 điểm (ngưỡng theo quy định của Hội đồng: 10 điểm), vượt ngưỡng; Chủ tịch Hội đồng quyết định kết thúc chấm điểm, lý do: “${REASON}”`,
      ),
      'Kếtquảphânhạng:Hạng4sao',
      'ĐềxuấtcủaHộiđồng:Đềxuấtcôngnhận,cấpgiấychứngnhận',
      // the knock-out, quoted
      // (in two pieces: the page number of a new page may fall between them)
      'Kếtquảphânhạng:Loại',
      squash('“Giả mạo hồ sơ” — điều kiện loại hồ sơ, phiếu đánh giá Bộ sản phẩm số 1,'),
      squash('“Hồ sơ bị loại khi”; 1/7 thành viên xác định.'),
      'ĐềxuấtcủaHộiđồng:Hồsơbịloại',
      // the open dossier
      squash(`3. Gạo nếp tan Bình Lư`),
      squash(NOT_CLOSED),
      // the council's rules
      'QuyđịnhcủaHộiđồng',
      squash(POLICIES_INTRO),
      squash('(do tỉnh quy định'),
      squash('(do Hội đồng quy định'),
      squash('(mặc định của OCOP Hub)'),
      squash('Điều 7.3.e: "Đối với các sản phẩm có tiềm năng đạt 5 sao (đạt từ 90 trở lên)"'),
      'THƯKÝHỘIĐỒNG',
      'CHỦTỊCHHỘIĐỒNG',
    ])
      expect(text).toContain(part);
    expect(text.indexOf('1.RaucảimèoBìnhLư')).toBeLessThan(text.indexOf('QuyđịnhcủaHộiđồng'));
  });

  it("the chair and a member read it too; the advisory team gets the results without the members' totals", async () => {
    for (const who of ['chair', 'm3'] as const) expect(textOf((await minutes(who)).body)).toContain('m775');
    const advisory = await minutes('advisory');
    expect(advisory.status).toBe(200);
    const text = textOf(advisory.body);
    expect(text).not.toContain('m775');
    expect(text).toContain('Tổngđiểmtrungbình(khoản3Điều3):73,28điểm');
    expect(text).toContain(squash('Điểm của từng thành viên không hiển thị với tài khoản này.'));
  });

  it('a role that does not read councils is refused (403); another province and the Ministry do not see the council (404)', async () => {
    for (const who of ['binhlu_producer', 'binhlu_officer'] as const) expect((await minutes(who)).status).toBe(403);
    for (const who of ['dienbien_office', 'ministry'] as const) expect((await minutes(who)).status).toBe(404);
    expect(
      (await s.raw('laichau_office', '/api/councils/00000000-0000-4000-8000-000000000000/minutes.pdf')).status,
    ).toBe(404);
    expect((await s.raw('laichau_office', '/api/councils/nope/minutes.pdf')).status).toBe(400);
  });
});
