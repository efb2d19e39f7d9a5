-- Onboarding: a province imports the register it already keeps in spreadsheets of its own making. A batch holds the
-- uploaded rows as read (cells as text), the column mapping the user confirmed, the answers to the dry run's
-- questions (which new commune a split old commune's row goes to) and each row's outcome, so a stateless server can
-- page through them and any process can commit the batch. Additive only.

create table onboarding_batches (
  id uuid primary key default gen_random_uuid(),
  province_code text not null,
  kind text not null default 'register' check (kind in ('register')),
  filename text not null,
  -- uploaded → dry_run (after each mapping/answers run) → committing → committed; failed keeps the error.
  status text not null default 'uploaded'
    check (status in ('uploaded', 'dry_run', 'committing', 'committed', 'failed')),
  headers jsonb not null,
  mapping jsonb not null,
  answers jsonb not null default '{}',
  row_count integer not null default 0,
  summary jsonb,
  progress_done integer not null default 0,
  progress_total integer not null default 0,
  error jsonb,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  committed_at timestamptz
);
create index onboarding_batches_list on onboarding_batches (province_code, created_at desc);

create table onboarding_rows (
  batch_id uuid not null references onboarding_batches (id) on delete cascade,
  province_code text not null,
  row_no integer not null,
  cells jsonb not null,
  -- pending (not yet run) | ok | warning (imports, with notes) | question (waits for an answer) | rejected
  outcome text not null default 'pending' check (outcome in ('pending', 'ok', 'warning', 'question', 'rejected')),
  plan jsonb,
  problems jsonb not null default '[]',
  -- What the commit made of the row (the original, pre-2025 unit stays in plan.unit beside the 2025 commune).
  producer_id uuid references producers (id),
  product_id uuid references products (id),
  dossier_id uuid references dossiers (id),
  primary key (batch_id, row_no)
);
create index onboarding_rows_outcome on onboarding_rows (batch_id, outcome, row_no);

-- A province's own register often lists the star without the points or the filing day: those stay unknown (null),
-- never invented (evaluation/domain/historical-result.ts).
alter table historical_results alter column points drop not null;
alter table historical_results alter column filed_on drop not null;
