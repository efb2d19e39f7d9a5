-- Results of evaluation decided before OCOP Hub (under 1048/2019, 148/2023 and its 1489/2025 amendment), recorded
-- from paper so that their certificates drive upgrades and re-evaluations. Each record is a real dossier in a
-- terminal state (source 'historical') with its decision and certificate; this table keeps what was typed in.
-- Additive only.

alter table dossiers add column source text not null default 'procedure' check (source in ('procedure', 'historical'));

create table historical_results (
  id uuid primary key default gen_random_uuid(),
  province_code text not null,
  dossier_id uuid not null unique references dossiers (id),
  product_id uuid not null references products (id),
  kind text not null check (kind in ('first', 'upgrade', 'reevaluation')),
  rule_set text not null references rule_sets (code),
  procedure text not null,
  transitional boolean not null default false,
  filed_on date not null,
  decided_on date not null,
  level text not null check (level in ('district', 'province', 'central')),
  points numeric(5, 2) not null check (points between 0 and 100),
  star smallint not null check (star between 1 and 5),
  decision_id uuid references decisions (id),
  decision_no text,
  certificate_id uuid references certificates (id),
  certificate_no text,
  note text,
  product_name text collate vi,
  producer_name text collate vi,
  search text generated always as
    (search_key(coalesce(product_name, '') || ' ' || coalesce(producer_name, '') || ' ' || coalesce(certificate_no, '') || ' ' || coalesce(decision_no, ''))) stored,
  created_by uuid references users (id),
  created_at timestamptz not null default now()
);
create index historical_results_list on historical_results (province_code, decided_on desc);
create index historical_results_search on historical_results using gin (search gin_trgm_ops);
create index historical_results_product on historical_results (product_id);
