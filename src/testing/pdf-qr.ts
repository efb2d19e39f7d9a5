// Test-only: reads the QR codes a pdfmake PDF prints, as a phone would — by their picture, not by their source text.
// pdfmake draws a QR code as a white square and one black `x y w h re … f` square per dark module; we rasterise those
// squares into a bitmap with a quiet zone and decode it with jsQR (a pure-JS decoder). No PDF library needed.
import { inflateSync } from 'node:zlib';
import jsQRModule from 'jsqr';

// jsqr is CommonJS: its module.exports is the decoder, which NodeNext types as the default's `default`.
const jsQR = jsQRModule as unknown as typeof jsQRModule.default;

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
  color: string;
}

function contentStreams(pdf: Buffer): string[] {
  const src = pdf.toString('latin1');
  const out: string[] = [];
  for (const m of src.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = src.indexOf('endstream', start);
    try {
      out.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // not a Flate stream (or not a stream we read): skip
    }
  }
  return out;
}

/** Filled rectangles with their fill colour ("r g b"). */
function filledRects(content: string): Rect[] {
  const rects: Rect[] = [];
  let pending: Omit<Rect, 'color'> | null = null;
  let color = '';
  for (const line of content.split('\n')) {
    const re = /^(-?[\d.]+) (-?[\d.]+) ([\d.]+) ([\d.]+) re$/.exec(line);
    if (re) {
      pending = { x: Number(re[1]), y: Number(re[2]), w: Number(re[3]), h: Number(re[4]) };
      continue;
    }
    const scn = /^([\d.]+) ([\d.]+) ([\d.]+) scn$/.exec(line);
    if (scn) color = `${scn[1]} ${scn[2]} ${scn[3]}`;
    if (line === 'f' && pending) {
      rects.push({ ...pending, color });
      pending = null;
    }
  }
  return rects;
}

/** The text of every QR code drawn in the PDF, in drawing order. */
export function qrCodesInPdf(pdf: Buffer): string[] {
  const found: string[] = [];
  for (const content of contentStreams(pdf)) {
    const rects = filledRects(content);
    const backgrounds = rects.filter((r) => r.color === '1 1 1' && r.w === r.h && r.w >= 30);
    for (const bg of backgrounds) {
      const modules = rects.filter(
        (r) =>
          r.color === '0 0 0' &&
          r.w === r.h &&
          r.w < 8 &&
          r.x >= bg.x - 0.01 &&
          r.y >= bg.y - 0.01 &&
          r.x + r.w <= bg.x + bg.w + 0.01 &&
          r.y + r.h <= bg.y + bg.h + 0.01,
      );
      if (modules.length < 20) continue;
      const mod = modules[0]!.w;
      const n = Math.round(bg.w / mod);
      const px = 4;
      const quiet = 4;
      const size = (n + 2 * quiet) * px;
      const data = new Uint8ClampedArray(size * size * 4).fill(255);
      for (const m of modules) {
        const col = Math.round((m.x - bg.x) / mod) + quiet;
        const row = Math.round((m.y - bg.y) / mod) + quiet;
        for (let dy = 0; dy < px; dy++) {
          for (let dx = 0; dx < px; dx++) {
            const i = ((row * px + dy) * size + col * px + dx) * 4;
            data[i] = data[i + 1] = data[i + 2] = 0;
          }
        }
      }
      const code = jsQR(data, size, size);
      if (code) found.push(code.data);
    }
  }
  return found;
}
