// /tra-cuu/san-pham/<id>: one certified product — its facts, its certificates and their status, and a form to report
// a problem (no login; guarded by a signed time token and a hidden field, rate-limited per address).
import type { RegisterProduct } from '../commands/read-register.ts';
import { REPORT_KINDS } from '../domain/report-guard.ts';
import { bi, h, page, starsOf, statusClass, viDate } from './html.ts';

export function productPage(
  p: RegisterProduct,
  reportToken: string,
  opts: { sent?: boolean; error?: string } = {},
): string {
  return page(
    `${p.productName} — OCOP ${p.star} sao`,
    h`<h1>${p.productName} <span class="star">${starsOf(p.star)}</span></h1>
<div class="${statusClass(p.state)}" style="font-size:1.3rem;padding:12px">${bi(p.stateLabel)}</div>
${p.photoUrl ? h`<img class="photo" src="${p.photoUrl}" alt="${p.productName}" data-testid="product-photo">` : ''}
<div class="card"><dl>
<dt>Mã sản phẩm</dt><dd>${p.productCode ?? '—'}</dd>
<dt>Bộ sản phẩm</dt><dd>${p.setNo}${p.setName ? ` — ${p.setName}` : ''}</dd>
<dt>Chủ thể</dt><dd>${p.producerName}</dd>
${p.representativeName ? h`<dt>Người đại diện</dt><dd>${p.representativeName}</dd>` : ''}
<dt>Địa chỉ</dt><dd>${p.producerAddress ?? [p.communeName, p.provinceName].filter(Boolean).join(', ')}</dd>
<dt>Xã, tỉnh</dt><dd>${[p.communeName, p.provinceName].filter(Boolean).join(', ')}</dd>
</dl>${p.description ? h`<p>${p.description}</p>` : ''}</div>
<h2>Giấy chứng nhận<span class="en">Certificates</span></h2>
<ul class="list">${p.certificates.map(
      (c) =>
        h`<li><a href="/verify/${encodeURIComponent(c.certificateNumber)}">${c.certificateNumber}</a> · ${c.star} sao · ${viDate(c.issuedOn)}–${viDate(c.validTo)} · <strong>${c.stateLabel.vi}</strong> <span class="muted">${c.stateLabel.en}</span></li>`,
    )}</ul>
<h2 id="phan-anh">Phản ánh về sản phẩm<span class="en">Report a problem with this product</span></h2>
${opts.sent ? h`<p class="ok" data-testid="report-sent">Đã gửi phản ánh. Cảm ơn bạn!<span class="en">Report sent. Thank you!</span></p>` : ''}
${opts.error ? h`<p class="status s-revoked" style="font-size:1rem;padding:10px">${opts.error}</p>` : ''}
<form class="card" method="post" action="/tra-cuu/san-pham/${p.productId}/phan-anh">
<input type="hidden" name="token" value="${reportToken}">
<label class="hp" aria-hidden="true">Website<input name="website" tabindex="-1" autocomplete="off"></label>
<label>Vấn đề<span class="en">Problem</span><select name="kind">${Object.entries(REPORT_KINDS).map(
      ([k, m]) => h`<option value="${k}">${m.vi} · ${m.en}</option>`,
    )}</select></label>
<label>Nội dung<span class="en">What you saw</span><textarea name="message" rows="4" minlength="10" maxlength="2000" required></textarea></label>
<label>Liên hệ (không bắt buộc)<span class="en">Contact (optional)</span><input name="contact" maxlength="200"></label>
<p><button type="submit">Gửi phản ánh · Send report</button></p></form>`,
  );
}
