// Building blocks shared by the schemas of Forms 01–03 (Appendix III of Decision 26/2026/QĐ-TTg) and the mapping of
// zod's issues to field issues with a message in Vietnamese and English (the shape the HTTP layer returns as a 400).
import { z } from 'zod';
import type { FieldIssue, Message } from '../../../platform/errors.ts';
import { isoDate as platformIsoDate } from '../../../platform/validation.ts';
import { CATALOGUE_RULE_SETS } from '../../criteria/index.ts';
import { LEGAL_TYPES } from '../../registry/index.ts';

export type FormIssue = FieldIssue;
export type FormResult<T> = { ok: true; value: T } | { ok: false; issues: FormIssue[] };

/** Lengths that fit a printed line (names, addresses) and a printed page or so (narratives). */
export const SHORT = 300;
export const LONG = 20_000;

/**
 * Messages of the checks whose wording zod cannot know. A schema names one with `{ error: 'phone' }`; the issue then
 * carries the key as its message and `toFieldIssues` looks it up here.
 */
const KEYED: Record<string, { code: string; message: Message }> = {
  phone: {
    code: 'invalid_format',
    message: {
      vi: 'Số điện thoại chỉ gồm chữ số, dấu cách, +, ., -, ( ) (7–20 ký tự)',
      en: 'A phone number has digits, spaces, +, ., -, ( ) only (7–20 characters)',
    },
  },
  year: {
    code: 'invalid_value',
    message: { vi: 'Năm phải từ 2019 đến 2100', en: 'The year must be from 2019 to 2100' },
  },
};

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** A required single-line text: trimmed, not empty. */
export const text = (max = SHORT) => z.string().trim().min(1).max(max);
/** A required narrative. */
export const longText = () => text(LONG);
/** An optional text; a blank string (what an empty form field sends) counts as absent. */
export const optionalText = (max = SHORT) => z.preprocess(blankToUndefined, z.string().trim().max(max).optional());

/** A calendar date as ISO YYYY-MM-DD (zod rejects 2026-02-30). */
export const isoDate = () => platformIsoDate;
export const optionalIsoDate = () => z.preprocess(blankToUndefined, platformIsoDate.optional());

export const phone = () =>
  z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 .()-]{5,18}[0-9]$/, { error: 'phone' });
export const optionalEmail = () => z.preprocess(blankToUndefined, z.email().max(SHORT).optional());
/** A year of the OCOP programme (it started in 2018; the first evaluations under 1048/QĐ-TTg date from 2019). */
export const year = () => z.number().int().min(2019, { error: 'year' }).max(2100, { error: 'year' });

/** The rule set whose Appendix I and II a form refers to, stored with the form so it keeps its meaning later. */
export const DEFAULT_RULE_SET = '26-2026';
export const ruleSet = () => z.enum(CATALOGUE_RULE_SETS).default(DEFAULT_RULE_SET);

/** Art. 2.3: the legal types of a producer, with the registry's codes so a form and a producer record agree. */
export const organisationType = () => z.enum(LEGAL_TYPES);

/** "Giới tính: … (Nam/nữ)" in Forms 02 and 03; the registry's codes. */
export const sex = () => z.enum(['nam', 'nu']);
export const SEX_LABELS = { nam: 'Nam', nu: 'Nữ' } as const;

/** "Tên người đại diện pháp luật": the block printed identically in Forms 02 (item 5) and 03 (item 4). */
export const legalRepresentative = () =>
  z.strictObject({
    name: text(),
    sex: sex(),
    ethnicity: text(100),
    permanentAddress: text(),
  });

const TYPE_NAMES: Record<string, Message> = {
  string: { vi: 'chuỗi ký tự', en: 'text' },
  number: { vi: 'số', en: 'a number' },
  int: { vi: 'số nguyên', en: 'an integer' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  object: { vi: 'đối tượng', en: 'an object' },
  record: { vi: 'đối tượng', en: 'an object' },
  array: { vi: 'danh sách', en: 'a list' },
};

type ZodIssue = z.core.$ZodIssue & { input?: unknown };

/** Issue codes a caller can switch on: zod's, renamed to the words the rest of the API uses, plus our own. */
function fieldIssue(field: string, issue: ZodIssue): FormIssue {
  const keyed = KEYED[issue.message];
  if (keyed) return { field, code: keyed.code, message: keyed.message };
  // Whatever the check (type, enum), a value that is not there is a missing required field.
  const missing = !('input' in issue) || issue.input === undefined;
  if (missing && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    return { field, code: 'required', message: { vi: 'Bắt buộc, chưa nhập', en: 'Required' } };
  }
  switch (issue.code) {
    case 'invalid_type': {
      const t = TYPE_NAMES[issue.expected] ?? { vi: issue.expected, en: issue.expected };
      return {
        field,
        code: 'invalid_type',
        message: { vi: `Sai kiểu dữ liệu, cần ${t.vi}`, en: `Wrong type, expected ${t.en}` },
      };
    }
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) {
        return { field, code: 'required', message: { vi: 'Không được để trống', en: 'Must not be empty' } };
      }
      if (issue.origin === 'array') {
        return {
          field,
          code: 'too_small',
          message: { vi: `Cần ít nhất ${issue.minimum} dòng`, en: `At least ${issue.minimum} row(s) needed` },
        };
      }
      return {
        field,
        code: 'too_small',
        message: { vi: `Giá trị tối thiểu là ${issue.minimum}`, en: `The minimum is ${issue.minimum}` },
      };
    case 'too_big':
      if (issue.origin === 'string') {
        return {
          field,
          code: 'too_big',
          message: { vi: `Tối đa ${issue.maximum} ký tự`, en: `At most ${issue.maximum} characters` },
        };
      }
      if (issue.origin === 'array') {
        return {
          field,
          code: 'too_big',
          message: { vi: `Tối đa ${issue.maximum} dòng`, en: `At most ${issue.maximum} rows` },
        };
      }
      return {
        field,
        code: 'too_big',
        message: { vi: `Giá trị tối đa là ${issue.maximum}`, en: `The maximum is ${issue.maximum}` },
      };
    case 'invalid_format':
      if (issue.format === 'date') {
        return {
          field,
          code: 'invalid_format',
          message: { vi: 'Ngày phải có dạng YYYY-MM-DD và là ngày có thật', en: 'A date is YYYY-MM-DD and must exist' },
        };
      }
      if (issue.format === 'email') {
        return {
          field,
          code: 'invalid_format',
          message: { vi: 'Địa chỉ email không hợp lệ', en: 'Invalid email address' },
        };
      }
      return { field, code: 'invalid_format', message: { vi: 'Sai định dạng', en: 'Wrong format' } };
    case 'invalid_value': {
      const values = issue.values.map(String).join(', ');
      return {
        field,
        code: 'invalid_value',
        message: { vi: `Phải là một trong: ${values}`, en: `Must be one of: ${values}` },
      };
    }
    case 'custom': {
      // A refinement may pass { code, vi, en } as params; otherwise its message serves both languages.
      const p = (issue.params ?? {}) as { code?: string; vi?: string; en?: string };
      return { field, code: p.code ?? 'invalid', message: { vi: p.vi ?? issue.message, en: p.en ?? issue.message } };
    }
    default:
      return { field, code: 'invalid', message: { vi: 'Giá trị không hợp lệ', en: 'Invalid value' } };
  }
}

/** zod issues → field issues named from the form root (`form01.producer.name`); one issue per unknown key. */
export function toFieldIssues(prefix: string, issues: readonly z.core.$ZodIssue[]): FormIssue[] {
  const out: FormIssue[] = [];
  for (const issue of issues as readonly ZodIssue[]) {
    const field = [prefix, ...issue.path.map(String)].join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({
          field: `${field}.${key}`,
          code: 'unknown_field',
          message: { vi: 'Trường không có trong mẫu', en: 'This field is not part of the form' },
        });
      }
    } else {
      out.push(fieldIssue(field, issue));
    }
  }
  return out;
}

/** An issue found by a cross-field rule after the schema passed. */
export const formIssue = (field: string, code: string, vi: string, en: string): FormIssue => ({
  field,
  code,
  message: { vi, en },
});

/** Parses with the schema; the input travels into issues so a blank field can be told from a missing one. */
export function parseForm<S extends z.ZodType>(schema: S, prefix: string, input: unknown): FormResult<z.output<S>> {
  const r = schema.safeParse(input, { reportInput: true });
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: toFieldIssues(prefix, r.error.issues) };
}
