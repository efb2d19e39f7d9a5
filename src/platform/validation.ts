// Turns schema-validation failures into field issues with a reason in Vietnamese and English.
import type { FastifyError } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FieldIssue, Message } from './errors.ts';

/** A calendar date as ISO YYYY-MM-DD that exists (2026-02-30 is refused): the one date validator of every API. */
export const isoDate = z.iso.date();
const DATE_REASON: Message = {
  vi: 'Ngày phải có dạng YYYY-MM-DD và là ngày có thật',
  en: 'A date is YYYY-MM-DD and must exist',
};

// The schema's type and format names in words, so a Vietnamese reason never says "cần string".
const TYPE_VI: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'đúng/sai',
  object: 'đối tượng',
  array: 'danh sách',
  date: 'ngày',
  null: 'rỗng',
};
const FORMAT_VI: Record<string, string> = {
  email: 'địa chỉ thư điện tử',
  uuid: 'mã định danh UUID',
  url: 'địa chỉ web',
  regex: 'mẫu quy định',
  datetime: 'ngày giờ',
  time: 'giờ',
};
const inWords = (names: Record<string, string>, v: unknown) => names[String(v)] ?? `"${String(v)}"`;

/** The reason of one schema issue in both languages (exported for the test over every message's language). */
export function validationReason(code: string, params: Record<string, unknown>, fallback: string): Message {
  return reason(code, params, fallback);
}

function reason(code: string, params: Record<string, unknown>, fallback: string): Message {
  switch (code) {
    case 'invalid_type':
      return params.input === undefined
        ? { vi: 'Thiếu trường bắt buộc', en: 'Required field is missing' }
        : {
            vi: `Sai kiểu dữ liệu (cần ${inWords(TYPE_VI, params.expected)})`,
            en: `Wrong type (expected ${String(params.expected)})`,
          };
    case 'too_small':
      return {
        vi: `Giá trị quá nhỏ hoặc quá ngắn (tối thiểu ${String(params.minimum)})`,
        en: `Too small or too short (minimum ${String(params.minimum)})`,
      };
    case 'too_big':
      return {
        vi: `Giá trị quá lớn hoặc quá dài (tối đa ${String(params.maximum)})`,
        en: `Too big or too long (maximum ${String(params.maximum)})`,
      };
    case 'invalid_value':
      return {
        vi: `Giá trị không được chấp nhận (các giá trị được nhận: ${JSON.stringify(params.values)})`,
        en: `Value not allowed (allowed: ${JSON.stringify(params.values)})`,
      };
    case 'invalid_format':
      if (params.format === 'date') return DATE_REASON;
      return {
        vi: `Sai định dạng (cần ${inWords(FORMAT_VI, params.format)})`,
        en: `Wrong format (${String(params.format)})`,
      };
    case 'unrecognized_keys':
      return {
        vi: `Trường không được hỗ trợ: ${String(params.keys)}`,
        en: `Unsupported fields: ${String(params.keys)}`,
      };
    default:
      // The schema's own text is English: the Vietnamese reason does not repeat it.
      return { vi: 'Giá trị không hợp lệ', en: `Invalid: ${fallback}` };
  }
}

/** Field issues from a request-validation error, or undefined if the error is of another kind. */
export function validationIssues(err: FastifyError): FieldIssue[] | undefined {
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = (err as { validationContext?: string }).validationContext ?? 'body';
    return err.validation.map((v) => {
      const path = v.instancePath.split('/').filter(Boolean).join('.');
      return {
        field: path ? `${where}.${path}` : where,
        code: v.keyword,
        message: reason(v.keyword, v.params as Record<string, unknown>, v.message ?? ''),
      };
    });
  }
  if (
    err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
    (err.statusCode === 400 && err instanceof SyntaxError)
  ) {
    return [
      {
        field: 'body',
        code: 'invalid_json',
        message: { vi: 'Nội dung không phải JSON hợp lệ', en: 'Body is not valid JSON' },
      },
    ];
  }
  if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return [
      {
        field: 'content-type',
        code: 'unsupported_media_type',
        message: { vi: 'Kiểu nội dung không được hỗ trợ', en: 'Unsupported content type' },
      },
    ];
  }
  return undefined;
}
