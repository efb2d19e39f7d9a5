// The advisory team's review report to the council chair (Art. 7.3.c; a re-evaluation's office check, 7.6.c): its
// content, whether a field visit took place, extra tests asked for. Written while the dossier is under review, by a
// member of the council's advisory team or by the office; the chair is told. The step to the council is the
// `submit_advisory_report` action, which cites the latest report.
import type { CommandContext } from '../../../platform/command-context.ts';
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { forbidden } from '../../../platform/errors.ts';
import { audit } from '../../../platform/audit.ts';
import { STATE_LABELS, type DossierState } from '../domain/dossier-lifecycle.ts';
import { insertAdvisoryReport, listMembers } from '../data/council-store.ts';
import { evaluationPolicy } from '../policy.ts';
import { presentAdvisoryReport } from '../presenters.ts';
import { insertNotifications } from '../../../platform/notifications/notification-store.ts';
import { conflict } from './errors.ts';
import { loadDossier } from './load-dossier.ts';

export interface AdvisoryReportInput {
  content: string;
  reference?: string;
  fieldVisit?: boolean;
  extraTests?: string | null;
}

const UNDER_REVIEW: readonly DossierState[] = ['advisory_review', 'advisory_supplement'];

export async function writeAdvisoryReport(
  db: Db,
  actor: Actor,
  dossierId: string,
  input: AdvisoryReportInput,
  cx: CommandContext,
) {
  evaluationPolicy.assertCan(actor, 'advisory.report');
  return db.transaction(async (tx) => {
    const { row } = await loadDossier(tx, actor, dossierId, { lock: true });
    const state = row.state as DossierState;
    if (!UNDER_REVIEW.includes(state)) {
      throw conflict(
        'not_under_review',
        `Hồ sơ đang ở trạng thái "${STATE_LABELS[state].vi}", không trong giai đoạn đánh giá hồ sơ của Tổ tư vấn`,
        `The dossier is "${STATE_LABELS[state].en}", not under advisory review`,
      );
    }
    const councilId = row.councilId;
    if (!councilId)
      throw conflict('no_council', 'Hồ sơ chưa được giao cho Hội đồng nào', 'The dossier has no council yet');
    const members = await listMembers(tx, councilId);
    if (actor.role === 'advisory_member' && !members.some((m) => m.userId === actor.id && m.position === 'advisory')) {
      throw forbidden({
        vi: 'Bạn không thuộc Tổ tư vấn của Hội đồng đánh giá hồ sơ này',
        en: "You are not on the advisory team of this dossier's council",
      });
    }
    const report = await insertAdvisoryReport(tx, {
      councilId,
      dossierId,
      provinceCode: row.provinceCode,
      authorId: actor.id,
      content: input.content.trim(),
      fieldVisit: input.fieldVisit ?? false,
      extraTests: input.extraTests?.trim() || null,
      reference: input.reference?.trim() || null,
    });
    const out = presentAdvisoryReport(report);
    await insertNotifications(
      tx,
      cx.jobs,
      members
        .filter((m) => m.position === 'chair' && m.userId !== actor.id)
        .map((m) => ({
          userId: m.userId,
          provinceCode: row.provinceCode,
          kind: 'dossier.advisory_report',
          link: `/dossiers/${dossierId}`,
          title: {
            vi: `Báo cáo đánh giá hồ sơ: ${row.productName ?? ''}`,
            en: `Dossier review report: ${row.productName ?? ''}`,
          },
          body: { dossierId, reportId: report.id, reference: report.reference },
        })),
    );
    await audit(tx, actor, {
      action: 'dossier.advisory_report',
      entityType: 'dossier',
      entityId: dossierId,
      provinceCode: row.provinceCode,
      fromState: state,
      toState: state,
      after: out,
    });
    return out;
  });
}
