// Signing and checking QR codes with the issuers' keys, with the caches that keep the verify route cheap: public keys
// by key id (keys never change, only retire), the verdict of each code already checked (the same printed code is
// scanned again and again), and each issuer's active key for a minute (a key rotated by another process is picked up
// within it; codes signed meanwhile still verify).
// Keys are made and codes signed with @noble/ed25519 (pure JS, the same code an offline verifier runs:
// domain/qr-code.ts). The server checks signatures with Node's built-in Ed25519 (OpenSSL, ~20× faster than pure JS
// on a first scan); both are RFC 8032 Ed25519, and qr-code.test.ts checks they agree.
import { createPublicKey, verify as verifyNative, type KeyObject } from 'node:crypto';
import type { Db } from '../../../db/pool.ts';
import { activeKey, allKeys, createKey, decryptPrivateKey, findKey, retireKey } from '../data/key-store.ts';
import { signQr, type QrFacts } from '../domain/qr-code.ts';

const ACTIVE_KEY_TTL_MS = 60_000;
const VERDICT_CACHE_SIZE = 50_000;

export type SignatureVerdict = 'valid' | 'invalid' | 'unknown_key';

/** The DER head of an Ed25519 SubjectPublicKeyInfo (RFC 8410): the raw 32-byte key follows it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const keyObjectOf = (raw: Uint8Array): KeyObject =>
  createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' });

/** Node's Ed25519 verification of a code's bytes (false on any malformed input). */
export function verifyWithNode(parsed: { message: Uint8Array; signature: Uint8Array }, publicKey: Uint8Array): boolean {
  try {
    return verifyNative(null, parsed.message, keyObjectOf(publicKey), parsed.signature);
  } catch {
    return false;
  }
}

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
  private readonly published = new Map<string, PublishedKey & { keyObject: KeyObject }>();
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
    let verdict: SignatureVerdict = 'unknown_key';
    if (key) {
      try {
        verdict = verifyNative(null, parsed.message, key.keyObject, parsed.signature) ? 'valid' : 'invalid';
      } catch {
        verdict = 'invalid';
      }
    }
    // An unknown key may be published later (another process): only settled verdicts are kept.
    if (verdict !== 'unknown_key') {
      if (this.verdicts.size >= VERDICT_CACHE_SIZE) this.verdicts.clear();
      this.verdicts.set(cacheKey, verdict);
    }
    return verdict;
  }

  async publicKey(kid: string): Promise<(PublishedKey & { keyObject: KeyObject }) | undefined> {
    const known = this.published.get(kid);
    if (known) return known;
    const row = await findKey(this.db, kid);
    if (!row) return undefined;
    const key = {
      kid: row.kid,
      provinceCode: row.provinceCode,
      publicKey: new Uint8Array(row.publicKey),
      keyObject: keyObjectOf(row.publicKey),
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
