// A thin client of the OCOP Hub API: JSON in and out, cookies for the session, errors as ApiError.
import type { Answers, Evaluation, LocalText, ProductSetSummary, RuleSetInfo, Sheet, User } from '../types.ts';

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
  ) {
    super(text?.en ?? code);
  }
}

function isErrorBody(x: unknown): x is { error: { code: string; message: LocalText; issues?: ApiIssue[] } } {
  if (typeof x !== 'object' || x === null || !('error' in x)) return false;
  const e = (x as { error: unknown }).error;
  return typeof e === 'object' && e !== null && 'code' in e && 'message' in e;
}

async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'network', null);
  }
  if (res.status === 204) return undefined as T;
  const data: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    if (isErrorBody(data)) throw new ApiError(res.status, data.error.code, data.error.message, data.error.issues ?? []);
    throw new ApiError(res.status, 'http_' + res.status, null);
  }
  return data as T;
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
  login: (username: string, password: string) => request<{ user: User }>('POST', '/api/auth/login', { username, password }),
  logout: () => request<void>('POST', '/api/auth/logout'),
  changePassword: (currentPassword: string, newPassword: string) =>
    request<{ user: User }>('POST', '/api/auth/change-password', { currentPassword, newPassword }),
  ruleSets: () => cached('rule-sets', () => request<RuleSetInfo[]>('GET', '/api/rule-sets')),
  sets: (ruleSet: string) => cached(`sets:${ruleSet}`, () => request<ProductSetSummary[]>('GET', `/api/criteria/${encodeURIComponent(ruleSet)}/sets`)),
  sheet: (ruleSet: string, setNo: number) =>
    cached(`sheet:${ruleSet}:${setNo}`, () => request<Sheet>('GET', `/api/criteria/${encodeURIComponent(ruleSet)}/sets/${setNo}`)),
  evaluate: (body: { ruleSet: string; setNo: number; answers: Answers; branch?: number }, signal?: AbortSignal) =>
    request<Evaluation>('POST', '/api/scoring/evaluate', body, signal),
};
