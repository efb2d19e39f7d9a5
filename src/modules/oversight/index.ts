// The face of the oversight module (rank 9): dashboards per unit and the reports officers send upward, over every
// module below. Nothing imports it but app.ts (and the web app, for types).

// The home dashboard per unit: GET /api/dashboard; who reads it, and whose first screen it is (app.ts hands both to
// me's routes, which may not import this module).
export { dashboardRoutes } from './routes/dashboard-routes.ts';
export { dashboardHome, dashboardPolicy } from './dashboard-policy.ts';
export { readDashboard } from './commands/read-dashboard.ts';
