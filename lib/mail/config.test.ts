import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '@/lib/config';
import { mailConfig, siteUrl } from './config';

const names = ['SMTP_URL', 'MAIL_FROM', 'NEXTAUTH_URL'] as const;
const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));

afterEach(() => {
  for (const name of names) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

describe('mail settings', () => {
  it('without SMTP_URL: no server, a sender named after the site', () => {
    delete process.env.SMTP_URL;
    delete process.env.MAIL_FROM;
    process.env.NEXTAUTH_URL = 'https://theodoi.phuong.example/';
    expect(mailConfig()).toEqual({ smtpUrl: null, from: 'Theo dõi Nghị quyết <no-reply@theodoi.phuong.example>' });
    expect(siteUrl()).toBe('https://theodoi.phuong.example');
  });

  it('takes smtp:// and smtps:// with credentials and a named sender', () => {
    process.env.SMTP_URL = 'smtps://mailer:p%40ss@mail.example:465';
    process.env.MAIL_FROM = 'Văn phòng Đảng ủy <vanphong@phuong.example>';
    expect(mailConfig()).toEqual({
      smtpUrl: 'smtps://mailer:p%40ss@mail.example:465',
      from: 'Văn phòng Đảng ủy <vanphong@phuong.example>',
    });
  });

  it('refuses another scheme and a malformed sender, naming the variables and never the password', () => {
    process.env.SMTP_URL = 'http://mailer:bi-mat-123@mail.example';
    process.env.MAIL_FROM = 'Văn phòng <không phải địa chỉ>';
    let message = '';
    try {
      mailConfig();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toContain('SMTP_URL');
    expect(message).toContain('MAIL_FROM');
    expect(message).not.toContain('bi-mat-123');
    // Links in messages still work: queueing never fails on the mail settings.
    expect(siteUrl()).toMatch(/^http/);
  });
});
