import type { ReactNode } from 'react';
import { Select } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { matches } from '../../shared/text.ts';
import { setPath } from './sheet.ts';
import { useSets, useSheet } from '../../shared/queries.ts';
import type { ProductSetSummary } from '../../types.ts';

interface Option {
  value: number;
  label: ReactNode;
  searchText: string;
  /** The option's name for screen readers: antd names an option by its label only when that is plain text, and
   *  otherwise by its raw value (here the bare set number). */
  'aria-label': string;
}

/** Product sets 1–26, each with its sector and group; searchable without diacritics. */
export function SetSelect({
  sets,
  value,
  onChange,
  loading,
  testId = 'set-select',
  allowClear,
  onClear,
  placeholder,
  disabled,
  id,
}: {
  sets: ProductSetSummary[] | undefined;
  value?: number | undefined;
  onChange?: (setNo: number) => void;
  loading?: boolean;
  testId?: string;
  /** With allowClear, clearing calls onClear (a filter "any set"). */
  allowClear?: boolean;
  onClear?: () => void;
  placeholder?: string;
  disabled?: boolean;
  id?: string;
}) {
  const { t } = useT();
  const options: Option[] = (sets ?? []).map((s) => ({
    value: s.setNo,
    searchText: `${s.setNo} ${s.name} ${s.sector} ${s.group} ${s.subgroup ?? ''}`,
    'aria-label': `${s.setNo}. ${s.name}`,
    label: (
      <span className="set-option" data-testid={`set-option-${s.setNo}`}>
        <span className="set-option-name">
          <b>{s.setNo}.</b> {s.name}
        </span>
        <span className="set-option-path">{setPath(s).join(' › ')}</span>
      </span>
    ),
  }));
  return (
    <Select<number, Option>
      id={id}
      data-testid={testId}
      className="set-select"
      aria-label={t('set.label')}
      placeholder={placeholder ?? t('set.placeholder')}
      loading={loading}
      disabled={disabled}
      value={sets ? value : undefined}
      onChange={(v) => (v === undefined || v === null ? onClear?.() : onChange?.(v))}
      allowClear={allowClear}
      options={options}
      optionLabelProp="label"
      listHeight={420}
      showSearch={{ filterOption: (input, option) => (option ? matches(option.searchText, input) : false) }}
      labelRender={({ value: v }) => {
        const s = sets?.find((x) => x.setNo === v);
        return s ? `${s.setNo}. ${s.name}` : String(v ?? '');
      }}
    />
  );
}

/** The sets of a rule set and one set's criteria sheet, with the first error of these reads and the rule sets'. */
export function useSetSheet(ruleSets: { error: unknown }, ruleSet: string | undefined, setNo: number) {
  const sets = useSets(ruleSet);
  const sheet = useSheet(ruleSet, setNo);
  return { sets, sheet, error: ruleSets.error ?? sets.error ?? sheet.error ?? undefined };
}

/** "Bộ sản phẩm" and its picker, as a field of a page's toolbar. */
export function SetField({
  sets,
  value,
  onChange,
}: {
  sets: { data?: ProductSetSummary[]; isLoading: boolean };
  value: number;
  onChange: (setNo: number) => void;
}) {
  const { t } = useT();
  return (
    <label className="field field-grow">
      <span className="field-label">{t('set.label')}</span>
      <SetSelect sets={sets.data} loading={sets.isLoading} value={value} onChange={onChange} />
    </label>
  );
}
