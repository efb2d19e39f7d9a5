-- The agency a staff account works for (Sở Công Thương, Sở Y tế, …): a council's seat of Art. 7.3.b / 7.4.b is held by
-- a representative of a named agency, so the council form offers for each seat the people of that agency (issue 12).
-- Free text as the decisions write it; null for accounts whose agency is not recorded (every account before this).
alter table users add column agency text;
