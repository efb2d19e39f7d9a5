-- One photo per product (issue 9: the public register shows "name, photo, producer…"). The image itself is in the
-- file store (content-addressed key, as dossier evidence); the row keeps its key, its type and when it last changed,
-- which versions its public address so browsers and CDNs may cache it for long.
alter table products
  add column photo_key text,
  add column photo_mime text,
  add column photo_at timestamptz;

-- The register view gains the photo (new columns go last: CREATE OR REPLACE VIEW keeps the earlier ones).
create or replace view public_register_entries as
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
  pr.search as producer_search,
  p.photo_key as product_photo_key,
  p.photo_mime as product_photo_mime,
  p.photo_at as product_photo_at
from certificates c
join products p on p.id = c.product_id
join producers pr on pr.id = p.producer_id;

-- A new photo changes what the register shows of the product's certificates: announce them as a certificate change
-- (migration 0011's channel), so the public search answers kept in memory are dropped at once.
create function notify_product_photo_change() returns trigger language plpgsql as $$
declare
  n text;
begin
  for n in select number from certificates where product_id = new.id loop
    perform pg_notify('ocop_certificates', n);
  end loop;
  return null;
end
$$;
create trigger products_photo_notify after update of photo_at on products
  for each row when (old.photo_at is distinct from new.photo_at) execute function notify_product_photo_change();
