-- The standard reports (module oversight: Excel and PDF sent upward, as of any date). Like the public register,
-- oversight reads these views, never the tables of the modules below it. Each row carries the dates a report needs
-- to reproduce what was true on a past day: a product's registration day, a certificate's issue, expiry, extension,
-- revocation and replacement days, a council result's day and its decision's date.

create view report_products as
select
  p.id as product_id,
  p.province_code,
  p.commune_code,
  p.name as product_name,
  p.set_no,
  (p.created_at at time zone 'Asia/Ho_Chi_Minh')::date as registered_on,
  pr.id as producer_id,
  pr.name as producer_name,
  pr.legal_type
from products p
join producers pr on pr.id = p.producer_id;

-- Dossiers by year (what a product took part in): kind, and the day the dossier was opened.
create view report_dossiers as
select
  d.id as dossier_id,
  d.province_code,
  d.commune_code,
  d.product_id,
  d.kind,
  d.year,
  d.source,
  (d.created_at at time zone 'Asia/Ho_Chi_Minh')::date as opened_on,
  d.submitted_on
from dossiers d;

-- A certificate with its product, producer, the kind of dossier that earned it (first, upgrade, re-evaluation; a
-- certificate recorded without a dossier counts as first), its decision, its revocation decision, and the day the
-- certificate that replaced it was issued (the replacement's day, for a report as of an earlier day).
create view report_certificates as
select
  c.id as certificate_id,
  c.number,
  c.province_code,
  p.commune_code,
  c.star,
  c.points,
  c.issued_on,
  c.expires_on,
  c.extended_until,
  c.status,
  c.revoked_on,
  c.superseded_by,
  s.issued_on as superseded_on,
  p.id as product_id,
  p.name as product_name,
  p.set_no,
  pr.name as producer_name,
  pr.legal_type,
  coalesce(d.kind, 'first') as dossier_kind,
  dec.number as decision_number,
  dec.signed_on as decision_signed_on,
  dec.level as decision_level,
  rv.decision_number as revocation_number,
  rv.ground_code as revocation_ground
from certificates c
join products p on p.id = c.product_id
join producers pr on pr.id = p.producer_id
left join certificates s on s.id = c.superseded_by
left join dossiers d on d.id = c.dossier_id
left join decisions dec on dec.id = c.decision_id
left join certificate_revocations rv on rv.certificate_id = c.id;

-- A council's result on a dossier, under its round: the mean, the star, the outcome, the day it was scored, the
-- decision the dossier carries and the certificate it earned (when issued).
create view report_round_results as
select
  r.id as round_id,
  r.province_code as round_province_code,
  r.level as round_level,
  r.year as round_year,
  r.number as round_number,
  r.extra as round_extra,
  r.cutoff_on,
  r.finish_before,
  c.id as council_id,
  c.decision_no as council_decision_no,
  c.decision_date as council_decision_date,
  o.dossier_id,
  (o.decided_at at time zone 'Asia/Ho_Chi_Minh')::date as scored_on,
  o.mean,
  o.star,
  o.outcome,
  d.province_code,
  d.commune_code,
  d.kind as dossier_kind,
  p.name as product_name,
  pr.name as producer_name,
  d.facts -> 'decision' ->> 'number' as decision_number,
  (d.facts -> 'decision' ->> 'date')::date as decision_date,
  cert.number as certificate_number,
  cert.issued_on as certificate_issued_on
from rounds r
join councils c on c.round_id = r.id
join council_outcomes o on o.council_id = c.id
join dossiers d on d.id = o.dossier_id
join products p on p.id = d.product_id
join producers pr on pr.id = p.producer_id
left join lateral (
  select x.number, x.issued_on from certificates x where x.dossier_id = d.id order by x.issued_on desc limit 1
) cert on true;

-- Reports of a province read its certificates and products by province (and commune).
create index if not exists certificates_report_province on certificates (province_code, issued_on);
create index if not exists products_report_commune on products (province_code, commune_code);
