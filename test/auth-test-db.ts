// A real SQLite file in a temporary folder, migrated, with a few organizations and accounts:
// enough for the access layer's auth, account and assignment rules. Import it BEFORE anything
// that opens the database, and call `cleanup()` in afterAll.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { closeDb, getDb } from '@/db/client';
import { migrateFile } from '@/db/migrate';
import { auditLog, organizations, users } from '@/db/schema';
import { hashPasswordSync } from '@/lib/auth/password';

export const fixturePassword = 'mat-khau-thu-nghiem-1';

export function openAuthTestDb() {
  const dir = mkdtempSync(path.join(tmpdir(), 'auth-test-'));
  const file = path.join(dir, 'app.db');
  process.env.DATABASE_PATH = file;
  closeDb();
  migrateFile(file);
  const db = getDb();
  const org = (code: string, name: string, kind: 'party' | 'council' | 'committee', sortOrder: number) =>
    db.insert(organizations).values({ code, name, kind, sortOrder }).returning({ id: organizations.id }).get().id;
  const orgs = {
    DU: org('DU', 'Đảng ủy phường', 'party', 1),
    HDND: org('HDND', 'Hội đồng nhân dân phường', 'council', 2),
    UBND: org('UBND', 'Ủy ban nhân dân phường', 'committee', 3),
  };
  const hash = hashPasswordSync(fixturePassword);
  const user = (username: string, role: 'officer' | 'chair' | 'admin', organizationId: number | null) =>
    db
      .insert(users)
      .values({ username, displayName: `Tài khoản ${username}`, role, organizationId, passwordHash: hash })
      .returning({ id: users.id })
      .get().id;
  const ids = {
    admin: user('admin', 'admin', null),
    bithu: user('bithu', 'chair', orgs.DU),
    hdnd: user('hdnd', 'officer', orgs.HDND),
    ubnd: user('ubnd', 'officer', orgs.UBND),
  };
  return {
    file,
    orgs,
    ids,
    cleanup() {
      closeDb();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function auditCount(): number {
  return getDb().select({ n: count() }).from(auditLog).get()?.n ?? 0;
}
