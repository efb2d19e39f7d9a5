// Seed 001 §III.2.1: the stage is the furthest fact reached, derived (never typed); a certificate counts only in force.
import { describe, expect, it } from 'vitest';
import { countByStage, cycleStage, NO_FACTS } from './cycle-stage.ts';
import { openActions, reviewStep } from './cycle-review.ts';

describe('cycle stage (seed 001 §III.2.1)', () => {
  it('nothing recorded places nothing; a survey row alone is "surveyed"', () => {
    expect(cycleStage(NO_FACTS)).toBeNull();
    expect(cycleStage({ ...NO_FACTS, surveyed: true })).toBe('surveyed');
  });
  it('§2.1.2: an idea under review or returned is "idea"; accepted by the province is "idea_accepted"', () => {
    expect(cycleStage({ ...NO_FACTS, surveyed: true, idea: 'forwarded' })).toBe('idea');
    expect(cycleStage({ ...NO_FACTS, idea: 'returned_by_province' })).toBe('idea');
    expect(cycleStage({ ...NO_FACTS, idea: 'accepted' })).toBe('idea_accepted');
  });
  it('§2.1.3–2.1.4: a business plan in review is "business_plan"; approved, the plan is being implemented', () => {
    expect(cycleStage({ ...NO_FACTS, idea: 'accepted', businessPlan: 'submitted' })).toBe('business_plan');
    expect(cycleStage({ ...NO_FACTS, idea: 'accepted', businessPlan: 'accepted' })).toBe('implementing');
  });
  it('§2.1.5–2.1.6: a filed dossier, a certificate in force, trade promotion of a certified product', () => {
    const filed = { ...NO_FACTS, idea: 'accepted' as const, businessPlan: 'accepted' as const, dossierFiled: true };
    expect(cycleStage(filed)).toBe('dossier_filed');
    expect(cycleStage({ ...filed, certifiedInForce: true })).toBe('certified');
    expect(cycleStage({ ...filed, certifiedInForce: true, promoted: true })).toBe('promoted');
    // Art. 8: a revoked certificate is no longer in force; promotion without a certificate in force does not count.
    expect(cycleStage({ ...filed, promoted: true })).toBe('dossier_filed');
  });
  it('counts list every stage in order, zeros included', () => {
    const counts = countByStage(['idea', 'idea', null, 'certified']);
    expect(counts).toHaveLength(8);
    expect(counts.find((c) => c.stage === 'idea')!.n).toBe(2);
    expect(counts[0]).toEqual({ stage: 'surveyed', n: 0 });
  });
});

describe('review of ideas and business plans (seed 001 §2.1.2–2.1.3)', () => {
  it('the commune reviews first, then the province; a return needs advice', () => {
    expect(reviewStep('submitted', 'province_accept', null)).toEqual({ ok: false, reason: 'wrong_state' });
    expect(reviewStep('submitted', 'commune_return', '  ')).toEqual({ ok: false, reason: 'advice_required' });
    expect(reviewStep('submitted', 'commune_forward', null)).toMatchObject({ ok: true, to: 'forwarded' });
    expect(reviewStep('forwarded', 'province_return', 'Bổ sung vùng nguyên liệu')).toMatchObject({
      ok: true,
      to: 'returned_by_province',
    });
    expect(reviewStep('returned_by_province', 'resubmit', null)).toMatchObject({ ok: true, to: 'submitted' });
    expect(reviewStep('accepted', 'resubmit', null).ok).toBe(false);
  });
  it('the actions open depend on the levels the actor holds', () => {
    expect(openActions('submitted', ['commune'])).toEqual(['commune_forward', 'commune_return']);
    expect(openActions('submitted', ['province'])).toEqual([]);
    expect(openActions('forwarded', ['province'])).toEqual(['province_accept', 'province_return']);
    expect(openActions('returned_by_commune', ['submitter'])).toEqual(['resubmit']);
  });
});
