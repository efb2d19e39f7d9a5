import { describe, it, expect } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiskStorage, sniffEvidenceType, MAX_EVIDENCE_BYTES } from './files.ts';
import { AppError } from './errors.ts';

describe('evidence file storage', () => {
  it('stores by content: the same bytes twice give one key, and read back identical', async () => {
    const store = new DiskStorage(mkdtempSync(join(tmpdir(), 'ocop-files-')));
    const bytes = Buffer.from('%PDF-1.7 giấy chứng nhận VietGAP');
    const a = await store.put(bytes);
    const b = await store.put(Buffer.from(bytes));
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect((await store.get(a)).equals(bytes)).toBe(true);
    expect(await store.has('0'.repeat(64))).toBe(false);
    await expect(store.get('../../etc/passwd')).rejects.toThrow(/bad file key/);
  });

  it('accepts PDF and images by their bytes, refuses other types, empty and oversized files with a 400', () => {
    expect(sniffEvidenceType(Buffer.from('%PDF-1.4 …')).mime).toBe('application/pdf');
    expect(sniffEvidenceType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0])).mime).toBe('image/jpeg');
    const refuse = (b: Buffer) => {
      try {
        sniffEvidenceType(b, 'evidence');
        return null;
      } catch (e) {
        return (e as AppError).issues![0]!;
      }
    };
    expect(refuse(Buffer.from('MZ\x90\x00 an .exe'))).toMatchObject({ field: 'evidence', code: 'unsupported_type' });
    expect(refuse(Buffer.alloc(0))).toMatchObject({ code: 'empty' });
    expect(refuse(Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(MAX_EVIDENCE_BYTES)]))).toMatchObject({
      code: 'too_big',
    });
  });
});
