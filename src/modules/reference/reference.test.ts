import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';
import { loadReferenceData } from './data/load-reference.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ listen: false });
});
afterAll(async () => s?.close());

const get = async (url: string) => {
  const res = await s.app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json() };
};

describe('administrative units', () => {
  it('lists Lai Châu’s 38 units of the 2025 set, sorted as Vietnamese', async () => {
    const { status, body } = await get('/api/admin-units?set=2025&parent=12');
    expect(status).toBe(200);
    expect(body.total).toBe(38);
    expect(body.items).toHaveLength(38);
    const names: string[] = body.items.map((u: { name: string }) => u.name);
    expect(names).toContain('Tân Phong');
    expect(names).toContain('Bình Lư');
    // ICU Vietnamese order: Đ comes after D, not among the letters like a plain byte sort would place it.
    const iD = names.findIndex((n) => n.startsWith('D'));
    const iDD = names.findIndex((n) => n.startsWith('Đ'));
    if (iD >= 0) expect(iD).toBeLessThan(iDD);
    expect(names.slice(iDD).every((n) => !n.startsWith('D'))).toBe(true);
  });

  it('gives each unit its label as screens write it (type capitalised, then the name)', async () => {
    const { body } = await get('/api/admin-units?set=2025&parent=12');
    expect(body.items.find((u: { name: string }) => u.name === 'Bình Lư').label).toBe('Xã Bình Lư');
    const provinces = await get('/api/admin-units?set=2025&level=province');
    expect(provinces.body.items.find((u: { code: string }) => u.code === '12').label).toBe('Tỉnh Lai Châu');
  });

  it('searches without diacritics: "tan phong" finds Tân Phong (Lai Châu, 03408)', async () => {
    const { body } = await get('/api/admin-units?set=2025&parent=12&q=tan%20phong');
    expect(body.items.map((u: { code: string; name: string }) => [u.code, u.name])).toEqual([['03408', 'Tân Phong']]);
    // Huyện Tam Đường (106) exists only in the 2024 set.
    const all = await get('/api/admin-units?set=2024&q=TAM%20DUONG');
    expect(all.body.items.some((u: { code: string; name: string }) => u.code === '106' && u.name === 'Tam Đường')).toBe(
      true,
    );
  });

  it('keeps the 2024 set apart: code 03408 was phường Đông Phong before 1-7-2025 (SOURCES.md ⚠1)', async () => {
    const old = await get('/api/admin-units/2024/03408');
    expect(old.body.name).toBe('Đông Phong');
    expect(old.body.parent.name).toBe('Lai Châu');
    const neu = await get('/api/admin-units/2025/03408');
    expect(neu.body.name).toBe('Tân Phong');
    expect(old.body.becameUnits.map((u: { code: string }) => u.code)).toContain('03408');
  });

  it('counts 34/3,321 units in 2025 and 63/696/10,035 in 2024', async () => {
    expect((await get('/api/admin-units?set=2025&level=province')).body.total).toBe(34);
    expect((await get('/api/admin-units?set=2025&level=commune&limit=1')).body.total).toBe(3321);
    expect((await get('/api/admin-units?set=2024&level=province')).body.total).toBe(63);
    expect((await get('/api/admin-units?set=2024&level=district&limit=1')).body.total).toBe(696);
    expect((await get('/api/admin-units?set=2024&level=commune&limit=1')).body.total).toBe(10035);
    expect((await get('/api/admin-units?set=2024&parent=105')).body.items.length).toBeGreaterThan(0);
  });

  it('resolves Ba Chẽ’s alias code 06970 to 06978', async () => {
    expect((await get('/api/admin-units/2025/06970')).body.code).toBe('06978');
  });

  it('rejects a bad set with a 400 naming the field, in Vietnamese and English', async () => {
    const { status, body } = await get('/api/admin-units?set=2023');
    expect(status).toBe(400);
    expect(body.error.issues[0].field).toBe('querystring.set');
    expect(body.error.issues[0].message.vi).toBeTruthy();
    expect(body.error.issues[0].message.en).toBeTruthy();
  });

  it('loads reference data idempotently: a second load changes nothing', async () => {
    expect(await loadReferenceData(s.db.pool)).toEqual([]);
  });
});

describe('rule sets API', () => {
  it('answers 148 for 2024-06-01 and 26/2026 for today', async () => {
    expect((await get('/api/rule-sets/in-force?date=2024-06-01')).body.code).toBe('148-2023');
    expect((await get('/api/rule-sets/in-force?date=2026-11-23')).body.code).toBe('26-2026');
    expect((await get('/api/rule-sets')).body).toHaveLength(3);
  });

  it('Art. 11.2 of 26/2026: on 2026-06-01 a new dossier follows 26/2026, and 148 (+1489) is still applicable through 2026-07-21', async () => {
    const june = (await get('/api/rule-sets/in-force?date=2026-06-01')).body;
    expect(june.code).toBe('26-2026');
    expect(june.alsoApplicable).toEqual([
      expect.objectContaining({
        code: '148-2023',
        effectiveTo: '2026-07-21',
        article: expect.stringContaining('Điều 11.2'),
      }),
    ]);
    expect(june.alsoApplicable[0].appliesTo.vi).toContain('khoản 2 Điều 12');
    expect(
      (await get('/api/rule-sets/in-force?date=2026-07-21')).body.alsoApplicable.map((r: { code: string }) => r.code),
    ).toEqual(['148-2023']);
    expect((await get('/api/rule-sets/in-force?date=2026-07-22')).body.alsoApplicable).toEqual([]);
    expect((await get('/api/rule-sets/in-force?date=2026-05-21')).body).toMatchObject({
      code: '148-2023',
      effectiveTo: '2026-07-21',
      alsoApplicable: [],
    });
  });

  it('400 for a malformed date, 404 before any rule set', async () => {
    expect((await get('/api/rule-sets/in-force?date=2024-13-45')).status).toBe(400);
    expect((await get('/api/rule-sets/in-force?date=2001-01-01')).status).toBe(404);
  });
});
