-- The law to the letter (Appendix II knock-outs and applicability) and the councils' own rules (council policies).

-- A scorecard's knock-out ticks are keyed by the sheet's knock-out ids (resources/criteria/26-2026.json, `knockouts`);
-- the three fixed flags of before become their ids.
alter table scorecards rename column disqualification to knockouts;
update scorecards set knockouts = (
  select coalesce(jsonb_object_agg(case key
      when 'forgedDossier' then 'forged-dossier'
      when 'foodSafetyCertificateMissing' then 'establishment-certificate'
      when 'registrationIncomplete' then 'registration-dossier'
      else key end, value), '{}'::jsonb)
  from jsonb_each(knockouts))
where knockouts is not null;
-- Answers to applicability questions ("Áp dụng bắt buộc đối với …", set 21 §7), keyed by applicability id.
alter table scorecards add column applies jsonb;

-- Council policies ("quy định của Hội đồng"): what the Decision leaves open, set by a province for its councils…
create table province_council_policies (
  province_code text primary key,
  policy jsonb not null default '{}',
  updated_at timestamptz not null default now(),
  updated_by uuid
);
-- …and by a council for itself (its rules of operation, Art. 7.3.b / 7.4.b). Keys left out follow the province,
-- then the defaults. The spread threshold stays in councils.spread_threshold: a new council copies the province's.
alter table councils add column policy jsonb not null default '{}';
