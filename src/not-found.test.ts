// Unknown addresses get a real 404 page, so the server must know which paths are the staff app's pages (they fall
// back to its index.html). This checks every page path the web app declares (ROUTES, EVAL_ROUTES, *_ROUTE constants
// and the /<root>/<id> pages its routers parse) against app.ts STAFF_PAGE_ROOTS.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STAFF_PAGE_ROOTS } from './app.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('STAFF_PAGE_ROOTS', () => {
  it('lists the first segment of every page path the web app declares', () => {
    const roots = new Set<string>();
    for (const f of files(join(process.cwd(), 'web', 'src'))) {
      const src = readFileSync(f, 'utf8');
      for (const block of src.match(/ROUTES?\b[^=\n]*= \{[^}]*\}/g) ?? []) {
        for (const [, root] of block.matchAll(/:\s*'\/([a-z-]+)/g)) roots.add(root!);
      }
      for (const [, root] of src.matchAll(/_ROUTE = '\/([a-z-]+)/g)) roots.add(root!);
      for (const [, root] of src.matchAll(/\/\^\\\/([a-z-]+)\\\//g)) roots.add(root!);
    }
    expect(roots.size).toBeGreaterThan(8);
    expect([...roots].filter((r) => !STAFF_PAGE_ROOTS.includes(r))).toEqual([]);
  });
});
