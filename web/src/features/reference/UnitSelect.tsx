// Pickers of 2025 administrative units: a province (34), then a commune of that province. Both search without
// diacritics ("binh lu" finds "Bình Lư") over the list loaded once per province.
import { Select } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { matches } from '../../shared/text.ts';
import { unitLabel } from './units.ts';
import { useCommunes, useProvinces } from '../../shared/queries.ts';

interface Option {
  value: string;
  label: string;
  searchText: string;
}

interface Props {
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  disabled?: boolean;
  allowClear?: boolean;
  placeholder?: string;
  testId?: string;
  className?: string;
  id?: string;
}

function UnitSelect({
  options,
  loading,
  value,
  onChange,
  disabled,
  allowClear,
  placeholder,
  testId,
  className,
  id,
  optionPrefix,
}: Props & { options: Option[]; loading: boolean; optionPrefix: string }) {
  return (
    <Select<string, Option>
      id={id}
      data-testid={testId}
      className={className}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)}
      disabled={disabled}
      allowClear={allowClear}
      placeholder={placeholder}
      loading={loading}
      options={options}
      optionRender={(o) => <span data-testid={`${optionPrefix}-${o.value}`}>{o.label}</span>}
      showSearch={{ filterOption: (input, option) => (option ? matches(option.searchText, input) : false) }}
    />
  );
}

export function ProvinceSelect(props: Props) {
  const { t } = useT();
  const provinces = useProvinces();
  const options = (provinces.data ?? []).map((u) => ({
    value: u.code,
    label: unitLabel(u),
    searchText: `${u.code} ${u.type} ${u.name}`,
  }));
  return (
    <UnitSelect
      {...props}
      placeholder={props.placeholder ?? t('unit.provincePlaceholder')}
      options={options}
      loading={provinces.isLoading}
      optionPrefix="province-option"
    />
  );
}

/** Communes and wards of one province; empty (and disabled) until a province is known. */
export function CommuneSelect({ provinceCode, ...props }: Props & { provinceCode: string | null | undefined }) {
  const { t } = useT();
  const communes = useCommunes(provinceCode ?? undefined);
  const options = (communes.data ?? []).map((u) => ({
    value: u.code,
    label: unitLabel(u),
    searchText: `${u.code} ${u.type} ${u.name}`,
  }));
  return (
    <UnitSelect
      {...props}
      disabled={props.disabled || !provinceCode}
      placeholder={props.placeholder ?? (provinceCode ? t('unit.communePlaceholder') : t('unit.chooseProvinceFirst'))}
      options={options}
      loading={communes.isLoading}
      optionPrefix="commune-option"
    />
  );
}
