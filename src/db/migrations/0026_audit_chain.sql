-- The audit log as a hash chain: each row, once sealed, carries the SHA-256 of the previous row's hash and its own
-- content, so a row changed, removed or slipped in afterwards breaks the chain at that row (`npm run ocop -- audit
-- verify`). Rows are sealed after their transaction has ended, in id order, by audit_seal(): sealing at insert time
-- would serialise every write of the app on one lock. `xact` records the inserting transaction, so the sealer never
-- passes a row whose transaction may still be running (a lower id can commit after a higher one).
alter table audit_log
  add column xact bigint not null default txid_current(),
  add column prev_hash text,
  add column hash text;

-- The content a row's hash covers, as canonical text: jsonb prints keys and values the same way every time, and the
-- time is written in UTC with microseconds, whatever the session's time zone.
create or replace function audit_row_text(r audit_log) returns text
  language sql immutable parallel safe
  as $$ select jsonb_build_array(r.id, to_char(r.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), r.actor_id,
    r.actor_name, r.action, r.entity_type, r.entity_id, r.province_code, r.from_state, r.to_state, r.reason, r.before,
    r.after)::text $$;

create or replace function audit_row_hash(prev text, r audit_log) returns text
  language sql immutable parallel safe
  as $$ select encode(sha256(convert_to(coalesce(prev, '') || '|' || audit_row_text(r), 'UTF8')), 'hex') $$;

-- Append-only, except the sealer's one write: filling prev_hash and hash of a row not yet sealed, nothing else.
create or replace function audit_log_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and old.hash is null and new.hash is not null
     and (to_jsonb(new) - 'hash' - 'prev_hash') = (to_jsonb(old) - 'hash' - 'prev_hash') then
    return new;
  end if;
  raise exception 'audit_log is append-only';
end $$;

-- Seals up to max_rows rows in id order, stopping before the first row whose transaction may still be running.
-- Returns how many rows it sealed; 0 when another process is sealing at the same moment.
create or replace function audit_seal(max_rows integer) returns integer language plpgsql as $$
declare
  horizon bigint := txid_snapshot_xmin(txid_current_snapshot());
  prev text;
  r audit_log;
  n integer := 0;
begin
  if not pg_try_advisory_xact_lock(hashtext('ocop.audit_seal')) then
    return 0;
  end if;
  select hash into prev from audit_log where hash is not null order by id desc limit 1;
  for r in select * from audit_log where hash is null order by id limit max_rows loop
    exit when r.xact >= horizon;
    update audit_log set prev_hash = prev, hash = audit_row_hash(prev, r) where id = r.id;
    prev := audit_row_hash(prev, r);
    n := n + 1;
  end loop;
  return n;
end $$;

create index audit_log_unsealed on audit_log (id) where hash is null;
