// Integration: an evidence upload on a full disk. The write fails part-way (ENOSPC, injected into
// node:fs here as the kernel would report it); nothing is kept — no `.part`, no file, no row —
// and the uploader gets the "no space" outcome, shown as a Vietnamese sentence. Stale `.part`
// files left by a crash are removed when the database is prepared at start-up.
import {
  mkdirSync,
  readdirSync,
  utimesSync,
  writeFileSync as realWriteFile,
  existsSync,
  type PathOrFileDescriptor,
} from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { removeStaleEvidenceParts } from '@/db/evidence-files';
import { prepareDatabase } from '@/db/prepare';
import { workflowMessages } from '@/lib/i18n/messages/workflow';
import { createWorkflowFixture, type Fixture } from '@/test/workflow-fixture';
import { addEvidence, evidenceDir } from './evidence';
import { saveUpdate } from './updates';

vi.mock('@/lib/revalidate-public', () => ({ revalidatePublicPages: () => undefined }));

const disk = vi.hoisted(() => ({ full: false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  const writeSync = ((fd: number, buffer: NodeJS.ArrayBufferView, ...rest: never[]) => {
    if (!disk.full || typeof buffer === 'string')
      return (fs.writeSync as (...a: unknown[]) => number)(fd, buffer, ...rest);
    // Half of what was asked reaches the disk, then it is full.
    const bytes = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    fs.writeSync(fd, bytes.subarray(0, Math.floor(bytes.length / 2)));
    throw enospc();
  }) as typeof fs.writeSync;
  const writeFileSync = ((file: PathOrFileDescriptor, data: string | NodeJS.ArrayBufferView, options?: never) => {
    if (!disk.full || typeof file !== 'string' || !file.includes('evidence'))
      return fs.writeFileSync(file, data, options);
    const bytes =
      typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)), options);
    throw enospc();
  }) as typeof fs.writeFileSync;
  return { ...fs, default: { ...fs, writeSync, writeFileSync }, writeSync, writeFileSync };
});

let fx: Fixture;
let draftId: number;
const pdf = new Uint8Array(Buffer.from(`%PDF-1.4\n${'nội dung '.repeat(500)}\n%%EOF\n`, 'utf8'));

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

beforeAll(() => {
  fx = createWorkflowFixture();
  const saved = saveUpdate(
    fx.user('hoinongdan'),
    {
      id: null,
      version: null,
      kind: 'task',
      subjectId: fx.taskId('III.8.1'),
      periodId: fx.periodId('2023-M10'),
      value: null,
      note: null,
      taskStatus: 'on_track',
      progress: 40,
      narrative: 'Hội nghị',
    },
    'save',
  );
  if (!saved.ok) throw new Error(saved.code);
  draftId = saved.id;
});
afterAll(() => {
  disk.full = false;
  fx.cleanup();
});

describe('evidence upload on a full disk', () => {
  it('keeps nothing and answers "no space" with a Vietnamese message', () => {
    const before = fx.snapshot();
    disk.full = true;
    let result: unknown;
    try {
      result = addEvidence(fx.user('hoinongdan'), draftId, { name: 'Biên bản.pdf', bytes: pdf });
    } finally {
      disk.full = false;
    }
    expect(result).toEqual({ ok: false, code: 'no_space' });
    expect(filesUnder(evidenceDir())).toEqual([]);
    expect(fx.snapshot()).toBe(before);
    expect(workflowMessages.vi.evidence_no_space).toMatch(/^Máy chủ hết dung lượng lưu trữ/);
    // Once space is back the same upload works.
    expect(addEvidence(fx.user('hoinongdan'), draftId, { name: 'Biên bản.pdf', bytes: pdf })).toMatchObject({
      ok: true,
    });
  });

  it('removes stale .part files at start-up and leaves a fresh one (an upload in progress) alone', () => {
    const dir = path.join(evidenceDir(), String(draftId));
    mkdirSync(dir, { recursive: true });
    const stale = path.join(dir, 'aaaa.pdf.part');
    const fresh = path.join(dir, 'bbbb.pdf.part');
    realWriteFile(stale, 'half a file');
    realWriteFile(fresh, 'being written');
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    utimesSync(stale, hourAgo, hourAgo);
    prepareDatabase(fx.file, { seedPassword: 'mat-khau-thu-nghiem-2023' });
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
    expect(removeStaleEvidenceParts(evidenceDir(), 0)).toBe(1);
    expect(existsSync(fresh)).toBe(false);
  });
});
