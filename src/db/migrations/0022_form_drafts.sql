-- Unfinished forms (issue 12): what the producer side or the commune typed of Form 01/02/03 before it is whole, kept
-- as it is — no required checks (those run when the form is saved whole, commands/save-form.ts). One draft per dossier
-- and form, versioned: a write typed on an older copy (offline, another device) is refused (409) instead of silently
-- overwriting the newer one. `data` is null once the form was saved whole (the version still counts on).
create table dossier_form_drafts (
  dossier_id uuid not null references dossiers (id),
  form text not null check (form in ('01', '02', '03')),
  province_code text not null,
  data jsonb,
  version integer not null,
  updated_by uuid,
  updated_at timestamptz not null default now(),
  primary key (dossier_id, form)
);
