// Test-only: reads back what pdfmake/pdfkit wrote, without a PDF library. pdfkit embeds each font as a Type0 font
// with a ToUnicode map and writes text as 4-hex-digit glyph ids of the font subset (`<0012003a> Tj`, `[<…> 120 <…>] TJ`),
// in Flate-compressed content streams. Glyph 0 of a subset is .notdef: a character the font cannot draw.
import { inflateSync } from 'node:zlib';

export interface PdfReadout {
  pages: number;
  /** Text in content order; pdfmake shows each word (with its trailing space) by one operator, so words are joined as is. */
  text: string;
  /** Base font names, e.g. "BZZZZZ+BeVietnamPro-Bold". */
  fonts: string[];
  /** How many glyphs were drawn as .notdef (missing from the font). */
  notdef: number;
}

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const src = pdf.toString('latin1');
  const out = new Map<number, PdfObject>();
  const head = /(\d+) 0 obj\s*/g;
  for (let m = head.exec(src); m; m = head.exec(src)) {
    const from = m.index + m[0].length;
    const endobj = src.indexOf('endobj', from);
    const streamAt = src.indexOf('stream', from);
    if (streamAt < 0 || streamAt > endobj) {
      out.set(Number(m[1]), { dict: src.slice(from, endobj) });
      continue;
    }
    // Slice the stream by its /Length: compressed bytes may happen to contain "endobj".
    const dict = src.slice(from, streamAt);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
    const start = streamAt + 'stream'.length + (src[streamAt + 6] === '\r' ? 2 : 1);
    const raw = pdf.subarray(start, start + length);
    out.set(Number(m[1]), { dict, stream: /FlateDecode/.test(dict) ? inflateSync(raw) : raw });
    head.lastIndex = src.indexOf('endobj', start + length);
  }
  return out;
}

/** glyph id → text, from a ToUnicode CMap (bfchar and bfrange, both forms of bfrange). */
function cmap(src: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of src.match(/beginbfchar([\s\S]*?)endbfchar/g) ?? []) {
    for (const [, gid, uni] of block.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
      map.set(parseInt(gid!, 16), utf16(uni!));
  }
  for (const block of src.match(/beginbfrange([\s\S]*?)endbfrange/g) ?? []) {
    for (const [, lo, hi, rest] of block.matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g,
    )) {
      const first = parseInt(lo!, 16);
      const last = parseInt(hi!, 16);
      if (rest!.startsWith('[')) {
        [...rest!.matchAll(/<([0-9a-fA-F]+)>/g)].forEach(([, u], i) => map.set(first + i, utf16(u!)));
      } else {
        const base = parseInt(rest!.slice(1, -1), 16);
        for (let g = first; g <= last; g++) map.set(g, String.fromCharCode(base + g - first));
      }
    }
  }
  return map;
}

export function readPdf(pdf: Buffer): PdfReadout {
  const objs = objects(pdf);
  // Resource name (/F1) → its font's glyph map; pdfkit names fonts once per document.
  const maps = new Map<string, Map<number, string>>();
  const fonts: string[] = [];
  for (const { dict } of objs.values()) {
    for (const [, name, id] of dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const font = objs.get(Number(id))?.dict ?? '';
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(font);
      const stream = toUnicode ? objs.get(Number(toUnicode[1]))?.stream : undefined;
      if (stream && !maps.has(name!)) maps.set(name!, cmap(stream.toString('latin1')));
    }
    const base =
      /\/Subtype \/Type0[\s\S]*?\/BaseFont \/([^\s/]+)/.exec(dict) ??
      /\/BaseFont \/([^\s/]+)[\s\S]*?\/Subtype \/Type0/.exec(dict);
    if (base) fonts.push(base[1]!);
  }
  const lines: string[] = [];
  let notdef = 0;
  let pages = 0;
  for (const { dict, stream } of objs.values()) {
    if (/\/Type \/Page\b(?!s)/.test(dict)) pages++;
    if (!stream || /\/(Subtype|Type)\s*\/(XObject|FontFile|Font|CMap|Image)/.test(dict) || /\/Length1/.test(dict))
      continue;
    const content = stream.toString('latin1');
    if (!/\bTf\b/.test(content)) continue;
    let map: Map<number, string> | undefined;
    for (const [, font, show] of content.matchAll(/\/(F\d+) [\d.]+ Tf|(\[[^\]]*\]\s*TJ|<[0-9a-fA-F]*>\s*Tj)/g)) {
      if (font) {
        map = maps.get(font);
        continue;
      }
      let line = '';
      for (const [, hex] of show!.matchAll(/<([0-9a-fA-F]*)>/g)) {
        for (const gid of (hex!.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16))) {
          if (gid === 0) notdef++;
          line += map?.get(gid) ?? '\uFFFD';
        }
      }
      lines.push(line);
    }
  }
  return { pages, text: lines.join(''), fonts, notdef };
}

/** Whitespace-free form of a text, to find a phrase whatever line breaks and justification did to its spaces. */
export const squash = (s: string) => s.replace(/\s+/g, '');
