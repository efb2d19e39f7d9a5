// Request and response schemas of the registry API. Response schemas double as presenters' contract: fields not
// listed here never leave the server.
import { z } from 'zod';
import { isoDate } from '../../../platform/validation.ts';
import { LEGAL_TYPES, MIN_SET_NO, MAX_SET_NO } from '../domain/legal-types.ts';
import { MIN_CODE_YEAR, MAX_CODE_YEAR } from '../domain/product-code.ts';

const communeCode = z.string().regex(/^\d{5}$/, '5 chữ số / 5 digits');
const provinceCode = z.string().regex(/^\d{2}$/, '2 chữ số / 2 digits');
const setNo = z.number().int().min(MIN_SET_NO).max(MAX_SET_NO);
const status = z.enum(['active', 'inactive']);
/** Optional free text: trimmed, and "" stored as null so an emptied field really is empty. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

export const idParams = z.object({ id: z.uuid() });

// ---- producers ----
const representativeIn = z.strictObject({
  name: text(200),
  sex: z.enum(['nam', 'nu']).nullable().optional(),
  ethnicity: text(50),
  disability: z.boolean().optional(),
});

const producerFields = {
  communeCode,
  legalType: z.enum(LEGAL_TYPES),
  name: z.string().trim().min(2).max(300),
  registrationNo: text(50),
  registrationDate: isoDate.nullable().optional(),
  // Mã số thuế: 10 digits, or 10 + "-" + 3 for a branch.
  taxCode: z
    .string()
    .trim()
    .regex(/^\d{10}(-\d{3})?$/, '10 chữ số hoặc 10-3 / 10 digits or 10-3')
    .nullable()
    .optional(),
  representative: representativeIn.optional(),
  address: text(500),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+() .-]{6,30}$/, 'số điện thoại / phone number')
    .nullable()
    .optional(),
  email: z.email().max(200).nullable().optional(),
  website: text(300),
};

/** confirmDuplicate: save although a producer with the same normalised name exists in the commune. */
export const createProducerBody = z.strictObject({ ...producerFields, confirmDuplicate: z.boolean().optional() });
export const updateProducerBody = z
  .strictObject({ ...producerFields, status, confirmDuplicate: z.boolean() })
  .partial();

const page = {
  q: z.string().trim().max(100).optional(),
  provinceCode: provinceCode.optional(),
  communeCode: communeCode.optional(),
  legalType: z.enum(LEGAL_TYPES).optional(),
  setNo: z.coerce.number().int().min(MIN_SET_NO).max(MAX_SET_NO).optional(),
  status: status.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  /** xlsx: the whole filtered list (not the page) as an Excel file. */
  format: z.enum(['json', 'xlsx']).default('json'),
};
export const producerQuery = z.object(page);
export const productQuery = z.object({
  ...page,
  producerId: z.uuid().optional(),
  hasCode: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

const message = z.object({ vi: z.string(), en: z.string() });
const errorOut = z.object({
  error: z.object({ code: z.string(), message, existing: z.object({ id: z.string(), name: z.string() }).optional() }),
});

/** "Tỉnh Lai Châu", "Xã Bình Lư" (2025 units); null for a code the reference data lacks. */
const placeNames = { provinceName: z.string().nullable(), communeName: z.string().nullable() };

export const producerOut = z.object({
  id: z.string(),
  provinceCode: z.string(),
  communeCode: z.string(),
  ...placeNames,
  legalType: z.enum(LEGAL_TYPES),
  name: z.string(),
  registrationNo: z.string().nullable(),
  registrationDate: z.string().nullable(),
  taxCode: z.string().nullable(),
  representative: z.object({
    name: z.string().nullable(),
    sex: z.enum(['nam', 'nu']).nullable(),
    ethnicity: z.string().nullable(),
    disability: z.boolean(),
  }),
  qualifiesFor32: z.boolean().describe('Tiêu chí 3.2: đại diện là nữ, người dân tộc thiểu số hoặc người khuyết tật'),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  status,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const producerListOut = z.object({ items: z.array(producerOut), total: z.number() });
export const duplicateOut = errorOut;

export const accountBody = z.strictObject({ userId: z.uuid() });
export const accountParams = z.object({ id: z.uuid(), userId: z.uuid() });
export const accountOut = z.object({ userId: z.string(), producerId: z.string().nullable() });

// ---- products ----
export const createProductBody = z.strictObject({
  producerId: z.uuid(),
  name: z.string().trim().min(2).max(300),
  setNo,
  description: text(5000),
  specification: text(1000),
});
export const updateProductBody = z.strictObject({
  name: z.string().trim().min(2).max(300).optional(),
  setNo: setNo.optional(),
  description: text(5000),
  specification: text(1000),
  status: status.optional(),
});

export const productOut = z.object({
  id: z.string(),
  provinceCode: z.string(),
  communeCode: z.string(),
  ...placeNames,
  producerId: z.string(),
  producerName: z.string(),
  producerLegalType: z.enum(LEGAL_TYPES),
  name: z.string(),
  setNo: z.number(),
  description: z.string().nullable(),
  specification: z.string().nullable(),
  productCode: z.string().nullable(),
  codeSeq: z.number().nullable(),
  codeYear: z.number().nullable(),
  status,
  createdAt: z.string(),
  updatedAt: z.string(),
  photo: z.object({ url: z.string(), updatedAt: z.string() }).nullable(),
});
export const productListOut = z.object({ items: z.array(productOut), total: z.number() });

export const codeBody = z.strictObject({ year: z.number().int().min(MIN_CODE_YEAR).max(MAX_CODE_YEAR) });
export const codeOut = z.object({
  productId: z.string(),
  productCode: z.string(),
  seq: z.number(),
  year: z.number(),
  allocated: z.boolean(),
});
