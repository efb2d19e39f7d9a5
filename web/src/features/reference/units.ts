// Names of administrative units (2025 set) for tables and pickers: the 34 provinces, and the communes of a province,
// each read once per page life (reference data in the query cache). Each unit comes with its label as the server
// writes it ("Xã Bình Lư", "Tỉnh Lai Châu").
import { useMemo } from 'react';
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { api } from '../../shared/api.ts';
import { keys } from '../../shared/queries.ts';
import type { AdminUnit } from '../../types.ts';

/** "Xã Bình Lư", "Tỉnh Lai Châu": the unit's label on a screen or in a table (the server's). */
export const unitLabel = (u: Pick<AdminUnit, 'label'>): string => u.label;

/** The unit's name without its type ("Lai Châu", "Huế", "Bình Lư"). */
export const bareUnitName = (u: Pick<AdminUnit, 'name'>): string => u.name;

/** The units of the lists read, and whether all have arrived (a module-level function, so the result is memoised). */
const combine = (lists: UseQueryResult<AdminUnit[]>[]) => ({
  units: lists.flatMap((l) => l.data ?? []),
  ready: lists.every((l) => !l.isPending),
});

/**
 * A lookup code → label for the provinces and for the communes of the given provinces; `label` picks the wording
 * (`bareUnitName` for the bare name a form writes after its own "Tỉnh/Thành phố:" heading). An unknown code reads as
 * itself; `ready` tells when every list asked for has arrived.
 */
export function useUnitNames(
  provinceCodes: readonly (string | null | undefined)[],
  label: (u: AdminUnit) => string = unitLabel,
): ((code: string | null | undefined) => string) & { ready: boolean } {
  const wanted = [...new Set(provinceCodes.filter((c): c is string => !!c))].sort();
  const { units, ready } = useQueries({
    queries: [
      { queryKey: keys.provinces, queryFn: api.provinces, staleTime: Infinity, gcTime: Infinity },
      ...wanted.map((p) => ({
        queryKey: keys.communes(p),
        queryFn: () => api.communes(p),
        staleTime: Infinity,
        gcTime: Infinity,
      })),
    ],
    combine,
  });
  const names = useMemo(() => new Map(units.map((u) => [u.code, label(u)])), [units, label]);
  return Object.assign((code: string | null | undefined) => (code ? (names.get(code) ?? code) : ''), { ready });
}
