-- The certificate lifecycle after the decision (Art. 4.3, 7.6, 8, 12): the notices the daily job sent (each once per
-- certificate and kind), the province's own reminders, and revocation decisions (Art. 8). The certificate's status is
-- derived from dates and events (certificates/domain/lifecycle.ts); certificates.status stays an event marker.

create table certificate_notices (
  id bigserial primary key,
  province_code text not null,
  certificate_id uuid not null references certificates(id),
  -- window_opens (180 days before expiry), window_closing (120), expiry_30, expired, reminder_<days>
  kind text not null,
  due_on date not null,
  sent_on date not null,
  recipients integer not null default 0,
  created_at timestamptz not null default now(),
  unique (certificate_id, kind)
);

-- Extra reminders a province adds, in days before expiry (besides the notices of Art. 7.6.a and 30 days).
create table certificate_reminder_settings (
  province_code text primary key,
  days_before integer[] not null default '{}',
  updated_by uuid,
  updated_at timestamptz not null default now()
);

-- One revocation decision per certificate (Art. 8.2–8.4): ground, the conclusion or confirmation that started the 15
-- days, the decision's number and date, and who signed it by star. certificates.revoked_on = decision_date.
create table certificate_revocations (
  id uuid primary key default gen_random_uuid(),
  province_code text not null,
  certificate_id uuid not null unique references certificates(id),
  ground_code text not null,
  basis_trigger text not null check (basis_trigger in ('authority_conclusion', 'commune_confirmation')),
  basis_date date not null,
  basis_reference text not null,
  decision_number text not null,
  decision_date date not null,
  decided_by text not null check (decided_by in ('province_chair', 'minister')),
  due_on date not null,
  recorded_by uuid,
  recorded_at timestamptz not null default now()
);

-- A proposal may carry the conclusion or confirmation it rests on: the 15 days of Art. 8.4 count from its date.
alter table revocation_proposals
  add column basis_trigger text check (basis_trigger in ('authority_conclusion', 'commune_confirmation')),
  add column basis_date date,
  add column basis_reference text;

create index certificates_expires_on on certificates (expires_on);

-- The lifecycle's "being re-evaluated" and Art. 12.3 end day look up the re-evaluations filed on each certificate.
create index dossiers_reevaluation_of on dossiers (previous_certificate_id) where kind = 'reevaluation';
