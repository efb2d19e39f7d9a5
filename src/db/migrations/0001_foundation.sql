-- Foundation: search and Vietnamese collation, reference data, users and sessions, audit log.

create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- Names sort as Vietnamese: A Ă Â B C D Đ E Ê … (ICU).
do $$ begin
  if not exists (select 1 from pg_collation where collname = 'vi') then
    create collation vi (provider = icu, locale = 'vi-VN');
  end if;
end $$;

-- unaccent() is only STABLE; an IMMUTABLE wrapper with a fixed dictionary lets us index search keys.
create or replace function f_unaccent(text) returns text
  language sql immutable parallel safe strict
  as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- The key every diacritic-insensitive search compares: "Tam Đường" → "tam duong".
create or replace function search_key(text) returns text
  language sql immutable parallel safe strict
  as $$ select lower(public.f_unaccent($1)) $$;

-- Which reference file was loaded, by checksum, so start-up loads are idempotent and cheap.
create table reference_loads (
  name text primary key,
  checksum text not null,
  rows integer not null,
  loaded_at timestamptz not null default now()
);

-- Administrative units of both sets: codes are reused with different meanings across sets, so (unit_set, code).
create table admin_units (
  unit_set smallint not null check (unit_set in (2024, 2025)),
  code text not null,
  level text not null check (level in ('province', 'district', 'commune')),
  name text not null collate vi,
  type text not null,
  parent_code text,
  province_code text not null,
  search text generated always as (search_key(type || ' ' || name)) stored,
  primary key (unit_set, code)
);
create index admin_units_parent on admin_units (unit_set, parent_code);
create index admin_units_search on admin_units using gin (search gin_trgm_ops);

create table admin_unit_aliases (
  unit_set smallint not null,
  alias_code text not null,
  code text not null,
  reason text not null,
  primary key (unit_set, alias_code)
);

-- Old (2024) commune → new (2025) commune; a split old commune has one row per new unit.
create table admin_unit_mapping (
  old_code text not null,
  new_code text not null,
  old_province_code text not null,
  new_province_code text not null,
  merge_type text not null check (merge_type in ('whole', 'partial')),
  primary key (old_code, new_code)
);
create index admin_unit_mapping_new on admin_unit_mapping (new_code);

-- Legal rule sets with effective dates; the full definition is data (jsonb) interpreted by code.
create table rule_sets (
  code text primary key,
  name text not null,
  effective_from date not null,
  effective_to date,
  definition jsonb not null
);

create table users (
  id uuid primary key default gen_random_uuid(),
  username text not null,
  display_name text not null collate vi,
  email text,
  phone text,
  password_hash text not null,
  role text not null,
  -- Scope: a commune, a province, or national (null). province_code is the future distribution key.
  unit_set smallint not null default 2025,
  unit_code text,
  province_code text,
  must_change_password boolean not null default false,
  -- pending: a producer who registered and awaits approval by the commune.
  status text not null default 'active' check (status in ('active', 'pending', 'disabled')),
  approved_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index users_username on users (lower(username));
create index users_scope on users (province_code, unit_code, status);

-- Sessions live in the database so any process can serve any request; only a hash of the token is stored.
create table sessions (
  id text primary key,
  user_id uuid not null references users (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  last_seen_at timestamptz not null default now(),
  ip text,
  user_agent text
);
create index sessions_user on sessions (user_id);
create index sessions_expires on sessions (expires_at);

create table login_attempts (
  id bigserial primary key,
  username text not null,
  ip text not null,
  success boolean not null,
  at timestamptz not null default now()
);
create index login_attempts_username on login_attempts (lower(username), at);
create index login_attempts_ip on login_attempts (ip, at);

-- Append-only audit of every state change: who, when, from-state, to-state, reason, before/after.
create table audit_log (
  id bigserial primary key,
  at timestamptz not null default now(),
  actor_id uuid,
  actor_name text,
  action text not null,
  entity_type text not null,
  entity_id text,
  province_code text,
  from_state text,
  to_state text,
  reason text,
  before jsonb,
  after jsonb
);
create index audit_log_entity on audit_log (entity_type, entity_id, at);

create or replace function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end $$;
create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_append_only();
