// The dossier state machine, tested from its own table: every row allowed from its state by each of its roles,
// refused from every other state, for every other role and kind, and for each missing requirement; then random
// walks (never an invalid dossier) and reachability of every state and terminal through `transition` itself.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays, type IsoDate } from '../../reference/index.ts';
import { ROLES, type Role } from '../../../platform/auth/roles.ts';
import {
  ACTION_LABELS,
  DOSSIER_ACTIONS,
  DOSSIER_KINDS,
  DOSSIER_STATES,
  REQUIREMENTS,
  STATE_LABELS,
  STATE_REQUIRES,
  TERMINAL_STATES,
  TRANSITIONS,
  applyTransition,
  availableActions,
  invariantViolations,
  isTerminal,
  rowFor,
  transition,
  type Dossier,
  type DossierAction,
  type DossierKind,
  type DossierState,
  type FailureCode,
  type Requirement,
  type TransitionContext,
  type TransitionRow,
} from './dossier-lifecycle.ts';
import { CENTRAL_OUTCOMES, PROVINCE_OUTCOMES, START, contextFor, draftOf } from './dossier-lifecycle-fixtures.ts';

const appliesTo = (row: TransitionRow, kind: DossierKind) => !row.kinds || row.kinds.includes(kind);
const describeRow = (r: TransitionRow) => `${r.article}: ${r.from} —${r.action}→ ${r.to}`;

/** Shortest action path from draft to `target` for a kind (BFS over the table). */
function pathTo(kind: DossierKind, target: DossierState): TransitionRow[] | null {
  const prev = new Map<DossierState, TransitionRow | null>([['draft', null]]);
  const queue: DossierState[] = ['draft'];
  while (queue.length) {
    const s = queue.shift()!;
    if (s === target) break;
    for (const r of TRANSITIONS) {
      if (r.from !== s || !appliesTo(r, kind) || prev.has(r.to)) continue;
      prev.set(r.to, r);
      queue.push(r.to);
    }
  }
  if (!prev.has(target)) return null;
  const path: TransitionRow[] = [];
  for (let s = target; prev.get(s); s = prev.get(s)!.from) path.unshift(prev.get(s)!);
  return path;
}

/** Drives a fresh dossier along `rows` through `transition` itself (first listed role), one day per step. */
function drive(kind: DossierKind, rows: TransitionRow[], then?: DossierAction): { d: Dossier; on: IsoDate } {
  let d = draftOf(kind);
  let on = START;
  rows.forEach((row, i) => {
    on = addDays(START, i);
    const r = transition(d, row.action, { role: row.roles[0]! }, contextFor(d, row, on, rows[i + 1]?.action ?? then));
    if (!r.ok) throw new Error(`${kind}: ${describeRow(row)} refused: ${r.code} ${r.message.en}`);
    d = applyTransition(d, r);
    expect(invariantViolations(d)).toEqual([]);
  });
  return { d, on: addDays(START, rows.length) };
}

/** A dossier of `kind` standing in row.from, with the council results that row needs. */
function standingFor(row: TransitionRow, kind: DossierKind) {
  const path = pathTo(kind, row.from);
  if (!path) throw new Error(`${row.from} unreachable for ${kind}`);
  const { d, on } = drive(kind, path, row.action);
  return { d, ctx: contextFor(d, row, on) };
}

const kindOf = (row: TransitionRow): DossierKind => row.kinds?.[0] ?? 'first';

describe('the table itself', () => {
  it('one row per (state, action); every state and action is used; terminal states have no way out', () => {
    const keys = TRANSITIONS.map((r) => `${r.from}/${r.action}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of DOSSIER_STATES) expect(TRANSITIONS.some((r) => r.from === s || r.to === s)).toBe(true);
    for (const a of DOSSIER_ACTIONS) expect(TRANSITIONS.some((r) => r.action === a)).toBe(true);
    for (const t of TERMINAL_STATES) expect(TRANSITIONS.filter((r) => r.from === t)).toEqual([]);
    for (const s of DOSSIER_STATES)
      if (!isTerminal(s)) expect(TRANSITIONS.some((r) => r.from === s && r.to !== s)).toBe(true);
  });

  it('every row cites an article, names roles, and lists known requirements; admin acts in no procedure', () => {
    for (const r of TRANSITIONS) {
      expect(r.article).toMatch(/^(Art\. \d|Appendix)/);
      expect(r.roles.length).toBeGreaterThan(0);
      for (const q of r.requires ?? []) expect(REQUIREMENTS).toContain(q);
      expect(r.roles).not.toContain('admin');
    }
  });

  it('Vietnamese and English labels for every state and action', () => {
    for (const s of DOSSIER_STATES) expect(STATE_LABELS[s].vi && STATE_LABELS[s].en).toBeTruthy();
    for (const a of DOSSIER_ACTIONS) expect(ACTION_LABELS[a].vi && ACTION_LABELS[a].en).toBeTruthy();
  });
});

describe('every row: allowed from its state for each of its roles and kinds', () => {
  for (const row of TRANSITIONS) {
    for (const kind of DOSSIER_KINDS.filter((k) => appliesTo(row, k))) {
      it(`${describeRow(row)} [${kind}] by ${row.roles.join(', ')}`, () => {
        const { d, ctx } = standingFor(row, kind);
        for (const role of row.roles) {
          const r = transition(d, row.action, { role }, ctx);
          expect(r).toMatchObject({ ok: true, from: row.from, to: row.to, action: row.action, article: row.article });
          if (!r.ok) continue;
          expect(r.patch.lastActionOn).toBe(ctx.on);
          const after = applyTransition(d, r);
          expect(after.state).toBe(row.to);
          expect(invariantViolations(after)).toEqual([]);
        }
      });
    }
  }
});

describe('every row: refused for every other role, kind, and state', () => {
  for (const row of TRANSITIONS) {
    const others = ROLES.filter((r) => !row.roles.includes(r));
    it(`${describeRow(row)}: refused for ${others.length} other roles (wrong_role)`, () => {
      const { d, ctx } = standingFor(row, kindOf(row));
      for (const role of others) {
        const r = transition(d, row.action, { role }, ctx);
        expect(r).toMatchObject({ ok: false, code: 'wrong_role' });
        if (!r.ok) expect(r.message.vi).toContain(ACTION_LABELS[row.action].vi);
      }
    });
    if (row.kinds) {
      it(`${describeRow(row)}: refused for kinds other than ${row.kinds.join(', ')} (wrong_kind)`, () => {
        const { d, ctx } = standingFor(row, kindOf(row));
        for (const kind of DOSSIER_KINDS.filter((k) => !row.kinds!.includes(k))) {
          expect(transition({ ...d, kind }, row.action, { role: row.roles[0]! }, ctx)).toMatchObject({
            ok: false,
            code: 'wrong_kind',
          });
        }
      });
    }
  }

  for (const action of DOSSIER_ACTIONS) {
    const from = new Set(TRANSITIONS.filter((r) => r.action === action).map((r) => r.from));
    const elsewhere = DOSSIER_STATES.filter((s) => !from.has(s));
    it(`${action}: refused from the ${elsewhere.length} states without a row (wrong_state), whatever the role`, () => {
      for (const state of elsewhere) {
        const path = pathTo('first', state)!;
        const { d, on } = drive('first', path);
        for (const role of ROLES) {
          const r = transition(d, action, { role }, { on });
          expect(r).toMatchObject({ ok: false, code: 'wrong_state' });
          if (!r.ok) expect(r.message.vi).toContain(STATE_LABELS[state].vi);
        }
      }
    });
  }
});

/** Breaks exactly one requirement; the refusal code that must follow. */
const BREAK: Record<
  Requirement,
  { code: FailureCode; apply: (d: Dossier, c: TransitionContext, row: TransitionRow) => [Dossier, TransitionContext] }
> = {
  reason: { code: 'missing_reason', apply: (d, c) => [d, { ...c, reason: '  ' }] },
  forms: { code: 'missing_forms', apply: (d, c) => [{ ...d, forms: { form01: true, form02: false } }, c] },
  filing_basis: { code: 'missing_certificate', apply: (d, c) => [{ ...d, kind: 'upgrade', baseCertificate: null }, c] },
  receipt: {
    code: 'invalid_receipt',
    apply: (d, c) => [
      { ...d, receiptNumber: null },
      { ...c, receiptNumber: '7-PĐK' },
    ],
  },
  commune_report: {
    code: 'missing_commune_report',
    apply: (d, c) => [d, { ...c, communeReport: { ...c.communeReport!, localIdentity: '' } }],
  },
  samples: { code: 'missing_samples', apply: (d, c) => [{ ...d, samples: 4 }, c] },
  round: { code: 'missing_round', apply: (d, { round: _r, ...c }) => [d, c] },
  central_round: { code: 'missing_round', apply: (d, { round: _r, ...c }) => [{ ...d, kind: 'first' }, c] },
  field_visit_ground: {
    code: 'missing_field_visit_ground',
    apply: (d, c) => [
      { ...d, kind: 'reevaluation' },
      { ...c, fieldVisit: { ground: null } },
    ],
  },
  advisory_report: {
    code: 'missing_advisory_report',
    apply: (d, c) => [d, { ...c, advisoryReport: { reference: '' } }],
  },
  written_mode: { code: 'not_written_mode', apply: (d, c) => [{ ...d, councilMode: 'meeting' }, c] },
  scores_complete: {
    code: 'scores_incomplete',
    apply: (d, c) => [d, { ...c, scoring: { ...c.scoring!, allSubmitted: false } }],
  },
  spread_flag: {
    code: 'no_spread_flag',
    apply: (d, c) => [d, { ...c, scoring: { allSubmitted: true, spreadFlag: false } }],
  },
  meeting_if_divergent: {
    code: 'meeting_required',
    apply: (d, c) => [
      { ...d, councilMode: 'written' },
      { ...c, scoring: { allSubmitted: true, spreadFlag: true, flagAcceptedReason: 'Đã thảo luận' } },
    ],
  },
  flag_resolved: {
    code: 'spread_unresolved',
    apply: (d, c) => [d, { ...c, scoring: { allSubmitted: true, spreadFlag: true, flagAcceptedReason: ' ' } }],
  },
  province_result: { code: 'missing_outcome', apply: (d, { outcome: _o, ...c }) => [d, c] },
  central_result: { code: 'wrong_outcome_level', apply: (d, c) => [d, { ...c, outcome: PROVINCE_OUTCOMES.certify }] },
  outcome_rejected: { code: 'wrong_outcome', apply: (d, c, row) => breakOutcome(d, c, row, 'certify') },
  outcome_result_notice: { code: 'wrong_outcome', apply: (d, c, row) => breakOutcome(d, c, row, 'reject') },
  outcome_certify_province: { code: 'wrong_outcome', apply: (d, c, row) => breakOutcome(d, c, row, 'reject') },
  outcome_forward_central: { code: 'wrong_outcome', apply: (d, c, row) => breakOutcome(d, c, row, 'reject') },
  outcome_certify_central: { code: 'wrong_outcome', apply: (d, c, row) => breakOutcome(d, c, row, 'reject') },
  outcome_below_five: { code: 'wrong_outcome', apply: (d, c, row) => breakOutcome(d, c, row, 'certify') },
  decision: { code: 'missing_decision', apply: (d, { decision: _x, ...c }) => [d, c] },
  five_star_reevaluation: {
    code: 'not_five_star',
    apply: (d, c) => [{ ...d, baseCertificate: { ...d.baseCertificate!, star: 4 } }, c],
  },
};

function breakOutcome(
  d: Dossier,
  c: TransitionContext,
  row: TransitionRow,
  to: 'certify' | 'reject',
): [Dossier, TransitionContext] {
  if (row.requires?.includes('central_result')) return [d, { ...c, outcome: CENTRAL_OUTCOMES[to] }];
  const level = d.outcome?.level === 'central' ? CENTRAL_OUTCOMES : PROVINCE_OUTCOMES;
  return [{ ...d, outcome: level[to] }, c];
}

describe('every row: refused when any one requirement is missing', () => {
  for (const row of TRANSITIONS.filter((r) => r.requires?.length)) {
    for (const req of row.requires!) {
      it(`${describeRow(row)}: without ${req} → ${BREAK[req].code}`, () => {
        const { d, ctx } = standingFor(row, kindOf(row));
        const [d2, ctx2] = BREAK[req].apply(d, ctx, row);
        const r = transition(d2, row.action, { role: row.roles[0]! }, ctx2);
        expect(r).toMatchObject({ ok: false, code: BREAK[req].code });
        if (!r.ok) expect(r.message.vi.length && r.message.en.length).toBeGreaterThan(0);
      });
    }
  }
});

describe('general refusals', () => {
  it('an unknown action, an invalid date, or a date before the previous act is refused', () => {
    const { d, on } = drive('first', pathTo('first', 'forwarded')!);
    expect(transition(d, 'fly' as DossierAction, { role: 'province_office' }, { on })).toMatchObject({
      ok: false,
      code: 'unknown_action',
    });
    expect(transition(d, 'accept', { role: 'province_office' }, { on: '2026-02-30' })).toMatchObject({
      ok: false,
      code: 'invalid_date',
    });
    expect(transition(d, 'accept', { role: 'province_office' }, { on: addDays(d.lastActionOn!, -1) })).toMatchObject({
      ok: false,
      code: 'date_out_of_order',
    });
    expect(transition(d, 'accept', { role: 'province_office' }, { on: d.lastActionOn! })).toMatchObject({
      ok: true,
      to: 'province_accepted',
    });
  });

  it('applyTransition refuses a result computed for another state', () => {
    const { d, on } = drive('first', pathTo('first', 'forwarded')!);
    const r = transition(d, 'accept', { role: 'province_office' }, { on });
    expect(r.ok).toBe(true);
    if (r.ok) expect(() => applyTransition({ ...d, state: 'draft' }, r)).toThrow();
  });

  it("availableActions lists the table's actions for a role in a state and kind", () => {
    expect(availableActions({ state: 'province_accepted', kind: 'first' }, 'province_office').sort()).toEqual([
      'assign_round',
    ]);
    expect(availableActions({ state: 'province_accepted', kind: 'reevaluation' }, 'province_office').sort()).toEqual([
      'assign_round',
      'start_review',
    ]);
    expect(availableActions({ state: 'province_accepted', kind: 'first' }, 'producer')).toEqual(['withdraw']);
    for (const t of TERMINAL_STATES)
      for (const role of ROLES) expect(availableActions({ state: t, kind: 'first' }, role)).toEqual([]);
  });
});

describe('reachability: every state and every terminal, through transition()', () => {
  for (const kind of DOSSIER_KINDS) {
    it(`[${kind}] every state is reachable from draft`, () => {
      for (const s of DOSSIER_STATES) {
        const path = pathTo(kind, s);
        expect(path, `${s} unreachable for ${kind}`).not.toBeNull();
        expect(drive(kind, path!).d.state).toBe(s);
      }
    });
  }

  it('every terminal state is reached by every path into it (each incoming row, each kind)', () => {
    for (const row of TRANSITIONS.filter((r) => isTerminal(r.to))) {
      for (const kind of DOSSIER_KINDS.filter((k) => appliesTo(row, k))) {
        const { d } = drive(kind, [...pathTo(kind, row.from)!, row]);
        expect(d.state).toBe(row.to);
      }
    }
  });

  it('the full 5★ path: commune → province → Ministry → 5★ certificate, with the effects the data layer needs', () => {
    const path = pathTo('first', 'ministry_certified')!;
    expect(path.map((r) => r.action)).toEqual([
      'submit',
      'receive',
      'forward',
      'accept',
      'assign_round',
      'start_review',
      'submit_advisory_report',
      'close_scoring',
      'send_to_ministry',
      'receive_at_ministry',
      'open_central_council',
      'certify_ministry',
    ]);
    const { d } = drive('first', path);
    expect(d).toMatchObject({
      state: 'ministry_certified',
      receiptNumber: '01/PĐK-12-03390-2026',
      outcome: { kind: 'certify', by: 'central', star: 5 },
    });
  });
});

describe('property: random action sequences never produce an invalid dossier', () => {
  const step = fc.record({
    useTable: fc.constantFrom(true, true, true, false),
    pick: fc.nat(),
    role: fc.constantFrom(...ROLES),
    action: fc.constantFrom(...DOSSIER_ACTIONS),
    next: fc.constantFrom<DossierAction | undefined>(
      undefined,
      'issue_result_notice',
      'certify_province',
      'send_to_ministry',
      'reject',
      'reassess_at_province',
    ),
    drop: fc.constantFrom<keyof TransitionContext | null>(
      null,
      null,
      null,
      'reason',
      'decision',
      'outcome',
      'round',
      'scoring',
      'communeReport',
    ),
  });

  it('each accepted step follows a table row by an allowed role; each refused step changes nothing', () => {
    const reached = new Set<DossierState>();
    fc.assert(
      fc.property(
        fc.constantFrom(...DOSSIER_KINDS),
        fc.array(step, { minLength: 10, maxLength: 80 }),
        (kind, steps) => {
          let d = draftOf(kind);
          steps.forEach((s, i) => {
            const on = addDays(START, i);
            // Mostly steps the table offers, withdrawal rarely (it would end most walks early).
            const offered = TRANSITIONS.filter((r) => r.from === d.state && appliesTo(r, kind));
            const options = s.pick % 10 === 0 ? offered : offered.filter((r) => r.action !== 'withdraw');
            const row = s.useTable && options.length ? options[s.pick % options.length]! : null;
            const action = row ? row.action : s.action;
            const role: Role = row ? row.roles[s.pick % row.roles.length]! : s.role;
            const full = contextFor(
              d,
              row ?? { from: d.state, to: d.state, action, roles: [role], article: 'Art. 7' },
              on,
              s.next,
            );
            const ctx = s.drop ? { ...full, [s.drop]: undefined } : full;
            const before = d;
            const r = transition(d, action, { role }, ctx);
            if (r.ok) {
              const used = rowFor(before.state, action)!;
              expect(used.roles).toContain(role);
              expect(r.to).toBe(used.to);
              d = applyTransition(d, r);
              reached.add(d.state);
              expect(DOSSIER_STATES).toContain(d.state);
              expect(invariantViolations(d)).toEqual([]);
            } else {
              expect(d).toBe(before);
              expect(r.message.vi && r.message.en).toBeTruthy();
            }
            if (isTerminal(d.state)) expect(ROLES.flatMap((x) => availableActions(d, x))).toEqual([]);
          });
        },
      ),
      // A fixed seed: the same 400 walks on every run, so "every terminal state is reached" cannot fail by chance.
      { numRuns: 400, seed: 2026 },
    );
    // The walks are not stuck near the start: they reach every terminal and most of the procedure.
    for (const t of TERMINAL_STATES) expect(reached).toContain(t);
    expect(reached.size).toBeGreaterThanOrEqual(DOSSIER_STATES.length - 2);
  });

  it('STATE_REQUIRES only names fields of the dossier', () => {
    const fields = Object.keys(draftOf('first'));
    for (const s of DOSSIER_STATES) for (const f of STATE_REQUIRES[s]) expect(fields).toContain(f);
  });
});
