// Past results ("Kết quả đánh giá trước đây") on the client: the server's shapes, the form's fields, the calls.
import { useT } from '../../i18n/index.tsx';
import { apiRequest, download, queryString, upload } from '../../shared/api.ts';
import type { z } from 'zod';
import type { historicalOut } from '../../../../src/modules/evaluation/routes/history-routes.ts';
import type { LocalText } from '../../types.ts';

/** The server's shape (types only, from its response schema). */
export type HistoricalResult = z.output<typeof historicalOut>;
export interface RowError {
  row: number;
  field: string;
  code: string;
  message: LocalText;
}
export interface Values {
  productId?: string;
  kind: HistoricalResult['kind'];
  filedOn?: string;
  decidedOn?: string;
  level: HistoricalResult['level'];
  points?: number;
  star?: number;
  decisionNumber?: string;
  certificateNumber?: string;
  note?: string;
}

export const HISTORY_ROUTE = '/history';

export const KINDS = ['first', 'upgrade', 'reevaluation'] as const;
export const LEVELS = ['district', 'province', 'central'] as const;
export const FIELDS = [
  'productId',
  'kind',
  'filedOn',
  'decidedOn',
  'level',
  'points',
  'star',
  'decisionNumber',
  'certificateNumber',
  'note',
];
export const starOptions = (t: ReturnType<typeof useT>['t']) =>
  [1, 2, 3, 4, 5].map((s) => ({ value: s, label: t('star.n', { star: s }) }));
export const historyApi = {
  list: (f: { q?: string; year?: number; star?: number; limit: number; offset: number }) =>
    apiRequest<{ items: HistoricalResult[]; total: number }>('GET', `/api/historical-results${queryString(f)}`),
  record: (body: Record<string, unknown>) => apiRequest<HistoricalResult>('POST', '/api/historical-results', body),
  template: () => download('/api/historical-results/template.xlsx', 'mau-ket-qua-ocop-truoc-day.xlsx'),
  import(file: File): Promise<{ imported: number }> {
    const form = new FormData();
    form.append('file', file);
    return upload<{ imported: number }>('/api/historical-results/import', form);
  },
};
