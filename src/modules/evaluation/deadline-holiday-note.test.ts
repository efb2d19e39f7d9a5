// The commune's deadline over HTTP (Art. 7.2) when its 15 working days run over holidays whose days nobody has announced
// yet: the due date is counted on the Labour Code default and the dossier says so, next to the date (communeDueOnNote
// in lists, deadlines[].holidayNote on the dossier). An announced year carries no note.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import {
  act,
  fileDossier,
  pinToday,
  registerBinhLuProduct,
  startEvaluationTestServer,
  type EvaluationTestServer,
} from './evaluation-test-kit.ts';

let s: EvaluationTestServer;

beforeAll(async () => {
  s = await startEvaluationTestServer();
});
afterAll(async () => s?.close());

describe('Art. 7.2 over defaulted holidays: the due date says it rests on the Labour Code default', () => {
  it('received Mon 1/2/2027, before Tết 2027 (no text recorded): due Mon 1/3/2027, with the note in the dossier and the list', async () => {
    pinToday('2027-01-25');
    const { productId } = await registerBinhLuProduct(s, 'Chè Shan tuyết Bình Lư');
    const id = await fileDossier(s, productId);
    pinToday('2027-02-01');
    const r = await act(s, 'binhlu_officer', id, 'receive');
    expect(r.body.dossier).toMatchObject({
      state: 'commune_received',
      receivedOn: '2027-02-01',
      communeDueOn: '2027-03-01',
    });
    const [deadline] = r.body.dossier.deadlines;
    expect(deadline).toMatchObject({ kind: 'commune_review', dueOn: '2027-03-01' });
    expect(deadline.holidayNote.vi).toContain(
      'Ngày nghỉ Tết Âm lịch năm 2027 (05/02/2027–11/02/2027) là mặc định theo Bộ luật Lao động, chưa có văn bản công bố',
    );
    expect(deadline.holidayNote.en).toContain('Labour Code default');
    expect(r.body.dossier.communeDueOnNote).toEqual(deadline.holidayNote);
    const list = await s.call('binhlu_officer', 'GET', '/api/dossiers?queue=to_confirm');
    expect(list.status).toBe(200);
    expect(list.body.items.find((d: { id: string }) => d.id === id)?.communeDueOnNote?.vi).toContain(
      'Tết Âm lịch năm 2027',
    );
  });

  it('received Mon 31/8/2026 (Quốc khánh 2026 announced, TB 9441/TB-BNV): due 23/9/2026 and no note', async () => {
    pinToday('2026-08-25');
    const { productId } = await registerBinhLuProduct(s, 'Mật ong Bình Lư');
    const id = await fileDossier(s, productId);
    pinToday('2026-08-31');
    const r = await act(s, 'binhlu_officer', id, 'receive');
    expect(r.body.dossier).toMatchObject({ communeDueOn: '2026-09-23', communeDueOnNote: null });
    expect(r.body.dossier.deadlines).toEqual([
      expect.objectContaining({ kind: 'commune_review', dueOn: '2026-09-23', holidayNote: null }),
    ]);
  });
});
