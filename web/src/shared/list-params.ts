// List pages keep their filters and page in the URL (?q=…&page=2&size=20), so reload, back and shared links show the
// same list. Page numbers are 1-based in the URL and become limit/offset for the API.
import { setQuery } from './router.ts';

export const PAGE_SIZES = [10, 20, 50, 100];
const DEFAULT_SIZE = 20;

export interface ListParams {
  get(name: string): string | undefined;
  page: number;
  size: number;
  limit: number;
  offset: number;
  /** Changes filters and goes back to page 1. */
  setFilter(patch: Record<string, string | number | undefined>): void;
  setPage(page: number, size: number): void;
}

export function listParams(query: URLSearchParams): ListParams {
  const page = Math.max(1, Number.parseInt(query.get('page') ?? '1', 10) || 1);
  const sizeRaw = Number.parseInt(query.get('size') ?? '', 10);
  const size = PAGE_SIZES.includes(sizeRaw) ? sizeRaw : DEFAULT_SIZE;
  return {
    get: (name) => query.get(name) || undefined,
    page,
    size,
    limit: size,
    offset: (page - 1) * size,
    setFilter: (patch) => setQuery({ ...patch, page: undefined }),
    setPage: (p, s) => setQuery({ page: p === 1 ? undefined : p, size: s === DEFAULT_SIZE ? undefined : s }),
  };
}
