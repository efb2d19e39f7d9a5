// Evidence files behind a storage interface, so a second process (or an object store later) can serve them.
// Content-addressed: the key is the SHA-256 of the bytes, so the same scan uploaded twice is stored once.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile, rename, access } from 'node:fs/promises';
import { join } from 'node:path';
import { badRequest } from './errors.ts';

export interface FileStorage {
  put(bytes: Buffer): Promise<string>;
  get(key: string): Promise<Buffer>;
  has(key: string): Promise<boolean>;
}

export class DiskStorage implements FileStorage {
  constructor(private readonly root: string) {}

  private path(key: string): string {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`bad file key ${key}`);
    return join(this.root, key.slice(0, 2), key.slice(2, 4), key);
  }

  async put(bytes: Buffer): Promise<string> {
    const key = createHash('sha256').update(bytes).digest('hex');
    const target = this.path(key);
    if (await this.has(key)) return key;
    await mkdir(join(target, '..'), { recursive: true });
    // Write then rename: a reader never sees half a file, even with several processes.
    const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(tmp, bytes);
    await rename(tmp, target);
    return key;
  }

  async get(key: string): Promise<Buffer> {
    return readFile(this.path(key));
  }

  async has(key: string): Promise<boolean> {
    return access(this.path(key)).then(
      () => true,
      () => false,
    );
  }
}

export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

const SIGNATURES: { mime: string; ext: string; test: (b: Buffer) => boolean }[] = [
  { mime: 'application/pdf', ext: 'pdf', test: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  {
    mime: 'image/png',
    ext: 'png',
    test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  { mime: 'image/jpeg', ext: 'jpg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    mime: 'image/webp',
    ext: 'webp',
    test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
];

/** The real type of an uploaded file from its first bytes (the client's claim is not trusted). */
export function sniffEvidenceType(bytes: Buffer, field = 'file'): { mime: string; ext: string } {
  if (bytes.length === 0) {
    throw badRequest([{ field, code: 'empty', message: { vi: 'Tệp rỗng', en: 'The file is empty' } }]);
  }
  if (bytes.length > MAX_EVIDENCE_BYTES) {
    throw badRequest([
      { field, code: 'too_big', message: { vi: 'Tệp vượt quá 20 MB', en: 'The file is larger than 20 MB' } },
    ]);
  }
  const hit = SIGNATURES.find((s) => s.test(bytes));
  if (!hit) {
    throw badRequest([
      {
        field,
        code: 'unsupported_type',
        message: {
          vi: 'Chỉ nhận tệp PDF hoặc ảnh (PNG, JPEG, WEBP)',
          en: 'Only PDF or image files (PNG, JPEG, WEBP) are accepted',
        },
      },
    ]);
  }
  return { mime: hit.mime, ext: hit.ext };
}
