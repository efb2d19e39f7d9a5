// /verify/<number>: the answer first and unmistakable — a big colour block, Vietnamese, English below — then the
// certificate's facts from the register, and what the signed code said when the QR carried one.
import type { Message } from '../../../platform/errors.ts';
import type { VerifyResult } from '../commands/verify-certificate.ts';
import { bi, h, page, starsOf, statusClass, viDate } from './html.ts';

const numberForm = (number: string) => h`<form class="card" method="get" action="/verify">
<label>Số giấy chứng nhận<span class="en">Certificate number</span><input name="number" value="${number}" placeholder="001/GCN-OCOP-12-2026"></label>
<p><button type="submit">Kiểm tra · Check</button></p></form>`;

export function verifyPage(r: VerifyResult): string {
  const c = r.certificate;
  return page(
    `${r.label.vi} — ${r.number}`,
    h`<div class="${statusClass(r.state)}" data-testid="verify-status" data-state="${r.state}">${bi(r.label)}</div>
<p>${bi(r.detail)}</p>
${
  c
    ? h`<div class="card"><dl>
<dt>Sản phẩm</dt><dd><a href="/tra-cuu/san-pham/${c.productId}">${c.productName}</a></dd>
<dt>Mã sản phẩm</dt><dd>${c.productCode ?? '—'}</dd>
<dt>Hạng</dt><dd><span class="star">${starsOf(c.star)}</span> ${c.star} sao</dd>
<dt>Chủ thể</dt><dd>${c.producerName}</dd>
<dt>Địa bàn</dt><dd>${[c.communeName, c.provinceName].filter(Boolean).join(', ')}</dd>
<dt>Số GCN</dt><dd>${c.number}</dd>
<dt>Ngày cấp</dt><dd>${viDate(c.issuedOn)}</dd>
<dt>Hiệu lực đến</dt><dd>${viDate(c.validTo)}</dd>
${c.revokedOn ? h`<dt>Thu hồi ngày</dt><dd>${viDate(c.revokedOn)}</dd>` : ''}
</dl></div>`
    : ''
}
${
  r.signature === 'valid'
    ? h`<p class="muted">Mã QR có chữ ký số hợp lệ (khóa ${r.signed?.kid})${r.serial ? h`, tem số ${r.serial}` : ''}.
<span class="en">The QR code carries a valid digital signature (key ${r.signed?.kid})${r.serial ? h`, stamp ${r.serial}` : ''}.</span></p>`
    : ''
}
<p class="muted">Tra cứu ngày ${viDate(r.checkedOn)}.<span class="en">Checked on ${r.checkedOn}.</span></p>
${numberForm(r.number)}`,
  );
}

/** A code that fails its signature: refused, and said so as plainly as a revoked certificate. */
export function invalidCodePage(number: string, message: Message): string {
  return page(
    'MÃ QR KHÔNG HỢP LỆ — INVALID CODE',
    h`<div class="${statusClass('invalid')}" data-testid="verify-status" data-state="invalid">MÃ QR KHÔNG HỢP LỆ<span class="en">INVALID QR CODE</span></div>
<p>${bi(message)}</p>${numberForm(number)}`,
  );
}

export const verifyFormPage = () =>
  page(
    'Kiểm tra giấy chứng nhận OCOP — Verify a certificate',
    h`<h1>Kiểm tra giấy chứng nhận OCOP<span class="en">Verify an OCOP certificate</span></h1>${numberForm('')}`,
  );
