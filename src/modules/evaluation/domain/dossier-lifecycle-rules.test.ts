// The lifecycle's rules one article at a time, with the facts and effects each step must produce. (The exhaustive,
// table-generated tests are in dossier-lifecycle.test.ts.)
import { describe, it, expect } from 'vitest';
import { addDays, type IsoDate } from '../../reference/index.ts';
import type { Role } from '../../../platform/auth/roles.ts';
import {
  TRANSITIONS,
  applyTransition,
  rowFor,
  transition,
  type Dossier,
  type DossierAction,
  type DossierKind,
  type DossierState,
  type Effect,
  type TransitionContext,
  type TransitionResult,
} from './dossier-lifecycle.ts';
import { CENTRAL_OUTCOMES, PROVINCE_OUTCOMES, START, contextFor, draftOf } from './dossier-lifecycle-fixtures.ts';

/** Runs one action with the fixture context plus overrides; returns the result and the dossier after it. */
function act(
  d: Dossier,
  action: DossierAction,
  over: Partial<TransitionContext> = {},
  role?: Role,
  next?: DossierAction,
) {
  const row = rowFor(d.state, action);
  if (!row) throw new Error(`no row ${d.state}/${action}`);
  const on = over.on ?? d.lastActionOn ?? START;
  const r = transition(d, action, { role: role ?? row.roles[0]! }, { ...contextFor(d, row, on, next), ...over });
  return { r, d: r.ok ? applyTransition(d, r) : d };
}

/** Applies actions in order (each must succeed), one day apart unless a date is given. */
function run(d: Dossier, steps: (DossierAction | [DossierAction, Partial<TransitionContext>])[]): Dossier {
  steps.forEach((s, i) => {
    const [action, over] = Array.isArray(s) ? s : [s, {}];
    const nextStep = steps[i + 1];
    const next = nextStep === undefined ? undefined : Array.isArray(nextStep) ? nextStep[0] : nextStep;
    const res = act(
      d,
      action,
      { on: over.on ?? addDays(d.lastActionOn ?? START, d.lastActionOn ? 1 : 0), ...over },
      undefined,
      next,
    );
    if (!res.r.ok) throw new Error(`${action}: ${res.r.code} ${res.r.message.en}`);
    d = res.d;
  });
  return d;
}

const effects = (r: TransitionResult, type: Effect['type']) => (r.ok ? r.effects.filter((e) => e.type === type) : []);
const TO_FORWARDED: DossierAction[] = ['submit', 'receive', 'forward'];
const TO_SCORING: DossierAction[] = [
  ...TO_FORWARDED,
  'accept',
  'assign_round',
  'start_review',
  'submit_advisory_report',
];

describe('who does what (an independent reading of Art. 7, not derived from the table)', () => {
  const expected: Partial<Record<DossierAction, Role[]>> = {
    submit: ['producer', 'commune_officer'], // 7.1 (a commune officer records a paper filing)
    receive: ['commune_officer'],
    return_to_producer: ['commune_officer'],
    forward: ['commune_officer'], // 7.2
    request_supplement: ['province_office'],
    accept: ['province_office'],
    assign_round: ['province_office'], // 7.3.a, 5.1
    submit_advisory_report: ['advisory_member', 'province_office'], // 7.3.c, 7.6.c
    close_scoring: ['province_council_chair'],
    convene_meeting: ['province_council_chair'], // 7.3.d, 7.6.d
    certify_province: ['province_office'],
    issue_result_notice: ['province_office'], // 7.3.đ–g: the office records the chair's decision
    receive_at_ministry: ['ministry_office'],
    certify_ministry: ['ministry_office'],
    record_central_result: ['ministry_office'], // 7.4
    withdraw: ['producer'],
  };
  for (const [action, roles] of Object.entries(expected)) {
    it(`Art. 7: ${action} is done by ${roles.join(', ')} and nobody else`, () => {
      for (const row of TRANSITIONS.filter((r) => r.action === action))
        expect([...row.roles].sort()).toEqual([...roles].sort());
    });
  }

  it('Art. 7: certification and results only ever come from the province office or the Ministry office', () => {
    for (const row of TRANSITIONS.filter((r) =>
      ['province_certified', 'ministry_certified', 'result_notice', 'rejected'].includes(r.to),
    )) {
      expect(row.roles.every((x) => x === 'province_office' || x === 'ministry_office')).toBe(true);
    }
    expect(rowFor('ministry_council', 'certify_ministry')!.roles).toEqual(['ministry_office']);
  });
});

describe('Art. 6.1, 7.1: filing at the commune', () => {
  it('Art. 7.1: filing needs Form 01 and Form 02; it notifies the commune', () => {
    const { r } = act({ ...draftOf('first'), forms: { form01: true, form02: false } }, 'submit');
    expect(r).toMatchObject({ ok: false, code: 'missing_forms' });
    const ok = act(draftOf('first'), 'submit');
    expect(ok.d).toMatchObject({ state: 'submitted', submittedOn: START, lateReevaluation: false });
    expect(effects(ok.r, 'notify')).toEqual([{ type: 'notify', to: ['commune'], about: 'submit' }]);
  });

  it('Art. 6.1.b: an upgrade references a valid certificate below 5★ and lists what changed', () => {
    expect(act({ ...draftOf('upgrade'), baseCertificate: null }, 'submit').r).toMatchObject({
      ok: false,
      code: 'missing_certificate',
    });
    expect(act({ ...draftOf('upgrade'), changes: [' '] }, 'submit').r).toMatchObject({
      ok: false,
      code: 'missing_changes',
    });
    const five = draftOf('upgrade');
    expect(act({ ...five, baseCertificate: { ...five.baseCertificate!, star: 5 } }, 'submit').r).toMatchObject({
      ok: false,
      code: 'cannot_upgrade_five_star',
    });
    expect(
      act({ ...five, baseCertificate: { ...five.baseCertificate!, revokedOn: '2026-01-01' } }, 'submit').r,
    ).toMatchObject({ ok: false, code: 'certificate_not_in_force' });
    expect(
      act({ ...five, baseCertificate: { ...five.baseCertificate!, expiresOnPerDecision: '2026-06-30' } }, 'submit').r,
    ).toMatchObject({ ok: false, code: 'certificate_not_in_force' });
    expect(act(draftOf('upgrade'), 'submit').d.state).toBe('submitted');
  });

  it('Art. 6.1.c: a re-evaluation references the certificate and updates what is new', () => {
    expect(act({ ...draftOf('reevaluation'), baseCertificate: null }, 'submit').r).toMatchObject({
      ok: false,
      code: 'missing_certificate',
    });
    expect(act({ ...draftOf('reevaluation'), changes: [] }, 'submit').r).toMatchObject({
      ok: false,
      code: 'missing_changes',
    });
  });

  it('Art. 7.6.a: a re-evaluation is filed 180 to 120 days before expiry, both days inclusive', () => {
    const d = draftOf('reevaluation'); // expires START + 150
    const expires = addDays(START, 150);
    expect(act(d, 'submit', { on: addDays(expires, -181) }).r).toMatchObject({
      ok: false,
      code: 'reevaluation_too_early',
    });
    expect(act(d, 'submit', { on: addDays(expires, -180) }).r.ok).toBe(true);
    const last = act(d, 'submit', { on: addDays(expires, -120) });
    expect(last.r.ok && effects(last.r, 'certificate_extended')).toEqual([]);
    expect(last.d.lateReevaluation).toBe(false);
  });

  it('Art. 7.6.a, 12.3: outside the transition a filing after the window is refused, and nothing is extended', () => {
    // The fixture's certificate was issued in 2023 but its window opens 1/6/2026, after 22/5/2026: Art. 7.6.a whole.
    const d = draftOf('reevaluation');
    const expires = addDays(START, 150);
    for (const on of [addDays(expires, -119), expires]) {
      const late = act(d, 'submit', { on });
      expect(late.r).toMatchObject({ ok: false, code: 'reevaluation_too_late' });
      if (!late.r.ok) expect(late.r.message.vi).toContain('Không áp dụng khoản 3 Điều 12');
      expect(late.d.lateReevaluation).toBe(false);
    }
    const after = act(d, 'submit', { on: addDays(expires, 1) }).r;
    expect(after).toMatchObject({ ok: false, code: 'certificate_expired' });
    if (!after.ok) expect(after.message.vi).toContain('đánh giá lần đầu');
  });

  it('Art. 12.3: a certificate of the transition filed after the window but before expiry → accepted, it runs on until the result (≤ 180 days)', () => {
    // Issued 2023, expiring 1/9/2026: its window (5/3 – 4/5/2026) opened before 22/5/2026.
    const d = {
      ...draftOf('reevaluation', '2026-06-15'),
      baseCertificate: {
        number: '005/GCN-OCOP-BNNMT-2023',
        star: 5 as const,
        issuedOn: '2023-09-01',
        expiresOnPerDecision: '2026-09-01',
      },
    };
    const late = act(d, 'submit', { on: '2026-06-15' });
    expect(late.d).toMatchObject({ state: 'submitted', lateReevaluation: true });
    expect(effects(late.r, 'certificate_extended')).toEqual([
      {
        type: 'certificate_extended',
        certificate: '005/GCN-OCOP-BNNMT-2023',
        until: '2027-02-28',
        article: 'Art. 12.3',
      },
    ]);
    expect(act(d, 'submit', { on: '2026-09-01' }).d.lateReevaluation).toBe(true);
    expect(act(d, 'submit', { on: '2026-09-02' }).r).toMatchObject({ ok: false, code: 'certificate_expired' });
  });

  it('Art. 12.2: a re-evaluation filed before 22/5/2026 followed the earlier rules — no 7.6.a window', () => {
    const d = draftOf('reevaluation', '2026-01-10'); // expires 2026-06-09: 150 days on
    expect(act(d, 'submit', { on: '2025-10-01' }).d.state).toBe('submitted');
  });
});

describe('Art. 7.2: the commune', () => {
  const submitted = () => act(draftOf('first'), 'submit', { on: '2026-05-22' }).d;

  it('Art. 7.2: receipt issues the Form 01 number and starts 15 working days (22/5/2026 → 12/6/2026)', () => {
    const { r, d } = act(submitted(), 'receive', { on: '2026-05-22', receiptNumber: '7/pdk-12-03390-2026' });
    expect(d).toMatchObject({
      state: 'commune_received',
      receiptNumber: '07/PĐK-12-03390-2026',
      receivedOn: '2026-05-22',
      communeDueOn: '2026-06-12',
    });
    expect(effects(r, 'deadline_started')).toMatchObject([
      { deadline: 'commune_review', dueOn: '2026-06-12', article: 'Art. 7.2' },
    ]);
  });

  it('Art. 7.2: the receipt must be well formed, of this province and commune, of the year of receipt; the calendar is needed', () => {
    const d = submitted();
    expect(act(d, 'receive', { on: '2026-05-22', receiptNumber: '07/PĐK-12-03391-2026' }).r).toMatchObject({
      ok: false,
      code: 'receipt_mismatch',
    });
    expect(act(d, 'receive', { on: '2026-05-22', receiptNumber: '07/PĐK-12-03390-2025' }).r).toMatchObject({
      ok: false,
      code: 'receipt_mismatch',
    });
    expect(act(d, 'receive', { on: '2026-05-22', receiptNumber: '07/PĐK' }).r).toMatchObject({
      ok: false,
      code: 'invalid_receipt',
    });
    expect(act(d, 'receive', { on: '2026-05-22', receiptNumber: undefined }).r).toMatchObject({
      ok: false,
      code: 'missing_receipt',
    });
    expect(act(d, 'receive', { on: '2026-05-22', calendar: undefined }).r).toMatchObject({
      ok: false,
      code: 'missing_calendar',
    });
  });

  it('Art. 7.2: a dossier returned and filed again keeps its receipt; the 15 working days restart from the new receipt', () => {
    let d = act(submitted(), 'receive', { on: '2026-05-22' }).d;
    d = act(d, 'return_to_producer', { on: '2026-05-25', reason: 'Thiếu phiếu kiểm nghiệm' }).d;
    expect(d).toMatchObject({ state: 'commune_returned', communeDueOn: null, receiptNumber: '01/PĐK-12-03390-2026' });
    d = act(d, 'resubmit', { on: '2026-05-27' }).d;
    expect(d).toMatchObject({ state: 'submitted', submittedOn: '2026-05-22' });
    d = act(d, 'receive', { on: '2026-05-28', receiptNumber: undefined }).d;
    expect(d).toMatchObject({
      state: 'commune_received',
      receiptNumber: '01/PĐK-12-03390-2026',
      communeDueOn: '2026-06-18',
    });
  });

  it('Art. 7.2.b: forwarding needs the Form 03 contents and letter, and 5 samples except for tourism (6.2.d)', () => {
    const d = act(submitted(), 'receive', { on: '2026-05-22' }).d;
    const report = contextFor(d, rowFor(d.state, 'forward')!, '2026-06-01').communeReport!;
    for (const key of Object.keys(report) as (keyof typeof report)[]) {
      expect(act(d, 'forward', { on: '2026-06-01', communeReport: { ...report, [key]: '' } }).r).toMatchObject({
        ok: false,
        code: 'missing_commune_report',
      });
    }
    expect(act({ ...d, samples: 4 }, 'forward', { on: '2026-06-01' }).r).toMatchObject({
      ok: false,
      code: 'missing_samples',
    });
    expect(act({ ...d, samples: 0, tourism: true }, 'forward', { on: '2026-06-01' }).d).toMatchObject({
      state: 'forwarded',
      forwardedOn: '2026-06-01',
      communeDueOn: null,
    });
  });

  it('Art. 7.2: a late forward is still accepted (the producer must not lose the dossier) and records the missed deadline', () => {
    const d = act(submitted(), 'receive', { on: '2026-05-22' }).d;
    expect(effects(act(d, 'forward', { on: '2026-06-12' }).r, 'deadline_missed')).toEqual([]);
    const late = act(d, 'forward', { on: '2026-06-15' });
    expect(late.d.state).toBe('forwarded');
    expect(effects(late.r, 'deadline_missed')).toMatchObject([
      { deadline: 'commune_review', dueOn: '2026-06-12', article: 'Art. 7.2' },
    ]);
  });
});

describe("Art. 7.3.a–c, 5.1: the province's check, rounds and review", () => {
  it('Art. 7.3.a: the office asks for completion with a reason; the supplement returns to the office, forwarding date kept', () => {
    let d = run(draftOf('first'), TO_FORWARDED);
    const fwd = d.forwardedOn;
    expect(act(d, 'request_supplement', { reason: '' }).r).toMatchObject({ ok: false, code: 'missing_reason' });
    const asked = act(d, 'request_supplement', { reason: 'Bổ sung giấy ATTP' });
    expect(effects(asked.r, 'notify')).toEqual([
      { type: 'notify', to: ['commune', 'producer'], about: 'request_supplement', reason: 'Bổ sung giấy ATTP' },
    ]);
    d = act(asked.d, 'submit_supplement', {}, 'producer').d;
    expect(d).toMatchObject({ state: 'forwarded', forwardedOn: fwd });
  });

  it('Art. 5.1: a dossier goes only into a round whose cut-off is after its forwarding', () => {
    const d = run(draftOf('first'), [...TO_FORWARDED, 'accept']);
    const round = contextFor(d, rowFor(d.state, 'assign_round')!, d.lastActionOn!).round!;
    expect(act(d, 'assign_round', { round: { ...round, cutoff: d.forwardedOn! } }).r).toMatchObject({
      ok: false,
      code: 'round_refused',
    });
    expect(act(d, 'assign_round', { round }).d).toMatchObject({
      state: 'in_round',
      roundId: round.id,
      roundFinishBy: round.finishBy,
    });
  });

  it('Art. 7.6.g: accepting a complete re-evaluation dossier starts its 45 days', () => {
    const d = run(draftOf('reevaluation'), TO_FORWARDED);
    const { r, d: after } = act(d, 'accept', { on: '2026-07-10', calendar: undefined });
    expect(after).toMatchObject({ completeOn: '2026-07-10', reevaluationDueOn: '2026-08-24' });
    expect(effects(r, 'deadline_started')).toMatchObject([
      { deadline: 'reevaluation_completion', article: 'Art. 7.6.g' },
    ]);
    expect(act(run(draftOf('first'), TO_FORWARDED), 'accept').d.reevaluationDueOn).toBeNull();
  });

  it('Art. 7.6.c: a re-evaluation is reviewed without waiting for a round; a first evaluation must be in a round', () => {
    const re = run(draftOf('reevaluation'), [...TO_FORWARDED, 'accept']);
    expect(act(re, 'start_review', {}, 'province_office').d.state).toBe('advisory_review');
    expect(act(run(draftOf('first'), [...TO_FORWARDED, 'accept']), 'start_review').r).toMatchObject({
      ok: false,
      code: 'wrong_kind',
    });
  });

  it('Art. 7.6.c: in a re-evaluation a field visit needs a ground (scale changed, evidence unclear); elsewhere it does not', () => {
    const re = run(draftOf('reevaluation'), [...TO_FORWARDED, 'accept', 'start_review']);
    expect(act(re, 'record_field_visit', { fieldVisit: { ground: null } }).r).toMatchObject({
      ok: false,
      code: 'missing_field_visit_ground',
    });
    expect(act(re, 'record_field_visit', { fieldVisit: { ground: 'evidence_unclear' } }).d).toMatchObject({
      state: 'advisory_review',
      fieldVisitOn: re.lastActionOn,
    });
    const first = run(draftOf('first'), [...TO_FORWARDED, 'accept', 'assign_round', 'start_review']);
    expect(act(first, 'record_field_visit', { fieldVisit: { ground: null } }).d.fieldVisitOn).toBe(first.lastActionOn);
  });

  it('Art. 7.3.c: the advisory team may ask for more documents; the producer or commune sends them back to the review', () => {
    const d = run(draftOf('first'), [...TO_FORWARDED, 'accept', 'assign_round', 'start_review']);
    const asked = act(d, 'request_advisory_supplement', { reason: 'Thiếu kết quả kiểm nghiệm' }, 'advisory_member').d;
    expect(asked.state).toBe('advisory_supplement');
    expect(act(asked, 'submit_supplement', {}, 'commune_officer').d.state).toBe('advisory_review');
  });
});

describe('Art. 7.3.d, 7.6.d: the council', () => {
  it('Art. 7.6.d: a re-evaluation council works in writing; a first evaluation meets', () => {
    expect(
      run(draftOf('reevaluation'), [...TO_FORWARDED, 'accept', 'start_review', 'submit_advisory_report']).councilMode,
    ).toBe('written');
    expect(run(draftOf('first'), TO_SCORING).councilMode).toBe('meeting');
  });

  it('Art. 7.6.d: diverging opinions turn a written re-evaluation into a meeting; the chair may convene one for complex content', () => {
    const d = run(draftOf('reevaluation'), [...TO_FORWARDED, 'accept', 'start_review', 'submit_advisory_report']);
    expect(act(d, 'flag_divergence').d).toMatchObject({ state: 'council_rescoring', councilMode: 'meeting' });
    const met = act(d, 'convene_meeting', { reason: 'Nội dung phức tạp' }).d;
    expect(met).toMatchObject({ state: 'council_scoring', councilMode: 'meeting' });
    expect(act(met, 'convene_meeting', { reason: 'lần nữa' }).r).toMatchObject({ ok: false, code: 'not_written_mode' });
  });

  it('Art. 7.6.d: diverging written opinions cannot be closed with a note: the chair must convene a meeting first', () => {
    const d = run(draftOf('reevaluation'), [...TO_FORWARDED, 'accept', 'start_review', 'submit_advisory_report']);
    const diverging = { scoring: { allSubmitted: true, spreadFlag: true, flagAcceptedReason: 'Giữ kết quả' } };
    expect(act(d, 'close_scoring', diverging).r).toMatchObject({ ok: false, code: 'meeting_required' });
    const met = act(d, 'convene_meeting', { reason: 'Ý kiến khác nhau về tiêu chí 4.3' }).d;
    expect(act(met, 'close_scoring', diverging).d.state).toBe('council_closed');
    expect(act(d, 'close_scoring', { scoring: { allSubmitted: true, spreadFlag: false } }).d).toMatchObject({
      state: 'council_closed',
      councilMode: 'written',
    });
  });

  it('Art. 7.3.c, 7.6.c: a field visit is recorded on the dossier and the producer is told', () => {
    const d = run(draftOf('first'), [...TO_FORWARDED, 'accept', 'assign_round', 'start_review']);
    const { r } = act(
      d,
      'record_field_visit',
      { reason: 'Khảo sát cơ sở, lấy mẫu kiểm nghiệm bổ sung' },
      'advisory_member',
    );
    expect(r).toMatchObject({ ok: true, to: 'advisory_review' });
    expect(effects(r, 'notify')).toEqual([
      {
        type: 'notify',
        to: ['producer'],
        about: 'record_field_visit',
        reason: 'Khảo sát cơ sở, lấy mẫu kiểm nghiệm bổ sung',
      },
    ]);
  });

  it('Art. 7.3.d: the chair closes only with every scorecard and no unresolved spread, or the spread accepted with a reason', () => {
    const d = run(draftOf('first'), TO_SCORING);
    expect(act(d, 'close_scoring', { scoring: { allSubmitted: false, spreadFlag: false } }).r).toMatchObject({
      ok: false,
      code: 'scores_incomplete',
    });
    expect(act(d, 'close_scoring', { scoring: { allSubmitted: true, spreadFlag: true } }).r).toMatchObject({
      ok: false,
      code: 'spread_unresolved',
    });
    expect(
      act(d, 'close_scoring', { scoring: { allSubmitted: true, spreadFlag: true, flagAcceptedReason: 'Đã thảo luận' } })
        .d.state,
    ).toBe('council_closed');
    expect(act(d, 'flag_divergence', { scoring: { allSubmitted: true, spreadFlag: false } }).r).toMatchObject({
      ok: false,
      code: 'no_spread_flag',
    });
    const rescoring = act(d, 'flag_divergence').d;
    expect(act(rescoring, 'close_scoring', { scoring: { allSubmitted: true, spreadFlag: false } }).d).toMatchObject({
      state: 'council_closed',
      outcome: PROVINCE_OUTCOMES.certify,
    });
  });

  it("Art. 7.3.d: the council's result must be the provincial council's", () => {
    const d = run(draftOf('first'), TO_SCORING);
    expect(act(d, 'close_scoring', { outcome: CENTRAL_OUTCOMES.certify }).r).toMatchObject({
      ok: false,
      code: 'wrong_outcome_level',
    });
  });
});

describe('Art. 4.1, 7.3.e–g, 7.4: outcomes', () => {
  const closedWith = (kind: DossierKind, outcome = PROVINCE_OUTCOMES.certify) =>
    run(draftOf(kind), [
      ...TO_SCORING.filter((a) => kind !== 'reevaluation' || a !== 'assign_round'),
      ['close_scoring', { outcome }],
    ]);

  it("Art. 7.3.e: the province certifies 3★/4★ on the chair's decision; the certificate runs 36 months from it (4.3)", () => {
    const d = closedWith('first');
    expect(act(d, 'certify_province', { decision: undefined }).r).toMatchObject({
      ok: false,
      code: 'missing_decision',
    });
    expect(act(d, 'certify_province', { decision: { number: 'không số', date: d.lastActionOn! } }).r).toMatchObject({
      ok: false,
      code: 'invalid_decision',
    });
    expect(
      act(d, 'certify_province', { decision: { number: '5/QĐ-UBND', date: addDays(d.lastActionOn!, 1) } }).r,
    ).toMatchObject({ ok: false, code: 'decision_after_act' });
    const { r, d: after } = act(d, 'certify_province', {
      decision: { number: '456/QĐ-UBND', date: '2026-07-20' },
      on: '2026-07-21',
    });
    expect(after).toMatchObject({
      state: 'province_certified',
      decision: { number: '456/QĐ-UBND', date: '2026-07-20' },
    });
    expect(effects(r, 'issue_certificate')).toEqual([
      {
        type: 'issue_certificate',
        issuer: 'province',
        star: 4,
        decision: { number: '456/QĐ-UBND', date: '2026-07-20' },
        expiresOn: '2029-07-20',
        supersedes: null,
      },
    ]);
    expect(effects(r, 'notify')).toEqual([{ type: 'notify', to: ['producer', 'commune'], about: 'certify_province' }]);
  });

  it('Art. 4.1.a: 1★/2★ get a result notice, never a certificate', () => {
    const d = closedWith('first', PROVINCE_OUTCOMES.notice);
    expect(act(d, 'certify_province').r).toMatchObject({ ok: false, code: 'wrong_outcome' });
    expect(act(d, 'issue_result_notice').d.state).toBe('result_notice');
  });

  it('Art. 7.3.e: ≥ 90 and 5★ marks → approved and sent to the Ministry with the approval decision; not certified by the province', () => {
    const d = closedWith('first', PROVINCE_OUTCOMES.forward);
    expect(act(d, 'certify_province').r).toMatchObject({ ok: false, code: 'wrong_outcome' });
    expect(act(d, 'send_to_ministry', { decision: undefined }).r).toMatchObject({
      ok: false,
      code: 'missing_decision',
    });
    expect(act(d, 'send_to_ministry').d).toMatchObject({ state: 'sent_to_ministry', proposedOn: d.lastActionOn });
  });

  it('Appendix II: a disqualified dossier is rejected; a qualified one cannot be', () => {
    expect(act(closedWith('first', PROVINCE_OUTCOMES.reject), 'reject').d.state).toBe('rejected');
    expect(act(closedWith('first'), 'reject').r).toMatchObject({ ok: false, code: 'wrong_outcome' });
  });

  it('Art. 6.1.b, 7.5: an upgrade is certified only above its current star (which it supersedes); otherwise a notice', () => {
    const up = closedWith('upgrade'); // current 3★, result 4★
    const { r } = act(up, 'certify_province');
    expect(effects(r, 'issue_certificate')).toMatchObject([{ star: 4, supersedes: '010/GCN-OCOP-12-2025' }]);
    const same = closedWith('upgrade', { kind: 'certify', level: 'province', star: 3, by: 'province' });
    expect(act(same, 'certify_province').r).toMatchObject({ ok: false, code: 'not_an_upgrade' });
    expect(act(same, 'issue_result_notice').d.state).toBe('result_notice');
    expect(
      act(closedWith('first', { kind: 'certify', level: 'province', star: 3, by: 'province' }), 'issue_result_notice')
        .r,
    ).toMatchObject({ ok: false, code: 'wrong_outcome' });
  });

  it("Art. 7.4: the Ministry receives, puts the dossier in a national round, and certifies 5★ on the Minister's decision", () => {
    let d = run(closedWith('first', PROVINCE_OUTCOMES.forward), ['send_to_ministry', 'receive_at_ministry']);
    const round = contextFor(d, rowFor(d.state, 'open_central_council')!, d.lastActionOn!).round!;
    expect(act(d, 'open_central_council', { round: undefined }).r).toMatchObject({ ok: false, code: 'missing_round' });
    expect(act(d, 'open_central_council', { round: { ...round, cutoff: d.proposedOn! } }).r).toMatchObject({
      ok: false,
      code: 'round_refused',
    });
    d = act(d, 'open_central_council', { round }).d;
    expect(d).toMatchObject({ state: 'ministry_council', centralRoundId: round.id });
    const { r, d: after } = act(d, 'certify_ministry', { decision: { number: '88/QĐ-BNNMT', date: d.lastActionOn! } });
    expect(after).toMatchObject({ state: 'ministry_certified', outcome: CENTRAL_OUTCOMES.certify });
    expect(effects(r, 'issue_certificate')).toMatchObject([{ issuer: 'ministry', star: 5 }]);
  });

  it('Art. 7.4.g: below 90 at the centre, the province may certify 3★/4★ from the central result, notify, or evaluate again', () => {
    const d = run(closedWith('first', PROVINCE_OUTCOMES.forward), [
      'send_to_ministry',
      'receive_at_ministry',
      'open_central_council',
    ]);
    expect(act(d, 'certify_ministry', { outcome: CENTRAL_OUTCOMES.return }).r).toMatchObject({
      ok: false,
      code: 'wrong_outcome',
    });
    expect(act(d, 'record_central_result', { outcome: CENTRAL_OUTCOMES.certify }).r).toMatchObject({
      ok: false,
      code: 'wrong_outcome',
    });
    const back = act(d, 'record_central_result', { outcome: CENTRAL_OUTCOMES.return }).d;
    expect(back).toMatchObject({ state: 'ministry_not_5_star', outcome: CENTRAL_OUTCOMES.return });
    const { r, d: certified } = act(back, 'certify_province');
    expect(certified.state).toBe('province_certified');
    expect(effects(r, 'issue_certificate')).toMatchObject([{ issuer: 'province', star: 4 }]);
    expect(act(back, 'issue_result_notice').r).toMatchObject({ ok: false, code: 'wrong_outcome' });
    const again = act(back, 'reassess_at_province', { reason: 'Tổ chức đánh giá lại theo thẩm quyền' }).d;
    expect(again).toMatchObject({ state: 'province_accepted', outcome: null, roundId: null });
    const low = act(d, 'record_central_result', { outcome: CENTRAL_OUTCOMES.notice }).d;
    expect(act(low, 'issue_result_notice').d.state).toBe('result_notice');
  });

  it("Art. 6.3.b, 7.6.e, 7.6.g: a 5★ re-evaluation goes from the office's report to the Ministry, whose receipt starts 45 days", () => {
    const d = run(draftOf('reevaluation'), [...TO_FORWARDED, 'accept', 'start_review']);
    const sent = act(d, 'send_to_ministry').d;
    expect(sent).toMatchObject({
      state: 'sent_to_ministry',
      proposedOn: d.lastActionOn,
      advisoryReportOn: d.lastActionOn,
    });
    const { r, d: received } = act(sent, 'receive_at_ministry', { on: '2026-08-01', calendar: undefined });
    expect(received).toMatchObject({ completeOn: '2026-08-01', reevaluationDueOn: '2026-09-15' });
    expect(effects(r, 'deadline_started')).toMatchObject([
      { deadline: 'reevaluation_completion', article: 'Art. 7.6.g' },
    ]);
    // No national round needed: its own 45 days run (7.6.g).
    expect(act(received, 'open_central_council', { round: undefined }).d.state).toBe('ministry_council');
    const four = { ...d, baseCertificate: { ...d.baseCertificate!, star: 4 as const } };
    expect(act(four, 'send_to_ministry').r).toMatchObject({ ok: false, code: 'not_five_star' });
  });
});

describe('withdrawal', () => {
  const states: DossierState[] = [
    'draft',
    'submitted',
    'commune_received',
    'commune_returned',
    'forwarded',
    'province_incomplete',
    'province_accepted',
    'in_round',
    'advisory_review',
    'advisory_supplement',
  ];
  it('the producer may withdraw until the council starts scoring, never after', () => {
    expect(
      TRANSITIONS.filter((r) => r.action === 'withdraw')
        .map((r) => r.from)
        .sort(),
    ).toEqual([...states].sort());
    const d = run(draftOf('first'), TO_SCORING);
    expect(transition(d, 'withdraw', { role: 'producer' }, { on: d.lastActionOn! as IsoDate })).toMatchObject({
      ok: false,
      code: 'wrong_state',
    });
    const w = act(run(draftOf('first'), TO_FORWARDED), 'withdraw', { reason: 'Chưa sẵn sàng' }, 'producer');
    expect(w.d.state).toBe('withdrawn');
    expect(effects(w.r, 'notify')).toEqual([
      { type: 'notify', to: ['commune', 'province_office'], about: 'withdraw', reason: 'Chưa sẵn sàng' },
    ]);
  });
});
