// Inspection after certification on the client (Art. 9): the API's shapes (types only, from the server's response
// schemas), the calls, the pages' paths and the menu entries. What a user may do comes from the server
// (GET /api/me/permissions and each item's availableActions).
import type { z } from 'zod';
import type * as s from '../../../../src/modules/certificates/routes/inspection-schemas.ts';
import type { ItemAction } from '../../../../src/modules/certificates/domain/inspection-lifecycle.ts';
import { apiRequest as request, queryString, upload } from '../../shared/api.ts';

export type { ItemAction };
export type PlanList = z.output<typeof s.planListOut>;
export type PlanDetail = z.output<typeof s.planDetailOut>;
export type PlanBody = z.input<typeof s.planBody>;
export type VisitBody = z.input<typeof s.visitBody>;
export type Visit = z.output<typeof s.visitOut>;
export type Item = z.output<typeof s.itemOut>;
export type ItemBody = z.input<typeof s.itemBody>;
export type Findings = z.output<typeof s.findingsOut>;
export type Risk = z.output<typeof s.riskOut>;
export type DueTests = z.output<typeof s.dueTestsOut>;
export type ProductTestBody = z.input<typeof s.productTestBody>;
export type ProductTest = z.output<typeof s.productTestOut>;
export type Papers = z.output<typeof s.paperListOut>;
export type PaperBody = z.input<typeof s.paperBody>;
export type Paper = z.output<typeof s.paperOut>;
export type PaperKinds = z.output<typeof s.paperKindsOut>;

const enc = encodeURIComponent;

/** One file as the multipart `file` field, through the app's one upload call (shared/api.ts). */
function uploadFile<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file);
  return upload<T>(path, form);
}

export const inspectionApi = {
  plans: (year?: number) => request<PlanList>('GET', `/api/inspection-plans${queryString({ year, limit: 200 })}`),
  plan: (id: string) => request<PlanDetail>('GET', `/api/inspection-plans/${enc(id)}`),
  createPlan: (body: PlanBody) => request<{ id: string }>('POST', '/api/inspection-plans', body),
  createVisit: (planId: string, body: VisitBody) =>
    request<{ id: string }>('POST', `/api/inspection-plans/${enc(planId)}/visits`, body),
  visit: (id: string) => request<Visit>('GET', `/api/inspections/visits/${enc(id)}`),
  act: (itemId: string, action: ItemAction, body: ItemBody) =>
    request<Item>('POST', `/api/inspections/items/${enc(itemId)}/actions/${action}`, body),
  addPhoto: (itemId: string, file: File) => uploadFile(`/api/inspections/items/${enc(itemId)}/photos`, file),
  photoUrl: (id: string) => `/api/inspections/photos/${enc(id)}`,
  findings: () => request<Findings>('GET', '/api/inspections/findings'),
  risk: () => request<Risk>('GET', '/api/inspections/risk'),
  dueTests: () => request<DueTests>('GET', '/api/product-tests/due'),
  recordTest: (body: ProductTestBody) => request<ProductTest>('POST', '/api/product-tests', body),
  testFile: (id: string, file: File) => uploadFile<ProductTest>(`/api/product-tests/${enc(id)}/file`, file),
  papers: (lapsing: boolean) =>
    request<Papers>('GET', `/api/papers${queryString({ lapsing: lapsing ? 'true' : undefined })}`),
  paperKinds: () => request<PaperKinds>('GET', '/api/paper-kinds'),
  recordPaper: (body: PaperBody) => request<Paper>('POST', '/api/papers', body),
  paperFile: (id: string, file: File) => uploadFile<Paper>(`/api/papers/${enc(id)}/file`, file),
};

export const inspectionKeys = {
  all: ['inspections'] as const,
  plans: ['inspections', 'plans'] as const,
  plan: (id: string) => ['inspections', 'plans', id] as const,
  visit: (id: string) => ['inspections', 'visits', id] as const,
  findings: ['inspections', 'findings'] as const,
  risk: ['inspections', 'risk'] as const,
  tests: ['inspections', 'tests'] as const,
  papers: ['inspections', 'papers'] as const,
  paperKinds: ['inspections', 'paper-kinds'] as const,
};

export const INSPECTION_ROUTES = {
  plans: '/inspections',
  findings: '/inspections/findings',
  risk: '/inspections/risk',
  evidence: '/inspections/evidence',
} as const;

export const planPath = (id: string) => `/inspections/plans/${enc(id)}`;
export const visitPath = (id: string) => `/inspections/visits/${enc(id)}`;
const idIn = (re: RegExp, path: string) => {
  const m = re.exec(path);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
};
export const planIdOf = (path: string) => idIn(/^\/inspections\/plans\/([^/]+)\/?$/, path);
export const visitIdOf = (path: string) => idIn(/^\/inspections\/visits\/([^/]+)\/?$/, path);

/** Whether the user may open an inspection page (null: not one). The server decides every call. */
export function mayOpenInspectionPage(access: { can(p: string): boolean }, path: string): boolean | null {
  if (path === INSPECTION_ROUTES.risk) return access.can('inspections.risk');
  if (path === INSPECTION_ROUTES.plans || path === INSPECTION_ROUTES.findings || path === INSPECTION_ROUTES.evidence)
    return access.can('inspections.read');
  if (planIdOf(path) !== null || visitIdOf(path) !== null) return access.can('inspections.read');
  return null;
}
