// The dossiers' list as an Excel sheet: the whole filtered list (read-dossiers.ts exportDossiers) with what a
// province's report needs beside it — the province's acceptance date (Art. 7.3.a), the round (Art. 5), the producer's
// self-assessed points and star (Form 02) and the number of the certificate the dossier earned.
import type { Clock } from '../../../platform/clock.ts';
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { dossierExportFacts } from '../data/export-store.ts';
import { roundLabel, type RoundLevel } from '../domain/rounds.ts';
import { presentSelfAssessment, type PublicDossierSummary } from '../presenters.ts';
import type { CertificateRegister } from './certificate-register.ts';
import { exportDossiers, type DossierQuery } from './read-dossiers.ts';

export interface DossierExportRow extends PublicDossierSummary {
  acceptedOn: string | null;
  /** "Đợt 02 năm 2026 cấp tỉnh". */
  roundName: string | null;
  selfPoints: number | null;
  selfStar: number | null;
  certificateNumber: string | null;
}

export async function exportDossierRows(
  db: Db,
  actor: Actor,
  query: DossierQuery,
  deps: { clock: Clock; certificates: CertificateRegister },
): Promise<DossierExportRow[]> {
  const items = await exportDossiers(db, actor, query, deps.clock);
  const ids = items.map((d) => d.id);
  const [facts, numbers] = await Promise.all([
    dossierExportFacts(db, ids),
    deps.certificates.numbersOfDossiers(db, ids),
  ]);
  return items.map((d) => {
    const f = facts.get(d.id);
    const self = presentSelfAssessment(f?.selfAssessment);
    return {
      ...d,
      acceptedOn: f?.acceptedOn ?? null,
      roundName: f?.round
        ? roundLabel({
            level: f.round.level as RoundLevel,
            number: f.round.number,
            year: f.round.year,
            // Only whether it is an extra round matters to its name.
            extra: f.round.extra ? { councilRulesDecision: '', planReference: '' } : null,
          }).vi
        : null,
      selfPoints: self?.total ?? null,
      selfStar: self?.star ?? null,
      certificateNumber: numbers.get(d.id) ?? null,
    };
  });
}
