import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog } from '@/db/schema';
import { verifyCredentials } from '@/db/access/login';
import { fixturePassword, openAuthTestDb } from '@/test/auth-test-db';

let env: ReturnType<typeof openAuthTestDb>;
beforeAll(() => {
  env = openAuthTestDb();
});
afterAll(() => env.cleanup());

const root = path.resolve(__dirname, '..');
// As the package.json script runs it (`npm run unlock -- USER`), on the test's database.
const unlock = (username: string) =>
  spawnSync('npm', ['run', '-s', 'unlock', '--', username], {
    cwd: root,
    env: { ...process.env, DATABASE_PATH: env.file },
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('npm run unlock', () => {
  it('lifts every wait on an account, audited as the operator', async () => {
    for (let i = 0; i < 7; i++) await verifyCredentials('admin', `sai-${i}`, { ip: 'direct' });
    expect(await verifyCredentials('admin', fixturePassword, { ip: 'direct' })).toEqual({ ok: false, code: 'locked' });
    const run = unlock('ADMIN');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Đã mở khóa đăng nhập cho admin');
    expect((await verifyCredentials('admin', fixturePassword, { ip: 'direct' })).ok).toBe(true);
    const row = getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'account_unlocked'), eq(auditLog.entityId, env.ids.admin)))
      .get();
    expect(row).toMatchObject({ actorId: null, actorLabel: 'operator' });
  });

  it('says so and exits 1 for an unknown account', () => {
    const run = unlock('khong-co-ai');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Không có tài khoản "khong-co-ai"');
  });
});
