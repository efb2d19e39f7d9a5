// A thin client of the OCOP Hub API: JSON in and out, cookies for the session, errors as ApiError.
import type { MyPermissions } from '../features/me/permissions.ts';
import type {
  AdminUnit,
  Answers,
  Evaluation,
  LegalType,
  ListedUser,
  LocalText,
  ManagedUser,
  Paged,
  Producer,
  Product,
  ProducerCandidate,
  ProductSetSummary,
  RuleSetInfo,
  ScoringPolicy,
  Sheet,
  User,
} from '../types.ts';

export interface ApiIssue {
  field: string;
  code: string;
  message: LocalText;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    /** The server's message for people; absent when the server could not be reached. */
    readonly text: LocalText | null,
    readonly issues: ApiIssue[] = [],
    /** The whole error object of the body, for extra fields such as a duplicate's `existing`. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(text?.en ?? code);
  }
}

function isErrorBody(x: unknown): x is { error: { code: string; message: LocalText; issues?: ApiIssue[] } } {
  if (typeof x !== 'object' || x === null || !('error' in x)) return false;
  const e = (x as { error: unknown }).error;
  return typeof e === 'object' && e !== null && 'code' in e && 'message' in e;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

async function send(
  method: Method,
  path: string,
  body: unknown,
  signal: AbortSignal | undefined,
  accept: string,
): Promise<Response> {
  try {
    return await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept } : { accept, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'network', null);
  }
}

async function failure(res: Response): Promise<ApiError> {
  const data: unknown = await res.json().catch(() => undefined);
  if (isErrorBody(data))
    return new ApiError(
      res.status,
      data.error.code,
      data.error.message,
      data.error.issues ?? [],
      data.error as Record<string, unknown>,
    );
  return new ApiError(res.status, 'http_' + res.status, null);
}

async function request<T>(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const res = await send(method, path, body, signal, 'application/json');
  if (!res.ok) throw await failure(res);
  if (res.status === 204) return undefined as T;
  return (await res.json().catch(() => undefined)) as T;
}

/** A query string from the set values (undefined, null and '' are left out). */
export function queryString(params: Record<string, string | number | boolean | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const text = q.toString();
  return text ? `?${text}` : '';
}

/** The file name of a Content-Disposition header (RFC 5987 filename* first). */
function fileNameOf(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? fallback;
}

/**
 * GETs a file (or POSTs `body` for a file made on request, e.g. a stamp sheet) and hands it to the browser as a
 * download; errors come back as ApiError like every call.
 */
export async function download(path: string, fallbackName: string, body?: unknown): Promise<void> {
  const res = await send(body === undefined ? 'GET' : 'POST', path, body, undefined, '*/*');
  if (!res.ok) throw await failure(res);
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileNameOf(res.headers.get('content-disposition'), fallbackName);
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// The law changes by new rule sets, not in place: sheets and lists are cached for the page's lifetime.
const cache = new Map<string, Promise<unknown>>();
function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  let p = cache.get(key) as Promise<T> | undefined;
  if (!p) {
    p = load();
    cache.set(key, p);
    p.catch(() => cache.delete(key));
  }
  return p;
}

export const api = {
  me: () => request<{ user: User }>('GET', '/api/auth/me'),
  login: (username: string, password: string) =>
    request<{ user: User }>('POST', '/api/auth/login', { username, password }),
  logout: () => request<void>('POST', '/api/auth/logout'),
  myPermissions: () => request<MyPermissions>('GET', '/api/me/permissions'),
  changePassword: (currentPassword: string, newPassword: string) =>
    request<{ user: User }>('POST', '/api/auth/change-password', { currentPassword, newPassword }),
  ruleSets: () => cached('rule-sets', () => request<RuleSetInfo[]>('GET', '/api/rule-sets')),
  sets: (ruleSet: string) =>
    cached(`sets:${ruleSet}`, () =>
      request<ProductSetSummary[]>('GET', `/api/criteria/${encodeURIComponent(ruleSet)}/sets`),
    ),
  sheet: (ruleSet: string, setNo: number) =>
    cached(`sheet:${ruleSet}:${setNo}`, () =>
      request<Sheet>('GET', `/api/criteria/${encodeURIComponent(ruleSet)}/sets/${setNo}`),
    ),
  evaluate: (
    body: {
      ruleSet: string;
      setNo: number;
      answers: Answers;
      branch?: number;
      knockouts?: Record<string, boolean>;
      applies?: Record<string, boolean>;
      policy?: Partial<ScoringPolicy>;
    },
    signal?: AbortSignal,
  ) => request<Evaluation>('POST', '/api/scoring/evaluate', body, signal),

  // ---- reference: administrative units of the 2025 set (province → commune) ----
  provinces: () =>
    cached('provinces', () =>
      request<Paged<AdminUnit>>('GET', '/api/admin-units?set=2025&level=province&limit=100').then((r) => r.items),
    ),
  communes: (provinceCode: string) =>
    cached(`communes:${provinceCode}`, () =>
      request<Paged<AdminUnit>>(
        'GET',
        `/api/admin-units?set=2025&parent=${encodeURIComponent(provinceCode)}&limit=5000`,
      ).then((r) => r.items),
    ),

  // ---- registry ----
  producers: (filter: ProducerFilter, signal?: AbortSignal) =>
    request<Paged<Producer>>('GET', `/api/producers${queryString({ ...filter })}`, undefined, signal),
  producer: (id: string) => request<Producer>('GET', `/api/producers/${encodeURIComponent(id)}`),
  createProducer: (body: ProducerBody & { confirmDuplicate?: boolean }) =>
    request<Producer>('POST', '/api/producers', body),
  updateProducer: (
    id: string,
    body: Partial<ProducerBody> & { status?: 'active' | 'inactive'; confirmDuplicate?: boolean },
  ) => request<Producer>('PATCH', `/api/producers/${encodeURIComponent(id)}`, body),
  exportProducers: (filter: ProducerFilter) =>
    download(`/api/producers${queryString({ ...filter, format: 'xlsx' })}`, 'chu-the-ocop.xlsx'),

  products: (filter: ProductFilter, signal?: AbortSignal) =>
    request<Paged<Product>>('GET', `/api/products${queryString({ ...filter })}`, undefined, signal),
  product: (id: string) => request<Product>('GET', `/api/products/${encodeURIComponent(id)}`),
  createProduct: (body: ProductBody) => request<Product>('POST', '/api/products', body),
  updateProduct: (id: string, body: Partial<Omit<ProductBody, 'producerId'>> & { status?: 'active' | 'inactive' }) =>
    request<Product>('PATCH', `/api/products/${encodeURIComponent(id)}`, body),
  allocateCode: (id: string, year: number) =>
    request<{ productId: string; productCode: string; seq: number; year: number; allocated: boolean }>(
      'POST',
      `/api/products/${encodeURIComponent(id)}/code`,
      { year },
    ),
  exportProducts: (filter: ProductFilter) =>
    download(`/api/products${queryString({ ...filter, format: 'xlsx' })}`, 'san-pham-ocop.xlsx'),

  // ---- users ----
  users: (filter: UserFilter) => request<Paged<ListedUser>>('GET', `/api/users${queryString({ ...filter })}`),
  createUser: (body: UserBody) => request<{ user: ManagedUser; oneTimePassword: string }>('POST', '/api/users', body),
  updateUser: (id: string, body: Partial<UserBody> & { status?: 'active' | 'disabled' }) =>
    request<ManagedUser>('PATCH', `/api/users/${encodeURIComponent(id)}`, body),
  resetPassword: (id: string) =>
    request<{ oneTimePassword: string }>('POST', `/api/users/${encodeURIComponent(id)}/reset-password`),
  /** producerId: approve and link the account to that producer, already in the registry. */
  decideRegistration: (id: string, decision: { approve: boolean; reason?: string; producerId?: string }) =>
    request<ManagedUser>('POST', `/api/users/${encodeURIComponent(id)}/approve`, decision),
  producerCandidates: (id: string, registrationNo?: string) =>
    request<{ items: ProducerCandidate[] }>(
      'GET',
      `/api/users/${encodeURIComponent(id)}/producer-candidates${queryString({ registrationNo })}`,
    ),
  register: (body: RegisterBody) => request<{ user: ManagedUser }>('POST', '/api/auth/register', body),
};

export interface PageParams {
  limit?: number;
  offset?: number;
}

export interface ProducerFilter extends PageParams {
  q?: string;
  provinceCode?: string;
  communeCode?: string;
  legalType?: LegalType;
  setNo?: number;
  status?: 'active' | 'inactive';
}

export interface ProductFilter extends ProducerFilter {
  producerId?: string;
  hasCode?: 'true' | 'false';
}

export interface ProducerBody {
  communeCode: string;
  legalType: LegalType;
  name: string;
  registrationNo: string | null;
  registrationDate: string | null;
  taxCode: string | null;
  representative: { name: string | null; sex: 'nam' | 'nu' | null; ethnicity: string | null; disability: boolean };
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
}

export interface ProductBody {
  producerId: string;
  name: string;
  setNo: number;
  description: string | null;
  specification: string | null;
}

export interface UserFilter extends PageParams {
  q?: string;
  role?: string;
  status?: 'active' | 'pending' | 'disabled';
}

export interface UserBody {
  username: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  /** The agency the account works for (a council seat's agency, Art. 7.3.b). */
  agency?: string | null;
  role: string;
  unitCode: string | null;
}

export interface RegisterBody {
  username: string;
  password: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  communeCode: string;
}

// For the evaluation module's client (features/evaluation/evaluation.ts): the same request and error handling.
export { request as apiRequest, failure as apiFailure };

/** Multipart upload (evidence, spreadsheets): the browser sets the boundary; errors come back as ApiError. */
export async function upload<T>(path: string, form: FormData): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
      body: form,
    });
  } catch {
    throw new ApiError(0, 'network', null);
  }
  if (!res.ok) throw await failure(res);
  return (await res.json()) as T;
}
