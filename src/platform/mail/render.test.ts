import { describe, it, expect } from 'vitest';
import { renderNotificationEmail, type NotificationEmailInput } from './render.ts';

const input: NotificationEmailInput = {
  recipientName: 'Lò Văn Khánh',
  title: { vi: 'Nộp hồ sơ: Rau cải mèo Bình Lư', en: 'File the dossier: Rau cải mèo Bình Lư' },
  facts: [
    { label: { vi: 'Sản phẩm', en: 'Product' }, value: 'Rau cải mèo Bình Lư' },
    { label: { vi: 'Số phiếu tiếp nhận', en: 'Receipt number' }, value: '' },
    {
      label: { vi: 'Trạng thái hồ sơ', en: 'Dossier state' },
      value: { vi: 'Đã nộp, chờ UBND cấp xã tiếp nhận', en: 'Filed, awaiting the commune' },
    },
  ],
  link: '/dossiers/7a1c',
  publicUrl: 'https://ocop.laichau.gov.vn',
};

describe('notification e-mail rendering', () => {
  it('puts Vietnamese first, then English, in the subject and the text, diacritics intact', () => {
    const m = renderNotificationEmail(input);
    expect(m.subject).toBe('[OCOP Hub] Nộp hồ sơ: Rau cải mèo Bình Lư / File the dossier: Rau cải mèo Bình Lư');
    expect(m.text.indexOf('Kính gửi Lò Văn Khánh,')).toBe(0);
    expect(m.text.indexOf('Dear Lò Văn Khánh,')).toBeGreaterThan(m.text.indexOf('- Sản phẩm: Rau cải mèo Bình Lư'));
    expect(m.text).toContain('- Product: Rau cải mèo Bình Lư');
  });

  it('shows a value given in both languages in the language of each section', () => {
    const m = renderNotificationEmail(input);
    expect(m.text).toContain('- Trạng thái hồ sơ: Đã nộp, chờ UBND cấp xã tiếp nhận\n');
    expect(m.text).toContain('- Dossier state: Filed, awaiting the commune\n');
    expect(m.html).toContain('<li>Dossier state: Filed, awaiting the commune</li>');
  });

  it('links to the page at the public URL, in the text and the HTML', () => {
    const m = renderNotificationEmail(input);
    expect(m.text).toContain('Xem trên OCOP Hub: https://ocop.laichau.gov.vn/dossiers/7a1c');
    expect(m.text).toContain('Open in OCOP Hub: https://ocop.laichau.gov.vn/dossiers/7a1c');
    expect(m.html).toContain('<a href="https://ocop.laichau.gov.vn/dossiers/7a1c">Xem trên OCOP Hub</a>');
    expect(m.html).toContain('<html lang="vi">');
  });

  it('leaves out facts without a value and shows a reason when there is one', () => {
    expect(renderNotificationEmail(input).text).not.toContain('Số phiếu tiếp nhận');
    const m = renderNotificationEmail({ ...input, reason: 'Thiếu phiếu kiểm nghiệm' });
    expect(m.text).toContain('- Lý do: Thiếu phiếu kiểm nghiệm');
    expect(m.text).toContain('- Reason: Thiếu phiếu kiểm nghiệm');
  });

  it('escapes what people typed in the HTML, and keeps the subject on one line', () => {
    const m = renderNotificationEmail({
      ...input,
      title: { vi: 'Trả hồ sơ:\n<b>Chè</b> & "Mật ong"', en: 'Returned' },
      reason: '<script>alert(1)</script>',
    });
    expect(m.subject).toBe('[OCOP Hub] Trả hồ sơ: <b>Chè</b> & "Mật ong" / Returned');
    expect(m.html).toContain('Trả hồ sơ:\n&lt;b&gt;Chè&lt;/b&gt; &amp; &quot;Mật ong&quot;');
    expect(m.html).not.toContain('<script>');
    expect(m.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('without a link, points to the home page', () => {
    expect(renderNotificationEmail({ ...input, link: null }).text).toContain(
      'Xem trên OCOP Hub: https://ocop.laichau.gov.vn\n',
    );
  });
});
