-- Evaluation over HTTP: what the lists filter and search on, the links from a dossier to its councils, and the few
-- facts 0003 had no column for. Additive only.

-- Names copied from the registry when the dossier is written (a module reads another only through its queries), so
-- lists search and sort without joining the registry's tables. search_key(): diacritic-insensitive, trigram-indexed.
alter table dossiers add column product_name text collate vi;
alter table dossiers add column producer_name text collate vi;
alter table dossiers add column search text generated always as
  (search_key(coalesce(product_name, '') || ' ' || coalesce(producer_name, '') || ' ' || coalesce(receipt_no, ''))) stored;
create index dossiers_search on dossiers using gin (search gin_trgm_ops);
create index dossiers_producer on dossiers (producer_id);

-- The day the province proposed the dossier to the Ministry (Art. 7.3.e): from then on the Ministry sees it.
alter table dossiers add column proposed_on date;
create index dossiers_ministry on dossiers (state, updated_at desc) where proposed_on is not null;

-- The provincial and central councils that score the dossier (the council of its round, or of a re-evaluation).
alter table dossiers add column council_id uuid references councils (id);
alter table dossiers add column central_council_id uuid references councils (id);

-- Rounds: the date column of 0003 is exclusive ("trước ngày", Art. 5); the domain's finishBy is that day − 1.
comment on column rounds.finish_before is 'Exclusive: the round finishes strictly before this day (Art. 5 "trước ngày"); finishBy = finish_before - 1.';
comment on column rounds.basis is 'Extra round (Art. 5.1 ¶2, 5.2 ¶2): the decision issuing the council''s rules that provides for it.';
alter table rounds add column plan_reference text;
alter table rounds add column created_by uuid references users (id);

-- One council per round (DOMAIN.md: a round is a scheduled session of a council).
create unique index councils_round_unique on councils (round_id);
-- Whether the chair also scores (the council's rules decide), the advisory team's leader, and Art. 7.3.b's
-- "Sở An toàn thực phẩm (nếu có)".
alter table councils add column chair_scores boolean not null default false;
alter table councils add column advisory_leader_id uuid references users (id);
alter table councils add column has_food_safety_department boolean not null default false;
alter table councils add column chair_delegation text;
alter table councils add column created_by uuid references users (id);
-- The seat of council-composition.ts the member fills (agency stays the agency's name as printed).
alter table council_members add column seat text;

-- The reference the council chair receives (Art. 7.3.c "báo cáo đánh giá hồ sơ").
alter table advisory_reports add column reference text;
create index advisory_reports_dossier on advisory_reports (dossier_id, created_at desc);

-- The "Hồ sơ bị loại khi …" ticks of a scorecard.
alter table scorecards add column disqualification jsonb;
create index scorecards_dossier on scorecards (council_id, dossier_id);

-- Art. 12.3: a late re-evaluation keeps the certificate in force until the result (at most 180 days past expiry).
alter table certificates add column extended_until date;
-- Upgrade / re-evaluation: the new certificate replaces the product's previous one.
alter table certificates add column superseded_by uuid references certificates (id);
alter table certificates add column product_code text;
create index certificates_dossier on certificates (dossier_id);

alter table decisions add column council_id uuid references councils (id);
create index decisions_scope on decisions (level, province_code, signed_on desc);
