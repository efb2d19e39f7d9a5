-- Inspection after certification (Art. 9 of Decision 26/2026), annual product tests (seed 003 §6: "kiểm nghiệm bắt
-- buộc định kỳ 01 năm/lần") and the papers with a term behind a certificate (Art. 6.1.c "giấy tờ pháp lý có thời
-- hạn"). Tables of province data carry province_code; a Ministry plan (Art. 9.4.b) has none of its own, its visits
-- carry the inspected certificate's province.

create table inspection_plans (
  id uuid primary key default gen_random_uuid(),
  -- null: a plan of the Ministry (Art. 9.4.b); else the province whose office runs it (Art. 9.4.a).
  province_code text,
  level text not null check (level in ('province', 'ministry')),
  kind text not null check (kind in ('periodic', 'unannounced')),
  year smallint not null,
  document_no text not null,
  document_date date,
  title text not null,
  -- Why the Ministry inspects a 3★/4★ product ("khi cần thiết", Art. 9.4.b).
  reason text,
  lead_id uuid not null references users (id),
  created_by uuid,
  created_at timestamptz not null default now(),
  check ((level = 'province') = (province_code is not null))
);
create index inspection_plans_year on inspection_plans (province_code, year);

create table inspection_team (
  plan_id uuid not null references inspection_plans (id),
  user_id uuid not null references users (id),
  primary key (plan_id, user_id)
);

-- The certificates (and so products) a plan covers.
create table inspection_targets (
  plan_id uuid not null references inspection_plans (id),
  certificate_id uuid not null references certificates (id),
  province_code text not null,
  product_id uuid not null references products (id),
  primary key (plan_id, certificate_id)
);
create index inspection_targets_product on inspection_targets (product_id);

create table inspection_visits (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references inspection_plans (id),
  certificate_id uuid not null references certificates (id),
  product_id uuid not null references products (id),
  province_code text not null,
  visit_on date not null,
  place text not null,
  -- Who took part: the team's users and, as typed, the producer's people present.
  participant_ids uuid[] not null default '{}',
  others_present text,
  -- Where the checklist's criteria came from (the certificate's dossier, or the product's set in force).
  rule_set text,
  set_no smallint,
  created_by uuid,
  created_at timestamptz not null default now()
);
create index inspection_visits_plan on inspection_visits (plan_id);
create index inspection_visits_product on inspection_visits (province_code, product_id);

-- One checklist item of a visit and the finding on it, with its fix, the producer's report, the re-check and the
-- escalation; `state` follows certificates/domain/inspection-lifecycle.ts.
create table inspection_items (
  id uuid primary key default gen_random_uuid(),
  visit_id uuid not null references inspection_visits (id),
  province_code text not null,
  seq smallint not null,
  kind text not null check (kind in ('criterion', 'mark', 'label', 'advertising')),
  code text not null,
  title text not null,
  expected text,
  star_mark smallint,
  state text not null default 'unchecked',
  result text check (result in ('ok', 'minor', 'serious')),
  note text,
  fix_required text,
  fix_due_on date,
  producer_report text,
  reported_on date,
  reported_by uuid,
  recheck_note text,
  rechecked_on date,
  proposal_id uuid references revocation_proposals (id),
  updated_at timestamptz not null default now(),
  unique (visit_id, seq)
);
create index inspection_items_open on inspection_items (province_code, state);

create table inspection_photos (
  id uuid primary key default gen_random_uuid(),
  item_id uuid not null references inspection_items (id),
  province_code text not null,
  file_key text not null,
  mime text not null,
  size integer not null,
  name text not null,
  uploaded_by uuid,
  uploaded_at timestamptz not null default now()
);
create index inspection_photos_item on inspection_photos (item_id);

-- Periodic product tests (phiếu kiểm nghiệm định kỳ): one a year per product.
create table product_tests (
  id uuid primary key default gen_random_uuid(),
  province_code text not null,
  product_id uuid not null references products (id),
  tested_on date not null,
  lab text not null,
  report_no text,
  result text not null check (result in ('pass', 'fail')),
  note text,
  file_key text,
  file_mime text,
  file_name text,
  recorded_by uuid,
  created_at timestamptz not null default now()
);
create index product_tests_product on product_tests (product_id, tested_on desc);
create index product_tests_province on product_tests (province_code);

-- Papers with a term held by a producer (and, when it concerns one product, that product).
create table producer_papers (
  id uuid primary key default gen_random_uuid(),
  province_code text not null,
  producer_id uuid not null references producers (id),
  product_id uuid references products (id),
  kind text not null check (kind in ('food_safety', 'vietgap', 'organic', 'quality_declaration', 'trademark', 'test_report', 'other')),
  number text,
  issuer text,
  issued_on date not null,
  expires_on date,
  note text,
  file_key text,
  file_mime text,
  file_name text,
  recorded_by uuid,
  created_at timestamptz not null default now(),
  check (expires_on is null or expires_on >= issued_on)
);
create index producer_papers_province on producer_papers (province_code, expires_on);
create index producer_papers_producer on producer_papers (producer_id);
