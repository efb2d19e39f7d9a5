// Names of administrative units (2025 set) for tables and pickers: the 34 provinces, and the communes of a province,
// each loaded once per page life (the API client caches them).
import { useMemo } from 'react';
import { api } from './api.ts';
import { useAsync } from './useAsync.ts';
import type { AdminUnit } from '../types.ts';

/** "Xã Bình Lư", "Phường Tân Phong", "Tỉnh Lai Châu": the unit's type, capitalised, then its name. */
export function unitLabel(u: Pick<AdminUnit, 'type' | 'name'>): string {
  const type = u.type.trim();
  return type ? `${type.charAt(0).toUpperCase()}${type.slice(1)} ${u.name}` : u.name;
}

/** A lookup code → label for the provinces and for the communes of the given provinces. */
export function useUnitNames(provinceCodes: readonly (string | null | undefined)[]): (code: string | null | undefined) => string {
  const wanted = [...new Set(provinceCodes.filter((c): c is string => !!c))].sort();
  const key = wanted.join(',');
  const loaded = useAsync(async () => {
    const [provinces, ...communes] = await Promise.all([api.provinces(), ...wanted.map((p) => api.communes(p))]);
    return [...provinces, ...communes.flat()];
  }, [key]);
  const names = useMemo(() => new Map((loaded.data ?? []).map((u) => [u.code, unitLabel(u)])), [loaded.data]);
  return (code) => (code ? (names.get(code) ?? code) : '');
}
