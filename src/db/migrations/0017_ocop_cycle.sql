-- The OCOP cycle before the dossier (issue 11; seed 001 §III.2.1): the commune's survey of candidate products, product
-- ideas (phiếu đăng ký ý tưởng sản phẩm) reviewed by the commune then the province, the producer's business plan
-- (phương án sản xuất kinh doanh) reviewed the same way, its implementation (support given, problems met), the
-- directory of consulting units and OCOP partners (seed 000 §3.3) and each commune's responsible OCOP officer. Where a
-- product stands in the cycle is never stored: programme/domain/cycle-stage.ts derives it from these facts, the
-- dossiers and the certificates.

-- A commune's survey of a year (seed 001 §2.1.1: "rà soát các sản phẩm tiềm năng trên địa bàn xã").
create table cycle_surveys (
  id uuid primary key default gen_random_uuid(),
  province_code text not null,
  commune_code text not null,
  year smallint not null check (year between 2018 and 2100),
  surveyed_on date not null,
  note text,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  unique (commune_code, year)
);

create table cycle_survey_rows (
  id uuid primary key default gen_random_uuid(),
  survey_id uuid not null references cycle_surveys (id) on delete cascade,
  province_code text not null,
  commune_code text not null,
  position smallint not null,
  product_name text not null collate vi,
  -- A registered producer, or a household not registered yet (its name only).
  producer_id uuid references producers (id),
  household_name text collate vi,
  set_no smallint check (set_no between 1 and 26),
  potential text not null check (potential in ('high', 'medium', 'low')),
  note text,
  check (producer_id is not null or household_name is not null),
  unique (survey_id, position)
);
create index cycle_survey_rows_scope on cycle_survey_rows (province_code, commune_code);

-- Review of an idea and of a business plan: the commune forwards or returns with advice, then the province accepts
-- or returns with advice (programme/domain/cycle-review.ts); a returned one may be sent again.
create table cycle_ideas (
  id uuid primary key default gen_random_uuid(),
  province_code text not null,
  commune_code text not null,
  producer_id uuid references producers (id),
  household_name text collate vi,
  survey_row_id uuid unique references cycle_survey_rows (id),
  name text not null collate vi,
  set_no smallint not null check (set_no between 1 and 26),
  description text,
  raw_materials text,
  market text,
  state text not null check (state in
    ('submitted', 'returned_by_commune', 'forwarded', 'returned_by_province', 'accepted')),
  registered_on date not null,
  commune_reviewed_on date,
  commune_advice text,
  province_reviewed_on date,
  province_advice text,
  -- The registry product the accepted idea became (registry's createProduct).
  product_id uuid unique references products (id),
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  check (producer_id is not null or household_name is not null)
);
create index cycle_ideas_scope on cycle_ideas (province_code, commune_code, state);

create table cycle_business_plans (
  id uuid primary key default gen_random_uuid(),
  province_code text not null,
  commune_code text not null,
  producer_id uuid not null references producers (id),
  idea_id uuid references cycle_ideas (id),
  product_id uuid references products (id),
  title text not null collate vi,
  summary text,
  file_key text,
  file_name text,
  file_mime text,
  state text not null check (state in
    ('submitted', 'returned_by_commune', 'forwarded', 'returned_by_province', 'accepted')),
  submitted_on date not null,
  commune_reviewed_on date,
  commune_advice text,
  province_reviewed_on date,
  province_advice text,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  check (idea_id is not null or product_id is not null)
);
create index cycle_business_plans_scope on cycle_business_plans (province_code, commune_code, state);

-- Implementation of an approved plan (seed 001 §2.1.4): support given (credit, science and technology, training,
-- consultants) and the problems met.
create table cycle_plan_supports (
  id uuid primary key default gen_random_uuid(),
  business_plan_id uuid not null references cycle_business_plans (id),
  province_code text not null,
  type text not null check (type in ('training', 'consulting', 'credit', 'technology', 'other')),
  given_on date not null,
  provider text not null,
  partner_id uuid,
  note text,
  created_by uuid references users (id),
  created_at timestamptz not null default now()
);
create index cycle_plan_supports_plan on cycle_plan_supports (business_plan_id);

create table cycle_plan_problems (
  id uuid primary key default gen_random_uuid(),
  business_plan_id uuid not null references cycle_business_plans (id),
  province_code text not null,
  noted_on date not null,
  text text not null,
  created_by uuid references users (id),
  created_at timestamptz not null default now()
);
create index cycle_plan_problems_plan on cycle_plan_problems (business_plan_id);

-- Consulting units and OCOP partners of a province (seed 000 §3.3), and the producers each serves.
create table cycle_partners (
  id uuid primary key default gen_random_uuid(),
  province_code text not null,
  kind text not null check (kind in
    ('consulting', 'packaging_design', 'legal', 'qr_stamps', 'distributor', 'inputs', 'technology', 'promotion')),
  name text not null collate vi,
  contact text,
  phone text,
  email text,
  address text,
  note text,
  created_at timestamptz not null default now()
);
create index cycle_partners_scope on cycle_partners (province_code, kind);

create table cycle_partner_producers (
  partner_id uuid not null references cycle_partners (id) on delete cascade,
  producer_id uuid not null references producers (id),
  province_code text not null,
  service text,
  since date,
  primary key (partner_id, producer_id)
);
create index cycle_partner_producers_producer on cycle_partner_producers (producer_id);

alter table cycle_plan_supports add foreign key (partner_id) references cycle_partners (id);

-- Each commune's responsible OCOP officer: a user of that commune.
create table cycle_commune_officers (
  commune_code text primary key,
  province_code text not null,
  user_id uuid not null references users (id),
  assigned_on date not null
);
