-- The programme's activities and trade promotion, and its support funding (issue 11). Both feed the plans' targets
-- (sales points, fair participations, trainings, funds disbursed), counted by their dates, never typed into a plan.

-- An activity of a unit: publicity, training, a conference, a study tour, a fair, an OCOP sales point, an e-commerce
-- listing, a livestream sale. A commune's activity names its commune; the province's has none.
create table programme_activities (
  id uuid primary key default gen_random_uuid(),
  province_code text not null,
  commune_code text,
  plan_id uuid references programme_plans (id) on delete set null,
  kind text not null check (kind in
    ('publicity', 'training', 'conference', 'study_tour', 'fair', 'sales_point', 'ecommerce', 'livestream')),
  title text not null collate vi,
  lead_unit text not null,
  partners text[] not null default '{}',
  -- Where it happens: a fair's city, a sales point's address, an e-commerce platform (seed 003 §3).
  place text,
  platform text check (platform in ('shopee', 'lazada', 'tiki', 'postmart', 'voso', 'ocop247', 'other')),
  year smallint not null,
  quarter smallint check (quarter between 1 and 4),
  starts_on date,
  ends_on date,
  budget numeric(16, 0) check (budget >= 0),
  status text not null default 'planned' check (status in ('planned', 'in_progress', 'done', 'cancelled')),
  participants integer check (participants >= 0),
  revenue numeric(16, 0) check (revenue >= 0),
  outcome text,
  version integer not null default 1,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (ends_on is null or starts_on is null or ends_on >= starts_on)
);
create index programme_activities_scope on programme_activities (province_code, year, kind);

-- The products an activity showed or listed (a fair's stand, a platform's listing).
create table activity_products (
  activity_id uuid not null references programme_activities (id) on delete cascade,
  product_id uuid not null references products (id),
  province_code text not null,
  primary key (activity_id, product_id)
);

-- A support policy (chính sách hỗ trợ) as data: its legal basis and the items it funds, each with its cap (an amount,
-- a share of the cost, or both) and its source. The province keeps its own; a national one has no province.
create table support_policies (
  id uuid primary key default gen_random_uuid(),
  province_code text,
  name text not null collate vi,
  legal_basis text not null,
  valid_from date,
  valid_to date,
  created_by uuid references users (id),
  created_at timestamptz not null default now()
);

create table support_policy_items (
  id uuid primary key default gen_random_uuid(),
  policy_id uuid not null references support_policies (id) on delete cascade,
  province_code text,
  code text not null check (code in
    ('packaging', 'trademark', 'traceability', 'quality_system', 'trade_promotion', 'testing', 'equipment', 'training', 'other')),
  label text not null,
  max_amount numeric(16, 0) check (max_amount >= 0),
  max_rate numeric(5, 4) check (max_rate > 0 and max_rate <= 1),
  source text not null check (source in ('central_ntp', 'provincial', 'local', 'producer_own', 'other')),
  unique (policy_id, code)
);

-- An application for an item's support by a producer (for one of its products, or for the producer as a whole);
-- approved with an amount within the item's caps, then disbursed in one or more payments (the ledger).
create table support_applications (
  id uuid primary key default gen_random_uuid(),
  province_code text not null,
  commune_code text not null,
  producer_id uuid not null references producers (id),
  product_id uuid references products (id),
  item_id uuid not null references support_policy_items (id),
  cost numeric(16, 0) not null check (cost > 0),
  requested numeric(16, 0) not null check (requested > 0),
  state text not null default 'submitted' check (state in ('submitted', 'approved', 'rejected')),
  approved_amount numeric(16, 0) check (approved_amount > 0),
  decision_no text,
  decided_on date,
  note text,
  applied_on date not null,
  version integer not null default 1,
  created_by uuid references users (id),
  created_at timestamptz not null default now()
);
create index support_applications_scope on support_applications (province_code, commune_code, state);
create index support_applications_subject on support_applications (item_id, producer_id, product_id);

create table support_disbursements (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references support_applications (id),
  province_code text not null,
  amount numeric(16, 0) not null check (amount > 0),
  paid_on date not null,
  reference text,
  created_by uuid references users (id),
  created_at timestamptz not null default now()
);
create index support_disbursements_application on support_disbursements (application_id);
