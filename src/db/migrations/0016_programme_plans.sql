-- The programme (issue 11): a unit's yearly OCOP plan (kế hoạch) with its measurable targets (chỉ tiêu). Progress is
-- never stored: it is computed from the registry, dossiers and certificates (programme/data/measure-targets.ts).
-- A plan's unit is of the 2025 set (province or commune) or, for history, of the 2024 set (a district's plan); its
-- province_code is always the 2025 province the unit lies in, so that scope checks are the same for both.

create table programme_plans (
  id uuid primary key default gen_random_uuid(),
  province_code text not null,
  unit_set smallint not null check (unit_set in (2024, 2025)),
  unit_code text not null,
  year smallint not null check (year between 2018 and 2100),
  title text not null collate vi,
  doc_number text,
  doc_date date,
  -- "Căn cứ …": the decisions and resolutions the plan rests on, one per line as the document lists them.
  legal_bases text[] not null default '{}',
  notes text,
  version integer not null default 1,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index programme_plans_scope on programme_plans (province_code, year, unit_code);

create table plan_targets (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references programme_plans (id) on delete cascade,
  province_code text not null,
  position smallint not null,
  -- programme/domain/target-kinds.ts: what is counted, and from where.
  kind text not null,
  star smallint check (star between 1 and 5),
  mode text check (mode in ('new', 'upgrade', 'reevaluation')),
  legal_type text,
  target numeric(16, 2) not null check (target >= 0),
  -- The plan's own words for the target ("Duy trì 13 sản phẩm đạt 3 sao"), when the officer keeps them.
  wording text,
  unique (plan_id, position)
);
create index plan_targets_plan on plan_targets (plan_id);
