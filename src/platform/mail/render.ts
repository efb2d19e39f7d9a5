// The e-mail that accompanies an in-app notification: Vietnamese first, then English, as plain text and simple HTML
// (no images, no remote styles, so it reads the same in webmail and on a phone), with a link to the page concerned.
import type { Message } from '../errors.ts';

export interface NotificationEmailInput {
  recipientName: string;
  title: Message;
  /** Lines such as the product and the state, each a label and a value (the same in both languages, or each's own). */
  facts: { label: Message; value: string | Message }[];
  /** A person's free text (a reason for a return or a refusal), shown as written. */
  reason?: string | null;
  /** Path inside the app ("/dossiers/…"), or null when there is none. */
  link: string | null;
  /** OCOP_PUBLIC_URL, without a trailing slash. */
  publicUrl: string;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const REASON: Message = { vi: 'Lý do', en: 'Reason' };
const OPEN: Message = { vi: 'Xem trên OCOP Hub', en: 'Open in OCOP Hub' };
const FOOTER: Message = {
  vi: 'Thư tự động từ OCOP Hub, vui lòng không trả lời. Thông báo này cũng có trong mục Thông báo của ứng dụng.',
  en: 'Automatic message from OCOP Hub, please do not reply. This notice is also in the Notifications of the app.',
};

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
/** Header values must stay on one line. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function renderNotificationEmail(input: NotificationEmailInput): RenderedEmail {
  const url = input.link ? `${input.publicUrl}${input.link.startsWith('/') ? '' : '/'}${input.link}` : input.publicUrl;
  const value = (v: string | Message, lang: 'vi' | 'en') => (typeof v === 'string' ? v : v[lang]);
  const facts = input.facts.filter((f) => value(f.value, 'vi').trim() !== '');
  const reason = input.reason?.trim() ? input.reason.trim() : null;

  const section = (lang: 'vi' | 'en') => [
    lang === 'vi' ? `Kính gửi ${input.recipientName},` : `Dear ${input.recipientName},`,
    '',
    input.title[lang],
    ...facts.map((f) => `- ${f.label[lang]}: ${value(f.value, lang)}`),
    ...(reason ? [`- ${REASON[lang]}: ${reason}`] : []),
    '',
    `${OPEN[lang]}: ${url}`,
  ];
  const text = [...section('vi'), '', '---', '', ...section('en'), '', '--', FOOTER.vi, FOOTER.en, ''].join('\n');

  const htmlSection = (lang: 'vi' | 'en') => {
    const rows = [
      ...facts.map((f) => [f.label[lang], value(f.value, lang)] as const),
      ...(reason ? [[REASON[lang], reason] as const] : []),
    ];
    return [
      `<div lang="${lang}">`,
      `<p>${escapeHtml(lang === 'vi' ? `Kính gửi ${input.recipientName},` : `Dear ${input.recipientName},`)}</p>`,
      `<p><strong>${escapeHtml(input.title[lang])}</strong></p>`,
      rows.length ? `<ul>${rows.map(([l, v]) => `<li>${escapeHtml(l)}: ${escapeHtml(v)}</li>`).join('')}</ul>` : '',
      `<p><a href="${escapeHtml(url)}">${escapeHtml(OPEN[lang])}</a></p>`,
      '</div>',
    ].join('\n');
  };
  const html = [
    '<!doctype html>',
    '<html lang="vi"><head><meta charset="utf-8"></head><body style="font-family: sans-serif; line-height: 1.5">',
    htmlSection('vi'),
    '<hr>',
    htmlSection('en'),
    `<p style="color: #666; font-size: 12px">${escapeHtml(FOOTER.vi)}<br>${escapeHtml(FOOTER.en)}</p>`,
    '</body></html>',
    '',
  ].join('\n');

  return { subject: oneLine(`[OCOP Hub] ${input.title.vi} / ${input.title.en}`), text, html };
}
