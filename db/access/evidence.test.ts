// Integration: evidence files typed by content, stored beside the database (not under public/),
// attached only to an open update of one's own organization, read only by those allowed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { refusalOf } from '@/test/refusal';
import { getSqlite } from '@/db/client';
import { evidenceMaxBytes } from '@/lib/workflow/evidence-type';
import { createWorkflowFixture, type Fixture } from '@/test/workflow-fixture';
import { addEvidence, evidenceDir, evidencePerUpdateLimit, openEvidence, removeEvidence } from './evidence';
import { saveUpdate } from './updates';

vi.mock('@/lib/revalidate-public', () => ({ revalidatePublicPages: () => undefined }));

let fx: Fixture;
let draftId: number;
const pdf = new Uint8Array(Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer\n%%EOF\n', 'latin1'));
const fakePdf = new Uint8Array(Buffer.from('<html><script>alert(1)</script></html>', 'latin1'));

beforeAll(() => {
  fx = createWorkflowFixture();
  const result = saveUpdate(
    fx.user('hoinongdan'),
    {
      id: null,
      version: null,
      kind: 'task',
      subjectId: fx.taskId('III.8.1'),
      periodId: fx.periodId('2023-M09'),
      value: null,
      note: null,
      taskStatus: 'on_track',
      progress: 60,
      narrative: 'Hội nghị',
    },
    'save',
  );
  if (!result.ok) throw new Error(result.code);
  draftId = result.id;
});
afterAll(() => fx.cleanup());

const fileCount = () => (getSqlite().prepare('SELECT count(*) AS n FROM evidence_files').get() as { n: number }).n;

describe('evidence', () => {
  let evidenceId: number;

  it('stores a real PDF outside public/, under the data directory, with its audit row', () => {
    const result = addEvidence(fx.user('hoinongdan'), draftId, { name: 'Biên bản hội nghị.pdf', bytes: pdf });
    expect(result).toMatchObject({ ok: true });
    evidenceId = (result as { id: number }).id;
    const row = getSqlite().prepare('SELECT * FROM evidence_files WHERE id = ?').get(evidenceId) as Record<
      string,
      string | number
    >;
    expect(row).toMatchObject({
      file_name: 'Biên bản hội nghị.pdf',
      mime_type: 'application/pdf',
      size: pdf.byteLength,
    });
    expect(evidenceDir()).toBe(path.join(fx.root, 'evidence'));
    const stored = path.join(evidenceDir(), row.storage_key as string);
    expect(readFileSync(stored)).toEqual(Buffer.from(pdf));
    expect(getSqlite().prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'evidence.add'").get()).toEqual({
      n: 1,
    });
  });

  it('refuses an HTML page named .pdf, an empty file and an oversized one, keeping nothing', () => {
    const before = fx.snapshot();
    const hnd = fx.user('hoinongdan');
    expect(addEvidence(hnd, draftId, { name: 'bao-cao.pdf', bytes: fakePdf })).toEqual({ ok: false, code: 'bad_type' });
    expect(addEvidence(hnd, draftId, { name: 'a.pdf', bytes: new Uint8Array(0) })).toEqual({
      ok: false,
      code: 'empty',
    });
    const big = new Uint8Array(evidenceMaxBytes + 1);
    big.set(pdf);
    expect(addEvidence(hnd, draftId, { name: 'a.pdf', bytes: big })).toEqual({ ok: false, code: 'too_large' });
    expect(fx.snapshot()).toBe(before);
  });

  it("lets only the update's organization and the chair read the file", () => {
    expect(openEvidence(fx.user('hoinongdan'), evidenceId)).toMatchObject({
      fileName: 'Biên bản hội nghị.pdf',
      mimeType: 'application/pdf',
    });
    expect(openEvidence(fx.user('bithu'), evidenceId)).toMatchObject({ fileName: 'Biên bản hội nghị.pdf' });
    // Another organization's file looks missing (404); the administrator reads no evidence (403).
    expect(refusalOf(() => openEvidence(fx.user('hoiphunu'), evidenceId))).toBe(404);
    expect(refusalOf(() => openEvidence(fx.user('admin'), evidenceId))).toBe(403);
  });

  it('refuses another organization attaching to or removing from the update', () => {
    const before = fx.snapshot();
    const storedFiles = readdirSync(evidenceDir(), { recursive: true }).length;
    expect(refusalOf(() => addEvidence(fx.user('hoiphunu'), draftId, { name: 'x.pdf', bytes: pdf }))).toBe(404);
    expect(refusalOf(() => addEvidence(fx.user('bithu'), draftId, { name: 'x.pdf', bytes: pdf }))).toBe(403);
    expect(refusalOf(() => removeEvidence(fx.user('hoiphunu'), evidenceId))).toBe(404);
    expect(refusalOf(() => removeEvidence(fx.user('bithu'), evidenceId))).toBe(403);
    expect(fx.snapshot()).toBe(before);
    expect(readdirSync(evidenceDir(), { recursive: true })).toHaveLength(storedFiles);
  });

  it('caps the number of files per update', () => {
    for (let i = fileCount(); i < evidencePerUpdateLimit; i++) {
      expect(addEvidence(fx.user('hoinongdan'), draftId, { name: `${i}.pdf`, bytes: pdf })).toMatchObject({ ok: true });
    }
    expect(addEvidence(fx.user('hoinongdan'), draftId, { name: 'one-more.pdf', bytes: pdf })).toEqual({
      ok: false,
      code: 'too_many',
    });
  });

  it('removes a file while the update is open; freezes the files once it is submitted', () => {
    const stored = openEvidence(fx.user('hoinongdan'), evidenceId)!.filePath;
    expect(removeEvidence(fx.user('hoinongdan'), evidenceId)).toEqual({ ok: true });
    expect(existsSync(stored)).toBe(false);
    expect(refusalOf(() => openEvidence(fx.user('hoinongdan'), evidenceId))).toBe(404);
    const submitted = saveUpdate(
      fx.user('hoinongdan'),
      {
        id: draftId,
        version: 1,
        kind: 'task',
        subjectId: fx.taskId('III.8.1'),
        periodId: fx.periodId('2023-M09'),
        value: null,
        note: null,
        taskStatus: 'on_track',
        progress: 60,
        narrative: 'Hội nghị',
      },
      'submit',
    );
    expect(submitted).toMatchObject({ ok: true, state: 'submitted' });
    const remaining = (getSqlite().prepare('SELECT id FROM evidence_files LIMIT 1').get() as { id: number }).id;
    const before = fx.snapshot();
    expect(addEvidence(fx.user('hoinongdan'), draftId, { name: 'late.pdf', bytes: pdf })).toEqual({
      ok: false,
      code: 'not_editable',
    });
    expect(removeEvidence(fx.user('hoinongdan'), remaining)).toEqual({ ok: false, code: 'not_editable' });
    expect(fx.snapshot()).toBe(before);
  });
});
