// Picks a registry product in the reader's scope by searching on the server (diacritic-insensitive), 20 at a time:
// the business plan of a product that entered the cycle without an idea.
import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { api } from '../../shared/api.ts';
import { useDebounced } from '../../shared/useDebounced.ts';

export function CycleProductSelect({
  value,
  onChange,
  id,
}: {
  value?: string;
  onChange?: (id: string) => void;
  id?: string;
}) {
  const { t } = useT();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 250);
  const query = { q: q || undefined, status: 'active', limit: 20 } as const;
  const found = useQuery({
    queryKey: ['cycle', 'product-search', query],
    queryFn: () => api.products(query),
    placeholderData: keepPreviousData,
  });
  return (
    <Select<string>
      id={id}
      data-testid="plan-product"
      value={value}
      onChange={(v) => onChange?.(v)}
      loading={found.isFetching}
      options={(found.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name} — ${p.producerName ?? ''}` }))}
      notFoundContent={found.isFetching ? t('list.loading') : t('list.noMatch')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
    />
  );
}
