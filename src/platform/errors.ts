// Typed errors mapped to HTTP in one place (app.ts). Each carries a message for people in Vietnamese and English,
// separate from the internal detail that goes to the log.

export interface Message {
  vi: string;
  en: string;
}

export interface FieldIssue {
  field: string;
  code: string;
  message: Message;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly userMessage: Message,
    readonly issues?: FieldIssue[],
    internal?: string,
    /** Extra fields for the client, e.g. the existing record a duplicate matches. */
    readonly details?: Record<string, unknown>,
  ) {
    super(internal ?? userMessage.en);
  }
}

/** A bulk command's refusal of one of its items: the refusal itself (mapped to HTTP as any other), and the item's
 *  index in the caller's list, so an import names the row that was refused. */
export class ItemRefused extends AppError {
  constructor(
    readonly index: number,
    refusal: AppError,
  ) {
    super(refusal.status, refusal.code, refusal.userMessage, refusal.issues, refusal.message, refusal.details);
  }
}

/** A catch handler: an AppError thrown for item `index` becomes ItemRefused(index, …); anything else passes. */
export const refusedAs =
  (index: number) =>
  (err: unknown): never => {
    if (err instanceof AppError && !(err instanceof ItemRefused)) throw new ItemRefused(index, err);
    throw err;
  };

/** Runs `check` for item `index`, its refusal named ItemRefused(index, …). */
export function forItem<T>(index: number, check: () => T): T {
  try {
    return check();
  } catch (err) {
    return refusedAs(index)(err);
  }
}

export const badRequest = (issues: FieldIssue[], message?: Message) =>
  new AppError(400, 'invalid_input', message ?? { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' }, issues);

export const unauthorized = () => new AppError(401, 'unauthorized', { vi: 'Vui lòng đăng nhập', en: 'Please log in' });

export const forbidden = (message?: Message) =>
  new AppError(
    403,
    'forbidden',
    message ?? { vi: 'Bạn không có quyền thực hiện thao tác này', en: 'You are not allowed to do this' },
  );

export const notFound = (what: Message) =>
  new AppError(404, 'not_found', { vi: `Không tìm thấy ${what.vi}`, en: `${what.en} not found` });

export const tooManyRequests = (message?: Message) =>
  new AppError(
    429,
    'rate_limited',
    message ?? { vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau', en: 'Too many requests, try again later' },
  );

export function errorBody(err: AppError) {
  return {
    error: { code: err.code, message: err.userMessage, ...(err.issues ? { issues: err.issues } : {}), ...err.details },
  };
}
