// The face of the me module: what the signed-in user may do, summarised from every module's own tables. It sits
// above the modules it summarises (rank 10 in .dependency-cruiser.cjs): it imports their faces, nothing imports it
// but app.ts (and the web app, for the type of the answer).

// HTTP: GET /api/me/permissions.
export { meRoutes } from './routes/me-routes.ts';
// The answer's builder (the web app takes its type: ReturnType<typeof myPermissions>).
export { myPermissions } from './commands/my-permissions.ts';
