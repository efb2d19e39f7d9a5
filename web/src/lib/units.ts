// Names of administrative units (2025 set) for tables and pickers: the 34 provinces, and the communes of a province,
// each loaded once per page life (the API client caches them).
import { useMemo } from 'react';
import { api } from './api.ts';
import { useAsync } from './useAsync.ts';
import type { AdminUnit } from '../types.ts';
// One rule for writing a unit, shared with the server (a pure module without dependencies).
import { unitLabel } from '../../../src/modules/reference/domain/unit-label.ts';

export { unitLabel };

/**
 * A lookup code → label for the provinces and for the communes of the given provinces; `label` picks the wording
 * (`(u) => u.name` for the bare name a form writes after its own "Tỉnh/Thành phố:" heading). An unknown code reads as itself.
 */
export function useUnitNames(
  provinceCodes: readonly (string | null | undefined)[],
  label: (u: Pick<AdminUnit, 'type' | 'name'>) => string = unitLabel,
): (code: string | null | undefined) => string {
  const wanted = [...new Set(provinceCodes.filter((c): c is string => !!c))].sort();
  const key = wanted.join(',');
  const loaded = useAsync(async () => {
    const [provinces, ...communes] = await Promise.all([api.provinces(), ...wanted.map((p) => api.communes(p))]);
    return [...provinces, ...communes.flat()];
  }, [key]);
  const names = useMemo(() => new Map((loaded.data ?? []).map((u) => [u.code, label(u)])), [loaded.data, label]);
  return (code) => (code ? (names.get(code) ?? code) : '');
}

/** The unit's name without its type ("Lai Châu", "Huế", "Bình Lư"). */
export const bareUnitName = (u: Pick<AdminUnit, 'type' | 'name'>): string => u.name;
