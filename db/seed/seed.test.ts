// Integration: a real SQLite file in a temporary folder, migrated and seeded as on first start.
import argon2 from 'argon2';
import type Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, openSqlite, type Db } from '../client';
import { migrateDb } from '../migrate';
import { settings } from '../schema';
import { importResolution } from './import-resolution';
import { parseResolution, ResolutionParseError } from '../../lib/resolution/parse';
import { seedDatabase, type SeedResult } from './seed';

const root = mkdtempSync(path.join(tmpdir(), 'seed-test-'));
const sourcePath = path.join(__dirname, 'resolutions/2023.txt');
const tables = [
  'organizations',
  'users',
  'resolutions',
  'targets',
  'task_groups',
  'tasks',
  'assignments',
  'reporting_periods',
];
let n = 0;

function freshDb(): { sqlite: Database.Database; db: Db; file: string } {
  const file = path.join(root, `db-${++n}`, 'app.db');
  mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = openSqlite(file);
  const db = createDb(sqlite);
  migrateDb(db);
  return { sqlite, db, file };
}

function counts(sqlite: Database.Database): Record<string, number> {
  return Object.fromEntries(
    tables.map((t) => [t, (sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]),
  );
}

const seededCounts = {
  organizations: 9,
  users: 11,
  resolutions: 1,
  targets: 19,
  task_groups: 8,
  tasks: 14,
  assignments: 48,
  reporting_periods: 18,
};

/** "subject:ORG:role" for every assignment, targets by code, tasks by code. */
function assignmentKeys(sqlite: Database.Database): string[] {
  return (
    sqlite
      .prepare(
        `SELECT coalesce(t.code, k.code) AS subject, o.code AS org, a.role FROM assignments a
         JOIN organizations o ON o.id = a.organization_id
         LEFT JOIN targets t ON t.id = a.target_id LEFT JOIN tasks k ON k.id = a.task_id`,
      )
      .all() as { subject: string; org: string; role: string }[]
  )
    .map((r) => `${r.subject}:${r.org}:${r.role}`)
    .sort();
}

const ubndTargets = ['01', '02', '03', '04', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16'];
const expectedAssignments = [
  ...ubndTargets.map((o) => `2.1.${o}:UBND:lead`),
  '2.1.05:MTTQ:lead',
  '2.1.05:UBND:coordinate',
  '2.1.06:MTTQ:lead',
  '2.1.06:UBND:coordinate',
  '2.2.01:DU:lead',
  '2.2.02:DU:lead',
  '2.2.03:DU:lead',
  ...['III.1.1', 'III.2.1', 'III.2.2', 'III.3.1', 'III.3.2', 'III.4.1'].flatMap((c) => [
    `${c}:UBND:lead`,
    `${c}:DU:coordinate`,
  ]),
  ...['III.5.1', 'III.5.2', 'III.5.3', 'III.5.4', 'III.5.5'].map((c) => `${c}:DU:lead`),
  'III.5.4:MTTQ:coordinate',
  'III.5.4:UBND:coordinate',
  'III.6.1:HDND:lead',
  'III.7.1:UBND:lead',
  'III.8.1:MTTQ:lead',
  ...['HND', 'HPN', 'DTN', 'HCCB', 'CD'].map((o) => `III.8.1:${o}:coordinate`),
].sort();

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('seedDatabase on a fresh file', () => {
  let sqlite: Database.Database;
  let db: Db;
  let first: SeedResult;
  beforeAll(() => {
    ({ sqlite, db } = freshDb());
    first = seedDatabase(db, { seedPassword: 'mat-khau-thu-nghiem-2023' });
  });
  afterAll(() => sqlite.close());

  it('creates every organization, account, target, task and period', () => {
    expect(counts(sqlite)).toEqual(seededCounts);
    expect(first.resolutionCreated).toBe(true);
    expect(first.createdAccounts.map((a) => a.username)).toEqual([
      'danguy',
      'hdnd',
      'ubnd',
      'mttq',
      'hoinongdan',
      'hoiphunu',
      'doanthanhnien',
      'hoicuuchienbinh',
      'congdoan',
      'bithu',
      'admin',
    ]);
    // With SEED_PASSWORD the caller knows the password: it is not handed back.
    expect(first.createdAccounts.every((a) => a.password === undefined)).toBe(true);
    expect(sqlite.prepare(`SELECT category, count(*) AS n FROM targets GROUP BY category`).all()).toEqual([
      { category: '2.1', n: 16 },
      { category: '2.2', n: 3 },
    ]);
  });

  it('links accounts and organizations as the contract says', async () => {
    const rows = sqlite
      .prepare(
        `SELECT u.username, u.role, o.code FROM users u LEFT JOIN organizations o ON o.id = u.organization_id ORDER BY u.id`,
      )
      .all();
    expect(rows).toContainEqual({ username: 'bithu', role: 'chair', code: 'DU' });
    expect(rows).toContainEqual({ username: 'admin', role: 'admin', code: null });
    expect(rows).toContainEqual({ username: 'hoicuuchienbinh', role: 'officer', code: 'HCCB' });
    const mass = sqlite
      .prepare(`SELECT c.code FROM organizations c JOIN organizations p ON p.id = c.parent_id WHERE p.code = 'MTTQ'`)
      .all();
    expect(mass.map((r) => (r as { code: string }).code).sort()).toEqual(['CD', 'DTN', 'HCCB', 'HND', 'HPN']);
    const hash = (sqlite.prepare(`SELECT password_hash AS h FROM users WHERE username = 'ubnd'`).get() as { h: string })
      .h;
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await argon2.verify(hash, 'mat-khau-thu-nghiem-2023')).toBe(true);
  });

  it('stores exact values, directions, the extra figure and the source', () => {
    const t = (code: string) =>
      sqlite.prepare(`SELECT * FROM targets WHERE code = ?`).get(code) as Record<string, unknown>;
    expect(t('2.1.05')).toMatchObject({
      name: 'Tỷ lệ gia đình văn hóa',
      target_value: 89.61,
      unit: '%',
      direction: 'min',
      min_value: 0,
      max_value: 100,
    });
    expect(t('2.1.01')).toMatchObject({
      target_value: 621,
      unit: 'ha',
      min_value: null,
      max_value: null,
      source_line: '- Tổng diện tích gieo trồng: 621 ha.',
    });
    expect(t('2.1.02')).toMatchObject({ qualifier: 'so với kế hoạch thị xã giao' });
    expect(t('2.2.01')).toMatchObject({
      target_value: 4,
      extra: '5 người/năm',
      extra_value: 5,
      extra_unit: 'người/năm',
    });
    expect(t('2.1.13')).toMatchObject({ name: 'Tỷ lệ hộ dân đăng ký tham gia đồ rác thải' });
    const ceilings = sqlite.prepare(`SELECT code FROM targets WHERE direction = 'max' ORDER BY code`).all();
    expect(ceilings).toEqual([{ code: '2.1.07' }, { code: '2.1.08' }, { code: '2.1.09' }]);

    const source = readFileSync(sourcePath, 'utf8');
    const r = sqlite.prepare(`SELECT * FROM resolutions`).get() as Record<string, string>;
    expect(r).toMatchObject({
      year: 2023,
      conference_number: 34,
      held_on: '2022-12-27',
      signer_name: 'Nguyễn Thị Ngọc',
      review_targets_total: 19,
    });
    expect(r.source_text).toBe(source);
    expect(r.source_sha256).toMatch(/^[0-9a-f]{64}$/);
    const warnings = JSON.parse(r.import_warnings!) as { code: string; refs: string[] }[];
    expect(warnings).toEqual([expect.objectContaining({ code: 'figure-conflict', refs: ['2.1.08', 'III.3.2'] })]);
  });

  it('assigns default owners by rule', () => {
    expect(assignmentKeys(sqlite)).toEqual(expectedAssignments);
  });

  it('creates months and quarters due 5 days after the end, and the six-month and year reviews due on their cut-off', () => {
    const periods = sqlite
      .prepare(`SELECT code, kind, starts_on, ends_on, due_on FROM reporting_periods ORDER BY id`)
      .all();
    expect(periods).toHaveLength(18);
    expect(periods[1]).toEqual({
      code: '2023-M02',
      kind: 'month',
      starts_on: '2023-02-01',
      ends_on: '2023-02-28',
      due_on: '2023-03-05',
    });
    expect(periods[15]).toEqual({
      code: '2023-Q4',
      kind: 'quarter',
      starts_on: '2023-10-01',
      ends_on: '2023-12-31',
      due_on: '2024-01-05',
    });
    // DESIGN.md: data cut off on 14/6 for the six-month report and 14/12 for the annual one.
    expect(periods.slice(16)).toEqual([
      { code: '2023-H1', kind: 'half', starts_on: '2023-01-01', ends_on: '2023-06-30', due_on: '2023-06-14' },
      { code: '2023-Y', kind: 'year', starts_on: '2023-01-01', ends_on: '2023-12-31', due_on: '2023-12-14' },
    ]);
  });

  it('completes the periods of a resolution imported before the reviews existed, changing none', () => {
    sqlite.prepare(`DELETE FROM reporting_periods WHERE kind IN ('half', 'year')`).run();
    sqlite.prepare(`UPDATE reporting_periods SET due_on = '2023-02-10' WHERE code = '2023-M01'`).run();
    seedDatabase(db, { seedPassword: 'another-password-ignored' });
    const codes = sqlite.prepare(`SELECT code FROM reporting_periods WHERE kind IN ('half', 'year') ORDER BY id`).all();
    expect(codes).toEqual([{ code: '2023-H1' }, { code: '2023-Y' }]);
    expect(sqlite.prepare(`SELECT due_on FROM reporting_periods WHERE code = '2023-M01'`).get()).toEqual({
      due_on: '2023-02-10',
    });
  });

  it('seeding again changes nothing that exists, including what users changed', () => {
    sqlite.prepare(`UPDATE users SET password_hash = ? WHERE username = 'hdnd'`).run('$2b$12$changed-by-the-user');
    const ubnd = sqlite.prepare(`SELECT id FROM organizations WHERE code = 'UBND'`).get() as { id: number };
    const hnd = sqlite.prepare(`SELECT id FROM organizations WHERE code = 'HND'`).get() as { id: number };
    sqlite
      .prepare(
        `UPDATE assignments SET organization_id = ? WHERE organization_id = ? AND target_id = (SELECT id FROM targets WHERE code = '2.1.01')`,
      )
      .run(hnd.id, ubnd.id);

    const again = seedDatabase(db, { seedPassword: 'another-password-ignored' });
    expect(again).toMatchObject({ createdAccounts: [], resolutionCreated: false });
    expect(counts(sqlite)).toEqual(seededCounts);
    expect(sqlite.prepare(`SELECT password_hash AS h FROM users WHERE username = 'hdnd'`).get()).toEqual({
      h: '$2b$12$changed-by-the-user',
    });
    expect(assignmentKeys(sqlite)).toContain('2.1.01:HND:lead');
    expect(assignmentKeys(sqlite)).not.toContain('2.1.01:UBND:lead');
  });
});

describe('seedDatabase without SEED_PASSWORD', () => {
  it('gives each account its own strong random password, returned once and stored only hashed', async () => {
    const { sqlite, db } = freshDb();
    db.insert(settings).values({ key: 'period_due_days', value: '10' }).run();
    const result = seedDatabase(db);
    expect(result.createdAccounts).toHaveLength(11);
    const passwords = result.createdAccounts.map((a) => a.password!);
    expect(new Set(passwords).size).toBe(11);
    for (const p of passwords) expect(p).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    const admin = result.createdAccounts.find((a) => a.username === 'admin')!;
    const stored = sqlite.prepare(`SELECT password_hash AS h FROM users WHERE username = 'admin'`).get() as {
      h: string;
    };
    expect(stored.h).not.toContain(admin.password);
    expect(await argon2.verify(stored.h, admin.password!)).toBe(true);
    // The configured due days apply.
    expect(sqlite.prepare(`SELECT due_on FROM reporting_periods WHERE code = '2023-M01'`).get()).toEqual({
      due_on: '2023-02-10',
    });
    sqlite.close();
  });
});

describe('nothing is written when the import fails', () => {
  it('a malformed document leaves the database empty', () => {
    const { sqlite, db } = freshDb();
    const dir = path.join(root, 'broken');
    mkdirSync(dir, { recursive: true });
    const broken = readFileSync(sourcePath, 'utf8').replace('- Tỷ lệ hộ nghèo: 1,25%', '- Tỷ lệ hộ nghèo:');
    writeFileSync(path.join(dir, '2023.txt'), broken);
    expect(() => seedDatabase(db, { resolutionsDir: dir })).toThrow(ResolutionParseError);
    expect(() => seedDatabase(db, { resolutionsDir: dir })).toThrow(/2023\.txt: .*Dòng 34/s);
    expect(Object.values(counts(sqlite)).every((c) => c === 0)).toBe(true);
    sqlite.close();
  });

  it('a failure half-way through the import rolls the whole resolution back', () => {
    const { sqlite, db } = freshDb();
    const text = readFileSync(sourcePath, 'utf8');
    const parsed = parseResolution(text);
    // Two tasks with the same paragraph number violate a unique index late in the import.
    const group = parsed.taskGroups[4]!;
    group.tasks[4] = { ...group.tasks[4]!, paragraph: 1 };
    expect(() => importResolution(db, parsed, { sourceText: text })).toThrow();
    expect(counts(sqlite)).toMatchObject({
      resolutions: 0,
      targets: 0,
      task_groups: 0,
      tasks: 0,
      assignments: 0,
      reporting_periods: 0,
    });
    sqlite.close();
  });
});

describe('scripts/prepare-db.ts', () => {
  const tsx = path.resolve('node_modules/.bin/tsx');
  const script = path.resolve('scripts/prepare-db.ts');
  function run(env: Record<string, string>, cwd = process.cwd(), command = ['npx', 'tsx', script]) {
    return new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(command[0]!, command.slice(1), { cwd, env: { ...process.env, ...env } });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.on('close', (code) => resolve({ code, out }));
    });
  }

  it('two processes preparing the same fresh file at once both succeed', async () => {
    const file = path.join(root, 'concurrent', 'app.db');
    const env = { DATABASE_PATH: file, SEED_PASSWORD: 'mat-khau-dung-chung-2023' };
    const [a, b] = await Promise.all([run(env), run(env)]);
    expect(a, a.out).toMatchObject({ code: 0 });
    expect(b, b.out).toMatchObject({ code: 0 });
    expect(a.out + b.out).not.toContain('mat-khau-dung-chung-2023');
    const sqlite = openSqlite(file);
    expect(counts(sqlite)).toEqual(seededCounts);
    sqlite.close();
  }, 120_000);

  it('prints generated passwords once', async () => {
    const file = path.join(root, 'printed', 'app.db');
    const first = await run({ DATABASE_PATH: file, SEED_PASSWORD: '' });
    expect(first.code, first.out).toBe(0);
    expect(first.out).toMatch(/\| admin\s+\| [A-Za-z0-9_-]{24} \|/);
    const second = await run({ DATABASE_PATH: file, SEED_PASSWORD: '' });
    expect(second.code, second.out).toBe(0);
    expect(second.out).not.toMatch(/\| admin\s+\|/);
  }, 120_000);

  it('exits non-zero with the line on a parse error, and writes nothing', async () => {
    // A project folder whose resolution is broken: the script reads db/seed/resolutions and
    // drizzle/ from its working directory.
    const project = path.join(root, 'broken-project');
    cpSync(path.resolve('drizzle'), path.join(project, 'drizzle'), { recursive: true });
    mkdirSync(path.join(project, 'db/seed/resolutions'), { recursive: true });
    const broken = readFileSync(sourcePath, 'utf8').replace(
      '- Tổng diện tích gieo trồng: 621 ha.',
      '- Tổng diện tích gieo trồng: 621 mẫu.',
    );
    writeFileSync(path.join(project, 'db/seed/resolutions/2023.txt'), broken);
    const file = path.join(project, 'data', 'app.db');
    const result = await run({ DATABASE_PATH: file, SEED_PASSWORD: 'x-y-z-1234567890' }, project, [tsx, script]);
    expect(result.code).toBe(1);
    expect(result.out).toContain('Dòng 27');
    expect(result.out).toContain('“mẫu”');
    const sqlite = openSqlite(file);
    expect(counts(sqlite)).toMatchObject({ organizations: 0, users: 0, resolutions: 0 });
    sqlite.close();
  }, 120_000);
});

// Keep the copied document byte-identical to the resolution it came from, when that is present.
it('the seed document is byte-identical to the shared resolution text', () => {
  const shared = path.resolve(__dirname, '../../../shared/seed/000_9ad0f83d37182aeb.txt');
  let original: Buffer;
  try {
    original = readFileSync(shared);
  } catch {
    return; // outside the workspace the original is not there; nothing reads it at run time
  }
  expect(readFileSync(sourcePath).equals(original)).toBe(true);
});
