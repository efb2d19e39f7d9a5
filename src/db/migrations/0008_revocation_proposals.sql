-- A proposal to revoke a certificate (Art. 8.3): where it came from (an inspection finding, a commune's report or
-- confirmation, another authority's conclusion, a consumer's report) and what the office did with it. The revocation
-- itself is recorded on the certificate (certificates.revoked_on / revoke_reason) by the decision that closes it.
create table revocation_proposals (
  id uuid primary key default gen_random_uuid(),
  province_code text not null,
  certificate_id uuid not null references certificates(id),
  source text not null check (source in ('inspection', 'commune_report', 'authority_conclusion', 'consumer_report')),
  -- The record the proposal came from (an inspection finding, a consumer report); none for a paper source.
  source_ref uuid,
  ground_code text,
  summary text not null,
  state text not null default 'open' check (state in ('open', 'dismissed', 'revoked')),
  proposed_by uuid,
  proposed_at timestamptz not null default now(),
  closed_at timestamptz,
  closed_by uuid,
  close_note text
);
create index revocation_proposals_open on revocation_proposals (province_code, state, proposed_at);
create index revocation_proposals_certificate on revocation_proposals (certificate_id);
