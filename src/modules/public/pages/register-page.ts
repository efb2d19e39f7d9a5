// /tra-cuu: the searchable register — a search box (diacritics optional), filters by star, set and area, a list of
// certified products with their status today, and pages of 20.
import type { RegisterItem } from '../commands/read-register.ts';
import { h, page, starsOf, viDate, type Html } from './html.ts';

interface Choices {
  sets: { setNo: number; name: string }[];
  provinces: { code: string; name: string }[];
  communes: { code: string; provinceCode: string; name: string }[];
}
export interface RegisterQuery {
  q?: string;
  star?: number;
  setNo?: number;
  provinceCode?: string;
  communeCode?: string;
  offset: number;
  limit: number;
}

const TAG: Record<string, string> = { valid: '#1b7f3b', expired: '#a15c00', revoked: '#b3261e', unknown: '#4a4f55' };

const option = (value: string | number, label: string, selected: boolean) =>
  h`<option value="${value}"${selected ? h` selected` : ''}>${label}</option>`;

export const itemHtml = (i: RegisterItem): Html => h`<li data-testid="register-item">
${i.photoUrl ? h`<img class="thumb" src="${i.photoUrl}" alt="" width="64" height="64" loading="lazy" data-testid="register-photo">` : ''}<a href="/tra-cuu/san-pham/${i.productId}"><strong>${i.productName}</strong></a> <span class="star">${starsOf(i.star)}</span>
<span class="tag" style="background:${TAG[i.state]}">${i.stateLabel.vi}</span>
<div class="muted">${i.producerName} · ${[i.communeName, i.provinceName].filter(Boolean).join(', ')}</div>
<div class="muted">${i.setName ? `Bộ ${i.setNo} — ${i.setName}` : `Bộ ${i.setNo}`} · GCN <a href="/verify/${encodeURIComponent(i.certificateNumber)}">${i.certificateNumber}</a> · ${viDate(i.issuedOn)}–${viDate(i.validTo)}</div>
</li>`;

function link(q: RegisterQuery, offset: number): string {
  const p = new URLSearchParams();
  if (q.q) p.set('q', q.q);
  if (q.star) p.set('star', String(q.star));
  if (q.setNo) p.set('setNo', String(q.setNo));
  if (q.provinceCode) p.set('provinceCode', q.provinceCode);
  if (q.communeCode) p.set('communeCode', q.communeCode);
  if (offset) p.set('offset', String(offset));
  return `/tra-cuu?${p}`;
}

export function registerPage(q: RegisterQuery, result: { items: RegisterItem[]; total: number }, c: Choices): string {
  const communes = c.communes.filter((x) => !q.provinceCode || x.provinceCode === q.provinceCode);
  return page(
    'Tra cứu sản phẩm OCOP — OCOP product register',
    h`<h1>Tra cứu sản phẩm OCOP<span class="en">OCOP product register</span></h1>
<form class="filters card" method="get" action="/tra-cuu">
<input class="wide" name="q" value="${q.q ?? ''}" placeholder="Tên sản phẩm, chủ thể, số GCN · Name, producer, number" data-testid="register-q">
<select name="star"><option value="">Hạng sao · Stars</option>${[3, 4, 5].map((s) => option(s, `${s} sao`, q.star === s))}</select>
<select name="setNo"><option value="">Bộ sản phẩm · Set</option>${c.sets.map((s) => option(s.setNo, `${s.setNo}. ${s.name}`, q.setNo === s.setNo))}</select>
<select name="provinceCode"><option value="">Tỉnh · Province</option>${c.provinces.map((p) => option(p.code, p.name, q.provinceCode === p.code))}</select>
<select name="communeCode"><option value="">Xã, phường · Commune</option>${communes.map((x) => option(x.code, x.name, q.communeCode === x.code))}</select>
<button class="wide" type="submit">Tìm · Search</button></form>
<p class="muted" data-testid="register-total">${result.total} sản phẩm<span class="en">${result.total} products</span></p>
<ul class="list">${result.items.map(itemHtml)}</ul>
<div class="pager">${q.offset > 0 ? h`<a href="${link(q, Math.max(0, q.offset - q.limit))}">← Trước · Previous</a>` : h`<span></span>`}
${q.offset + q.limit < result.total ? h`<a href="${link(q, q.offset + q.limit)}">Sau · Next →</a>` : ''}</div>
<p class="muted">Dữ liệu mở: <a href="/api/public/register.csv">CSV</a> · <a href="/api/public/register.json">JSON</a>
<span class="en">Open data. Public keys of the QR codes: <a href="/.well-known/ocop-keys.json">ocop-keys.json</a></span></p>`,
  );
}
