// Which certified products to inspect first (Art. 9.2.a: periodic and unannounced inspections "khi cần thiết"). The
// weights are ours, not the law's: a named policy with defaults, shown as such. Pure.
import type { Message } from '../../../platform/errors.ts';

export interface RiskFacts {
  /** Days until the certificate stops being in force (negative: already lapsed). */
  daysToExpiry: number;
  /** No periodic test on file, or the last one more than a year old. */
  testOverdue: boolean;
  lapsedPapers: number;
  /** Papers lapsing soon or before the certificate. */
  lapsingPapers: number;
  openFindings: number;
  openSeriousFindings: number;
  openProposals: number;
  /** Consumer reports, where the table exists (null: not counted). */
  consumerReports: number | null;
}

export interface RiskReason {
  code: string;
  points: number;
  label: Message;
}

/** Our weights ("quy định của OCOP Hub", not the Decision's). */
export const RISK_WEIGHTS = {
  expiringWithin180: 10,
  expiringWithin30: 10,
  testOverdue: 20,
  lapsedPaper: 15,
  lapsingPaper: 5,
  openFinding: 10,
  openSeriousFinding: 25,
  openProposal: 30,
  consumerReport: 5,
} as const;

/** The score (higher = inspect sooner) and its reasons, largest first. */
export function riskScore(f: RiskFacts, w = RISK_WEIGHTS): { score: number; reasons: RiskReason[] } {
  const reasons: RiskReason[] = [];
  const add = (code: string, points: number, label: Message) => {
    if (points > 0) reasons.push({ code, points, label });
  };
  if (f.daysToExpiry <= 180) {
    add('expiring', w.expiringWithin180 + (f.daysToExpiry <= 30 ? w.expiringWithin30 : 0), {
      vi: `Giấy chứng nhận còn ${Math.max(f.daysToExpiry, 0)} ngày hiệu lực`,
      en: `Certificate in force for ${Math.max(f.daysToExpiry, 0)} more days`,
    });
  }
  if (f.testOverdue) {
    add('test_overdue', w.testOverdue, { vi: 'Quá hạn kiểm nghiệm định kỳ', en: 'Periodic test overdue' });
  }
  add('lapsed_papers', f.lapsedPapers * w.lapsedPaper, {
    vi: `${f.lapsedPapers} giấy tờ đã hết hạn`,
    en: `${f.lapsedPapers} lapsed paper(s)`,
  });
  add('lapsing_papers', f.lapsingPapers * w.lapsingPaper, {
    vi: `${f.lapsingPapers} giấy tờ sắp hết hạn`,
    en: `${f.lapsingPapers} paper(s) lapsing`,
  });
  const minor = f.openFindings - f.openSeriousFindings;
  add('open_findings', minor * w.openFinding, {
    vi: `${minor} tồn tại chưa khắc phục`,
    en: `${minor} open finding(s)`,
  });
  add('open_serious_findings', f.openSeriousFindings * w.openSeriousFinding, {
    vi: `${f.openSeriousFindings} tồn tại nghiêm trọng chưa khắc phục`,
    en: `${f.openSeriousFindings} open serious finding(s)`,
  });
  add('open_proposals', f.openProposals * w.openProposal, {
    vi: `${f.openProposals} đề nghị thu hồi đang xem xét`,
    en: `${f.openProposals} open revocation proposal(s)`,
  });
  add('consumer_reports', (f.consumerReports ?? 0) * w.consumerReport, {
    vi: `${f.consumerReports ?? 0} phản ánh của người tiêu dùng`,
    en: `${f.consumerReports ?? 0} consumer report(s)`,
  });
  reasons.sort((a, b) => b.points - a.points);
  return { score: reasons.reduce((s, r) => s + r.points, 0), reasons };
}
