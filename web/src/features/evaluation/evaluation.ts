// The evaluation procedure on the client: the API's shapes (types only, from the server's response schemas), the
// calls, the pages' paths, and small helpers (deadlines, countdowns).
import type { z } from 'zod';
import type { Access, Permission } from '../me/permissions.ts';
import type * as s from '../../../../src/modules/evaluation/routes/schemas.ts';
import type { councilRulesOut } from '../../../../src/modules/evaluation/routes/council-rules-routes.ts';
import type { notificationOut } from '../../../../src/platform/notifications/notification-routes.ts';
import type * as cs from '../../../../src/modules/certificates/routes/schemas.ts';
import type {
  DossierAction,
  DossierKind,
  DossierState,
} from '../../../../src/modules/evaluation/domain/dossier-lifecycle-model.ts';
import { ApiError, apiRequest as request, download, queryString, upload } from '../../shared/api.ts';
import type { Answers } from '../../types.ts';
import { todayInVietnam } from '../registry/registry.ts';

export type { DossierAction, DossierKind, DossierState };
export type DossierSummary = z.output<typeof s.dossierSummaryOut>;
export type Dossier = z.output<typeof s.dossierOut>;
export type FormDraft = z.output<typeof s.formDraftOut>;
export type ActionResult = z.output<typeof s.actionOut>;
export type ActionBody = NonNullable<z.input<typeof s.actionBody>>;
export type Evidence = z.output<typeof s.evidenceOut>;
export type Timeline = z.output<typeof s.timelineOut>;
export type Round = z.output<typeof s.roundOut>;
export type RoundBody = z.input<typeof s.roundBody>;
export type Council = z.output<typeof s.councilOut>;
export type CouncilBody = z.input<typeof s.councilBody>;
/** One council policy in force (quy định của Hội đồng) with its source and what the law says. */
export type PolicyEntry = z.output<typeof s.policyEntryOut>;
export type ProvincePolicies = z.output<typeof s.councilPoliciesOut>;
/** The council policies that can be set (with their values and what the law says) and the councils' seats. */
export type CouncilRules = z.output<typeof councilRulesOut>;
export type Ticks = Record<string, boolean>;
/** What a member's scorecard sends: answers, the case, the knock-outs ticked, the applicability answers. */
export interface ScorecardInput {
  answers: Answers;
  branch?: number;
  knockouts?: Ticks;
  applies?: Ticks;
}
export type Scorecard = z.output<typeof s.scorecardOut>;
export type OwnScorecard = z.output<typeof s.ownScorecardOut>;
export type SubmitResult = z.output<typeof s.submitScorecardOut>;
export type Scorecards = z.output<typeof s.scorecardsOut>;
export type Decision = z.output<typeof s.decisionOut>;
export type DecisionCreated = z.output<typeof s.decisionCreatedOut>;
export type DecisionBody = z.input<typeof s.decisionBody>;
export type Certificate = z.output<typeof cs.certificateOut>;
export type CertificateDetail = z.output<typeof cs.certificateDetailOut>;
export type Notification = z.output<typeof notificationOut>;
export type AdvisoryReport = z.output<typeof s.advisoryReportOut>;
export type FormNo = '01' | '02' | '03';

export interface DossierFilter {
  queue?: string;
  state?: DossierState;
  kind?: DossierKind;
  provinceCode?: string;
  communeCode?: string;
  roundId?: string;
  productId?: string;
  year?: number;
  q?: string;
  limit?: number;
  offset?: number;
}

/** The filters of the certificate register; `q` matches the number or the product's name, diacritics optional. */
export interface CertificateFilter {
  productId?: string;
  star?: number;
  status?: string;
  year?: number;
  q?: string;
}

export interface Paged<T> {
  items: T[];
  total: number;
}

const enc = encodeURIComponent;

export const evalApi = {
  dossiers: (f: DossierFilter, signal?: AbortSignal) =>
    request<Paged<DossierSummary>>('GET', `/api/dossiers${queryString({ ...f })}`, undefined, signal),
  exportDossiers: (f: DossierFilter) =>
    download(
      `/api/dossiers${queryString({ ...f, limit: undefined, offset: undefined, format: 'xlsx' })}`,
      'ho-so-ocop.xlsx',
    ),
  dossier: (id: string) => request<Dossier>('GET', `/api/dossiers/${enc(id)}`),
  createDossier: (body: { productId: string; kind: DossierKind; changes?: string[] }) =>
    request<Dossier>('POST', '/api/dossiers', body),
  timeline: (id: string) => request<Timeline>('GET', `/api/dossiers/${enc(id)}/timeline`),
  /** A stored form as data; null when it was never saved. */
  form: async <T = Record<string, unknown>>(id: string, form: FormNo): Promise<T | null> => {
    try {
      return await request<T>('GET', `/api/dossiers/${enc(id)}/forms/${form}`);
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) return null;
      throw err;
    }
  },
  saveForm: (id: string, form: FormNo, body: unknown) =>
    request<Dossier>('PUT', `/api/dossiers/${enc(id)}/forms/${form}`, body),
  /** The form's unfinished draft on the server (version 0, no data: none). */
  formDraft: (id: string, form: FormNo) => request<FormDraft>('GET', evalApi.formDraftUrl(id, form)),
  formDraftUrl: (id: string, form: FormNo) => `/api/dossiers/${enc(id)}/forms/${form}/draft`,
  formPdfUrl: (id: string, form: FormNo) => `/api/dossiers/${enc(id)}/forms/${form}.pdf`,
  act: (id: string, action: DossierAction, body: ActionBody = {}) =>
    request<ActionResult>('POST', `/api/dossiers/${enc(id)}/actions/${action}`, body),
  evidence: (id: string) => request<Evidence[]>('GET', `/api/dossiers/${enc(id)}/evidence`),
  evidenceUrl: (id: string, evidenceId: string) => `/api/dossiers/${enc(id)}/evidence/${enc(evidenceId)}`,
  deleteEvidence: (id: string, evidenceId: string) =>
    request<void>('DELETE', `/api/dossiers/${enc(id)}/evidence/${enc(evidenceId)}`),
  uploadEvidence: (id: string, file: File, fields: { criterionCode?: string; note?: string }) => {
    const form = new FormData();
    if (fields.criterionCode) form.append('criterionCode', fields.criterionCode);
    if (fields.note) form.append('note', fields.note);
    form.append('file', file, file.name);
    return upload<Evidence>(`/api/dossiers/${enc(id)}/evidence`, form);
  },
  advisoryReport: (
    id: string,
    body: { content: string; reference?: string; fieldVisit?: boolean; extraTests?: string | null },
  ) => request<AdvisoryReport>('POST', `/api/dossiers/${enc(id)}/advisory-report`, body),

  rounds: (f: { level?: 'province' | 'central'; year?: number } = {}) =>
    request<Round[]>('GET', `/api/rounds${queryString({ ...f })}`),
  createRound: (body: RoundBody) => request<Round>('POST', '/api/rounds', body),
  councils: (f: { roundId?: string } = {}) => request<Council[]>('GET', `/api/councils${queryString({ ...f })}`),
  council: (id: string) => request<Council>('GET', `/api/councils/${enc(id)}`),
  createCouncil: (body: CouncilBody) => request<Council>('POST', '/api/councils', body),
  /** An amending decision restates the whole composition; refused once a scorecard was submitted. */
  updateCouncil: (id: string, body: Omit<CouncilBody, 'roundId'>) =>
    request<Council>('PUT', `/api/councils/${enc(id)}`, body),
  /** The province's council policies (the user's province); refused to roles outside the province's councils. */
  provincePolicies: () => request<ProvincePolicies>('GET', '/api/council-policies'),
  councilRules: () => request<CouncilRules>('GET', '/api/council-rules'),
  /** Sets the province's policies as a whole (keys left out take their defaults). */
  setProvincePolicies: (policy: Record<string, string | number>) =>
    request<ProvincePolicies>('PUT', '/api/council-policies', { policy }),
  /** Refused (409, details.open) while a dossier of the round has no result. */
  closeRound: (id: string) => request<Round>('POST', `/api/rounds/${enc(id)}/close`),

  ownScorecard: (councilId: string, dossierId: string) =>
    request<OwnScorecard>('GET', `/api/councils/${enc(councilId)}/dossiers/${enc(dossierId)}/scorecard`),
  saveScorecard: (councilId: string, dossierId: string, body: ScorecardInput) =>
    request<Scorecard>('PUT', scorecardPath(councilId, dossierId), body),
  submitScorecard: (councilId: string, dossierId: string, body: ScorecardInput) =>
    request<SubmitResult>('POST', `/api/councils/${enc(councilId)}/dossiers/${enc(dossierId)}/scorecard/submit`, body),
  scorecards: (councilId: string, dossierId: string) =>
    request<Scorecards>('GET', `/api/councils/${enc(councilId)}/dossiers/${enc(dossierId)}/scorecards`),

  decisions: (f: { kind?: string; limit?: number; offset?: number } = {}) =>
    request<Paged<Decision>>('GET', `/api/decisions${queryString({ ...f })}`),
  createDecision: (body: DecisionBody) => request<DecisionCreated>('POST', '/api/decisions', body),
  certificates: (f: CertificateFilter & { limit?: number; offset?: number } = {}) =>
    request<Paged<Certificate>>('GET', `/api/certificates${queryString({ ...f })}`),
  /** The whole filtered register as an .xlsx file. */
  exportCertificates: (f: CertificateFilter) =>
    download(`/api/certificates${queryString({ ...f, format: 'xlsx' })}`, 'giay-chung-nhan-ocop.xlsx'),
  certificate: (id: string) => request<CertificateDetail>('GET', `/api/certificates/${enc(id)}`),
  certificatePdfUrl: (id: string) => `/api/certificates/${enc(id)}/pdf`,
  notifications: (f: { unread?: boolean; limit?: number; offset?: number } = {}) =>
    request<Paged<Notification> & { unread: number }>('GET', `/api/notifications${queryString({ ...f })}`),
  readNotification: (id: number) => request<Notification>('POST', `/api/notifications/${id}/read`),
};

// ---- paths ----

export const EVAL_ROUTES = {
  queues: '/queues',
  myDossiers: '/my-dossiers',
  scoring: '/scoring',
  rounds: '/rounds',
  results: '/results',
} as const;

export const certificatePath = (id: string): string => `/certificates/${enc(id)}`;
export function certificateIdOf(path: string): string | null {
  const m = /^\/certificates\/([^/]+)\/?$/.exec(path);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

export const dossierPath = (id: string, tab?: string): string => `/dossiers/${enc(id)}${tab ? `?tab=${enc(tab)}` : ''}`;
export function dossierIdOf(path: string): string | null {
  const m = /^\/dossiers\/([^/]+)\/?$/.exec(path);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}
export const scoringPath = (councilId: string, dossierId: string): string =>
  `${EVAL_ROUTES.scoring}/${enc(councilId)}/${enc(dossierId)}`;
export function scoringOf(path: string): { councilId: string; dossierId: string } | null {
  const m = /^\/scoring\/([^/]+)\/([^/]+)\/?$/.exec(path);
  return m?.[1] && m[2] ? { councilId: decodeURIComponent(m[1]), dossierId: decodeURIComponent(m[2]) } : null;
}

/** The page where the user's work starts, as the server says (GET /api/me/permissions `home`): a producer's own
 *  dossiers, a council member's scoring list, other staff's work queues. */
export function homeOf(access: Pick<Access, 'home'>): string {
  return access.home === 'my-dossiers'
    ? EVAL_ROUTES.myDossiers
    : access.home === 'scoring'
      ? EVAL_ROUTES.scoring
      : EVAL_ROUTES.queues;
}

/** Whether the user may open an evaluation page (null: not an evaluation page). The server decides every call. */
export function mayOpenEvalPage(access: { can(p: Permission): boolean }, path: string): boolean | null {
  if (path === EVAL_ROUTES.queues || path === EVAL_ROUTES.myDossiers || path === EVAL_ROUTES.results) return true;
  if (dossierIdOf(path) !== null || certificateIdOf(path) !== null) return true;
  if (path === EVAL_ROUTES.scoring) return access.can('scorecards.own');
  if (scoringOf(path) !== null) return access.can('scorecards.read');
  if (path === EVAL_ROUTES.rounds) return access.can('rounds.read');
  return null;
}

/**
 * Sends a JSON write that must outlive the page (the page is being hidden or unloaded): `keepalive` lets the browser
 * finish it after the document is gone. The answer is not read; a failed write stays in the local draft.
 */
export function sendOnLeave(method: 'PUT' | 'POST', path: string, body: unknown): void {
  try {
    void fetch(path, {
      method,
      credentials: 'same-origin',
      keepalive: true,
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).catch(() => undefined);
  } catch {
    // keepalive bodies are limited to 64 kB; the local draft keeps what could not be sent.
  }
}
export const scorecardPath = (councilId: string, dossierId: string) =>
  `/api/councils/${enc(councilId)}/dossiers/${enc(dossierId)}/scorecard`;

// ---- work queues ----
// The queues of the user's role come from the server (GET /api/me/permissions, features/me/permissions.ts useAccess).

// ---- kinds, dates ----

export const DOSSIER_KINDS: readonly DossierKind[] = ['first', 'upgrade', 'reevaluation'];

const DAY = 86_400_000;
/** Whole days from today in Vietnam to `iso` (negative when past). */
export function daysUntil(iso: string, today = todayInVietnam()): number {
  return Math.round((Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY);
}

/** The states where the dossier is finished (no more steps). */
export const TERMINAL: readonly DossierState[] = [
  'result_notice',
  'province_certified',
  'ministry_certified',
  'withdrawn',
  'rejected',
];

/** The state's colour on a tag: drafts grey, returns orange, council blue, certified green, refusals red. */
export function stateColor(state: DossierState): string {
  switch (state) {
    case 'draft':
      return 'default';
    case 'commune_returned':
    case 'province_incomplete':
    case 'advisory_supplement':
    case 'ministry_not_5_star':
      return 'orange';
    case 'council_scoring':
    case 'council_rescoring':
    case 'council_closed':
    case 'ministry_council':
      return 'geekblue';
    case 'province_certified':
    case 'ministry_certified':
      return 'green';
    case 'withdrawn':
    case 'rejected':
      return 'red';
    case 'result_notice':
      return 'purple';
    default:
      return 'blue';
  }
}
