// What each step of the procedure takes, written once: the fields an action's body may carry (one zod body per
// action, `ACTION_BODIES`; the route's schema is their union), which requirement of the lifecycle row each field
// answers (dossier-lifecycle.ts `requires`), and how a dialog asks for it — the `needs` of each available action,
// so a client renders a step's dialog from the server's description. The context builders that read these fields
// are the table beside (commands/transition-context.ts `CONTEXT`).
import { z } from 'zod';
import type { Role } from '../../platform/auth/roles.ts';
import { isoDate } from '../../platform/validation.ts';
import type { DossierAction, Requirement, TransitionRow } from './domain/dossier-lifecycle.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

/** Art. 7.6.c: the grounds of a re-evaluation field visit. */
export const FIELD_VISIT_GROUNDS = ['scale_changed', 'evidence_unclear'] as const;

/** Every field an action body may carry, with its validation. */
const FIELD_SCHEMAS = {
  /** The day of the act (staff recording a paper act); default today in Vietnam. */
  on: isoDate,
  reason: text(2000),
  /** Optimistic concurrency: refuse when the dossier changed since the caller read it. */
  expectedVersion: z.number().int().min(1),
  communeReport: z.strictObject({
    localMaterials: text(20_000),
    localLabour: text(20_000),
    ideaOrigin: text(20_000),
    localIdentity: text(20_000),
    letterNumber: text(60),
  }),
  /** The commune's letter to the province (Art. 7.2.b), when the report is taken from Form 03. */
  letterNumber: text(60),
  roundId: z.uuid(),
  councilId: z.uuid(),
  fieldVisit: z.strictObject({ ground: z.enum(FIELD_VISIT_GROUNDS) }),
  advisoryReport: z.strictObject({ reference: text(200) }),
  flagAcceptedReason: text(2000),
  decisionId: z.uuid(),
  decision: z.strictObject({ number: z.string().trim().max(100), date: isoDate, signer: text(200).optional() }),
};
type FieldName = keyof typeof FIELD_SCHEMAS;
const optional = <T extends Record<string, z.ZodType>>(shape: T) =>
  Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, s.optional()])) as {
    [K in keyof T]: z.ZodOptional<T[K]>;
  };

/** Any action's body: the union of the bodies below (what the route validates before the action is known). */
export const anyActionBody = z.strictObject(optional(FIELD_SCHEMAS));
export type ActionBody = z.output<typeof anyActionBody>;
/** The fields some actions take, beside on, reason and expectedVersion, which every action takes. */
export type ActionField = Exclude<FieldName, 'on' | 'reason' | 'expectedVersion'>;

/** The decision an act records (Art. 7.3.e, 7.4.e: recognition; Art. 7.3.e ¶2: approval to propose 5★). */
export const DECISION_KIND: Partial<Record<DossierAction, 'recognition' | 'approval'>> = {
  certify_province: 'recognition',
  certify_ministry: 'recognition',
  send_to_ministry: 'approval',
};

/** How an action uses one field: the requirement of the row it answers (shown only for rows requiring it), whether
 *  it must be given, the alternatives, and what stands in when it is left out. */
interface FieldUse {
  for?: Requirement;
  required?: boolean;
  /** Give one of the fields sharing this group. */
  oneOf?: string;
  /** What is used when left out. */
  defaultsTo?: 'form03' | 'latest_advisory_report' | 'round_council';
  level?: 'province' | 'central';
}

const decisionUse: Partial<Record<ActionField, FieldUse>> = {
  decisionId: { for: 'decision', oneOf: 'decision' },
  decision: { for: 'decision', oneOf: 'decision' },
};

/** The fields each action reads (besides on, reason, expectedVersion) and how. */
export const ACTION_INPUTS: Record<DossierAction, Partial<Record<ActionField, FieldUse>>> = {
  submit: {},
  receive: {},
  return_to_producer: {},
  resubmit: {},
  forward: {
    communeReport: { for: 'commune_report', oneOf: 'commune_report', defaultsTo: 'form03' },
    letterNumber: { for: 'commune_report', oneOf: 'commune_report', defaultsTo: 'form03' },
  },
  request_supplement: {},
  submit_supplement: {},
  accept: {},
  reject: {},
  assign_round: { roundId: { for: 'round', required: true, level: 'province' } },
  start_review: { councilId: { level: 'province', defaultsTo: 'round_council' } },
  request_advisory_supplement: {},
  record_field_visit: { fieldVisit: { for: 'field_visit_ground', required: true } },
  submit_advisory_report: { advisoryReport: { for: 'advisory_report', defaultsTo: 'latest_advisory_report' } },
  convene_meeting: {},
  flag_divergence: {},
  close_scoring: { flagAcceptedReason: { for: 'flag_resolved' } },
  issue_result_notice: {},
  certify_province: decisionUse,
  send_to_ministry: {
    ...decisionUse,
    advisoryReport: { for: 'advisory_report', defaultsTo: 'latest_advisory_report' },
  },
  receive_at_ministry: {},
  open_central_council: {
    roundId: { for: 'central_round', required: true, level: 'central' },
    councilId: { for: 'central_round', level: 'central', defaultsTo: 'round_council' },
  },
  certify_ministry: decisionUse,
  record_central_result: {},
  reassess_at_province: {},
  withdraw: {},
};

/** One body per action: on, reason, expectedVersion and the action's own fields; any other field is refused. */
export const ACTION_BODIES = Object.fromEntries(
  Object.entries(ACTION_INPUTS).map(([action, uses]) => [
    action,
    anyActionBody.pick({
      on: true,
      reason: true,
      expectedVersion: true,
      ...Object.fromEntries(Object.keys(uses).map((f) => [f, true])),
    } as Record<FieldName, true>),
  ]),
) as Record<DossierAction, z.ZodObject<Partial<typeof anyActionBody.shape>>>;

// ---- needs: what a step's dialog asks for ----

const INPUTS = [
  'date',
  'text',
  'round',
  'council',
  'decision',
  'decision_entry',
  'commune_report',
  'advisory_report',
  'choice',
] as const;
const message = z.object({ vi: z.string(), en: z.string() });

/** One input of a step's dialog (the response schema of `needs`). */
export const actionNeed = z.object({
  field: z.string(),
  input: z.enum(INPUTS),
  required: z.boolean(),
  oneOf: z.string().optional(),
  defaultsTo: z.string().optional(),
  level: z.enum(['province', 'central']).optional(),
  decisionKind: z.enum(['recognition', 'approval']).optional(),
  maxLength: z.number().optional(),
  options: z.array(z.object({ value: z.string(), label: message })).optional(),
  /** The option a dialog starts with. */
  initial: z.string().optional(),
  label: message,
});
export type ActionNeed = z.infer<typeof actionNeed>;

const ASK: Record<FieldName, Omit<ActionNeed, 'field' | 'required'> | null> = {
  on: { input: 'date', label: { vi: 'Ngày thực hiện (hồ sơ giấy)', en: 'Date of the act (paper filing)' } },
  reason: { input: 'text', maxLength: 2000, label: { vi: 'Lý do / ghi chú', en: 'Reason / note' } },
  expectedVersion: null,
  communeReport: {
    input: 'commune_report',
    label: { vi: 'Báo cáo của UBND xã (Mẫu 03)', en: "The commune's report (Form 03)" },
  },
  letterNumber: {
    input: 'text',
    maxLength: 60,
    label: { vi: 'Số công văn gửi tỉnh', en: 'Letter number to the province' },
  },
  roundId: { input: 'round', label: { vi: 'Đợt đánh giá', en: 'Round' } },
  councilId: { input: 'council', label: { vi: 'Hội đồng', en: 'Council' } },
  fieldVisit: {
    input: 'choice',
    options: [
      { value: 'scale_changed', label: { vi: 'Quy mô sản xuất thay đổi', en: 'The scale of production changed' } },
      { value: 'evidence_unclear', label: { vi: 'Minh chứng chưa rõ', en: 'The evidence is unclear' } },
    ],
    initial: 'evidence_unclear',
    label: { vi: 'Căn cứ kiểm tra thực tế', en: 'Ground of the field visit' },
  },
  advisoryReport: {
    input: 'advisory_report',
    label: { vi: 'Báo cáo của Tổ tư vấn', en: "The advisory team's report" },
  },
  flagAcceptedReason: {
    input: 'text',
    maxLength: 2000,
    label: { vi: 'Lý do giữ kết quả dù điểm chênh lệch', en: 'Why the result stands despite the spread' },
  },
  decisionId: { input: 'decision', label: { vi: 'Quyết định đã ghi nhận', en: 'A recorded decision' } },
  decision: {
    input: 'decision_entry',
    label: { vi: 'Quyết định (số, ngày ký, người ký)', en: 'The decision (number, date signed, signer)' },
  },
};

/**
 * What the dialog of one step (a row of the lifecycle table) asks `role` for: the reason (required where the row
 * requires one, a note elsewhere), the day of a paper act (staff only), and the action's own fields the row uses.
 */
export function needsOf(row: TransitionRow, role: Role): ActionNeed[] {
  const out: ActionNeed[] = [];
  const ask = (field: FieldName, required: boolean, extra: Partial<ActionNeed> = {}) => {
    const a = ASK[field];
    if (a) out.push({ field, ...a, required, ...extra });
  };
  ask('reason', row.requires?.includes('reason') ?? false);
  for (const [field, use] of Object.entries(ACTION_INPUTS[row.action]) as [ActionField, FieldUse][]) {
    if (use.for && !row.requires?.includes(use.for)) continue;
    const kind = DECISION_KIND[row.action];
    ask(field, use.required ?? false, {
      ...(use.oneOf ? { oneOf: use.oneOf } : {}),
      ...(use.defaultsTo ? { defaultsTo: use.defaultsTo } : {}),
      ...(use.level ? { level: use.level } : {}),
      ...(use.oneOf === 'decision' && kind ? { decisionKind: kind } : {}),
    });
  }
  if (role !== 'producer') ask('on', false);
  return out;
}
