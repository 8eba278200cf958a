// Seeds organizations, accounts and every resolution in db/seed/resolutions/ (one file per
// year, "2023.txt"). Idempotent: what exists is never changed, so a second run (or a second
// server starting) adds nothing and a password a user changed stays changed.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { hashPasswordsSync } from '../../lib/auth/password';
import type { Db } from '../client';
import { organizations, resolutions as resolutionsTable, users, type ImportWarning } from '../schema';
import { importResolution } from './import-resolution';
import { accountSeeds, organizationSeeds } from './organizations';
import { parseResolution, ResolutionParseError } from '../../lib/resolution/parse';
import { createResolutionPeriods } from './periods';

export type SeedOptions = {
  /** Password of every account created now; otherwise each gets its own random one. */
  seedPassword?: string;
  log?: (message: string) => void;
  /** Folder of "YYYY.txt" resolutions; defaults to db/seed/resolutions under the working directory. */
  resolutionsDir?: string;
};

export type SeedResult = {
  /** Accounts created by this run; `password` only when it was generated (shown once, never stored). */
  createdAccounts: { username: string; password?: string }[];
  /** True when this run imported at least one resolution. */
  resolutionCreated: boolean;
  resolutions: { year: number; created: boolean }[];
  warnings: ImportWarning[];
};

// Resolved from the working directory, like the migrations folder: `npm start`, the scripts and
// the tests all run from the project root, and bundled server code has no stable __dirname.
export const defaultResolutionsDir = () => path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'db/seed/resolutions');

/** 18 random bytes → 24 base64url characters (144 bits). */
export function randomPassword(): string {
  return randomBytes(18).toString('base64url');
}

export function seedDatabase(db: Db, options: SeedOptions = {}): SeedResult {
  const log = options.log ?? (() => {});

  // 1. Read and parse every document first: a document that does not parse writes nothing.
  const documents = readResolutions(options.resolutionsDir ?? defaultResolutionsDir());

  // 2. Hash new accounts' passwords before the transaction (slow by design; all in one go).
  const existing = new Set(
    db
      .select({ username: users.username })
      .from(users)
      .all()
      .map((u) => u.username),
  );
  const missing = accountSeeds
    .filter((a) => !existing.has(a.username))
    .map((a) => ({ ...a, password: options.seedPassword ?? randomPassword() }));
  const hashes = hashPasswordsSync(missing.map((a) => a.password));
  const newAccounts = missing.map((a, i) => ({ ...a, passwordHash: hashes[i]! }));

  // 3. Organizations and accounts together: missing ones are added, existing ones untouched.
  const createdAccounts = db.transaction(
    (tx) => {
      const orgIds = new Map(
        tx
          .select({ id: organizations.id, code: organizations.code })
          .from(organizations)
          .all()
          .map((o) => [o.code, o.id]),
      );
      for (const org of organizationSeeds) {
        if (orgIds.has(org.code)) continue;
        const parentId = org.parentCode ? (orgIds.get(org.parentCode) ?? null) : null;
        const row = tx
          .insert(organizations)
          .values({ code: org.code, name: org.name, kind: org.kind, parentId, sortOrder: org.sortOrder })
          .returning({ id: organizations.id })
          .get();
        orgIds.set(org.code, row.id);
        log(`Đã tạo cơ quan ${org.code} — ${org.name}`);
      }
      const created: SeedResult['createdAccounts'] = [];
      for (const a of newAccounts) {
        const inserted = tx
          .insert(users)
          .values({
            username: a.username,
            displayName: a.displayName,
            passwordHash: a.passwordHash,
            role: a.role,
            organizationId: a.orgCode ? orgIds.get(a.orgCode)! : null,
          })
          .onConflictDoNothing({ target: users.username })
          .returning({ id: users.id })
          .get();
        if (!inserted) continue;
        created.push(
          options.seedPassword === undefined
            ? { username: a.username, password: a.password }
            : { username: a.username },
        );
        log(`Đã tạo tài khoản ${a.username}`);
      }
      return created;
    },
    { behavior: 'immediate' },
  );

  // 4. Each resolution in its own transaction; a year already imported is skipped.
  const resolutions: SeedResult['resolutions'] = [];
  const warnings: ImportWarning[] = [];
  for (const doc of documents) {
    const result = importResolution(db, doc.parsed, { sourceText: doc.text });
    resolutions.push({ year: doc.parsed.header.year, created: result.created });
    warnings.push(...result.warnings);
    log(
      result.created
        ? `Đã nhập nghị quyết năm ${doc.parsed.header.year} (${doc.file}): ${doc.parsed.targets.length} chỉ tiêu, ${doc.parsed.taskGroups.reduce((n, g) => n + g.tasks.length, 0)} nhiệm vụ`
        : `Nghị quyết năm ${doc.parsed.header.year} đã có, bỏ qua ${doc.file}`,
    );
  }
  // 5. Every resolution held gets the periods of its year that it lacks (the six-month and year
  // periods came after the first imports); existing periods are left as they are.
  db.transaction(
    (tx) => {
      for (const r of tx
        .select({ id: resolutionsTable.id, year: resolutionsTable.year })
        .from(resolutionsTable)
        .all()) {
        const added = createResolutionPeriods(tx, r.id, r.year);
        if (added) log(`Đã thêm ${added} kỳ báo cáo cho năm ${r.year}`);
      }
    },
    { behavior: 'immediate' },
  );
  return { createdAccounts, resolutionCreated: resolutions.some((r) => r.created), resolutions, warnings };
}

function readResolutions(dir: string) {
  const files = readdirSync(dir)
    .filter((f) => /^\d{4}\.txt$/u.test(f))
    .sort();
  return files.map((file) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    try {
      return { file, text, parsed: parseResolution(text) };
    } catch (error) {
      if (error instanceof ResolutionParseError) error.message = `${file}: ${error.message}`;
      throw error;
    }
  });
}
