import { describe, it, expect } from 'vitest';
import { ROLES } from '../../../platform/auth/roles.ts';
import {
  DOSSIER_STATES,
  QUEUES,
  TERMINAL_STATES,
  TRANSITIONS,
  inQueue,
  newDossier,
  overdueDeadlines,
  queueFor,
  type Dossier,
} from './dossier-lifecycle.ts';
import { calendar } from './dossier-lifecycle-fixtures.ts';

const dossier = (over: Partial<Dossier>): Dossier =>
  newDossier({ kind: 'first', provinceCode: '12', communeCode: '03390', ...over });

describe('work queues', () => {
  it("every state where a role has work (an action other than withdrawal) is in one of that role's queues", () => {
    for (const row of TRANSITIONS.filter((r) => r.action !== 'withdraw')) {
      for (const role of row.roles) {
        expect(
          QUEUES[role].some((q) => q.states.includes(row.from)),
          `${role} has no queue for ${row.from}`,
        ).toBe(true);
      }
    }
  });

  it('queues hold no terminal state, have vi/en labels, and end with the role\'s "Quá hạn" queue', () => {
    for (const role of ROLES) {
      const queues = queueFor(role);
      for (const q of queues) {
        expect(q.label.vi && q.label.en).toBeTruthy();
        for (const s of q.states) {
          expect(DOSSIER_STATES).toContain(s);
          expect(TERMINAL_STATES as readonly string[]).not.toContain(s);
        }
      }
      if (role === 'admin') {
        expect(queues).toEqual([]);
        continue;
      }
      const overdue = queues.at(-1)!;
      expect(overdue).toMatchObject({ id: 'overdue', overdueOnly: true, label: { vi: 'Hồ sơ quá hạn' } });
      expect(new Set(overdue.states)).toEqual(new Set(QUEUES[role].flatMap((q) => q.states)));
    }
  });

  it('the named queues: "chờ xã xác nhận", "chờ tổ tư vấn", "chờ chấm điểm"', () => {
    const label = (role: (typeof ROLES)[number], state: string) =>
      queueFor(role).find((q) => !q.overdueOnly && q.states.includes(state as never))?.label.vi;
    expect(label('commune_officer', 'commune_received')).toBe('Hồ sơ chờ xã xác nhận');
    expect(label('commune_officer', 'submitted')).toBe('Hồ sơ chờ xã tiếp nhận');
    expect(label('advisory_member', 'advisory_review')).toBe('Hồ sơ chờ tổ tư vấn');
    expect(label('province_council_member', 'council_rescoring')).toBe('Hồ sơ chờ chấm điểm');
    expect(label('central_council_member', 'ministry_council')).toBe('Hồ sơ chờ chấm điểm');
    expect(label('producer', 'province_incomplete')).toBe('Hồ sơ cần hoàn thiện, bổ sung');
  });
});

describe('overdue ("Quá hạn", computed from the deadlines)', () => {
  it('Art. 7.2: a dossier at the commune past its 15 working days', () => {
    const d = dossier({
      state: 'commune_received',
      submittedOn: '2026-06-01',
      receiptNumber: '01/PĐK-12-03390-2026',
      receivedOn: '2026-06-01',
      communeDueOn: '2026-06-22',
    });
    expect(overdueDeadlines(d, '2026-06-22')).toEqual([]);
    expect(overdueDeadlines(d, '2026-06-23')).toMatchObject([
      { deadline: 'commune_review', dueOn: '2026-06-22', article: 'Art. 7.2' },
    ]);
    const [overdueQueue] = queueFor('commune_officer').filter((q) => q.overdueOnly);
    expect(inQueue(overdueQueue!, d, '2026-06-22')).toBe(false);
    expect(inQueue(overdueQueue!, d, '2026-06-23')).toBe(true);
    expect(inQueue(queueFor('commune_officer')[1]!, d, '2026-06-23')).toBe(true);
    expect(inQueue(queueFor('province_office')[0]!, d, '2026-06-23')).toBe(false);
  });

  it('Art. 7.6.g: a re-evaluation past its 45 days, until it ends', () => {
    const d = dossier({ kind: 'reevaluation', state: 'council_scoring', reevaluationDueOn: '2026-08-24' });
    expect(overdueDeadlines(d, '2026-08-25').map((o) => o.deadline)).toEqual(['reevaluation_completion']);
    expect(overdueDeadlines({ ...d, state: 'province_certified' }, '2026-08-25')).toEqual([]);
  });

  it("Art. 5.1, 5.2: a dossier still in its round after the round's last day", () => {
    expect(
      overdueDeadlines(dossier({ state: 'advisory_review', roundFinishBy: '2026-06-29' }), '2026-06-30').map(
        (o) => o.deadline,
      ),
    ).toEqual(['round']);
    expect(overdueDeadlines(dossier({ state: 'sent_to_ministry', roundFinishBy: '2026-06-29' }), '2026-06-30')).toEqual(
      [],
    );
    expect(
      overdueDeadlines(dossier({ state: 'ministry_council', centralRoundFinishBy: '2026-09-29' }), '2026-09-30').map(
        (o) => o.deadline,
      ),
    ).toEqual(['central_round']);
  });

  it('Art. 12.2: a dossier filed before 22/5/2026 still open after its transitional deadline', () => {
    const first = dossier({ state: 'in_round', submittedOn: '2026-04-01' });
    expect(overdueDeadlines(first, '2026-07-21')).toEqual([]);
    const late = overdueDeadlines(first, '2026-07-22');
    expect(late).toMatchObject([{ deadline: 'transition', dueOn: '2026-07-21', article: 'Art. 12.2.a' }]);
    expect(late[0]!.message.vi).toContain('21/07/2026');
    const re = dossier({ kind: 'reevaluation', state: 'in_round', submittedOn: '2026-04-01' });
    expect(overdueDeadlines(re, '2026-06-22', calendar)).toEqual([]); // 21/6 is a Sunday: Monday 22/6 with the calendar
    expect(overdueDeadlines(re, '2026-06-22').map((o) => o.article)).toEqual(['Art. 12.2.b']);
    expect(overdueDeadlines(dossier({ state: 'in_round', submittedOn: '2026-05-22' }), '2027-01-01')).toEqual([]);
  });
});
