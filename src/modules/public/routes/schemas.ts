// zod schemas of the public API: input checks, the OpenAPI document (tag 'public') and the output whitelist.
import { z } from 'zod';

const message = z.object({ vi: z.string(), en: z.string() });
const state = z.enum(['valid', 'expired', 'revoked', 'unknown']);
const optionalInt = (min: number, max: number) =>
  z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(min).max(max).optional());
const optionalText = (max: number) =>
  z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(max).optional());

export const registerQuery = z.object({
  q: optionalText(100),
  star: optionalInt(3, 5),
  setNo: optionalInt(1, 99),
  provinceCode: optionalText(10),
  communeCode: optionalText(10),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const registerItemOut = z.object({
  productId: z.string(),
  productName: z.string(),
  productCode: z.string().nullable(),
  photoUrl: z.string().nullable(),
  setNo: z.number(),
  setName: z.string().nullable(),
  producerName: z.string(),
  communeCode: z.string(),
  communeName: z.string().nullable(),
  provinceCode: z.string(),
  provinceName: z.string().nullable(),
  star: z.number(),
  certificateNumber: z.string(),
  issuedOn: z.string(),
  expiresOn: z.string(),
  validTo: z.string().nullable(),
  revokedOn: z.string().nullable(),
  state,
  stateLabel: message,
});

export const registerListOut = z.object({
  items: z.array(registerItemOut),
  total: z.number(),
  limit: z.number(),
  offset: z.number(),
});

export const productOut = registerItemOut.extend({
  description: z.string().nullable(),
  producerAddress: z.string().nullable(),
  representativeName: z.string().nullable(),
  certificates: z.array(registerItemOut),
  reportToken: z.string(),
});

export const verifyQuery = z.object({
  number: z.string().trim().min(1).max(60),
  c: optionalText(700),
});

export const verifyOut = z.object({
  number: z.string(),
  state,
  label: message,
  detail: message,
  checkedOn: z.string(),
  signature: z.enum(['valid', 'absent']),
  serial: z.string().nullable(),
  certificate: z
    .object({
      number: z.string(),
      star: z.number(),
      issuedOn: z.string(),
      expiresOn: z.string(),
      validTo: z.string().nullable(),
      revokedOn: z.string().nullable(),
      productId: z.string(),
      productName: z.string(),
      productCode: z.string().nullable(),
      setNo: z.number(),
      producerName: z.string(),
      provinceCode: z.string(),
      provinceName: z.string().nullable(),
      communeName: z.string().nullable(),
    })
    .nullable(),
  signed: z
    .object({
      kid: z.string(),
      productName: z.string(),
      productCode: z.string().nullable(),
      star: z.number(),
      issuedOn: z.string(),
      expiresOn: z.string(),
      provinceCode: z.string(),
    })
    .nullable(),
});

export const revocationsQuery = z.object({
  since: z.preprocess((v) => (v === '' ? undefined : v), z.iso.date().optional()),
});

export const revocationsOut = z.object({
  generatedOn: z.string(),
  since: z.string().nullable(),
  items: z.array(z.object({ number: z.string(), provinceCode: z.string(), revokedOn: z.string().nullable() })),
});

export const keysOut = z.object({
  format: z.string(),
  keys: z.array(
    z.object({
      kid: z.string(),
      alg: z.literal('Ed25519'),
      issuer: z.object({ provinceCode: z.string().nullable(), level: z.enum(['province', 'ministry']) }),
      publicKey: z.string(),
      createdAt: z.string(),
      retiredAt: z.string().nullable(),
    }),
  ),
});

export const reportIn = z.object({
  kind: z.enum(['fake_label', 'quality', 'expired_mark', 'other']),
  message: z.string().trim().min(10).max(2000),
  contact: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(200).optional()),
  token: z.string().max(80),
  website: z.string().max(200).optional(),
});

export const productParams = z.object({ id: z.uuid() });
