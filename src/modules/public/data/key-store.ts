// The issuers' Ed25519 signing keys: one active key per issuer (a province, or the Ministry as null), generated on
// first use; the private key encrypted with AES-256-GCM under a key derived from the signing secret (HKDF-SHA-256,
// the key id as context and as authenticated data, so a row's ciphertext cannot be moved to another key id).
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import * as ed from '@noble/ed25519';
import type { Db } from '../../../db/pool.ts';
import { signingKeys, type SigningKeyRow } from './schema.ts';

function wrapKey(secret: string, kid: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'ocop-hub/signing-keys', kid, 32));
}

export function encryptPrivateKey(secret: string, kid: string, privateKey: Uint8Array): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrapKey(secret, kid), iv);
  cipher.setAAD(Buffer.from(kid));
  const body = Buffer.concat([cipher.update(privateKey), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function decryptPrivateKey(secret: string, kid: string, blob: Buffer): Uint8Array {
  const decipher = createDecipheriv('aes-256-gcm', wrapKey(secret, kid), blob.subarray(0, 12));
  decipher.setAAD(Buffer.from(kid));
  decipher.setAuthTag(blob.subarray(12, 28));
  return new Uint8Array(Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()]));
}

const issuerIs = (provinceCode: string | null) =>
  provinceCode === null ? isNull(signingKeys.provinceCode) : eq(signingKeys.provinceCode, provinceCode);

export async function activeKey(db: Db, provinceCode: string | null): Promise<SigningKeyRow | undefined> {
  const [row] = await db
    .select()
    .from(signingKeys)
    .where(and(issuerIs(provinceCode), isNull(signingKeys.retiredAt)));
  return row;
}

/** A new key for the issuer; when another process made one first (the unique active index), theirs is used. */
export async function createKey(db: Db, secret: string, provinceCode: string | null): Promise<SigningKeyRow> {
  const kid = `${provinceCode ?? 'BNN'}-${randomBytes(3).toString('hex')}`;
  const sk = ed.utils.randomSecretKey();
  const pk = await ed.getPublicKeyAsync(sk);
  const [row] = await db
    .insert(signingKeys)
    .values({ kid, provinceCode, publicKey: Buffer.from(pk), privateKeyEnc: encryptPrivateKey(secret, kid, sk) })
    .onConflictDoNothing()
    .returning();
  return row ?? (await activeKey(db, provinceCode))!;
}

/** Retires the issuer's active key: the next code is signed with a new one; codes already signed keep verifying. */
export async function retireKey(db: Db, provinceCode: string | null): Promise<SigningKeyRow | undefined> {
  const [row] = await db
    .update(signingKeys)
    .set({ retiredAt: sql`now()` })
    .where(and(issuerIs(provinceCode), isNull(signingKeys.retiredAt)))
    .returning();
  return row;
}

export async function allKeys(db: Db): Promise<SigningKeyRow[]> {
  return db.select().from(signingKeys).orderBy(signingKeys.createdAt);
}

export async function findKey(db: Db, kid: string): Promise<SigningKeyRow | undefined> {
  const [row] = await db.select().from(signingKeys).where(eq(signingKeys.kid, kid));
  return row;
}
