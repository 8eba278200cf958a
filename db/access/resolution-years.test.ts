// Integration: the yearly cycle on a real seeded SQLite file — import (and every bad upload
// refused with nothing written), review, publish, undo, the archive closed to new updates,
// carried-forward baselines, the summary per year, and two publishers at once.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb, getSqlite } from '@/db/client';
import { buildSummary } from '@/lib/public/summary-model';
import { toOpenData } from '@/lib/public/open-data';
import { acknowledgeWarning, chooseLink, confirmProposedLinks, editTarget } from '@/lib/years/draft-edits';
import { resolutionDocx } from '@/test/fixtures/resolution-docx';
import { insertUpdate } from '@/test/update-rows';
import { createWorkflowFixture, type Fixture } from '@/test/workflow-fixture';
import { readCurrentResolution } from './periods';
import { readSummaryRows } from './public-summary';
import { editDraft, getDraftView, importDraft } from './resolution-drafts';
import { publishDraft, undoPublish } from './resolution-publish';
import type { CurrentUser } from './session';
import { saveUpdate } from './updates';

const revalidated = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/lib/revalidate-public', () => ({ revalidatePublicPages: () => void revalidated.count++ }));

const text2024 = readFileSync(path.resolve('test/fixtures/resolution-2024.txt'), 'utf8');
let fx: Fixture;
let admin: CurrentUser;

beforeAll(() => {
  fx = createWorkflowFixture();
  admin = { ...fx.user('admin'), username: 'admin', displayName: '', organizationCode: null, organizationName: null };
  // 2023's final figure of the cultural families target, and a correction approved later.
  insertUpdate(getSqlite(), {
    kind: 'target',
    subjectCode: '2.1.05',
    period: '2023-Q4',
    state: 'approved',
    value: 88.2,
  });
  insertUpdate(getSqlite(), {
    kind: 'target',
    subjectCode: '2.1.05',
    period: '2023-M12',
    state: 'approved',
    value: 90.4,
  });
});
afterAll(() => fx.cleanup());

const count = (table: string) => (getSqlite().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const state = () => getSqlite().prepare('SELECT year, state FROM resolutions ORDER BY year').all();

/** The new income target has no default owner: the office names the People's Committee. */
function assignIncome(user: CurrentUser, draftId: number) {
  const view = getDraftView(user, draftId)!;
  const t = view.doc.draft.targets.find((x) => x.name.includes('Thu nhập'))!;
  const outcome = editDraft(user, { id: draftId, version: view.version, action: 'target' }, (doc) =>
    editTarget(doc, t.code, {
      name: t.name,
      category: t.category,
      targetValue: t.targetValue,
      targetHigh: null,
      unit: t.unit,
      direction: 'min',
      extra: null,
      errata: null,
      owners: [{ org: 'UBND', role: 'lead' }],
    }),
  );
  expect(outcome.ok).toBe(true);
}

describe('bad uploads: a clear message and nothing written', () => {
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1]);
  it.each([
    ['an empty file', { fileName: 'nghi-quyet.docx', bytes: new Uint8Array() }, 'empty', /trống/],
    [
      'a JPEG renamed to .docx',
      { fileName: 'nghi-quyet.docx', bytes: jpeg },
      'not-docx',
      /không phải là tệp Word.*JPEG/,
    ],
    [
      'a huge file',
      { fileName: 'nghi-quyet.txt', bytes: new Uint8Array(6 * 1024 * 1024).fill(0x61) },
      'too-large',
      /quá lớn/,
    ],
    [
      'a text that is not a resolution',
      { text: 'Danh sách đi chợ:\n- 2 kg gạo\n- 1 bó rau' },
      'not-resolution',
      /không phải là một nghị quyết/,
    ],
    ['an empty paste', { text: '   \n' }, 'empty', /trống/],
  ] as const)('%s', async (_what, upload, code, message) => {
    const audits = count('audit_log');
    const outcome = await importDraft(admin, upload);
    expect(outcome).toMatchObject({ ok: false, code });
    expect(!outcome.ok && outcome.message).toMatch(message);
    expect(count('resolution_drafts')).toBe(0);
    expect(count('audit_log')).toBe(audits);
  });

  it('refuses the year already held', async () => {
    const outcome = await importDraft(admin, { text: readFileSync('db/seed/resolutions/2023.txt', 'utf8') });
    expect(outcome).toMatchObject({ ok: false, code: 'year_exists' });
    expect(count('resolution_drafts')).toBe(0);
  });

  it('refuses a role other than the administrator', async () => {
    await expect(importDraft({ ...admin, role: 'chair' }, { text: text2024 })).rejects.toThrow();
  });
});

describe('import, review, publish, undo', () => {
  let draftId: number;

  it('reads a Word file into a draft that nothing public or on a dashboard sees', async () => {
    const outcome = await importDraft(admin, {
      fileName: 'nghi-quyet-2024.docx',
      bytes: new Uint8Array(await resolutionDocx(text2024)),
    });
    expect(outcome.ok).toBe(true);
    draftId = outcome.ok ? outcome.draftId : 0;
    const view = getDraftView(admin, draftId)!;
    expect(view.year).toBe(2024);
    expect(view.doc.draft.targets).toHaveLength(19);
    expect(view.doc.draft.taskGroups.flatMap((g) => g.tasks)).toHaveLength(14);
    // Not a resolution until published: the current one, the public summary and its years are 2023's.
    expect(readCurrentResolution(getDb())?.year).toBe(2023);
    expect(readSummaryRows(getDb())?.resolution.year).toBe(2023);
    expect(readSummaryRows(getDb(), 2024)).toBeNull();
    expect(getSqlite().prepare("SELECT action FROM audit_log WHERE entity_type = 'resolution_draft'").all()).toEqual([
      { action: 'resolution_draft.import' },
    ]);
  });

  it('proposes last year’s target measuring the same thing, and nothing for a new measure', () => {
    const view = getDraftView(admin, draftId)!;
    const byCode = (code: string) => view.previous!.targets.find((t) => t.code === code)!.id;
    const link = (code: string) => view.doc.targets[code]!.link;
    // A target added after the second line moves the codes: the link follows the name, not the code.
    expect(link('2.1.09')).toMatchObject({ state: 'proposed', previousTargetId: byCode('2.1.08') });
    expect(link('2.1.10')).toMatchObject({ state: 'proposed', previousTargetId: byCode('2.1.09') });
    expect(link('2.1.15')).toMatchObject({ state: 'proposed', previousTargetId: byCode('2.1.15') });
    expect(link('2.1.03')).toMatchObject({ previousTargetId: null });
    // The owners come from the default rules: the Front leads cultural families, UBND coordinating.
    expect(view.doc.targets['2.1.06']!.owners).toEqual([
      { org: 'MTTQ', role: 'lead' },
      { org: 'UBND', role: 'coordinate' },
    ]);
  });

  it('checks section I against what the app recorded for 2023, as warnings', () => {
    const view = getDraftView(admin, draftId)!;
    const checks = view.doc.warnings.filter((w) => w.source === 'review-check').map((w) => w.message);
    // The review says 17 met; the app approved one figure (and it meets its target).
    expect(checks.join('\n')).toMatch(/Mục I ghi 17 chỉ tiêu đạt và vượt năm 2023; .* có 1 chỉ tiêu đạt/);
    expect(view.doc.warnings.some((w) => w.code === 'figure-conflict')).toBe(true);
  });

  it('refuses to publish while warnings are open or links undecided, and writes nothing', () => {
    const view = getDraftView(admin, draftId)!;
    expect(view.blockers.total).toBeGreaterThan(0);
    const before = state();
    expect(publishDraft(admin, { id: draftId, version: view.version })).toMatchObject({ ok: false, code: 'blocked' });
    expect(state()).toEqual(before);
  });

  it('publishes once everything is resolved: 2024 current, 2023 archived, periods, links and baselines', () => {
    let view = getDraftView(admin, draftId)!;
    const poor = view.doc.draft.targets.find((t) => t.code === '2.1.09')!;
    // Fixing the warned target resolves its warnings; the rest are acknowledged; links confirmed.
    const outcome = editDraft(admin, { id: draftId, version: view.version, action: 'target' }, (doc) =>
      editTarget(doc, '2.1.09', {
        name: poor.name,
        category: poor.category,
        targetValue: 0.95,
        targetHigh: null,
        unit: '%',
        direction: 'max',
        extra: null,
        errata: null,
        owners: view.doc.targets['2.1.09']!.owners,
      }),
    );
    expect(outcome.ok).toBe(true);
    assignIncome(admin, draftId);
    view = getDraftView(admin, draftId)!;
    expect(view.doc.warnings.filter((w) => w.refs.includes('2.1.09')).every((w) => w.status !== 'open')).toBe(true);
    for (const w of view.doc.warnings.filter((x) => x.status === 'open')) {
      const v = getDraftView(admin, draftId)!.version;
      expect(
        editDraft(admin, { id: draftId, version: v, action: 'acknowledge' }, (d) => acknowledgeWarning(d, w.id)).ok,
      ).toBe(true);
    }
    const v = getDraftView(admin, draftId)!.version;
    expect(editDraft(admin, { id: draftId, version: v, action: 'links' }, (d) => confirmProposedLinks(d)).ok).toBe(
      true,
    );
    // A stale version is refused.
    expect(
      editDraft(admin, { id: draftId, version: v, action: 'links' }, (d) => confirmProposedLinks(d)),
    ).toMatchObject({
      ok: false,
      code: 'stale_version',
    });
    view = getDraftView(admin, draftId)!;
    expect(view.blockers.total).toBe(0);

    const published = publishDraft(admin, { id: draftId, version: view.version });
    expect(published.ok).toBe(true);
    expect(state()).toEqual([
      { year: 2023, state: 'archived' },
      { year: 2024, state: 'current' },
    ]);
    const resolutionId = published.ok ? published.resolutionId : 0;
    expect(
      getSqlite().prepare('SELECT count(*) AS n FROM reporting_periods WHERE resolution_id = ?').get(resolutionId),
      // 12 months, 4 quarters, the first six months and the year (createResolutionPeriods).
    ).toEqual({ n: 18 });
    const cultural = getSqlite()
      .prepare(
        `SELECT t.baseline_value AS baseline, t.baseline_period AS period, p.code AS previousCode, pr.year AS previousYear
         FROM targets t JOIN targets p ON p.id = t.previous_target_id JOIN resolutions pr ON pr.id = p.resolution_id
         WHERE t.resolution_id = ? AND t.code = '2.1.06'`,
      )
      .get(resolutionId);
    expect(cultural).toEqual({ baseline: 90.4, period: '2023-M12', previousCode: '2.1.05', previousYear: 2023 });
    const income = getSqlite()
      .prepare(
        "SELECT previous_target_id AS previous, baseline_value AS baseline FROM targets WHERE resolution_id = ? AND name LIKE 'Thu nhập%'",
      )
      .get(resolutionId);
    expect(income).toEqual({ previous: null, baseline: null });
    expect(
      getSqlite().prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'resolution.publish'").get(),
    ).toEqual({ n: 1 });
    // Publishing the same draft again changes nothing.
    expect(publishDraft(admin, { id: draftId, version: view.version })).toMatchObject({
      ok: false,
      code: 'stale_version',
    });
    expect(revalidated.count).toBeGreaterThan(0);
  });

  it('keeps every year public: the summary and the open data per year', () => {
    const y2023 = readSummaryRows(getDb(), 2023)!;
    const y2024 = readSummaryRows(getDb())!;
    expect(y2024.resolution.year).toBe(2024);
    const open2023 = toOpenData(buildSummary(y2023));
    expect(open2023.resolution.year).toBe(2023);
    expect(open2023.targets.find((t) => t.code === '2.1.05')!.latest).toMatchObject({
      value: 90.4,
      period: '2023-M12',
    });
    expect(Object.keys(open2023)).toEqual(['resolution', 'targets', 'taskGroups']);
    expect(toOpenData(buildSummary(y2024)).targets.every((t) => t.latest === null)).toBe(true);
    expect(readSummaryRows(getDb(), 2025)).toBeNull();
  });

  it('closes the archive to new updates in the data layer; the new year takes them', () => {
    const ubnd = fx.user('ubnd');
    const old = getSqlite()
      .prepare(
        `SELECT t.id AS target, p.id AS period FROM targets t JOIN resolutions r ON r.id = t.resolution_id
         JOIN reporting_periods p ON p.resolution_id = r.id WHERE r.year = 2023 AND t.code = '2.1.01' AND p.code = '2023-M12'`,
      )
      .get() as { target: number; period: number };
    const before = count('updates');
    const input = {
      id: null,
      version: null,
      kind: 'target' as const,
      subjectId: old.target,
      periodId: old.period,
      value: 600,
      note: null,
      taskStatus: null,
      progress: null,
      narrative: null,
    };
    expect(saveUpdate(ubnd, input, 'submit')).toMatchObject({ ok: false, code: 'archived' });
    expect(count('updates')).toBe(before);
  });

  it('undoes publishing until the first update, then refuses', () => {
    const resolutionId = readCurrentResolution(getDb())!.id;
    expect(undoPublish(admin, { resolutionId })).toEqual({ ok: true, restoredResolutionId: expect.any(Number) });
    expect(state()).toEqual([{ year: 2023, state: 'current' }]);
    expect(getSqlite().prepare("SELECT count(*) AS n FROM reporting_periods WHERE code LIKE '2024-%'").get()).toEqual({
      n: 0,
    });
    const view = getDraftView(admin, draftId)!;
    expect(view.state).toBe('draft');
    expect(
      getSqlite().prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'resolution.unpublish'").get(),
    ).toEqual({ n: 1 });

    // Publish again, file one update: now the year stays.
    const again = publishDraft(admin, { id: draftId, version: view.version });
    expect(again.ok).toBe(true);
    const ids = getSqlite()
      .prepare(
        `SELECT t.id AS target, p.id AS period FROM targets t JOIN resolutions r ON r.id = t.resolution_id
         JOIN reporting_periods p ON p.resolution_id = r.id WHERE r.year = 2024 AND t.code = '2.1.01' AND p.code = '2024-M01'`,
      )
      .get() as { target: number; period: number };
    const saved = saveUpdate(
      fx.user('ubnd'),
      {
        id: null,
        version: null,
        kind: 'target',
        subjectId: ids.target,
        periodId: ids.period,
        value: 120,
        note: null,
        taskStatus: null,
        progress: null,
        narrative: null,
      },
      'save',
    );
    expect(saved.ok).toBe(true);
    const newId = again.ok ? again.resolutionId : 0;
    expect(undoPublish(admin, { resolutionId: newId })).toMatchObject({ ok: false, code: 'has_updates' });
    expect(state()).toEqual([
      { year: 2023, state: 'archived' },
      { year: 2024, state: 'current' },
    ]);
  });
});

describe('two administrators publishing at once, in two processes', () => {
  let other: Fixture;
  afterAll(() => other?.cleanup());

  function run(file: string, draftId: number, version: number, adminId: number, startAt: number): Promise<string> {
    return new Promise((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          path.resolve('test/years/publish-worker.ts'),
          file,
          String(draftId),
          String(version),
          String(adminId),
          String(startAt),
        ],
        { env: { ...process.env, DATABASE_PATH: file } },
      );
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.on('exit', () => resolve(out.trim()));
      child.on('error', reject);
    });
  }

  it('never leaves two current resolutions', async () => {
    fx.cleanup();
    other = createWorkflowFixture();
    fx = other;
    const adminUser = {
      ...other.user('admin'),
      username: 'admin',
      displayName: '',
      organizationCode: null,
      organizationName: null,
    };
    const imported = await importDraft(adminUser, { text: text2024 });
    const draftId = imported.ok ? imported.draftId : 0;
    // Everything acknowledged and confirmed, so the draft may be published.
    assignIncome(adminUser, draftId);
    let view = getDraftView(adminUser, draftId)!;
    for (const w of view.doc.warnings) {
      view = getDraftView(adminUser, draftId)!;
      editDraft(adminUser, { id: draftId, version: view.version, action: 'acknowledge' }, (d) =>
        acknowledgeWarning(d, w.id),
      );
    }
    view = getDraftView(adminUser, draftId)!;
    editDraft(adminUser, { id: draftId, version: view.version, action: 'links' }, (d) => confirmProposedLinks(d));
    view = getDraftView(adminUser, draftId)!;
    expect(view.blockers.total).toBe(0);
    expect(chooseLink(view.doc, '2.1.01', -1, [1]).ok).toBe(false);

    const startAt = Date.now() + 2500;
    const outputs = await Promise.all([
      run(other.file, draftId, view.version, adminUser.id, startAt),
      run(other.file, draftId, view.version, adminUser.id, startAt),
    ]);
    const outcomes = outputs.map((o) => {
      try {
        return JSON.parse(o.split('\n').at(-1)!) as { ok: boolean; code?: string };
      } catch {
        throw new Error(o);
      }
    });
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.find((o) => !o.ok)).toMatchObject({ code: 'stale_version' });
    expect(getSqlite().prepare("SELECT year FROM resolutions WHERE state = 'current'").all()).toEqual([{ year: 2024 }]);
    expect(
      getSqlite().prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'resolution.publish'").get(),
    ).toEqual({ n: 1 });
  }, 60000);

  it('the database itself refuses a second current resolution', () => {
    expect(() => getSqlite().prepare("UPDATE resolutions SET state = 'current' WHERE year = 2023").run()).toThrow(
      /UNIQUE constraint failed/,
    );
  });
});
