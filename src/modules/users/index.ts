// The face of the users module: everything other modules, app.ts, the CLI, scripts and benches may use of it.
// Nothing else under src/modules/users/ is imported from outside (npm run deps checks it).

// Who may manage accounts, and which roles at which unit levels a manager may grant or list.
export { userPolicy } from './policy.ts';
export { assignableRoles, listedRoles, ROLE_SCOPE } from './domain/role-scope.ts';
export type { ScopeLevel } from './domain/role-scope.ts';
// Accounts: create one (the demo loads its users through the same command as the app).
export { createUser } from './commands/user-commands.ts';
export type { UserInput } from './commands/user-commands.ts';

// HTTP: /api/users, producer self-registration and its review.
export { userRoutes } from './routes/user-routes.ts';
