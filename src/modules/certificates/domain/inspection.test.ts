// The pure rules of inspection after certification (Art. 9), the yearly product test (seed 003 §6), papers with a
// term (Art. 6.1.c) and the risk ranking (our weights).
import { describe, it, expect } from 'vitest';
import { getProductSet } from '../../criteria/index.ts';
import { buildChecklist, MARK_ITEMS, requiredOption } from './inspection-checklist.ts';
import { ITEM_STATES, ITEM_TRANSITIONS, itemActions, nextItemState } from './inspection-lifecycle.ts';
import { checkPlanTargets, planLevelOf, type PlanTarget } from './inspection-authority.ts';
import { nextTestDue, testStatus } from './product-tests.ts';
import { currentPapers, paperStatus } from './papers.ts';
import { riskScore, RISK_WEIGHTS, type RiskFacts } from './inspection-risk.ts';

describe('the finding lifecycle (Art. 9, 8.3.a)', () => {
  it('every transition names its article and leads to a known state', () => {
    for (const t of ITEM_TRANSITIONS) {
      expect(t.article).toMatch(/^Art\. [89]\./);
      for (const f of t.from) expect(ITEM_STATES).toContain(f);
    }
  });

  it('Art. 9.3: recording "ok" closes the item, "minor" or "serious" opens a finding', () => {
    expect(nextItemState('unchecked', 'record', 'ok')).toBe('ok');
    expect(nextItemState('unchecked', 'record', 'minor')).toBe('finding');
    expect(nextItemState('ok', 'record', 'serious')).toBe('finding');
    expect(nextItemState('fix_required', 'record', 'ok')).toBeNull();
  });

  it('Art. 9.1: fix required → the producer reports → the team re-checks (passed, or the fix is required again)', () => {
    expect(nextItemState('finding', 'require_fix')).toBe('fix_required');
    expect(nextItemState('fix_required', 'report_fix')).toBe('fix_reported');
    expect(nextItemState('fix_reported', 'recheck_pass')).toBe('resolved');
    expect(nextItemState('fix_reported', 'recheck_fail')).toBe('fix_required');
    expect(nextItemState('finding', 'report_fix')).toBeNull();
  });

  it('Art. 8.1.b, 8.3.a: an open finding escalates to a revocation proposal; a met or resolved item does not', () => {
    for (const s of ['finding', 'fix_required', 'fix_reported'] as const)
      expect(nextItemState(s, 'escalate')).toBe('escalated');
    for (const s of ['unchecked', 'ok', 'resolved', 'escalated'] as const)
      expect(nextItemState(s, 'escalate')).toBeNull();
  });

  it('the producer reports fixes and nothing else; the team does the rest', () => {
    expect(itemActions('fix_required', ['producer'])).toEqual(['report_fix']);
    expect(itemActions('fix_required', ['team'])).toEqual(['escalate']);
    expect(itemActions('finding', ['producer'])).toEqual([]);
  });
});

describe('the visit checklist (Art. 9.3)', () => {
  const set1 = getProductSet('26-2026', 1)!;

  it('Art. 9.3.a: one item per criterion of the certified sheet, with the option the certified star requires', () => {
    const four = buildChecklist(set1, 4);
    const criteria = four.filter((i) => i.kind === 'criterion');
    expect(criteria.length).toBe(set1.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria)).length);
    // 1.5: "****" and "*****" marks; a 4★ product must keep the **** option, a 3★ product none binds.
    const c15 = set1.parts[0]!.sections[0]!.criteria.find((c) => c.code === '1.5')!;
    expect(requiredOption(c15, 4)?.minStar).toBe(4);
    expect(requiredOption(c15, 5)?.minStar).toBe(5);
    expect(requiredOption(c15, 3)).toBeNull();
    expect(criteria.find((i) => i.code === '1.5')).toMatchObject({
      starMark: 4,
      expected: expect.stringMatching(/^Tối thiểu: .*\(\*\*\*\*\)$/),
    });
    expect(buildChecklist(set1, 3).find((i) => i.code === '1.5')!.expected).toBeNull();
  });

  it('Art. 9.3.b: the OCOP mark, product information and labels, and advertising on every visit, even without a sheet', () => {
    expect(buildChecklist(set1, 3).slice(-3)).toEqual(MARK_ITEMS);
    expect(buildChecklist(undefined, 4).map((i) => i.kind)).toEqual(['mark', 'label', 'advertising']);
  });
});

describe('who inspects what (Art. 9.4)', () => {
  const t = (over: Partial<PlanTarget>): PlanTarget => ({
    certificateId: 'c',
    provinceCode: '12',
    star: 4,
    status: 'valid',
    inForceUntil: '2029-01-01',
    ...over,
  });
  const today = '2026-12-01';

  it('Art. 9.4.a/b: the provincial office plans at province level, the Ministry office nationally, nobody else', () => {
    expect(planLevelOf('province_office', '12')).toBe('province');
    expect(planLevelOf('ministry_office', null)).toBe('ministry');
    expect(planLevelOf('commune_officer', '12')).toBeNull();
    expect(planLevelOf('producer', '12')).toBeNull();
  });

  it("Art. 9.4.a: a province inspects its own 3★/4★ products, not another province's nor a 5★", () => {
    expect(checkPlanTargets('province', '12', [t({}), t({ star: 3 })], null, today)).toEqual([]);
    expect(checkPlanTargets('province', '12', [t({ provinceCode: '11' })], null, today)[0]!.code).toBe(
      'outside_province',
    );
    expect(checkPlanTargets('province', '12', [t({ star: 5 })], null, today)[0]).toMatchObject({
      field: 'body.certificateIds.0',
      code: 'five_star_is_ministry',
    });
  });

  it('Art. 9.4.b: the Ministry inspects 5★ anywhere, and 3★/4★ only with a stated reason', () => {
    expect(checkPlanTargets('ministry', null, [t({ star: 5, provinceCode: '11' })], null, today)).toEqual([]);
    expect(checkPlanTargets('ministry', null, [t({ star: 4 })], null, today)[0]).toMatchObject({
      field: 'body.reason',
    });
    expect(checkPlanTargets('ministry', null, [t({ star: 4 })], 'Phản ánh về chất lượng', today)).toEqual([]);
  });

  it('Art. 9.1: only certificates in force are inspected after certification', () => {
    expect(checkPlanTargets('province', '12', [t({ status: 'revoked' })], null, today)[0]!.code).toBe(
      'certificate_not_in_force',
    );
    expect(checkPlanTargets('province', '12', [t({ inForceUntil: '2026-11-30' })], null, today)[0]!.code).toBe(
      'certificate_not_in_force',
    );
  });
});

describe('the yearly product test (seed 003 §6) and papers with a term (Art. 6.1.c)', () => {
  it('seed 003 §6: the next test is due one year after the last; a later day is overdue', () => {
    expect(nextTestDue('2025-10-15')).toBe('2026-10-15');
    expect(nextTestDue('2024-02-29')).toBe('2025-02-28');
    expect(testStatus('2025-10-15', '2026-10-15').status).toBe('due_soon');
    expect(testStatus('2025-10-15', '2026-10-16')).toEqual({ status: 'overdue', dueOn: '2026-10-15' });
    expect(testStatus('2026-03-01', '2026-10-16').status).toBe('ok');
    expect(testStatus(null, '2026-10-16').status).toBe('none');
  });

  it('Art. 6.1.c: a paper lapsed, lapsing within 90 days, lapsing before the certificate, valid, or without a term', () => {
    expect(paperStatus('2026-11-30', '2026-12-01', '2029-01-01')).toBe('lapsed');
    expect(paperStatus('2027-02-01', '2026-12-01', '2029-01-01')).toBe('lapsing');
    expect(paperStatus('2028-06-01', '2026-12-01', '2029-01-01')).toBe('lapses_before_certificate');
    expect(paperStatus('2029-06-01', '2026-12-01', '2029-01-01')).toBe('valid');
    expect(paperStatus(null, '2026-12-01', '2029-01-01')).toBe('no_term');
  });
});

describe('renewed papers (Art. 6.1.c)', () => {
  it('Art. 6.1.c: a renewal replaces the earlier paper of the same kind for the same product or producer', () => {
    const p = (id: string, kind: string, productId: string | null, issuedOn: string) => ({
      id,
      kind,
      productId,
      producerId: 'hx',
      issuedOn,
    });
    const papers = [
      p('old', 'food_safety', null, '2023-11-01'),
      p('new', 'food_safety', null, '2026-11-10'),
      p('vietgap', 'vietgap', 'a', '2025-01-01'),
      p('vietgap-b', 'vietgap', 'b', '2024-01-01'),
    ];
    expect(currentPapers(papers).map((x) => x.id)).toEqual(['new', 'vietgap', 'vietgap-b']);
  });
});

describe("the risk list (our weights, not the law's)", () => {
  const calm: RiskFacts = {
    daysToExpiry: 800,
    testOverdue: false,
    lapsedPapers: 0,
    lapsingPapers: 0,
    openFindings: 0,
    openSeriousFindings: 0,
    openProposals: 0,
    consumerReports: null,
  };

  it('a product with nothing against it scores 0', () => {
    expect(riskScore(calm)).toEqual({ score: 0, reasons: [] });
  });

  it('adds each reason with its weight, largest first', () => {
    const r = riskScore({
      ...calm,
      daysToExpiry: 20,
      testOverdue: true,
      lapsedPapers: 1,
      openFindings: 2,
      openSeriousFindings: 1,
      openProposals: 1,
      consumerReports: 2,
    });
    const w = RISK_WEIGHTS;
    expect(r.score).toBe(
      w.expiringWithin180 +
        w.expiringWithin30 +
        w.testOverdue +
        w.lapsedPaper +
        w.openFinding +
        w.openSeriousFinding +
        w.openProposal +
        2 * w.consumerReport,
    );
    expect(r.reasons[0]!.code).toBe('open_proposals');
    expect(r.reasons.map((x) => x.code)).toContain('expiring');
  });

  it('ranks an overdue test with a lapsed paper above a certificate that merely nears its end', () => {
    const a = riskScore({ ...calm, testOverdue: true, lapsedPapers: 1 }).score;
    const b = riskScore({ ...calm, daysToExpiry: 150 }).score;
    expect(a).toBeGreaterThan(b);
  });
});
