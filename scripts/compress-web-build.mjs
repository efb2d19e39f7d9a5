#!/usr/bin/env node
// Pre-compresses the staff web app's build (web/dist): next to each text file of 1 kB or more (scripts, styles, the
// entry page, SVG, JSON, fonts that are not already compressed) a brotli `.br` and a gzip `.gz` copy, which the server
// sends as they are to a browser that accepts them (@fastify/static `preCompressed`), so no request pays for
// compression and a slow link downloads a quarter of the bytes. Run after every build by web/vite.config.ts's plugin;
// `node scripts/compress-web-build.mjs [dir]` does it by hand.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|ttf|otf|ico)$/i;
const MIN_BYTES = 1024;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Writes `.br` and `.gz` beside every compressible file of `dir`; returns the number of files and their bytes. */
export async function compressDir(dir) {
  const todo = files(dir).filter((f) => COMPRESSIBLE.test(f) && statSync(f).size >= MIN_BYTES);
  let raw = 0;
  let br = 0;
  await Promise.all(
    todo.map(async (file) => {
      const body = readFileSync(file);
      const [b, g] = await Promise.all([
        brotli(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        }),
        gz(body, { level: 9 }),
      ]);
      writeFileSync(file + '.br', b);
      writeFileSync(file + '.gz', g);
      raw += body.length;
      br += b.length;
    }),
  );
  return { files: todo.length, raw, br };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const dir = process.argv[2] ?? join(root, 'web', 'dist');
  const r = await compressDir(dir);
  console.log(
    `web: compressed ${r.files} files, ${(r.raw / 1024).toFixed(0)} kB → ${(r.br / 1024).toFixed(0)} kB (br)`,
  );
}
