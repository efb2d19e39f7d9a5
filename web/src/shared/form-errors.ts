// Shows a 400's field issues on the form fields they name ("body.representative.name" → ['representative', 'name']).
import type { FormInstance } from 'antd';
import { ApiError } from './api.ts';
import type { LocalText } from '../types.ts';

type NamePath = (string | number)[];

/**
 * Puts each issue whose field is on the form next to that field. Returns true when every issue found its field;
 * false when some did not (or the error is not a 400), so the caller shows the error as a whole as well.
 * `rename` maps a server field (without "body.") to the form's name when they differ.
 */
export function applyFieldErrors(
  form: FormInstance,
  err: unknown,
  pick: (t: LocalText) => string,
  known: readonly string[],
  rename: Record<string, string> = {},
): boolean {
  if (!(err instanceof ApiError) || err.issues.length === 0) return false;
  const byField = new Map<string, string[]>();
  let all = true;
  for (const issue of err.issues) {
    const raw = issue.field.replace(/^body\./, '');
    const name = rename[raw] ?? raw;
    if (!known.includes(name)) {
      all = false;
      continue;
    }
    byField.set(name, [...(byField.get(name) ?? []), pick(issue.message)]);
  }
  const fields = [...byField].map(([name, errors]) => ({ name: name.split('.') as NamePath, errors }));
  form.setFields(fields);
  if (fields[0]) form.scrollToField(fields[0].name, { block: 'center' });
  return all;
}
