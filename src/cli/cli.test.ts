import { describe, it, expect } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { getProductSet } from '../modules/criteria/index.ts';

const run = promisify(execFile);
const cli = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/ocop.ts', ...args], { maxBuffer: 20_000_000 });

describe('CLI', () => {
  it('`criteria show 1 --json` prints the same sheet as the API', async () => {
    const { stdout } = await cli('criteria', 'show', '1', '--json');
    const printed = JSON.parse(stdout);
    expect(printed.ruleSet).toBe('26-2026');
    expect(printed.parts).toEqual(JSON.parse(JSON.stringify(getProductSet('26-2026', 1)!.parts)));
  });

  it('`score` refuses unreadable answers and unknown sets with exit code 2', async () => {
    const err = await cli('score', '1', '--answers', '/dev/null').catch((e: { code: number; stderr: string }) => e);
    expect((err as { code: number }).code).toBe(2);
    await expect(cli('criteria', 'show', '99')).rejects.toMatchObject({ code: 2 });
  });
});
