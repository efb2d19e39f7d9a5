// Unfinished forms and evidence taken off before filing (issue 12): a partial Form 02 is kept as it is, the form's
// rules answer only when it is saved whole (naming each missing field), a draft typed on an older version is refused
// with 409 and the server's copy, and the producer side may delete an evidence file while it may still add one.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import {
  act,
  filledForm01,
  filledForm02,
  PDF_BYTES,
  pinToday,
  registerBinhLuProduct,
  startEvaluationTestServer,
  type EvaluationTestServer,
} from './evaluation-test-kit.ts';

let s: EvaluationTestServer;
let id = '';
const draftUrl = () => `/api/dossiers/${id}/forms/02/draft`;
const partial = { fields: { producer: { name: 'HTX Bình Lư' } }, answers: { '1.1': 2 } };

beforeAll(async () => {
  s = await startEvaluationTestServer();
  pinToday('2026-08-28');
  const { productId } = await registerBinhLuProduct(s);
  const created = await s.call('binhlu_producer', 'POST', '/api/dossiers', { productId, kind: 'first' });
  id = created.body.id;
});
afterAll(async () => s?.close());

const auditActions = async () =>
  (
    await s.db.pool.query(`select action from audit_log where entity_type = 'dossier' and entity_id = $1 order by id`, [
      id,
    ])
  ).rows.map((r) => r.action as string);

describe('Form 02 drafts (Art. 6.1: the producer prepares the dossier; checks only on saving it whole)', () => {
  it('a new dossier has no draft: version 0, no data', async () => {
    const r = await s.call('binhlu_producer', 'GET', draftUrl());
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ form: '02', data: null, version: 0, updatedAt: null });
  });

  it('keeps a partial Form 02 as it is (no required checks), versioned, with an audit row', async () => {
    const r = await s.call('binhlu_producer', 'PUT', draftUrl(), { data: partial, baseVersion: 0 });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ version: 1, data: partial });
    expect((await s.call('binhlu_producer', 'GET', draftUrl())).body).toMatchObject({ version: 1, data: partial });
    expect(await auditActions()).toContain('dossier.form02.draft');
  });

  it('refuses a write typed on an older version with 409 draft_conflict and the server’s copy; nothing changes', async () => {
    const r = await s.call('binhlu_producer', 'PUT', draftUrl(), { data: { answers: { '1.1': 0 } }, baseVersion: 0 });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('draft_conflict');
    expect(r.body.error.current).toMatchObject({ version: 1, data: partial });
    expect((await s.call('binhlu_producer', 'GET', draftUrl())).body).toMatchObject({ version: 1, data: partial });
    // Keeping mine after seeing the conflict: written on the server's version.
    const mine = await s.call('binhlu_producer', 'PUT', draftUrl(), {
      data: { answers: { '1.1': 0 } },
      baseVersion: 1,
    });
    expect(mine.body).toMatchObject({ version: 2, data: { answers: { '1.1': 0 } } });
  });

  it('only the producer side of the dossier writes it; out of scope reads as not found', async () => {
    expect((await s.call('laichau_office', 'PUT', draftUrl(), { data: partial, baseVersion: 2 })).status).toBe(403);
    expect((await s.call('tanphong_producer', 'GET', draftUrl())).status).toBe(404);
    expect((await s.call('tanphong_producer', 'PUT', draftUrl(), { data: partial, baseVersion: 2 })).status).toBe(404);
  });

  it('saving Form 02 whole names each missing field (400); once saved, the draft is spent but its version counts on', async () => {
    const bad = await s.call('binhlu_producer', 'PUT', `/api/dossiers/${id}/forms/02`, { producer: { name: 'x' } });
    expect(bad.status).toBe(400);
    const fields = bad.body.error.issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['form02.producer.phone', 'form02.plan']));
    const ok = await s.call('binhlu_producer', 'PUT', `/api/dossiers/${id}/forms/02`, filledForm02());
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect((await s.call('binhlu_producer', 'GET', draftUrl())).body).toMatchObject({ data: null, version: 3 });
    // A copy queued offline before the save does not bring the old draft back silently.
    expect((await s.call('binhlu_producer', 'PUT', draftUrl(), { data: partial, baseVersion: 2 })).status).toBe(409);
  });
});

describe('evidence taken off before filing (Art. 6.1, Form 02 part III)', () => {
  it('the producer deletes an evidence file: gone from the list, with an audit row; others may not', async () => {
    const up = await s.upload(
      'binhlu_producer',
      `/api/dossiers/${id}/evidence`,
      { criterionCode: '1.2' },
      { name: 'nham.pdf', bytes: PDF_BYTES, mime: 'application/pdf' },
    );
    expect(up.status).toBe(201);
    const url = `/api/dossiers/${id}/evidence/${up.body.id}`;
    expect((await s.call('laichau_office', 'DELETE', url)).status).toBe(403);
    expect((await s.call('tanphong_producer', 'DELETE', url)).status).toBe(404);
    expect((await s.call('binhlu_producer', 'DELETE', url)).status).toBe(204);
    expect((await s.call('binhlu_producer', 'GET', `/api/dossiers/${id}/evidence`)).body).toEqual([]);
    expect((await s.call('binhlu_producer', 'DELETE', url)).status).toBe(404);
    expect(await auditActions()).toContain('dossier.evidence.delete');
  });

  it('Art. 7.1: once filed, neither evidence nor the Form 02 draft can be changed (409)', async () => {
    const up = await s.upload(
      'binhlu_producer',
      `/api/dossiers/${id}/evidence`,
      {},
      { name: 'giu.pdf', bytes: PDF_BYTES, mime: 'application/pdf' },
    );
    expect((await s.call('binhlu_producer', 'PUT', `/api/dossiers/${id}/forms/01`, filledForm01())).status).toBe(200);
    await act(s, 'binhlu_producer', id, 'submit');
    const del = await s.call('binhlu_producer', 'DELETE', `/api/dossiers/${id}/evidence/${up.body.id}`);
    expect(del.status).toBe(409);
    const draft = await s.call('binhlu_producer', 'PUT', draftUrl(), { data: partial, baseVersion: 3 });
    expect(draft.status).toBe(409);
    expect(draft.body.error.code).toBe('form_locked');
  });
});
