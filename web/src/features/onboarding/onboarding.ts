// The onboarding import on the client: the server's shapes (src/modules/onboarding/routes/onboarding-routes.ts) and
// the calls. The batch id rides in the URL (?batch=…), the server keeps everything else.
import { apiRequest, download, queryString, upload } from '../../shared/api.ts';
import type { LocalText } from '../../types.ts';

export const ONBOARDING_ROUTE = '/import';

export interface Batch {
  id: string;
  provinceCode: string;
  filename: string;
  status: 'uploaded' | 'dry_run' | 'committing' | 'committed' | 'failed';
  headers: string[];
  mapping: Record<string, number>;
  answers: { units?: Record<string, string>; legalType?: string };
  rowCount: number;
  summary: Summary | null;
  progress: { done: number; total: number };
  error: { rowNo: number | null; message: LocalText } | null;
  fields: { field: string; label: LocalText; required: boolean }[];
}
export interface Summary {
  rows: number;
  ok: number;
  warning: number;
  question: number;
  rejected: number;
  producersMatched: number;
  producersCreated: number;
  productsMatched: number;
  productsCreated: number;
  results: number;
  certificates: number;
  starsKept: number;
  legalTypeQuestions: number;
  questions: { key: string; oldName: string; options: { code: string; name: string }[]; rows: number }[];
}
export interface Problem {
  field: string;
  code: string;
  severity: 'error' | 'warning' | 'question';
  message: LocalText;
}
export interface Row {
  rowNo: number;
  cells: Record<string, string>;
  outcome: 'pending' | 'ok' | 'warning' | 'question' | 'rejected';
  problems: Problem[];
}

const base = '/api/onboarding/batches';
export const onboardingApi = {
  upload(file: File, provinceCode?: string) {
    const form = new FormData();
    if (provinceCode) form.append('provinceCode', provinceCode);
    form.append('file', file);
    return upload<Batch>(base, form);
  },
  batch: (id: string) => apiRequest<Batch>('GET', `${base}/${id}`),
  dryRun: (id: string, mapping: Record<string, number>, answers: Batch['answers']) =>
    apiRequest<Batch>('POST', `${base}/${id}/dry-run`, { mapping, answers }),
  rows: (id: string, outcome: string | undefined, page: number, size: number) =>
    apiRequest<{ items: Row[]; total: number }>(
      'GET',
      `${base}/${id}/rows${queryString({ outcome, limit: size, offset: (page - 1) * size })}`,
    ),
  commit: (id: string) => apiRequest<Batch>('POST', `${base}/${id}/commit`),
  rejected: (id: string) => download(`${base}/${id}/rejected.xlsx`, 'dong-bi-loai.xlsx'),
  template: () => download('/api/onboarding/template.xlsx', 'mau-so-ocop.xlsx'),
};
