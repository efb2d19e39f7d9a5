-- Evaluation procedure of Decision 26/2026 (and the historical ones): dossiers with frozen submissions and evidence,
-- commune receipts, rounds, councils, scorecards, outcomes, decisions, certificates, notifications.
-- Every table of province data carries province_code (the future distribution key).

create table stored_files (
  key text primary key,            -- SHA-256 of the bytes (content-addressed storage)
  mime text not null,
  size integer not null,
  created_at timestamptz not null default now()
);

create table dossiers (
  id uuid primary key default gen_random_uuid(),
  province_code text not null,
  commune_code text not null,
  producer_id uuid not null references producers (id),
  product_id uuid not null references products (id),
  kind text not null check (kind in ('first', 'upgrade', 'reevaluation')),
  rule_set text not null references rule_sets (code),
  set_no smallint not null check (set_no between 1 and 26),
  state text not null,
  -- The domain's facts of the dossier (evaluation/domain/dossier-lifecycle-model.ts `Dossier`), patched by each
  -- transition; the columns around it repeat what lists filter and sort on.
  facts jsonb not null,
  year smallint not null,
  submitted_on date,
  receipt_no text unique,
  received_on date,
  commune_due_on date,
  forwarded_on date,
  accepted_on date,
  complete_on date,                -- the day the province found the dossier complete (Art. 7.6.g counts from it)
  round_id uuid,
  previous_certificate_id uuid,
  upgrade_changes text,
  form01 jsonb,
  form02 jsonb,
  form03 jsonb,
  self_assessment jsonb,           -- the engine's result on the producer's own answers (Form 02)
  final_points numeric(5, 2),
  final_star smallint,
  last_reason text,
  version integer not null default 1,
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index dossiers_queue on dossiers (province_code, state, updated_at desc);
create index dossiers_commune on dossiers (province_code, commune_code, state);
create index dossiers_product on dossiers (product_id);
create index dossiers_round on dossiers (round_id);

-- A frozen copy of what was filed, each time it was filed (first submission and every supplement).
create table dossier_snapshots (
  id bigserial primary key,
  dossier_id uuid not null references dossiers (id),
  province_code text not null,
  seq integer not null,
  state text not null,
  taken_at timestamptz not null default now(),
  taken_by uuid,
  snapshot jsonb not null,
  unique (dossier_id, seq)
);

create table dossier_evidence (
  id uuid primary key default gen_random_uuid(),
  dossier_id uuid not null references dossiers (id),
  province_code text not null,
  file_key text not null references stored_files (key),
  criterion_code text,             -- null: a document of the whole dossier
  name text not null,
  note text,
  uploaded_by uuid,
  uploaded_at timestamptz not null default now()
);
create index dossier_evidence_dossier on dossier_evidence (dossier_id);

-- Gapless per-commune, per-year numbering of receipts (…/PĐK-<tỉnh>-<xã>-<năm>).
create table receipt_counters (
  province_code text not null,
  commune_code text not null,
  year smallint not null,
  last_seq integer not null,
  primary key (province_code, commune_code, year)
);

create table rounds (
  id uuid primary key default gen_random_uuid(),
  province_code text,              -- null for central (Ministry) rounds
  level text not null check (level in ('province', 'central')),
  year smallint not null,
  number smallint not null,
  cutoff_on date not null,
  finish_before date not null,
  extra boolean not null default false,
  basis text,                      -- for an extra round: the decision/plan that provides for it (Art. 5.1)
  status text not null default 'open',
  created_at timestamptz not null default now()
);
create unique index rounds_unique on rounds (level, coalesce(province_code, ''), year, number);

create table councils (
  id uuid primary key default gen_random_uuid(),
  round_id uuid not null references rounds (id),
  province_code text,
  level text not null check (level in ('province', 'central')),
  decision_no text not null,
  decision_date date not null,
  status text not null default 'scoring',
  spread_threshold numeric(5, 2) not null default 10,
  closed_at timestamptz,
  closed_by uuid,
  close_note text,
  created_at timestamptz not null default now()
);

create table council_members (
  council_id uuid not null references councils (id),
  user_id uuid not null references users (id),
  province_code text,
  position text not null check (position in ('chair', 'vice_chair', 'member', 'secretary', 'advisory')),
  agency text not null,
  primary key (council_id, user_id)
);

create table advisory_reports (
  id uuid primary key default gen_random_uuid(),
  council_id uuid not null references councils (id),
  dossier_id uuid not null references dossiers (id),
  province_code text,
  author_id uuid not null,
  content text not null,
  field_visit boolean not null default false,
  extra_tests text,
  created_at timestamptz not null default now()
);

-- Each member scores each dossier independently; others' cards stay hidden until one's own is submitted.
create table scorecards (
  id uuid primary key default gen_random_uuid(),
  council_id uuid not null references councils (id),
  dossier_id uuid not null references dossiers (id),
  member_id uuid not null references users (id),
  province_code text,
  answers jsonb not null default '{}',
  branch smallint,
  revision integer not null default 0,
  total numeric(5, 2),
  submitted_at timestamptz,
  updated_at timestamptz not null default now(),
  unique (council_id, dossier_id, member_id)
);

create table council_outcomes (
  council_id uuid not null references councils (id),
  dossier_id uuid not null references dossiers (id),
  province_code text,
  aggregate jsonb not null,
  mean numeric(5, 2) not null,
  star smallint,
  spread_flag boolean not null,
  outcome text not null,
  decided_at timestamptz not null default now(),
  primary key (council_id, dossier_id)
);

create table decisions (
  id uuid primary key default gen_random_uuid(),
  province_code text,
  level text not null check (level in ('province', 'central', 'district')),
  kind text not null,
  number text not null,
  signed_on date not null,
  signer text,
  created_by uuid,
  created_at timestamptz not null default now()
);

create table certificates (
  id uuid primary key default gen_random_uuid(),
  province_code text not null,
  product_id uuid not null references products (id),
  dossier_id uuid references dossiers (id),
  decision_id uuid references decisions (id),
  number text not null unique,
  star smallint not null check (star between 3 and 5),
  points numeric(5, 2),
  issued_on date not null,
  expires_on date not null,
  status text not null default 'valid',
  revoked_on date,
  revoke_reason text,
  created_at timestamptz not null default now()
);
create index certificates_product on certificates (product_id);
create index certificates_expiry on certificates (province_code, status, expires_on);

create table certificate_counters (
  scope text not null,             -- a province code, or 'central'
  year smallint not null,
  last_seq integer not null,
  primary key (scope, year)
);

create table notifications (
  id bigserial primary key,
  user_id uuid not null references users (id),
  province_code text,
  kind text not null,
  title jsonb not null,            -- { vi, en }
  body jsonb,
  link text,
  created_at timestamptz not null default now(),
  read_at timestamptz
);
create index notifications_user on notifications (user_id, read_at, created_at desc);
