-- Registry: producers (chủ thể OCOP) and their products, placed in 2025 administrative units.
-- Commune codes are checked by the application, not by a foreign key: the reference loader replaces
-- admin_units wholesale when a reference file changes, which a foreign key would block.

create table producers (
  id uuid primary key default gen_random_uuid(),
  province_code text not null,
  commune_code text not null,
  -- Art. 2.3 of Decision 26/2026: hội / hiệp hội / trung tâm điều hành only for tourism (set 26), checked in code.
  legal_type text not null check (legal_type in
    ('htx', 'tht', 'dnnvv', 'trang_trai', 'ho_kinh_doanh', 'hoi', 'hiep_hoi', 'trung_tam_dieu_hanh')),
  name text not null collate vi,
  -- Normalised name (no diacritics, no legal-form words; domain/producer-name.ts) for duplicate warnings.
  name_key text not null,
  registration_no text,
  registration_date date,
  tax_code text,
  -- The legal representative: criterion 3.2 scores a woman, an ethnic minority or a person with a disability.
  representative_name text,
  representative_sex text check (representative_sex in ('nam', 'nu')),
  representative_ethnicity text,
  representative_disability boolean not null default false,
  address text,
  phone text,
  email text,
  website text,
  status text not null default 'active' check (status in ('active', 'inactive')),
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  search text generated always as (search_key(name || ' ' || coalesce(registration_no, ''))) stored
);
create unique index producers_registration_no on producers (province_code, registration_no) where registration_no is not null;
create index producers_scope on producers (province_code, commune_code, status);
create index producers_name_key on producers (commune_code, name_key);
create index producers_search on producers using gin (search gin_trgm_ops);

create table products (
  id uuid primary key default gen_random_uuid(),
  -- Copied from the producer (the commune that lists the product), kept in step when the producer moves.
  province_code text not null,
  commune_code text not null,
  producer_id uuid not null references producers (id),
  name text not null collate vi,
  -- The product set of Appendix I / the criteria sheet of Appendix II.
  set_no smallint not null check (set_no between 1 and 26),
  description text,
  specification text,
  -- Appendix II "Mã số sản phẩm" T-X-STT-YYYY (domain/product-code.ts); all three set together.
  product_code text unique,
  code_seq integer check (code_seq > 0),
  code_year smallint,
  status text not null default 'active' check (status in ('active', 'inactive')),
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  search text generated always as (search_key(name || ' ' || coalesce(product_code, ''))) stored,
  check ((product_code is null) = (code_seq is null) and (code_seq is null) = (code_year is null))
);
create index products_scope on products (province_code, commune_code, status);
create index products_producer on products (producer_id);
create index products_search on products using gin (search gin_trgm_ops);

-- The commune's running number (STT) of products: one row per commune, bumped by an upsert that holds the
-- row lock until the allocating transaction ends, so numbers are gapless and never repeat.
create table product_code_counters (
  province_code text not null,
  commune_code text not null,
  last_seq integer not null,
  primary key (province_code, commune_code)
);

-- A producer account acts for its producer only.
alter table users add column producer_id uuid references producers (id);
create index users_producer on users (producer_id) where producer_id is not null;
