import { describe, it, expect } from 'vitest';
import { loadConfig } from './config.ts';

describe('configuration of e-mail notifications', () => {
  it('is off by default, with a default sender and links to the local server', () => {
    const c = loadConfig({ PORT: '3100' });
    expect(c.smtpUrl).toBeUndefined();
    expect(c.mailFrom).toBe('"OCOP Hub" <no-reply@localhost>');
    expect(c.publicUrl).toBe('http://localhost:3100');
  });

  it('takes smtp:// and smtps:// URLs, a named sender, and a public URL without its trailing slash', () => {
    const c = loadConfig({
      OCOP_SMTP_URL: 'smtps://ocop:secret@mail.laichau.gov.vn:465',
      OCOP_MAIL_FROM: '"OCOP Lai Châu" <ocop@laichau.gov.vn>',
      OCOP_PUBLIC_URL: 'https://ocop.laichau.gov.vn/',
    });
    expect(c).toMatchObject({
      smtpUrl: 'smtps://ocop:secret@mail.laichau.gov.vn:465',
      mailFrom: '"OCOP Lai Châu" <ocop@laichau.gov.vn>',
      publicUrl: 'https://ocop.laichau.gov.vn',
    });
    expect(loadConfig({ OCOP_MAIL_FROM: 'ocop@laichau.gov.vn' }).mailFrom).toBe('ocop@laichau.gov.vn');
  });

  it('refuses a bad setting at start with a clear message that never shows the SMTP password', () => {
    expect(() => loadConfig({ OCOP_SMTP_URL: 'http://ocop:secret@mail:25' })).toThrow(
      'OCOP_SMTP_URL must look like smtp://user:password@host:587 or smtps://user:password@host:465, got "http://ocop:***@mail:25"',
    );
    expect(() => loadConfig({ OCOP_SMTP_URL: 'mail.laichau.gov.vn' })).toThrow(/^OCOP_SMTP_URL must look like/);
    expect(() => loadConfig({ OCOP_MAIL_FROM: 'OCOP Hub' })).toThrow(/^OCOP_MAIL_FROM must be an e-mail address/);
    expect(() => loadConfig({ OCOP_PUBLIC_URL: 'ocop.laichau.gov.vn' })).toThrow(
      /^OCOP_PUBLIC_URL must be an http:\/\/ or https:\/\/ address/,
    );
  });
});
