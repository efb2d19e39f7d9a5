// The province and commune filters of a list, by the user's scope: a national user picks a province (when the list
// offers it), then a commune of it; a province user a commune of its province; a commune user has nothing to pick.
// The URL keeps them as ?province= and ?commune=.
import { useT } from '../../i18n/index.tsx';
import { useAccess, type ScopeLevel } from '../me/permissions.ts';
import type { ListParams } from '../../shared/list-params.ts';
import type { User } from '../../types.ts';
import { CommuneSelect, ProvinceSelect } from './UnitSelect.tsx';
import { FilterField } from '../../components/ListPage.tsx';

export interface AreaFilter {
  level: ScopeLevel;
  showProvince: boolean;
  showCommune: boolean;
  /** The province whose communes the commune filter offers. */
  provinceCode: string | undefined;
  /** What goes to the API. */
  filter: { provinceCode?: string; communeCode?: string };
}

/** `withProvince`: whether a national user may narrow the list to a province (and then a commune). */
export function useAreaFilter(
  user: User,
  lp: ListParams,
  { withProvince = true }: { withProvince?: boolean } = {},
): AreaFilter {
  const level = useAccess().scopeLevel;
  const showProvince = level === 'national' && withProvince;
  const showCommune = level === 'province' || showProvince;
  const provinceCode = level === 'national' ? lp.get('province') : (user.provinceCode ?? undefined);
  return {
    level,
    showProvince,
    showCommune,
    provinceCode,
    filter: {
      provinceCode: showProvince ? provinceCode : undefined,
      communeCode: showCommune ? lp.get('commune') : undefined,
    },
  };
}

export function AreaFilters({ area, lp }: { area: AreaFilter; lp: ListParams }) {
  const { t } = useT();
  return (
    <>
      {area.showProvince && (
        <FilterField label={t('unit.province')}>
          <ProvinceSelect
            allowClear
            value={lp.get('province')}
            onChange={(v) => lp.setFilter({ province: v, commune: undefined })}
            placeholder={t('list.all')}
            testId="filter-province"
          />
        </FilterField>
      )}
      {area.showCommune && (
        <FilterField label={t('unit.commune')}>
          <CommuneSelect
            provinceCode={area.provinceCode}
            allowClear
            value={lp.get('commune')}
            onChange={(v) => lp.setFilter({ commune: v })}
            placeholder={area.provinceCode ? t('list.all') : undefined}
            testId="filter-commune"
          />
        </FilterField>
      )}
    </>
  );
}
