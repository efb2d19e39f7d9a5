// The OCOP cycle on the client: the API's shapes (types only, from the server's response schemas), the calls, the
// page's path and its tabs. Stages, labels, the actions open on each idea and plan, and who may name an officer come
// from the server.
import type { z } from 'zod';
import type * as s from '../../../../src/modules/programme/routes/cycle-schemas.ts';
import type { SupportType } from '../../../../src/modules/programme/commands/business-plan-commands.ts';
import { apiRequest as request, queryString, upload } from '../../shared/api.ts';

export type Pipeline = z.output<typeof s.pipelineOut>;
export type IdeaList = z.output<typeof s.ideaListOut>;
export type Idea = z.output<typeof s.ideaOut>;
export type IdeaBody = z.input<typeof s.ideaIn>;
export type BusinessPlan = z.output<typeof s.businessPlanOut>;
export type BusinessPlanList = z.output<typeof s.businessPlanListOut>;
export type BusinessPlanBody = z.input<typeof s.businessPlanIn>;
export type SupportBody = z.input<typeof s.supportIn>;
export type ProblemBody = z.input<typeof s.problemIn>;
export type SurveyList = z.output<typeof s.surveyListOut>;
export type SurveyBody = z.input<typeof s.surveyIn>;
export type SurveyLineBody = z.input<typeof s.surveyRowsIn>['rows'][number];
export type PartnerList = z.output<typeof s.partnerListOut>;
export type PartnerBody = z.input<typeof s.partnerIn>;
export type PartnerProducerBody = z.input<typeof s.partnerProducerIn>;
export type CommuneOfficers = z.output<typeof s.communeOfficersOut>;
export type { SupportType };

const enc = encodeURIComponent;

export const CYCLE_ROUTE = '/programme/cycle';
/** The cycle page's tabs (?tab=): the pipeline with the ideas, then plans, surveys, partners and officers. */
export const CYCLE_TABS = ['overview', 'plans', 'surveys', 'partners', 'officers'] as const;
export type CycleTab = (typeof CYCLE_TABS)[number];

export const cycleKeys = {
  all: ['cycle'] as const,
  pipeline: (commune?: string, asOf?: string) => ['cycle', 'pipeline', commune ?? 'all', asOf ?? 'today'] as const,
  ideas: ['cycle', 'ideas'] as const,
  plans: ['cycle', 'plans'] as const,
  surveys: ['cycle', 'surveys'] as const,
  partners: ['cycle', 'partners'] as const,
  officers: ['cycle', 'officers'] as const,
};

export const cycleApi = {
  pipeline: (communeCode?: string, asOf?: string) =>
    request<Pipeline>('GET', `/api/cycle/pipeline${queryString({ communeCode, asOf })}`),
  ideas: () => request<IdeaList>('GET', '/api/cycle/ideas'),
  register: (body: IdeaBody) => request<Idea>('POST', '/api/cycle/ideas', body),
  act: (id: string, action: string, advice?: string) =>
    request<Idea>('POST', `/api/cycle/ideas/${enc(id)}/actions/${enc(action)}`, { advice: advice ?? null }),
  toProduct: (id: string) => request<Idea>('POST', `/api/cycle/ideas/${enc(id)}/product`, {}),

  plans: () => request<BusinessPlanList>('GET', '/api/cycle/business-plans'),
  submitPlan: (body: BusinessPlanBody) => request<BusinessPlan>('POST', '/api/cycle/business-plans', body),
  actOnPlan: (id: string, action: string, advice?: string) =>
    request<BusinessPlan>('POST', `/api/cycle/business-plans/${enc(id)}/actions/${enc(action)}`, {
      advice: advice ?? null,
    }),
  uploadPlanFile: (id: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return upload<BusinessPlan>(`/api/cycle/business-plans/${enc(id)}/file`, form);
  },
  planFileUrl: (id: string) => `/api/cycle/business-plans/${enc(id)}/file`,
  recordSupport: (id: string, body: SupportBody) =>
    request<BusinessPlan>('POST', `/api/cycle/business-plans/${enc(id)}/supports`, body),
  recordProblem: (id: string, body: ProblemBody) =>
    request<BusinessPlan>('POST', `/api/cycle/business-plans/${enc(id)}/problems`, body),

  surveys: () => request<SurveyList>('GET', '/api/cycle/surveys'),
  createSurvey: (body: SurveyBody) => request<{ id: string }>('POST', '/api/cycle/surveys', body),
  addSurveyRows: (id: string, rows: SurveyLineBody[]) =>
    request<{ id: string }>('POST', `/api/cycle/surveys/${enc(id)}/rows`, { rows }),

  partners: (kind?: string) => request<PartnerList>('GET', `/api/cycle/partners${queryString({ kind })}`),
  createPartner: (body: PartnerBody) => request<{ id: string }>('POST', '/api/cycle/partners', body),
  linkProducer: (id: string, body: PartnerProducerBody) =>
    request<{ id: string }>('POST', `/api/cycle/partners/${enc(id)}/producers`, body),

  officers: () => request<CommuneOfficers>('GET', '/api/cycle/commune-officers'),
  assignOfficer: (communeCode: string, userId: string) =>
    request<{ id: string }>('PUT', `/api/cycle/commune-officers/${enc(communeCode)}`, { userId }),
};
