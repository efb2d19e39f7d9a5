// Test support for the certificate lifecycle: certificates and re-evaluation dossiers written as they stand (SQL), on
// top of the evaluation test server (people of every role in Lai Châu 12 and Điện Biên 11).
import type { EvaluationTestServer } from '../evaluation/evaluation-test-kit.ts';

export interface CertificateSeed {
  product: string;
  number: string;
  star: number;
  on: string;
  until: string;
  level?: 'province' | 'central';
  extendedUntil?: string | null;
  province?: string;
}

/** A recognition decision and its certificate, as evaluation would have stored them. */
export async function certify(s: EvaluationTestServer, o: CertificateSeed): Promise<string> {
  const level = o.level ?? (o.star === 5 ? 'central' : 'province');
  const dec = await s.db.pool.query(
    `insert into decisions (province_code, level, kind, number, signed_on) values ($1, $2, 'recognition', $3, $4) returning id`,
    [level === 'central' ? null : (o.province ?? '12'), level, `QĐ-${o.number}`, o.on],
  );
  const c = await s.db.pool.query(
    `insert into certificates (province_code, product_id, decision_id, number, star, points, issued_on, expires_on, extended_until)
     values ($1, $2, $3, $4, $5, 75, $6, $7, $8) returning id`,
    [o.province ?? '12', o.product, dec.rows[0].id, o.number, o.star, o.on, o.until, o.extendedUntil ?? null],
  );
  return c.rows[0].id as string;
}

/** A re-evaluation dossier filed on the certificate (state and lateness as the procedure would have left them). */
export async function reevaluation(
  s: EvaluationTestServer,
  o: { certificate: string; product: string; filedOn: string; state: string; late?: boolean; decidedOn?: string },
): Promise<string> {
  const p = await s.db.pool.query(`select producer_id, commune_code, province_code from products where id = $1`, [
    o.product,
  ]);
  const { producer_id, commune_code, province_code } = p.rows[0];
  const facts = {
    lateReevaluation: o.late ?? false,
    ...(o.decidedOn ? { decision: { number: 'x', date: o.decidedOn } } : {}),
  };
  const d = await s.db.pool.query(
    `insert into dossiers (province_code, commune_code, producer_id, product_id, kind, rule_set, set_no, state, facts, year,
       submitted_on, previous_certificate_id)
     values ($1, $2, $3, $4, 'reevaluation', '26-2026', 1, $5, $6, 2026, $7, $8) returning id`,
    [province_code, commune_code, producer_id, o.product, o.state, JSON.stringify(facts), o.filedOn, o.certificate],
  );
  return d.rows[0].id as string;
}
