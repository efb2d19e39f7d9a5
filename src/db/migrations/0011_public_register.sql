-- The public register and QR verification (no login): what the public module reads and writes.

-- The register as the public sees it: a certificate with its product and producer. A plain view (PostgreSQL inlines
-- it, so the certificates' unique number index and the products' trigram index serve its queries); a revocation shows
-- at once. The public module reads these rows, never the tables of the modules below it.
create view public_register_entries as
select
  c.id as certificate_id,
  c.number,
  c.province_code,
  c.star,
  c.points,
  c.issued_on,
  c.expires_on,
  c.extended_until,
  c.status,
  c.revoked_on,
  c.superseded_by,
  coalesce(c.product_code, p.product_code) as product_code,
  c.created_at,
  p.id as product_id,
  p.name as product_name,
  p.set_no,
  p.description as product_description,
  p.commune_code,
  p.search as product_search,
  pr.id as producer_id,
  pr.name as producer_name,
  pr.representative_name,
  pr.address as producer_address,
  pr.search as producer_search
from certificates c
join products p on p.id = c.product_id
join producers pr on pr.id = p.producer_id;

-- Register filters: star and area over the certificates that are the product's current one.
create index certificates_public_area on certificates (province_code, star) where superseded_by is null;
create index certificates_revoked on certificates (revoked_on) where revoked_on is not null;

-- Ed25519 signing keys of the QR codes, one active key per issuer: a province (3★/4★, Art. 4.1.a) or the Ministry
-- (5★, Art. 4.1.b; province_code null). The private key is stored encrypted (AES-256-GCM) with a secret from the
-- environment (OCOP_SIGNING_SECRET) or the data directory, never in the repository. A rotated key is retired, not
-- deleted: the codes it signed keep verifying, and it stays published at /.well-known/ocop-keys.json.
create table signing_keys (
  kid text primary key,
  province_code text,
  public_key bytea not null,
  private_key_enc bytea not null,
  created_at timestamptz not null default now(),
  retired_at timestamptz
);
create unique index signing_keys_active on signing_keys (coalesce(province_code, '')) where retired_at is null;

-- QR stamps printed for the packages of a certified product, each with its serial; scans are counted per serial
-- (in batches, so the verify route stays a read) and a serial scanned implausibly often is flagged.
create table qr_stamps (
  serial text primary key,
  province_code text not null,
  certificate_id uuid not null references certificates (id),
  kid text not null references signing_keys (kid),
  printed_at timestamptz not null default now(),
  printed_by uuid,
  scan_count integer not null default 0,
  scan_day date,
  day_count integer not null default 0,
  first_scan_at timestamptz,
  last_scan_at timestamptz,
  flagged_at timestamptz,
  flag_reason text
);
create index qr_stamps_certificate on qr_stamps (certificate_id);
create index qr_stamps_flagged on qr_stamps (province_code, flagged_at) where flagged_at is not null;

-- A consumer's report on a certified product, from its public page (no login). It lands in the province's queue;
-- an officer closes it or turns it into a revocation proposal (Art. 8.3, revocation_proposals).
create table consumer_reports (
  id uuid primary key default gen_random_uuid(),
  province_code text not null,
  product_id uuid not null references products (id),
  certificate_id uuid references certificates (id),
  kind text not null check (kind in ('fake_label', 'quality', 'expired_mark', 'other')),
  message text not null,
  contact text,
  -- A keyed hash of the sender's address: enough to spot repeats, not the address itself.
  sender_hash text not null,
  state text not null default 'open' check (state in ('open', 'closed', 'proposed')),
  created_at timestamptz not null default now(),
  closed_at timestamptz,
  closed_by uuid,
  close_note text,
  proposal_id uuid
);
create index consumer_reports_queue on consumer_reports (province_code, state, created_at desc);
create index consumer_reports_sender on consumer_reports (sender_hash, created_at desc);

-- Every change of a certificate is announced (NOTIFY ocop_certificates, payload: its number), so each server process
-- drops its cached verify answer for that number at once: a revocation shows on the public page immediately while the
-- verify route serves repeated scans from memory.
create function notify_certificate_change() returns trigger language plpgsql as $$
begin
  perform pg_notify('ocop_certificates', case when tg_op = 'DELETE' then old.number else new.number end);
  return null;
end
$$;
create trigger certificates_notify after insert or update or delete on certificates
  for each row execute function notify_certificate_change();
