// Where the committed reference data lives: resources/ at the repository root (derived by scripts/). A function, not
// a constant: nothing here runs on import, so a module that only passes through (the web bundle) touches no file API.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const resourcesDir = (): string =>
  join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'resources');
