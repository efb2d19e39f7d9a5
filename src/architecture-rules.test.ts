// The dependency rules (.dependency-cruiser.cjs) catch what they promise: a small tree of files that each break
// one rule on purpose is cruised with the project's own rule set, and every rule must fire on its culprit — and
// only there. `npm test` also cruises the real tree (npm run deps), which must come out clean.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';

const require = createRequire(import.meta.url);
const config = require('../.dependency-cruiser.cjs') as { forbidden: IForbiddenRuleType[] };

/** Each file breaks (at most) the rule named beside it. */
const PROBES: Record<string, string> = {
  // Clean: a module using a lower module through its face.
  'src/modules/registry/commands/ok.ts': `import { x } from '../../reference/index.ts'; export const y = x;`,
  'src/modules/reference/index.ts': `export const x = 1;`,
  'src/modules/reference/data/store.ts': `export const s = 1;`,
  'src/modules/evaluation/index.ts': `export const e = 1;`,
  'src/modules/evaluation/data/store.ts': `export const d = 1;`,
  // arrow-registry: registry reaches up to evaluation (even through its face).
  'src/modules/registry/commands/upward.ts': `import { e } from '../../evaluation/index.ts'; export const z = e;`,
  // one-face: evaluation reads registry's data/ directly.
  'src/modules/evaluation/commands/deep.ts': `import { s } from '../../reference/data/store.ts'; export const z = s;`,
  // pure-domain: a domain file reads a file.
  'src/modules/evaluation/domain/reads.ts': `import { readFileSync } from 'node:fs'; export const r = readFileSync;`,
  // platform-below: the platform knows a module.
  'src/platform/knows.ts': `import { e } from '../modules/evaluation/index.ts'; export const k = e;`,
  // web-talks-http: the web app runs server code (a type-only import would be fine).
  'web/src/runs-server.ts': `import { x } from '../../src/modules/reference/index.ts'; export const w = x;`,
  'web/src/types-only.ts': `import type { x } from '../../src/modules/reference/index.ts'; export type W = typeof x;`,
  // no-cycles: two files that import each other.
  'src/modules/criteria/domain/a.ts': `import { b } from './b.ts'; export const a = () => b;`,
  'src/modules/criteria/domain/b.ts': `import { a } from './a.ts'; export const b = () => a;`,
};

let dir = '';
let result: ICruiseResult;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ocop-deps-'));
  for (const [path, text] of Object.entries(PROBES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text + '\n');
  }
  const cwd = process.cwd();
  process.chdir(dir); // the rules' paths are relative to the project root
  try {
    const out = await cruise(['src', 'web/src'], {
      ruleSet: { forbidden: config.forbidden },
      validate: true,
      tsPreCompilationDeps: true,
      doNotFollow: { path: 'node_modules' },
    });
    result = out.output as ICruiseResult;
  } finally {
    process.chdir(cwd);
  }
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const fired = () => result.summary.violations.map((v) => `${v.rule.name}: ${v.from}`).sort();

describe('dependency rules (.dependency-cruiser.cjs, CONVENTIONS.md "Direction of dependencies")', () => {
  it('each rule fails on the file that breaks it', () => {
    expect(fired()).toEqual(
      expect.arrayContaining([
        'arrow-registry: src/modules/registry/commands/upward.ts',
        'one-face: src/modules/evaluation/commands/deep.ts',
        'pure-domain: src/modules/evaluation/domain/reads.ts',
        'platform-below: src/platform/knows.ts',
        'web-talks-http: web/src/runs-server.ts',
        'no-cycles: src/modules/criteria/domain/a.ts',
      ]),
    );
  });

  it('and nowhere else: a face, a type-only import from the web, a module using a lower one pass', () => {
    const from = new Set(result.summary.violations.map((v) => v.from));
    expect(from.has('src/modules/registry/commands/ok.ts')).toBe(false);
    expect(from.has('web/src/types-only.ts')).toBe(false);
    expect(result.summary.violations.every((v) => v.rule.severity === 'error')).toBe(true);
  });
});
