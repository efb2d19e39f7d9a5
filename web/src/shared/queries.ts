// The data layer: TanStack Query caches what the server said, keyed by what was asked, and mutations invalidate the
// keys they change instead of reloading page by page. Keys start with the resource, so invalidating a prefix
// (['dossiers']) refreshes a dossier, its parts and every list of dossiers at once.
import { useCallback } from 'react';
import { QueryClient, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { api } from './api.ts';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A failed read shows its error at once with a retry link, as before; no silent retries.
      retry: false,
      // Pages read fresh data when they open (staleTime 0) and show the cached copy meanwhile; no refetch on focus,
      // which would refill a form the user is typing in.
      refetchOnWindowFocus: false,
    },
  },
});

/** The keys of the cache, one place for every resource. */
export const keys = {
  me: ['me'] as const,
  permissions: (userId: string, role: string) => ['me', 'permissions', userId, role] as const,
  ruleSets: ['rule-sets'] as const,
  sets: (ruleSet: string) => ['criteria', ruleSet, 'sets'] as const,
  sheet: (ruleSet: string, setNo: number) => ['criteria', ruleSet, 'sets', setNo] as const,
  provinces: ['admin-units', 'provinces'] as const,
  communes: (provinceCode: string) => ['admin-units', 'communes', provinceCode] as const,
  producers: ['producers'] as const,
  producer: (id: string) => ['producers', id] as const,
  products: ['products'] as const,
  product: (id: string) => ['products', id] as const,
  users: ['users'] as const,
  dossiers: ['dossiers'] as const,
  dossier: (id: string) => ['dossiers', id] as const,
  rounds: ['rounds'] as const,
  councils: ['councils'] as const,
  council: (id: string) => ['councils', id] as const,
  councilRules: ['council-rules'] as const,
  provincePolicies: ['council-policies'] as const,
  decisions: ['decisions'] as const,
  certificates: ['certificates'] as const,
  revocationProposals: ['revocation-proposals'] as const,
  revocationGrounds: ['revocation-grounds'] as const,
  certificateReminders: ['certificate-reminders'] as const,
  history: ['history'] as const,
  notifications: ['notifications'] as const,
};

/** Reference data changes by new rule sets and unit sets, not while a page is open: read once. */
const reference = { staleTime: Infinity, gcTime: Infinity } as const;

export const useRuleSets = () => useQuery({ queryKey: keys.ruleSets, queryFn: api.ruleSets, ...reference });

export const useSets = (ruleSet: string | undefined) =>
  useQuery({
    queryKey: keys.sets(ruleSet ?? ''),
    queryFn: () => api.sets(ruleSet!),
    enabled: !!ruleSet,
    ...reference,
  });

export const useSheet = (ruleSet: string | undefined, setNo: number | undefined) =>
  useQuery({
    queryKey: keys.sheet(ruleSet ?? '', setNo ?? 0),
    queryFn: () => api.sheet(ruleSet!, setNo!),
    enabled: !!ruleSet && setNo !== undefined,
    ...reference,
  });

export const useProvinces = () => useQuery({ queryKey: keys.provinces, queryFn: api.provinces, ...reference });

export const useCommunes = (provinceCode: string | undefined) =>
  useQuery({
    queryKey: keys.communes(provinceCode ?? ''),
    queryFn: () => api.communes(provinceCode!),
    enabled: !!provinceCode,
    ...reference,
  });

/** After a mutation: marks the given resources stale, so whatever shows them reads them again. */
export function useInvalidate(): (...resources: QueryKey[]) => void {
  const client = useQueryClient();
  return useCallback(
    (...resources: QueryKey[]) => {
      for (const queryKey of resources) void client.invalidateQueries({ queryKey });
    },
    [client],
  );
}
