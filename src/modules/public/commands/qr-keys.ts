// Signing and checking QR codes with the issuers' keys, with the caches that keep the verify route cheap: public keys
// by key id (keys never change, only retire), the verdict of each code already checked (Ed25519 verification costs
// about a millisecond in pure JS; the same printed code is scanned again and again), and each issuer's active key for
// a minute (a key rotated by another process is picked up within it; codes signed meanwhile still verify).
import type { Db } from '../../../db/pool.ts';
import { activeKey, allKeys, createKey, decryptPrivateKey, findKey, retireKey } from '../data/key-store.ts';
import { signQr, verifyQrSignature, type QrFacts } from '../domain/qr-code.ts';

const ACTIVE_KEY_TTL_MS = 60_000;
const VERDICT_CACHE_SIZE = 50_000;

export type SignatureVerdict = 'valid' | 'invalid' | 'unknown_key';

export interface PublishedKey {
  kid: string;
  /** The issuing province; null for the Ministry (5★). */
  provinceCode: string | null;
  publicKey: Uint8Array;
  createdAt: Date;
  retiredAt: Date | null;
}

/** Who signs a certificate's codes: the Ministry for 5★ (Art. 4.1.b), else the province (Art. 4.1.a). */
export const issuerOf = (c: { star: number; provinceCode: string }): string | null =>
  c.star === 5 ? null : c.provinceCode;

export class QrKeys {
  private readonly active = new Map<string, { kid: string; secretKey: Uint8Array; until: number }>();
  private readonly published = new Map<string, PublishedKey>();
  private readonly verdicts = new Map<string, SignatureVerdict>();

  constructor(
    private readonly db: Db,
    private readonly secret: () => string,
  ) {}

  /** A signed code of the facts, with the issuer's active key (made on first use). */
  async sign(facts: Omit<QrFacts, 'kid'>, issuer: string | null): Promise<string> {
    const key = await this.activeKeyOf(issuer);
    return signQr({ ...facts, kid: key.kid }, key.secretKey);
  }

  /** `cacheKey`: what the verdict depends on (the number and the code). */
  async verify(cacheKey: string, kid: string, parsed: { message: Uint8Array; signature: Uint8Array }) {
    const cached = this.verdicts.get(cacheKey);
    if (cached) return cached;
    const key = await this.publicKey(kid);
    const verdict: SignatureVerdict = !key
      ? 'unknown_key'
      : (await verifyQrSignature(parsed, key.publicKey))
        ? 'valid'
        : 'invalid';
    // An unknown key may be published later (another process): only settled verdicts are kept.
    if (verdict !== 'unknown_key') {
      if (this.verdicts.size >= VERDICT_CACHE_SIZE) this.verdicts.clear();
      this.verdicts.set(cacheKey, verdict);
    }
    return verdict;
  }

  async publicKey(kid: string): Promise<PublishedKey | undefined> {
    const known = this.published.get(kid);
    if (known) return known;
    const row = await findKey(this.db, kid);
    if (!row) return undefined;
    const key = {
      kid: row.kid,
      provinceCode: row.provinceCode,
      publicKey: new Uint8Array(row.publicKey),
      createdAt: row.createdAt,
      retiredAt: row.retiredAt,
    };
    // The public half never changes (a rotation only retires the key), so it is cached for good.
    this.published.set(kid, key);
    return key;
  }

  async publishedKeys(): Promise<PublishedKey[]> {
    return (await allKeys(this.db)).map((row) => ({
      kid: row.kid,
      provinceCode: row.provinceCode,
      publicKey: new Uint8Array(row.publicKey),
      createdAt: row.createdAt,
      retiredAt: row.retiredAt,
    }));
  }

  /** Retires the issuer's active key; the next code gets a new one. */
  async rotate(issuer: string | null): Promise<{ retired: string | null }> {
    const row = await retireKey(this.db, issuer);
    this.active.delete(issuer ?? '');
    return { retired: row?.kid ?? null };
  }

  async activeKid(issuer: string | null): Promise<string> {
    return (await this.activeKeyOf(issuer)).kid;
  }

  private async activeKeyOf(issuer: string | null) {
    const hit = this.active.get(issuer ?? '');
    if (hit && hit.until > Date.now()) return hit;
    const row = (await activeKey(this.db, issuer)) ?? (await createKey(this.db, this.secret(), issuer));
    const key = {
      kid: row.kid,
      secretKey: decryptPrivateKey(this.secret(), row.kid, row.privateKeyEnc),
      until: Date.now() + ACTIVE_KEY_TTL_MS,
    };
    this.active.set(issuer ?? '', key);
    return key;
  }
}
