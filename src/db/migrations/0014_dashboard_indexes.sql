-- The dashboard (GET /api/dashboard, issue 10) counts a unit's products and dossiers in one grouped query each. At
-- national scale the tables' rows are wide (a dossier's facts and forms), so these narrow covering indexes let the
-- counts read an index instead of the heap: a province (or commune) reads its own range, the nation the whole index.
create index products_dashboard on products (province_code, commune_code) include (id, set_no, created_at);
create index dossiers_dashboard on dossiers (province_code, commune_code, state)
  include (kind, submitted_on) where source = 'procedure';
