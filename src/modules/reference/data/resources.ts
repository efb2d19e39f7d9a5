// Where the committed reference data lives: resources/ at the repository root (derived by scripts/).
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const resourcesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'resources');
