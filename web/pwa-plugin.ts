// Makes the staff app an installable web app (issue 12): emits the web manifest, its icons (PNG drawn here, so no
// image tool is needed) and the service worker (web/src/offline/sw.js) with the build's file list and a version
// derived from it, so a new build replaces the cached shell. Plain Vite plugin: no dependency.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { deflateSync, crc32 } from 'node:zlib';
import type { Plugin } from 'vite';

const GREEN = [0x17, 0x69, 0x4a];
const GOLD = [0xf5, 0xc5, 0x42];

/** The five-pointed star's corners, centred in a square of side `n`. */
function star(n: number): [number, number][] {
  const pts: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    const r = (i % 2 ? 0.16 : 0.36) * n;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push([n / 2 + r * Math.cos(a), n / 2 + 0.03 * n + r * Math.sin(a)]);
  }
  return pts;
}

function inside([x, y]: [number, number], poly: [number, number][]): boolean {
  let hit = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i]!;
    const [xj, yj] = poly[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

/** A gold star on the app's green, full bleed (safe as a maskable icon: the star stays in the inner circle). */
export function iconPng(n: number): Buffer {
  const poly = star(n);
  const rows = Buffer.alloc((n * 3 + 1) * n);
  for (let y = 0; y < n; y++) {
    const row = y * (n * 3 + 1);
    for (let x = 0; x < n; x++) {
      const c = inside([x + 0.5, y + 0.5], poly) ? GOLD : GREEN;
      rows.set(c, row + 1 + x * 3);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const head = Buffer.alloc(13);
  head.writeUInt32BE(n, 0);
  head.writeUInt32BE(n, 4);
  head.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', head),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const MANIFEST = {
  name: 'OCOP Hub — Chương trình mỗi xã một sản phẩm',
  short_name: 'OCOP Hub',
  description: 'Hồ sơ đánh giá, phân hạng sản phẩm OCOP',
  lang: 'vi',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: '#17694a',
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};

export function pwa(): Plugin {
  return {
    name: 'ocop-pwa',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const emit = (fileName: string, source: string | Uint8Array) =>
        this.emitFile({ type: 'asset', fileName, source });
      emit('manifest.webmanifest', JSON.stringify(MANIFEST, null, 2));
      emit('icons/icon-192.png', iconPng(192));
      emit('icons/icon-512.png', iconPng(512));
      // The shell kept at install: the entry page and what it loads at once (its scripts, styles, preloads), not
      // every lazy chunk — a page's own chunk is kept the first time it is used (or sent by the page, register.ts).
      const html = bundle['index.html'];
      const entry = html?.type === 'asset' ? String(html.source) : '';
      const referenced = [...entry.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
      const precache = ['/', ...new Set(referenced), '/manifest.webmanifest', '/icons/icon-192.png'];
      const version = createHash('sha1').update(Object.keys(bundle).sort().join('\n')).digest('hex').slice(0, 12);
      const source = readFileSync(new URL('./src/offline/sw.js', import.meta.url), 'utf8')
        .replace("const VERSION = '__VERSION__';", `const VERSION = ${JSON.stringify(version)};`)
        .replace('const PRECACHE = __PRECACHE__;', `const PRECACHE = ${JSON.stringify(precache)};`);
      emit('sw.js', source);
    },
  };
}
