// Test-only: dossiers and contexts that satisfy a transition row, for the lifecycle's generated tests.
import { addDays, loadCalendar, type IsoDate } from '../../reference/index.ts';
import type { Outcome } from './council.ts';
import type { EvaluationRound } from './rounds.ts';
import {
  newDossier,
  type Dossier,
  type DossierAction,
  type DossierKind,
  type TransitionContext,
  type TransitionRow,
} from './dossier-lifecycle.ts';

export const calendar = loadCalendar();
export const START = '2026-07-01';

/** A dossier of `kind` as the producer drafts it on `start`; re-evaluations hold a 5★ certificate expiring in 150 days. */
export function draftOf(kind: DossierKind, start: IsoDate = START): Dossier {
  const base =
    kind === 'upgrade'
      ? { number: '010/GCN-OCOP-12-2025', star: 3 as const, issuedOn: '2025-01-10', expiresOnPerDecision: '2028-01-10' }
      : kind === 'reevaluation'
        ? {
            number: '005/GCN-OCOP-BNNMT-2023',
            star: 5 as const,
            issuedOn: '2023-01-01',
            expiresOnPerDecision: addDays(start, 150),
          }
        : null;
  return newDossier({
    kind,
    provinceCode: '12',
    communeCode: '03390',
    forms: { form01: true, form02: true },
    samples: 5,
    baseCertificate: base,
    changes: kind === 'first' ? [] : ['Bao bì mới, mở rộng vùng nguyên liệu'],
  });
}

/** A declared extra round open to the dossier on `on` (so any date works). */
export function roundFor(d: Dossier, on: IsoDate, level: 'province' | 'central'): EvaluationRound {
  const from = (level === 'province' ? d.forwardedOn : d.proposedOn) ?? on;
  return {
    id: `${level}-${from}`,
    level,
    provinceCode: level === 'province' ? d.provinceCode : null,
    year: Number(on.slice(0, 4)),
    number: 9,
    cutoff: addDays(from, 1),
    finishBy: addDays(on, 60),
    extra: { councilRulesDecision: '99/QĐ-UBND', planReference: '15/KH-UBND' },
  };
}

export const PROVINCE_OUTCOMES: Record<'notice' | 'certify' | 'forward' | 'reject', Outcome> = {
  notice: { kind: 'result_notice', level: 'province', star: 2 },
  certify: { kind: 'certify', level: 'province', star: 4, by: 'province' },
  forward: { kind: 'forward', level: 'province', star: 5, to: 'central' },
  reject: { kind: 'rejected', level: 'province', star: null, reasons: ['Giả mạo hồ sơ'] },
};
export const CENTRAL_OUTCOMES: Record<'certify' | 'return' | 'notice' | 'reject', Outcome> = {
  certify: { kind: 'certify', level: 'central', star: 5, by: 'central' },
  return: { kind: 'return', level: 'central', star: 4, to: 'province' },
  notice: { kind: 'result_notice', level: 'central', star: 2 },
  reject: { kind: 'rejected', level: 'central', star: null, reasons: ['Giả mạo hồ sơ'] },
};

/** The outcome the council must have reached for `next` to be allowed (which result leads to which step). */
export function outcomeLeadingTo(next: DossierAction | undefined, level: 'province' | 'central'): Outcome {
  if (level === 'province') {
    if (next === 'issue_result_notice') return PROVINCE_OUTCOMES.notice;
    if (next === 'send_to_ministry') return PROVINCE_OUTCOMES.forward;
    if (next === 'reject') return PROVINCE_OUTCOMES.reject;
    return PROVINCE_OUTCOMES.certify;
  }
  return next === 'issue_result_notice' ? CENTRAL_OUTCOMES.notice : CENTRAL_OUTCOMES.return;
}

/** A context meeting every requirement of `row` on dossier `d`; `next` is the step after (to pick the council's result). */
export function contextFor(d: Dossier, row: TransitionRow, on: IsoDate, next?: DossierAction): TransitionContext {
  const centralResult =
    row.action === 'certify_ministry'
      ? CENTRAL_OUTCOMES.certify
      : row.action === 'reject' && row.from === 'ministry_council'
        ? CENTRAL_OUTCOMES.reject
        : outcomeLeadingTo(next, 'central');
  return {
    on,
    calendar,
    reason: 'Lý do ghi rõ',
    receiptNumber: `01/PĐK-12-03390-${on.slice(0, 4)}`,
    communeReport: {
      localMaterials: 'Nguyên liệu tại xã',
      localLabour: '12 lao động địa phương',
      ideaOrigin: 'Truyền thống',
      localIdentity: 'Giống bản địa',
      letterNumber: '15/UBND',
    },
    round: roundFor(d, on, row.action === 'open_central_council' ? 'central' : 'province'),
    fieldVisit: { ground: 'scale_changed' },
    advisoryReport: { reference: 'BC-01/TTV' },
    scoring: { allSubmitted: true, spreadFlag: row.action === 'flag_divergence' },
    outcome: row.action === 'close_scoring' ? outcomeLeadingTo(next, 'province') : centralResult,
    decision: { number: '123/QĐ-UBND', date: on },
  };
}
