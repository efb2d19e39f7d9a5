// The register as an Excel sheet: the whole filtered list of the reader's scope, each certificate with what a
// province's report needs beside the list's fields — the product's commune and set, the recognition decision's number
// and the body that issued it (Art. 4.1) — read once for the whole export, not per row.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { CATALOGUE_RULE_SETS, getProductSet } from '../../criteria/index.ts';
import { findDecision, MAX_EXPORT_ROWS } from '../../evaluation/index.ts';
import { unitNamesOf, type IsoDate, type UnitNames } from '../../reference/index.ts';
import { findProductViews } from '../../registry/index.ts';
import { certificateIssuer } from '../domain/certificate-issuer.ts';
import type { PublicCertificate } from '../presenters.ts';
import { listCertificates } from './read-certificates.ts';

export interface CertificateExportRow extends PublicCertificate {
  communeName: string | null;
  setNo: number | null;
  setName: string | null;
  decisionNumber: string | null;
  decisionSignedOn: IsoDate | null;
  /** "Ủy ban nhân dân tỉnh Lai Châu", "Bộ Nông nghiệp và Môi trường". */
  issuedBy: string;
}

export async function exportCertificates(
  db: Db,
  actor: Actor,
  f: Parameters<typeof listCertificates>[2],
  today: IsoDate,
): Promise<{ rows: CertificateExportRow[]; units: UnitNames }> {
  const { items } = await listCertificates(db, actor, f, { limit: MAX_EXPORT_ROWS, offset: 0 }, today);
  const decisionIds = [...new Set(items.map((c) => c.decisionId).filter((id): id is string => id !== null))];
  const [views, decisions] = await Promise.all([
    findProductViews(
      db,
      items.map((c) => c.productId),
    ),
    Promise.all(decisionIds.map((id) => findDecision(db, id))).then(
      (rows) => new Map(rows.filter((d) => d !== undefined).map((d) => [d.id, d])),
    ),
  ]);
  const units = await unitNamesOf(db, [
    ...items.map((c) => c.provinceCode),
    ...[...views.values()].map((v) => v.communeCode),
  ]);
  // Products carry the set number of the catalogue in force.
  const catalogue = CATALOGUE_RULE_SETS[CATALOGUE_RULE_SETS.length - 1]!;
  const rows = items.map((c): CertificateExportRow => {
    const v = views.get(c.productId);
    const decision = c.decisionId ? decisions.get(c.decisionId) : undefined;
    const setNo = v?.setNo ?? null;
    return {
      ...c,
      communeName: units.get(v?.communeCode) ?? v?.communeCode ?? null,
      setNo,
      setName: setNo === null ? null : (getProductSet(catalogue, setNo)?.name ?? null),
      decisionNumber: decision?.number ?? null,
      decisionSignedOn: decision?.signedOn ?? null,
      issuedBy: certificateIssuer(c.star, decision?.level ?? null, units.parts(c.provinceCode)).body.vi,
    };
  });
  return { rows, units };
}
