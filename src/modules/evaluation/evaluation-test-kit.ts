// Test support for the evaluation module: the real app on a fresh database with one logged-in user per kind of
// actor — Lai Châu (12): Bình Lư 03390, Tân Phong 03408; Điện Biên (11): 03127 — a full provincial council (chair + the 7
// seats of Art. 7.3.b), a central council (chair + the 6 seats of Art. 7.4.b), a producer with a product of set 1,
// the filled forms, multipart uploads, and a pinned "today".
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/pool.ts';
import { sessionCookies, uploader, type Upload } from '../../testing/multipart.ts';
import { startTestServer } from '../../testing/test-server.ts';
import { createPeople, type CallResult, type People } from '../../testing/people.ts';
import { form01, form02, form03, SET1_ANSWERS } from './forms/form-fixtures.ts';
import { pinToday } from '../../testing/test-clock.ts';

export const PROVINCE_SEATS = [
  'dept_agriculture_environment',
  'dept_industry_trade',
  'dept_health',
  'dept_science_technology',
  'dept_culture_sports_tourism',
  'ocop_office',
  'agriculture_specialised_unit',
] as const;
export const CENTRAL_SEATS = [
  'ministry_industry_trade',
  'ministry_health',
  'ministry_science_technology',
  'ministry_culture_sports_tourism',
  'ocop_office',
  'ministry_specialised_agency',
] as const;

const member = { role: 'province_council_member', unit: '12', province: '12' } as const;
const central = { role: 'central_council_member', unit: null, province: null } as const;

export const PEOPLE = {
  sysadmin: { role: 'admin', unit: null, province: null },
  ministry: { role: 'ministry_office', unit: null, province: null },
  laichau_office: { role: 'province_office', unit: '12', province: '12' },
  dienbien_office: { role: 'province_office', unit: '11', province: '11' },
  chair: { role: 'province_council_chair', unit: '12', province: '12' },
  other_chair: { role: 'province_council_chair', unit: '12', province: '12' },
  m1: member,
  m2: member,
  m3: member,
  m4: member,
  m5: member,
  m6: member,
  m7: member,
  advisory: { role: 'advisory_member', unit: '12', province: '12' },
  binhlu_officer: { role: 'commune_officer', unit: '03390', province: '12' },
  tanphong_officer: { role: 'commune_officer', unit: '03408', province: '12' },
  dienbien_officer: { role: 'commune_officer', unit: '03127', province: '11' },
  binhlu_producer: { role: 'producer', unit: '03390', province: '12' },
  tanphong_producer: { role: 'producer', unit: '03408', province: '12' },
  c0: central,
  c1: central,
  c2: central,
  c3: central,
  c4: central,
  c5: central,
  c6: central,
} as const;
export type Who = keyof typeof PEOPLE;
export const MEMBERS = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'] as const;
export const CENTRAL_MEMBERS = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'] as const;

export interface EvaluationTestServer extends People<Who> {
  app: FastifyInstance;
  db: Database & { url: string };
  /** Multipart POST (evidence upload) as `who`. */
  upload: Upload<Who>;
  /** A raw GET as `who` (binary answers). */
  raw(who: Who, url: string): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>;
  close(): Promise<void>;
}

export async function startEvaluationTestServer(): Promise<EvaluationTestServer> {
  const server = await startTestServer({ listen: false });
  const people = await createPeople(server.app, server.db, PEOPLE);
  const cookieOf = sessionCookies<Who>(server.app);
  return {
    app: server.app,
    db: server.db,
    ...people,
    upload: uploader<Who>(server.app, cookieOf),
    async raw(who, url) {
      const res = await server.app.inject({ method: 'GET', url, cookies: { ocop_session: await cookieOf(who) } });
      return { status: res.statusCode, headers: res.headers, body: res.rawPayload };
    },
    async close() {
      pinToday(null);
      await server.close();
    },
  };
}

/** A small valid PDF (the type sniffer reads the signature). */
export const PDF_BYTES = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

/** Set 1 answers for 75 points, every 4★ mark met: the fixture's 72 points with 3.4 and 5.1 raised (4★). */
export const FOUR_STAR = { ...SET1_ANSWERS, '3.4': 1, '5.1': 4 };
/** 63 points: 12 below FOUR_STAR, beyond the 10-point spread. */
export const LOW = { ...FOUR_STAR, '4.3': 0, '6.4': 0, '8': 0, '9': 0, '10': 0 };
/** 36 points: 2★, no decision and no certificate (Art. 4.1.a). */
export const TWO_STAR = {
  '1.1': 2,
  '1.2': 0,
  '1.3': 0,
  '1.4': 2,
  '1.5': 0,
  '1.6': 0,
  '1.7': 0,
  '2.1': 0,
  '2.2': 0,
  '2.3': 0,
  '2.4': false,
  '3.1': 2,
  '3.2': 0,
  '3.3': 2,
  '3.4': 0,
  '3.5': 0,
  '4.1': 1,
  '4.2': 0,
  '4.3': 2,
  '5.1': 0,
  '5.2': 0,
  '5.3': 1,
  '6.1': 0,
  '6.2': 2,
  '6.3': 0,
  '6.4': 0,
  '7': 0,
  '8': 0,
  '9': 1,
  '10': 1,
  '11': 1,
  '12': 2,
};
/** Every criterion at its best option: 100 points, 5★. */
export const MAX_SET1 = {
  '1.1': 2,
  '1.2': 2,
  '1.3': 2,
  '1.4': 2,
  '1.5': 3,
  '1.6': 2,
  '1.7': 1,
  '2.1': 2,
  '2.2': 3,
  '2.3': 2,
  '2.4': true,
  '3.1': 2,
  '3.2': 1,
  '3.3': 2,
  '3.4': 1,
  '3.5': 2,
  '4.1': 3,
  '4.2': 3,
  '4.3': 4,
  '5.1': 4,
  '5.2': 2,
  '5.3': 3,
  '6.1': 2,
  '6.2': 4,
  '6.3': 3,
  '6.4': 3,
  '7': 2,
  '8': 3,
  '9': 2,
  '10': 2,
  '11': 1,
  '12': 2,
};

/** The producer of Bình Lư registers itself (its account is linked) and a product of set 1. */
export async function registerBinhLuProduct(
  s: EvaluationTestServer,
  name = 'Rau cải mèo Bình Lư',
): Promise<{ producerId: string; productId: string }> {
  let producerId = (await s.call('binhlu_producer', 'GET', '/api/producers')).body.items[0]?.id as string | undefined;
  if (!producerId) {
    const p = await s.call('binhlu_producer', 'POST', '/api/producers', {
      communeCode: '03390',
      legalType: 'htx',
      name: 'Hợp tác xã Nông sản sạch Bình Lư',
      registrationNo: '6201000999',
      representative: { name: 'Đặng Thị Mỹ Hạnh', sex: 'nu', ethnicity: 'Thái' },
      address: 'Bản Nà Đông, xã Bình Lư',
      phone: '0912 345 678',
    });
    if (p.status !== 201) throw new Error(`producer: ${JSON.stringify(p.body)}`);
    producerId = p.body.id as string;
  }
  const product = await s.call('binhlu_producer', 'POST', '/api/products', { producerId, name, setNo: 1 });
  if (product.status !== 201) throw new Error(`product: ${JSON.stringify(product.body)}`);
  return { producerId, productId: product.body.id };
}

export const filledForm01 = (kind: 'first' | 'upgrade' | 'reevaluation' = 'first') => {
  const f = form01();
  delete f.communeReceipt;
  return { ...f, evaluationKind: kind };
};
export const filledForm02 = (answers: Record<string, unknown> = FOUR_STAR, changes?: string) => {
  const f = form02();
  return {
    ...f,
    selfAssessment: { ...f.selfAssessment, answers, ...(changes ? { changesSinceRecognition: changes } : {}) },
  };
};
export const filledForm03 = () => ({ ...form03(), commune: 'Bình Lư', reportNo: '15/BC-UBND' });

/** Runs an action and fails loudly when it is refused. */
export async function act(
  s: EvaluationTestServer,
  who: Who,
  id: string,
  action: string,
  body: Record<string, unknown> = {},
): Promise<CallResult> {
  const r = await s.call(who, 'POST', `/api/dossiers/${id}/actions/${action}`, body);
  if (r.status !== 200) throw new Error(`${who} ${action}: ${r.status} ${JSON.stringify(r.body)}`);
  return r;
}

/** A dossier filed by the Bình Lư producer: created, Forms 01/02 saved, one evidence PDF, submitted. */
export async function fileDossier(
  s: EvaluationTestServer,
  productId: string,
  answers: Record<string, unknown> = FOUR_STAR,
): Promise<string> {
  const created = await s.call('binhlu_producer', 'POST', '/api/dossiers', { productId, kind: 'first' });
  if (created.status !== 201) throw new Error(`create: ${JSON.stringify(created.body)}`);
  const id = created.body.id as string;
  for (const [form, body] of [
    ['01', filledForm01()],
    ['02', filledForm02(answers)],
  ] as const) {
    const r = await s.call('binhlu_producer', 'PUT', `/api/dossiers/${id}/forms/${form}`, body);
    if (r.status !== 200) throw new Error(`form ${form}: ${JSON.stringify(r.body)}`);
  }
  await act(s, 'binhlu_producer', id, 'submit');
  return id;
}

export { pinToday };

const PROVINCE_AGENCIES = [
  'Sở Nông nghiệp và Môi trường',
  'Sở Công Thương',
  'Sở Y tế',
  'Sở Khoa học và Công nghệ',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Văn phòng Điều phối nông thôn mới tỉnh',
  'Chi cục Quản lý chất lượng nông lâm thủy sản',
];

/** A provincial council for a round: the chair, the 7 required seats (Art. 7.3.b), `advisory` as its advisory team. */
export function provinceCouncilBody(s: EvaluationTestServer, roundId: string, over: Record<string, unknown> = {}) {
  return {
    roundId,
    decisionNo: '1234/QĐ-UBND',
    decisionDate: '2026-09-18',
    chair: { userId: s.ids.chair, seat: 'province_leadership', agency: 'UBND tỉnh Lai Châu' },
    members: MEMBERS.map((m, i) => ({ userId: s.ids[m], seat: PROVINCE_SEATS[i]!, agency: PROVINCE_AGENCIES[i]! })),
    advisoryTeam: { leaderId: s.ids.advisory, memberIds: [s.ids.advisory] },
    ...over,
  };
}

/** The central council for a national round: c0 chairs, c1–c6 hold the 6 required seats (Art. 7.4.b). */
export function centralCouncilBody(s: EvaluationTestServer, roundId: string) {
  return {
    roundId,
    decisionNo: '56/QĐ-BNNMT',
    decisionDate: '2026-11-02',
    chair: { userId: s.ids.c0, seat: 'ministry_leadership', agency: 'Bộ Nông nghiệp và Môi trường' },
    members: CENTRAL_MEMBERS.map((m, i) => ({ userId: s.ids[m], seat: CENTRAL_SEATS[i]!, agency: CENTRAL_SEATS[i]! })),
  };
}

/** A Bình Lư product's dossier filed 7/9/2026, received 8/9, Form 03 written and forwarded to the province 10/9. */
export async function forwardedDossier(
  s: EvaluationTestServer,
  name: string,
  answers: Record<string, unknown> = FOUR_STAR,
): Promise<string> {
  pinToday('2026-09-07');
  const id = await fileDossier(s, (await registerBinhLuProduct(s, name)).productId, answers);
  pinToday('2026-09-08');
  await act(s, 'binhlu_officer', id, 'receive');
  await s.call('binhlu_officer', 'PUT', `/api/dossiers/${id}/forms/03`, filledForm03());
  pinToday('2026-09-10');
  await act(s, 'binhlu_officer', id, 'forward', { letterNumber: '40/UBND' });
  return id;
}

/** A member scores: an autosaved partial draft first, then the whole card submitted. */
export async function score(
  s: EvaluationTestServer,
  who: Who,
  councilId: string,
  dossierId: string,
  answers: Record<string, unknown>,
): Promise<CallResult> {
  const base = `/api/councils/${councilId}/dossiers/${dossierId}/scorecard`;
  const draft = await s.call(who, 'PUT', base, { answers: { '1.1': answers['1.1'] } });
  if (draft.status !== 200) throw new Error(`${who} draft: ${draft.status} ${JSON.stringify(draft.body)}`);
  const r = await s.call(who, 'POST', `${base}/submit`, { answers });
  if (r.status !== 200) throw new Error(`${who} submit: ${r.status} ${JSON.stringify(r.body)}`);
  return r;
}
