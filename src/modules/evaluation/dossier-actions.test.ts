// One description per action (dossier-actions.ts): each action's body, the requirement each field answers to, and
// the `needs` a client renders a step's dialog from, checked against the lifecycle table.
import { describe, expect, it } from 'vitest';
import { DOSSIER_ACTIONS, rowFor, TRANSITIONS } from './domain/dossier-lifecycle.ts';
import { ACTION_BODIES, ACTION_INPUTS, anyActionBody, needsOf } from './dossier-actions.ts';

describe('action bodies', () => {
  it('each action takes on, reason, expectedVersion and its own fields, nothing else', () => {
    for (const action of DOSSIER_ACTIONS) {
      expect(Object.keys(ACTION_BODIES[action].shape).sort()).toEqual(
        ['on', 'reason', 'expectedVersion', ...Object.keys(ACTION_INPUTS[action])].sort(),
      );
    }
    expect(ACTION_BODIES.assign_round.safeParse({ roundId: crypto.randomUUID() }).success).toBe(true);
    expect(ACTION_BODIES.accept.safeParse({ roundId: crypto.randomUUID() }).success).toBe(false);
  });

  it('the route’s body is the union of the actions’ bodies', () => {
    const all = new Set(DOSSIER_ACTIONS.flatMap((a) => Object.keys(ACTION_BODIES[a].shape)));
    expect([...all].sort()).toEqual(Object.keys(anyActionBody.shape).sort());
  });

  it('every requirement a field answers to is required by a row of its action (no dead description)', () => {
    for (const action of DOSSIER_ACTIONS) {
      for (const use of Object.values(ACTION_INPUTS[action])) {
        if (!use?.for) continue;
        const rows = TRANSITIONS.filter((r) => r.action === action);
        expect(
          rows.some((r) => r.requires?.includes(use.for!)),
          `${action}: ${use.for}`,
        ).toBe(true);
      }
    }
  });
});

describe('needs: what a step’s dialog asks for', () => {
  it('assign_round (Art. 5.1): a provincial round, required; a reason as a note; the day of a paper act', () => {
    const needs = needsOf(rowFor('province_accepted', 'assign_round')!, 'province_office');
    expect(needs.map((n) => [n.field, n.input, n.required])).toEqual([
      ['reason', 'text', false],
      ['roundId', 'round', true],
      ['on', 'date', false],
    ]);
    expect(needs.find((n) => n.field === 'roundId')!.level).toBe('province');
  });

  it('a reason is required where the row requires one (Art. 7.2.a return to the producer)', () => {
    const [reason] = needsOf(rowFor('commune_received', 'return_to_producer')!, 'commune_officer');
    expect(reason).toMatchObject({ field: 'reason', required: true });
  });

  it('send_to_ministry asks for the approval decision after the council, the advisory report on a 5★ re-evaluation', () => {
    const afterCouncil = needsOf(rowFor('council_closed', 'send_to_ministry')!, 'province_office');
    expect(afterCouncil.filter((n) => n.oneOf === 'decision').map((n) => [n.field, n.decisionKind])).toEqual([
      ['decisionId', 'approval'],
      ['decision', 'approval'],
    ]);
    expect(afterCouncil.some((n) => n.field === 'advisoryReport')).toBe(false);
    const reevaluation = needsOf(rowFor('advisory_review', 'send_to_ministry')!, 'province_office');
    expect(reevaluation.find((n) => n.field === 'advisoryReport')).toMatchObject({
      required: false,
      defaultsTo: 'latest_advisory_report',
    });
    expect(reevaluation.some((n) => n.oneOf === 'decision')).toBe(false);
  });

  it('a producer acts online: no date of a paper act', () => {
    expect(needsOf(rowFor('draft', 'submit')!, 'producer').map((n) => n.field)).toEqual(['reason']);
  });
});
