// The secret that encrypts the signing keys' private halves in the database: OCOP_SIGNING_SECRET, or else a random one
// made once in the data directory (OCOP_DATA_DIR/signing-secret, mode 600), never in the repository. Every process
// that serves one database needs the same secret.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function loadSigningSecret(config: { signingSecret?: string | undefined; dataDir: string }): string {
  if (config.signingSecret) return config.signingSecret;
  const file = join(config.dataDir, 'signing-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(config.dataDir, { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString('base64url') + '\n', { flag: 'wx', mode: 0o600 });
    } catch (err) {
      // Another process made it first: use theirs.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    return readFileSync(file, 'utf8').trim();
  }
}
