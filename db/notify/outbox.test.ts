// Integration: the outbox against a REAL SMTP server (smtp-server on a loopback port) on a real
// seeded SQLite file. A return queues its email in the return's own transaction; the sender
// delivers it with the right recipient, headers, Vietnamese (or English) text and links; SMTP down
// keeps it queued and retries it; nothing is delivered twice.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb, getSqlite } from '@/db/client';
import { approveUpdates, returnUpdate } from '@/db/access/approvals';
import { saveUpdate } from '@/db/access/updates';
import { setLogSink } from '@/lib/log';
import { sendOverSmtp } from '@/lib/mail/smtp-send';
import type { Transport } from '@/lib/mail/transport';
import { startMailbox, type Mailbox } from '@/test/smtp-mailbox';
import { createWorkflowFixture, type Fixture } from '@/test/workflow-fixture';
import { deliverOutbox, retryDelayMs } from './outbox-sender';

vi.mock('@/lib/revalidate-public', () => ({ revalidatePublicPages: () => undefined }));

const port = 4881;
const downPort = 4882;
const baseUrl = 'https://theodoi.phuong.example';
const from = 'Văn phòng Đảng ủy <vanphong@phuong.example>';

function transport(p: number, credentials = 'mailer:mat-khau-smtp'): Transport {
  return { from, baseUrl, send: (mail) => sendOverSmtp(`smtp://${credentials}@127.0.0.1:${p}`, mail) };
}

let fx: Fixture;
let mailbox: Mailbox;
const outbox = () =>
  getSqlite().prepare('SELECT * FROM mail_outbox ORDER BY id').all() as {
    id: number;
    state: string;
    attempts: number;
    to_address: string;
    last_error: string | null;
    idempotency_key: string;
  }[];

function submitted(username: string, code: string, period: string, value: number) {
  const result = saveUpdate(
    fx.user(username),
    {
      id: null,
      version: null,
      kind: 'target',
      subjectId: fx.targetId(code),
      periodId: fx.periodId(period),
      value,
      note: null,
      taskStatus: null,
      progress: null,
      narrative: null,
    },
    'submit',
  );
  if (!result.ok) throw new Error(result.code);
  return { id: result.id, version: result.version };
}

beforeAll(async () => {
  process.env.NEXTAUTH_URL = baseUrl;
  fx = createWorkflowFixture();
  const set = getSqlite().prepare('UPDATE users SET email = ?, locale = ? WHERE username = ?');
  set.run('ubnd@phuong.example', 'vi', 'ubnd');
  set.run('mttq@phuong.example', 'en', 'mttq');
  mailbox = await startMailbox(port, { user: 'mailer', pass: 'mat-khau-smtp' });
});
afterAll(async () => {
  await mailbox.close();
  fx.cleanup();
});

describe('a return, emailed through the outbox', () => {
  let update: { id: number; version: number };
  const reason = 'Số liệu quý I chưa khớp với báo cáo của Chi cục Thống kê <b>xin kiểm tra lại</b> & gửi lại.';

  it('queues the email, the notification and the first comment in the return transaction', () => {
    update = submitted('ubnd', '2.1.01', '2023-Q1', 150);
    const outcome = returnUpdate(fx.user('bithu'), { ...update, reason });
    expect(outcome).toMatchObject({ ok: true });
    const rows = outbox();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ state: 'pending', attempts: 0, to_address: 'ubnd@phuong.example' });
    const notes = getSqlite()
      .prepare('SELECT user_id, kind, path, read_at FROM notifications WHERE update_id = ?')
      .all(update.id);
    expect(notes).toEqual([
      { user_id: fx.user('ubnd').id, kind: 'review', path: `/dashboard/updates/${update.id}`, read_at: null },
    ]);
    const comments = getSqlite().prepare('SELECT kind, body FROM update_comments WHERE update_id = ?').all(update.id);
    expect(comments).toEqual([{ kind: 'return_reason', body: reason }]);
  });

  it('delivers it to the real SMTP server with recipient, headers, Vietnamese text and links', async () => {
    const result = await deliverOutbox(getDb(), transport(port));
    expect(result).toMatchObject({ sent: 1, retried: 0, failed: 0 });
    await mailbox.waitFor(1);
    const mail = mailbox.messages[0]!;
    expect(mail.to).toEqual(['ubnd@phuong.example']);
    expect(mail.from).toBe('vanphong@phuong.example');
    expect(mail.headers.from).toContain('Văn phòng Đảng ủy');
    expect(mail.headers.to).toBe('ubnd@phuong.example');
    expect(mail.subject).toMatch(/^Báo cáo bị trả lại: 2\.1\.01 .+ \(Quý I\/2023\)$/);
    expect(mail.headers['auto-submitted']).toBe('auto-generated');
    expect(mail.headers['message-id']).toMatch(/^<outbox\.\d+\.[0-9a-f]{20}@theodoi\.phuong\.example>$/);
    expect(mail.headers['content-type']).toMatch(/^multipart\/alternative/);
    expect(mail.text).toContain('Kính gửi Cán bộ Ủy ban nhân dân phường,');
    expect(mail.text).toContain('Thường trực Đảng ủy đã trả lại báo cáo Quý I/2023 của Ủy ban nhân dân phường');
    expect(mail.text).toContain(reason);
    expect(mail.text).toContain(`${baseUrl}/dashboard/updates/${update.id}`);
    expect(mail.text).toContain(`${baseUrl}/account`);
    // The chair's words are text in the HTML part, never markup.
    expect(mail.html).toContain('&lt;b&gt;xin kiểm tra lại&lt;/b&gt; &amp; gửi lại.');
    expect(mail.html).not.toContain('<b>');
    expect(mail.html).toContain(`<a href="${baseUrl}/dashboard/updates/${update.id}">`);
    // No secret travels: not the SMTP credentials, not a password.
    expect(mail.raw).not.toMatch(/mat-khau|password|mật khẩu/i);
    const [row] = outbox();
    expect(row).toMatchObject({ state: 'sent', attempts: 1, last_error: null });
  });

  it('writes in English with /en links for an account that chose English', async () => {
    const approved = submitted('mttq', '2.1.05', '2023-Q1', 86);
    approveUpdates(fx.user('bithu'), [approved]);
    await deliverOutbox(getDb(), transport(port));
    await mailbox.waitFor(2);
    const mail = mailbox.messages[1]!;
    expect(mail.to).toEqual(['mttq@phuong.example']);
    expect(mail.subject).toMatch(/^Update approved: 2\.1\.05 .+ \(Q1 2023\)$/);
    expect(mail.text).toContain(`${baseUrl}/en/dashboard/updates/${approved.id}`);
  });

  it('never sends a message twice: another pass finds nothing', async () => {
    expect(await deliverOutbox(getDb(), transport(port))).toMatchObject({ sent: 0, retried: 0, failed: 0 });
    expect(mailbox.messages).toHaveLength(2);
  });
});

describe('SMTP down', () => {
  it('keeps the message queued with the failure, retries after the backoff, and delivers it once', async () => {
    const update = submitted('ubnd', '2.1.02', '2023-Q1', 10);
    returnUpdate(fx.user('bithu'), { ...update, reason: 'Thiếu nguồn số liệu.' });
    const t0 = Date.now();
    const down = await deliverOutbox(getDb(), transport(downPort), { now: () => t0 });
    expect(down).toMatchObject({ sent: 0, retried: 1 });
    let row = outbox().at(-1)!;
    expect(row).toMatchObject({ state: 'pending', attempts: 1 });
    expect(row.last_error).toMatch(/ECONNREFUSED|ECONNECTION|ESOCKET/);
    // Not before its time, even with the server back.
    const back = await startMailbox(downPort, { user: 'mailer', pass: 'mat-khau-smtp' });
    try {
      expect(await deliverOutbox(getDb(), transport(downPort), { now: () => t0 + 1000 })).toMatchObject({ sent: 0 });
      const later = t0 + retryDelayMs(1) + 1;
      expect(await deliverOutbox(getDb(), transport(downPort), { now: () => later })).toMatchObject({ sent: 1 });
      expect(await deliverOutbox(getDb(), transport(downPort), { now: () => later + 3_600_000 })).toMatchObject({
        sent: 0,
      });
      expect(back.messages).toHaveLength(1);
      expect(back.messages[0]!.subject).toMatch(/^Báo cáo bị trả lại: 2\.1\.02/);
      row = outbox().at(-1)!;
      expect(row).toMatchObject({ state: 'sent', attempts: 2, last_error: null });
    } finally {
      await back.close();
    }
  });

  it('retries a refused login later (a fixed password will take it) and keeps the reason', async () => {
    const update = submitted('ubnd', '2.1.03', '2023-Q1', 95);
    returnUpdate(fx.user('bithu'), { ...update, reason: 'Tỷ lệ chưa đúng.' });
    const result = await deliverOutbox(getDb(), transport(port, 'mailer:sai-mat-khau'));
    expect(result).toMatchObject({ sent: 0, retried: 1 });
    const row = outbox().at(-1)!;
    expect(row.last_error).toMatch(/EAUTH/);
    expect(row.last_error).not.toContain('sai-mat-khau');
  });
});

describe('without SMTP_URL', () => {
  it('holds every message in the outbox and logs each one once', async () => {
    const lines: string[] = [];
    setLogSink((_stream, line) => lines.push(line));
    try {
      const first = await deliverOutbox(getDb(), null);
      expect(first.held).toBe(1);
      expect(await deliverOutbox(getDb(), null)).toMatchObject({ held: 0, sent: 0 });
    } finally {
      setLogSink(null);
    }
    const held = lines
      .map((l) => JSON.parse(l) as { event: string; details: { to: string } })
      .filter((l) => l.event === 'mail.held');
    expect(held).toHaveLength(1);
    expect(held[0]!.details.to).toBe('ubnd@phuong.example');
    expect(outbox().at(-1)!.state).toBe('pending');
  });
});
