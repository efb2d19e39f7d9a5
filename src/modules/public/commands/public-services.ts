// What the public routes share, made once per app: the signing secret (read on first use), the keys and their
// caches, unit names, the scan counter. Built by app.ts and passed in — never a module global.
import type { AppContext } from '../../../platform/app-context.ts';
import type { PublicCertificateDetail } from '../../certificates/index.ts';
import { loadSigningSecret } from '../data/signing-secret.ts';
import { signedVerifyUrl } from '../domain/qr-code.ts';
import { issuerOf, QrKeys } from './qr-keys.ts';
import { ScanCounter } from './scan-counter.ts';
import { UnitNameCache } from './unit-names.ts';
import { VerifyCache } from './verify-cache.ts';

/** The facts a QR code carries of a certificate. */
export interface CertificateQrFacts {
  number: string;
  productCode: string | null;
  productName: string;
  star: number;
  issuedOn: string;
  expiresOn: string;
  provinceCode: string;
}

export function publicServices(ctx: AppContext) {
  let secret: string | undefined;
  const getSecret = () => (secret ??= loadSigningSecret(ctx.config));
  const keys = new QrKeys(ctx.db.db, getSecret);
  // Today changes once a day; the clock's time-zone formatting costs ~0.1 ms, read it at most once a second.
  let day = { value: '', at: 0 };
  const today = () => {
    const now = Date.now();
    if (now - day.at > 1000) day = { value: ctx.clock.today(), at: now };
    return day.value;
  };
  const services = {
    config: ctx.config,
    pool: ctx.db.readPool,
    readDb: ctx.db.readDb,
    db: ctx.db.db,
    secret: getSecret,
    keys,
    names: new UnitNameCache(ctx.db.readDb),
    scans: new ScanCounter(ctx.db.db, () => ctx.clock.today()),
    // LISTENs on the primary: a replica does not pass NOTIFY on.
    verified: new VerifyCache(ctx.db.pool),
    today,
    /** The app's clock, uncached: the register's pages, open data and stamps take today from it. */
    clock: ctx.clock,
    /** The file store (product photos on the register's pages). */
    files: ctx.files,
    /**
     * THE function that makes a certificate's QR address: `<public URL>/verify/<number>?c=<signed code>`, signed by
     * the issuer's key (the province for 3★/4★, the Ministry for 5★). The certificate PDF and the stamp sheets use it.
     */
    certificateQrUrl: async (c: CertificateQrFacts, serial: string | null = null): Promise<string> => {
      const code = await keys.sign({ ...c, serial }, issuerOf(c));
      return signedVerifyUrl(ctx.config.publicUrl, c.number, code);
    },
  };
  return {
    ...services,
    /** The certificate PDF's QR address (certificates' CertificateQrUrl port): the same signed code, no serial. */
    printedQrUrl: (c: PublicCertificateDetail) =>
      services.certificateQrUrl({
        number: c.number,
        productCode: c.product.code ?? c.productCode,
        productName: c.product.name ?? c.productName ?? '',
        star: c.star,
        issuedOn: c.issuedOn,
        expiresOn: c.expiresOn,
        provinceCode: c.provinceCode,
      }),
  };
}
export type PublicServices = ReturnType<typeof publicServices>;
