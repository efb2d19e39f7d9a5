// The port through which the registry's product list shows each product's current certificate: certificates sit
// above the registry (rank 6 over 3), so the registry names what it needs and app.ts wires the certificates module in
// (as evaluation's CertificateRegister port).
import type { Db } from '../../../db/pool.ts';

/** The certificate in force of a product on a day: its number, star and the last day it is valid. */
export interface ProductCertificate {
  number: string;
  star: number;
  validUntil: string;
}

/** The certificate in force on `today` of each of `productIds` that has one, by product id. */
export type ProductCertificates = (
  db: Db,
  productIds: readonly string[],
  today: string,
) => Promise<Map<string, ProductCertificate>>;
