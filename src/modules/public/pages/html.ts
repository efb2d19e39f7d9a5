// The light public pages are server-rendered HTML: no script, one small inline stylesheet, so a phone on a slow
// mountain connection shows the answer in one round trip. Every value written into a page goes through esc().
import type { Message } from '../../../platform/errors.ts';

export const esc = (v: unknown): string =>
  String(v ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** A trusted HTML fragment (already escaped). */
export interface Html {
  html: string;
}
export const raw = (html: string): Html => ({ html });
export const join = (parts: (Html | string | null | undefined | false)[]): Html =>
  raw(parts.map((p) => (p && typeof p === 'object' ? p.html : p ? esc(p) : '')).join(''));

/** Tagged template: interpolated values are escaped unless they are Html. */
export function h(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => {
    const part = Array.isArray(v)
      ? v.map((x) => (x && typeof x === 'object' && 'html' in x ? (x as Html).html : esc(x))).join('')
      : v && typeof v === 'object' && 'html' in v
        ? (v as Html).html
        : v === null || v === undefined || v === false
          ? ''
          : esc(v);
    out += part + strings[i + 1]!;
  });
  return raw(out);
}

/** Vietnamese first, English below in a smaller grey line. */
export const bi = (m: Message): Html => h`${m.vi}<span class="en">${m.en}</span>`;

export const viDate = (iso: string | null | undefined) =>
  iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '—';

export const starsOf = (n: number) => '★'.repeat(n);

const CSS = `*{box-sizing:border-box}body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1d2a22;background:#f5f7f5}
header{background:#17694a;color:#fff;padding:10px 16px}header a{color:#fff;text-decoration:none;font-weight:700}
main{max-width:880px;margin:0 auto;padding:12px 16px 40px}h1{font-size:1.35rem;margin:12px 0}h2{font-size:1.1rem;margin:18px 0 8px}
.en{display:block;color:#5b6b61;font-size:.85em;font-weight:400}.status .en{color:inherit;opacity:.9}
.status{color:#fff;border-radius:10px;padding:22px 16px;text-align:center;font-size:2rem;font-weight:800;margin:10px 0 14px;letter-spacing:.02em}
.status .en{font-size:1.1rem;font-weight:700;margin-top:4px}.s-valid{background:#1b7f3b}.s-expired{background:#a15c00}
.s-revoked{background:#b3261e}.s-unknown{background:#4a4f55}.s-invalid{background:#6d0f0a}
.card{background:#fff;border:1px solid #dde5df;border-radius:8px;padding:12px 14px;margin:10px 0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 12px;margin:0}dt{color:#5b6b61}dd{margin:0;font-weight:600}
form.filters{display:grid;gap:8px;grid-template-columns:1fr 1fr}form.filters .wide{grid-column:1/-1}
input,select,textarea,button{font:inherit;padding:8px;border:1px solid #b9c6bd;border-radius:6px;width:100%;background:#fff}
button{background:#17694a;color:#fff;border:0;font-weight:700;cursor:pointer}
img.thumb{float:right;width:64px;height:64px;object-fit:cover;border-radius:6px;margin-left:8px}
img.photo{display:block;max-width:100%;max-height:320px;margin:8px auto;border-radius:8px}
ul.list li::after{content:"";display:block;clear:both}
ul.list{list-style:none;padding:0;margin:0}ul.list li{background:#fff;border:1px solid #dde5df;border-radius:8px;padding:10px 12px;margin:8px 0}
.star{color:#d48806;letter-spacing:1px}.tag{display:inline-block;border-radius:4px;padding:0 6px;font-size:.8rem;color:#fff}
.muted{color:#5b6b61;font-size:.9rem}a{color:#17694a}.pager{display:flex;justify-content:space-between;margin:12px 0}
.hp{position:absolute;left:-5000px}.ok{background:#e8f3ee;border:1px solid #9fd0b5;padding:10px;border-radius:6px}`;

export function page(title: string, body: Html, opts: { lang?: string } = {}): string {
  return `<!doctype html><html lang="${opts.lang ?? 'vi'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)}</title>
<style>${CSS}</style></head><body><header><a href="/tra-cuu">OCOP · Tra cứu sản phẩm <span class="en" style="display:inline;color:#d7eadf">Product register</span></a></header>
<main>${body.html}</main></body></html>`;
}

export const statusClass = (state: string) => `status s-${state}`;
