// Processes against a real SMTP server: `npm run reminders`'s script run as separate processes on
// one database file. Two at once queue and send every message exactly once; a sender killed with
// SIGKILL in the middle of a send is never repeated (at most once, with the failure recorded).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb, getSqlite } from '@/db/client';
import { returnUpdate } from '@/db/access/approvals';
import { saveUpdate } from '@/db/access/updates';
import { sendOverSmtp } from '@/lib/mail/smtp-send';
import { startMailbox, type Mailbox } from '@/test/smtp-mailbox';
import { createWorkflowFixture, type Fixture } from '@/test/workflow-fixture';
import { deliverOutbox, leaseMs } from './outbox-sender';

vi.mock('@/lib/revalidate-public', () => ({ revalidatePublicPages: () => undefined }));

const port = 4883;
const baseUrl = 'http://theodoi.phuong.example';
let fx: Fixture;

function runReminders(env: Record<string, string>): ChildProcess {
  // One process (tsx as node's loader, not the tsx command, which runs node as a child): the
  // SIGKILL below must hit the process that speaks SMTP.
  return spawn(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', path.resolve('scripts/reminders.ts')],
    {
      env: {
        ...process.env,
        VITEST: '',
        DATABASE_PATH: fx.file,
        NEXTAUTH_URL: baseUrl,
        SMTP_URL: `smtp://127.0.0.1:${port}`,
        MAIL_FROM: 'vanphong@phuong.example',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

const outbox = () =>
  getSqlite().prepare('SELECT id, state, attempts, last_error FROM mail_outbox ORDER BY id').all() as {
    id: number;
    state: string;
    attempts: number;
    last_error: string | null;
  }[];

beforeAll(() => {
  fx = createWorkflowFixture();
  // These tests follow every month's deadline: every item is reported monthly here (the
  // defaults are data; the cadence rules have their own tests in db/access/reporting-rhythm.test.ts).
  getSqlite()
    .prepare(
      `INSERT INTO settings (key, value) VALUES ('cadence_default_target', 'monthly'), ('cadence_default_task', 'monthly')`,
    )
    .run();
  // Every officer and the chair have an address.
  getSqlite()
    .prepare("UPDATE users SET email = username || '@phuong.example' WHERE role IN ('officer', 'chair')")
    .run();
});
afterAll(() => fx.cleanup());

describe('two sender processes at once', () => {
  let mailbox: Mailbox;
  beforeAll(async () => {
    // A slow server, so the two processes' sends overlap.
    mailbox = await startMailbox(port, { beforeAnswer: () => new Promise((r) => setTimeout(r, 40)) });
  });
  afterAll(() => mailbox.close());

  it('queue the day’s reminders and deliver each exactly once', async () => {
    const clock = { REMINDERS_NOW: '2023-04-02T02:00:00Z' };
    const children = [runReminders(clock), runReminders(clock)];
    const codes = await Promise.all(children.map(exited));
    expect(codes).toEqual([0, 0]);
    const rows = outbox();
    const officers = (
      getSqlite().prepare("SELECT COUNT(*) AS n FROM users WHERE role = 'officer'").get() as { n: number }
    ).n;
    // One reminder per officer (every organization has something missing) and the chair's digest.
    const expected = officers + 1;
    expect(rows.length).toBe(expected);
    expect(rows.every((r) => r.state === 'sent' && r.attempts === 1)).toBe(true);
    expect(mailbox.messages).toHaveLength(expected);
    const ids = new Set(mailbox.messages.map((m) => m.headers['message-id']));
    expect(ids.size).toBe(expected);
    const recipients = mailbox.messages.map((m) => m.to[0]).sort();
    expect(new Set(recipients).size).toBe(expected);
    expect(recipients).toContain('bithu@phuong.example');
    // A third run, the same day, finds nothing to queue or send.
    expect(await exited(runReminders(clock))).toBe(0);
    expect(mailbox.messages).toHaveLength(expected);
    expect(outbox()).toHaveLength(expected);
  });
});

describe('kill -9 in the middle of a send', () => {
  it('is never sent again: the message reached the server once, and the row says the outcome is unknown', async () => {
    let arrived!: () => void;
    const arrival = new Promise<void>((r) => (arrived = r));
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const mailbox = await startMailbox(port, {
      beforeAnswer: () => {
        arrived();
        return held;
      },
    });
    try {
      const saved = saveUpdate(
        fx.user('ubnd'),
        {
          id: null,
          version: null,
          kind: 'target',
          subjectId: fx.targetId('2.1.01'),
          periodId: fx.periodId('2023-Q1'),
          value: 150,
          note: null,
          taskStatus: null,
          progress: null,
          narrative: null,
        },
        'submit',
      );
      if (!saved.ok) throw new Error(saved.code);
      // Queued with the return, in its transaction.
      returnUpdate(fx.user('bithu'), { id: saved.id, version: saved.version, reason: 'Thiếu nguồn số liệu.' });
      const queued = outbox().at(-1)!;
      expect(queued.state).toBe('pending');

      // 03:00 in the ward: the script queues nothing of its own, it only sends.
      const child = runReminders({ REMINDERS_NOW: '2023-01-01T20:00:00Z' });
      await arrival; // the whole message is at the server, which has not answered yet
      child.kill('SIGKILL');
      expect(await exited(child)).toBeNull();
      release(); // the server keeps it: the worst case for a duplicate
      await mailbox.waitFor(1);
      expect(outbox().at(-1)).toMatchObject({ id: queued.id, state: 'sending', attempts: 1 });

      // A restarted sender before the dead one's lease ran out leaves the row alone...
      const transport = {
        from: 'vanphong@phuong.example',
        baseUrl,
        send: (mail: Parameters<typeof sendOverSmtp>[1]) => sendOverSmtp(`smtp://127.0.0.1:${port}`, mail),
      };
      expect(await deliverOutbox(getDb(), transport)).toMatchObject({ sent: 0, interrupted: 0 });
      // ...and after it, records the failure without sending again.
      const later = Date.now() + leaseMs + 1000;
      expect(await deliverOutbox(getDb(), transport, { now: () => later })).toMatchObject({ sent: 0, interrupted: 1 });
      expect(await deliverOutbox(getDb(), transport, { now: () => later + leaseMs })).toMatchObject({ sent: 0 });
      const row = outbox().at(-1)!;
      expect(row.state).toBe('failed');
      expect(row.last_error).toMatch(/^interrupted/);
      expect(mailbox.messages).toHaveLength(1);
      expect(mailbox.messages[0]!.subject).toMatch(/^Báo cáo bị trả lại: 2\.1\.01/);
    } finally {
      release();
      await mailbox.close();
    }
  });
});
