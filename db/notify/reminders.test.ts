// Integration: the scheduler on a fixed clock, on a real seeded SQLite file. 2023's March and
// first quarter are both due on 2023-04-05 (five days after they end): each organization that has
// not reported is reminded N days before, on the day and once overdue; running again, at the same
// moment or later the same day, queues nothing; the chair's digest comes daily or weekly.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb, getSqlite } from '@/db/client';
import { saveUpdate } from '@/db/access/updates';
import { createWorkflowFixture, type Fixture } from '@/test/workflow-fixture';
import { queueScheduled, reminderFor, weekStart } from './reminders';
import { reminderDaysKey } from './reminder-settings';

vi.mock('@/lib/revalidate-public', () => ({ revalidatePublicPages: () => undefined }));

/** 09:00 in the ward (UTC+7) on `day`. */
const at = (day: string, hour = 9) => new Date(Date.parse(`${day}T00:00:00Z`) + (hour - 7) * 3_600_000);

let fx: Fixture;
const outboxKeys = () =>
  (getSqlite().prepare('SELECT idempotency_key AS k FROM mail_outbox ORDER BY id').all() as { k: string }[]).map(
    (r) => r.k,
  );
const notificationsOf = (username: string) =>
  getSqlite()
    .prepare('SELECT kind, title, body, path FROM notifications WHERE user_id = ? ORDER BY id')
    .all(fx.user(username).id) as { kind: string; title: string; body: string; path: string }[];
const officerOrgs = () =>
  (
    getSqlite()
      .prepare(
        'SELECT COUNT(DISTINCT a.organization_id) AS n FROM assignments a JOIN organizations o ON o.id = a.organization_id',
      )
      .get() as { n: number }
  ).n;

beforeAll(() => {
  fx = createWorkflowFixture();
  // These tests follow every month's deadline: every item is reported monthly here (the
  // defaults are data; the cadence rules have their own tests in db/access/reporting-rhythm.test.ts).
  getSqlite()
    .prepare(
      `INSERT INTO settings (key, value) VALUES ('cadence_default_target', 'monthly'), ('cadence_default_task', 'monthly')`,
    )
    .run();
  getSqlite().prepare("UPDATE users SET email = 'ubnd@phuong.example' WHERE username = 'ubnd'").run();
  getSqlite()
    .prepare("UPDATE users SET email = 'bithu@phuong.example', digest_frequency = 'daily' WHERE username = 'bithu'")
    .run();
  // The Fatherland Front submits its March update on cultural families: it is not listed as missing.
  const result = saveUpdate(
    fx.user('mttq'),
    {
      id: null,
      version: null,
      kind: 'target',
      subjectId: fx.targetId('2.1.05'),
      periodId: fx.periodId('2023-M03'),
      value: 80,
      note: null,
      taskStatus: null,
      progress: null,
      narrative: null,
    },
    'submit',
  );
  expect(result.ok).toBe(true);
});
afterAll(() => fx.cleanup());

describe('which reminder a due date calls for', () => {
  it('N days before up to the day before, on the day, and in the week after', () => {
    expect(reminderFor('2023-04-05', '2023-04-01', 3)).toBeNull();
    expect(reminderFor('2023-04-05', '2023-04-02', 3)).toBe('due_soon');
    expect(reminderFor('2023-04-05', '2023-04-04', 3)).toBe('due_soon');
    expect(reminderFor('2023-04-05', '2023-04-05', 3)).toBe('due_today');
    expect(reminderFor('2023-04-05', '2023-04-06', 3)).toBe('overdue');
    expect(reminderFor('2023-04-05', '2023-04-12', 3)).toBe('overdue');
    expect(reminderFor('2023-04-05', '2023-04-13', 3)).toBeNull();
    expect(weekStart('2023-04-05')).toBe('2023-04-03');
    expect(weekStart('2023-04-03')).toBe('2023-04-03');
    expect(weekStart('2023-04-09')).toBe('2023-04-03');
  });
});

describe('the scheduler on a fixed clock', () => {
  it('sends nothing before 07:00 in the ward, and nothing four days before with N = 3', () => {
    expect(queueScheduled(getDb(), at('2023-04-02', 6))).toMatchObject({ reminders: 0, digests: 0 });
    getSqlite().prepare("UPDATE users SET digest_frequency = 'weekly' WHERE username = 'bithu'").run();
    expect(queueScheduled(getDb(), at('2023-04-01'))).toMatchObject({ reminders: 0 });
    getSqlite().prepare("UPDATE users SET digest_frequency = 'daily' WHERE username = 'bithu'").run();
  });

  it('three days before: one reminder per organization with missing updates, in the app and by email', () => {
    const before = outboxKeys().length;
    const run = queueScheduled(getDb(), at('2023-04-02'));
    expect(run.reminders).toBe(officerOrgs());
    const ubnd = notificationsOf('ubnd').filter((n) => n.kind === 'reminder');
    expect(ubnd).toHaveLength(1);
    expect(ubnd[0]!.title).toBe('Còn 3 ngày đến hạn báo cáo 05/04/2023');
    expect(ubnd[0]!.path).toBe('/dashboard');
    const keys = outboxKeys().slice(before);
    const ubndId = fx.user('ubnd').id;
    expect(keys).toContain(`reminder:due_soon:2023-04-05:o${fx.orgId('UBND')}:u${ubndId}`);
    // Officers without an address get the notification only.
    expect(keys.filter((k) => k.startsWith('reminder:'))).toHaveLength(1);
    const email = getSqlite()
      .prepare("SELECT subject, text_body AS text FROM mail_outbox WHERE idempotency_key LIKE 'reminder:due_soon:%'")
      .get() as { subject: string; text: string };
    expect(email.subject).toBe('Nhắc việc: còn 3 ngày đến hạn báo cáo 05/04/2023');
    expect(email.text).toContain('Ủy ban nhân dân phường còn');
    expect(email.text).toContain('Tháng 3/2023 · 2.1.01 Tổng diện tích gieo trồng');
    // Monthly items are asked for the month only: the quarter sharing the due date is not their cadence.
    expect(email.text).not.toContain('Quý I/2023 · 2.1.01');
    // The update the Front submitted is not asked for again.
    const mttq = notificationsOf('mttq').find((n) => n.kind === 'reminder')!;
    const mttqMissing = Number(/còn (\d+) nội dung/.exec(mttq.body)?.[1]);
    const mttqAssignments = (
      getSqlite().prepare('SELECT COUNT(*) AS n FROM assignments WHERE organization_id = ?').get(fx.orgId('MTTQ')) as {
        n: number;
      }
    ).n;
    // Each assignment once (its month), less the one submitted.
    expect(mttqMissing).toBe(mttqAssignments - 1);
  });

  it('running again (later that day, or as a second process would) queues nothing twice', () => {
    const before = { outbox: outboxKeys().length, notes: notificationsOf('ubnd').length };
    expect(queueScheduled(getDb(), at('2023-04-02'))).toMatchObject({ reminders: 0, digests: 0, emails: 0 });
    expect(queueScheduled(getDb(), at('2023-04-02', 17))).toMatchObject({ reminders: 0, digests: 0, emails: 0 });
    // The next day is still within N days: the "due soon" reminder is not repeated.
    expect(queueScheduled(getDb(), at('2023-04-03'))).toMatchObject({ reminders: 0 });
    expect(outboxKeys().filter((k) => k.startsWith('reminder:'))).toHaveLength(1);
    expect(notificationsOf('ubnd').filter((n) => n.kind === 'reminder')).toHaveLength(1);
    expect(before.notes).toBeGreaterThan(0);
  });

  it('on the due date, then once overdue', () => {
    expect(queueScheduled(getDb(), at('2023-04-05')).reminders).toBe(officerOrgs());
    expect(queueScheduled(getDb(), at('2023-04-05')).reminders).toBe(0);
    expect(queueScheduled(getDb(), at('2023-04-06')).reminders).toBe(officerOrgs());
    expect(queueScheduled(getDb(), at('2023-04-07')).reminders).toBe(0);
    const titles = notificationsOf('ubnd')
      .filter((n) => n.kind === 'reminder')
      .map((n) => n.title);
    expect(titles).toEqual([
      'Còn 3 ngày đến hạn báo cáo 05/04/2023',
      'Hôm nay (05/04/2023) là hạn báo cáo',
      'Quá hạn báo cáo: hạn 05/04/2023 đã qua',
    ]);
    const reminderKeys = outboxKeys().filter((k) => k.startsWith('reminder:'));
    expect(reminderKeys.map((k) => k.split(':')[1])).toEqual(['due_soon', 'due_today', 'overdue']);
  });

  it("follows the office's N", () => {
    getSqlite().prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(reminderDaysKey, '5');
    // 2023-05-05 is April's due date: five days before is 2023-04-30.
    expect(queueScheduled(getDb(), at('2023-04-29')).reminders).toBe(0);
    expect(queueScheduled(getDb(), at('2023-04-30')).reminders).toBe(officerOrgs());
    expect(notificationsOf('ubnd').at(-1)!.title).toMatch(/^Còn 5 ngày đến hạn báo cáo 05\/05\/2023$/);
  });
});

describe("the chair's digest", () => {
  it('daily: once a day, with what waits, who is overdue and the targets at risk', () => {
    const digests = () => notificationsOf('bithu').filter((n) => n.kind === 'digest');
    const daysSoFar = digests().length;
    expect(daysSoFar).toBeGreaterThan(0);
    queueScheduled(getDb(), at('2023-05-10'));
    queueScheduled(getDb(), at('2023-05-10', 15));
    expect(digests()).toHaveLength(daysSoFar + 1);
    const email = getSqlite()
      .prepare(
        "SELECT subject, text_body AS text FROM mail_outbox WHERE idempotency_key LIKE 'digest:daily:2023-05-10:%'",
      )
      .get() as { subject: string; text: string };
    expect(email.subject).toBe('Tổng hợp ngày 10/05/2023: 1 báo cáo chờ duyệt');
    expect(email.text).toContain('Báo cáo chờ duyệt: 1');
    expect(email.text).toContain('Đơn vị chưa báo cáo cho hạn 05/05/2023:');
    expect(email.text).toMatch(/- Ủy ban nhân dân phường: \d+ nội dung/);
    expect(email.text).toContain('/approvals');
  });

  it('weekly: once in the week, whatever the day', () => {
    getSqlite().prepare("UPDATE users SET digest_frequency = 'weekly' WHERE username = 'bithu'").run();
    const weekly = () => outboxKeys().filter((k) => k.startsWith('digest:weekly:2023-05'));
    queueScheduled(getDb(), at('2023-05-15'));
    queueScheduled(getDb(), at('2023-05-17'));
    queueScheduled(getDb(), at('2023-05-21'));
    expect(weekly()).toEqual([`digest:weekly:2023-05-15:u${fx.user('bithu').id}`]);
    queueScheduled(getDb(), at('2023-05-22'));
    expect(weekly()).toHaveLength(2);
  });
});
