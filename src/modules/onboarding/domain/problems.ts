// A problem of one row of an import: the column (the field it was mapped to) and what is wrong, in Vietnamese and
// English. Errors reject the row; warnings import it with a note; a question waits for the user's answer.
import type { Message } from '../../../platform/errors.ts';
import type { ImportField } from './fields.ts';

export type Severity = 'error' | 'warning' | 'question';

export interface RowProblem {
  field: ImportField | 'row';
  code: string;
  severity: Severity;
  message: Message;
}

export const problem = (
  field: RowProblem['field'],
  code: string,
  severity: Severity,
  vi: string,
  en: string,
): RowProblem => ({ field, code, severity, message: { vi, en } });
