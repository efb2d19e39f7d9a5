-- The OCOP cycle as of a past day (GET /api/cycle/pipeline?asOf=): a business plan sent again after a return moves its
-- submitted_on to the day it was sent again, so the day it first entered the cycle is kept apart and never changes.
-- An idea keeps its registered_on; acceptance is final, so province_reviewed_on of an accepted record is the day it
-- was accepted. With these the stage of every product on any past day follows from recorded dates.
alter table cycle_business_plans add column first_submitted_on date;
update cycle_business_plans set first_submitted_on = submitted_on;
alter table cycle_business_plans alter column first_submitted_on set not null;
