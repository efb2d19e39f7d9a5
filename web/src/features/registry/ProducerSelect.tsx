// Picks a producer by searching the registry on the server (diacritic-insensitive), a page of 20 at a time.
import { useMemo, useState } from 'react';
import { Select } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { api } from '../../shared/api.ts';
import { useDebounced } from '../../shared/useDebounced.ts';
import type { Producer } from '../../types.ts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { keys } from '../../shared/queries.ts';

interface Option {
  value: string;
  label: string;
  producer: Pick<Producer, 'id' | 'name'> & Partial<Producer>;
}

export function ProducerSelect({
  value,
  onChange,
  initial,
  disabled,
  unitName,
  testId = 'producer-select',
  id,
}: {
  value?: string;
  onChange?: (id: string) => void;
  /** The chosen producer's name before any search (editing, or opened from a producer's page). */
  initial?: { id: string; name: string } | null;
  disabled?: boolean;
  /** Names a commune the producer record does not name itself (the server sends communeName). */
  unitName?: (code: string | null | undefined) => string;
  testId?: string;
  id?: string;
}) {
  const { t } = useT();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 250);
  const query = { q: q || undefined, status: 'active', limit: 20 } as const;
  const found = useQuery({
    queryKey: [...keys.producers, 'list', query],
    queryFn: () => api.producers(query),
    enabled: !disabled,
    placeholderData: keepPreviousData,
  });
  const options = useMemo(() => {
    const list: Option[] = (found.data?.items ?? []).map((p) => ({ value: p.id, label: p.name, producer: p }));
    if (initial && !list.some((o) => o.value === initial.id))
      list.unshift({ value: initial.id, label: initial.name, producer: initial });
    return list;
  }, [found.data, initial]);
  return (
    <Select<string, Option>
      id={id}
      data-testid={testId}
      value={value}
      onChange={(v) => onChange?.(v)}
      disabled={disabled}
      placeholder={t('product.producerPlaceholder')}
      loading={found.isFetching}
      options={options}
      notFoundContent={found.isFetching ? t('list.loading') : t('list.noMatch')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onOpenChange={(open) => !open && setSearch('')}
      optionRender={(o) => (
        <span className="producer-option" data-testid={`producer-option-${o.data.producer.name}`}>
          <span>{o.data.label}</span>
          {o.data.producer.communeCode && (
            <span className="producer-option-place">
              {o.data.producer.communeName ?? unitName?.(o.data.producer.communeCode) ?? o.data.producer.communeCode}
            </span>
          )}
        </span>
      )}
    />
  );
}
