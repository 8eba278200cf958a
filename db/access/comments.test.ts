// Integration: an update's conversation on a real seeded SQLite file. The update's organization and
// the chair read and write it, each notifying the other side (in the app and by email); another
// organization's officer and the administrator can neither read nor post; a comment is stored as
// the text typed (HTML included, escaped only where shown); it can be corrected for 15 minutes.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { refusalOf } from '@/test/refusal';
import { getSqlite } from '@/db/client';
import { createWorkflowFixture, type Fixture } from '@/test/workflow-fixture';
import { postCommentSchema } from '@/app/[lang]/(workspace)/dashboard/comment-schema';
import { preferencesSchema } from '@/app/[lang]/(workspace)/account/preferences-schema';
import { editComment, listComments, postComment } from './comments';
import { saveUpdate } from './updates';

vi.mock('@/lib/revalidate-public', () => ({ revalidatePublicPages: () => undefined }));

let fx: Fixture;
let updateId: number;
const who = (username: string) => ({
  ...fx.user(username),
  displayName: username === 'bithu' ? 'Bí thư Đảng ủy' : 'Cán bộ UBND',
  organizationName: username === 'bithu' ? null : 'Ủy ban nhân dân phường',
});
const rows = (sql: string, ...args: unknown[]) =>
  getSqlite()
    .prepare(sql)
    .all(...args) as Record<string, unknown>[];

beforeAll(() => {
  fx = createWorkflowFixture();
  getSqlite().prepare("UPDATE users SET email = 'ubnd@phuong.example' WHERE username = 'ubnd'").run();
  getSqlite().prepare("UPDATE users SET email = 'bithu@phuong.example' WHERE username = 'bithu'").run();
  const result = saveUpdate(
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
    'save',
  );
  if (!result.ok) throw new Error(result.code);
  updateId = result.id;
});
afterAll(() => fx.cleanup());

describe('who may read and write', () => {
  it("the organization writes (even on a draft); the chair is told in the app and by email; it's audited", () => {
    const html = '<script>alert("x")</script> <b>Số liệu</b> & nguồn';
    const result = postComment(who('ubnd'), updateId, `  ${html}\r\n`);
    expect(result).toMatchObject({ ok: true });
    const stored = rows('SELECT body, kind FROM update_comments WHERE update_id = ?', updateId);
    expect(stored).toEqual([{ body: html, kind: 'comment' }]);
    expect(
      rows("SELECT action FROM audit_log WHERE action = 'comment.create' AND entity_id = ?", updateId),
    ).toHaveLength(1);
    const chair = fx.user('bithu').id;
    expect(rows('SELECT kind, path FROM notifications WHERE user_id = ?', chair)).toEqual([
      { kind: 'comment', path: `/dashboard/updates/${updateId}` },
    ]);
    const [mail] = rows("SELECT to_address, subject, html_body FROM mail_outbox WHERE kind = 'comment'");
    expect(mail).toMatchObject({ to_address: 'bithu@phuong.example' });
    expect(String(mail!.subject)).toMatch(/^Ý kiến mới về báo cáo: 2\.1\.01/);
    expect(String(mail!.html_body)).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(String(mail!.html_body)).not.toContain('<script>');
    // The author is not notified of their own comment.
    expect(rows('SELECT id FROM notifications WHERE user_id = ?', fx.user('ubnd').id)).toHaveLength(0);
  });

  it('the chair answers and the organization is told', () => {
    expect(postComment(who('bithu'), updateId, 'Đề nghị bổ sung nguồn số liệu.')).toMatchObject({ ok: true });
    expect(rows('SELECT kind FROM notifications WHERE user_id = ?', fx.user('ubnd').id)).toEqual([{ kind: 'comment' }]);
    expect(listComments(fx.user('bithu'), updateId)!.map((c) => c.body)).toHaveLength(2);
    expect(listComments(fx.user('ubnd'), updateId)!.map((c) => c.authorRole)).toEqual(['officer', 'chair']);
  });

  it("another organization's officer and the administrator can neither read nor post, and nothing is written", () => {
    const before = rows('SELECT * FROM update_comments').length;
    // Another organization's update looks missing (404); the administrator has no conversations (403).
    expect(refusalOf(() => listComments(fx.user('mttq'), updateId))).toBe(404);
    expect(refusalOf(() => listComments(fx.user('admin'), updateId))).toBe(403);
    expect(refusalOf(() => postComment({ ...who('ubnd'), ...fx.user('mttq') }, updateId, 'Xin chào'))).toBe(404);
    expect(refusalOf(() => postComment({ ...who('ubnd'), ...fx.user('admin') }, updateId, 'Xin chào'))).toBe(403);
    expect(rows('SELECT * FROM update_comments')).toHaveLength(before);
  });
});

describe('bad input', () => {
  it('refuses a 1 MB comment and an empty one, in the form schema and in the data layer', () => {
    const huge = 'a'.repeat(1024 * 1024);
    const parsed = postCommentSchema('vi').safeParse({ updateId: String(updateId), body: huge });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.message).toBe('Ý kiến quá dài (tối đa 4000 ký tự).');
    expect(postComment(who('ubnd'), updateId, huge)).toEqual({ ok: false, code: 'too_long' });
    expect(postComment(who('ubnd'), updateId, ' \n\t ')).toEqual({ ok: false, code: 'empty' });
    expect(postCommentSchema('vi').safeParse({ updateId: String(updateId), body: '   ' }).success).toBe(false);
  });

  it('refuses an invalid email address with a Vietnamese message, and takes an empty one as none', () => {
    const base = { locale: 'vi', digestFrequency: 'weekly', receive_reminder: 'on' };
    for (const email of ['không-phải-địa-chỉ', 'a@b', 'canbo@@phuong.vn', 'x@y.vn<script>']) {
      const result = preferencesSchema('vi').safeParse({ ...base, email });
      expect(result.success, email).toBe(false);
      expect(result.error!.issues[0]!.message).toBe('Địa chỉ thư điện tử không hợp lệ (ví dụ: canbo@phuong.gov.vn).');
    }
    expect(preferencesSchema('vi').parse({ ...base, email: '  CanBo@Phuong.gov.vn ' })).toMatchObject({
      email: 'canbo@phuong.gov.vn',
      mailOptOut: ['review', 'comment', 'digest'],
    });
    expect(preferencesSchema('vi').parse({ ...base, email: '' })).toMatchObject({ email: null });
  });
});

describe('corrections', () => {
  it('its author corrects a comment within 15 minutes, audited; never after, never someone else', () => {
    const [first] = listComments(fx.user('ubnd'), updateId)!;
    const created = first!.createdAt.getTime();
    // Someone else's comment looks missing, whoever asks.
    expect(refusalOf(() => editComment(fx.user('bithu'), first!.id, 'Sửa hộ'))).toBe(404);
    expect(refusalOf(() => editComment(fx.user('mttq'), first!.id, 'Sửa hộ'))).toBe(404);
    expect(editComment(fx.user('ubnd'), first!.id, 'Đã bổ sung nguồn.', new Date(created + 14 * 60_000))).toEqual({
      ok: true,
    });
    expect(rows('SELECT body FROM update_comments WHERE id = ?', first!.id)).toEqual([{ body: 'Đã bổ sung nguồn.' }]);
    expect(rows("SELECT details FROM audit_log WHERE action = 'comment.edit'")).toHaveLength(1);
    expect(editComment(fx.user('ubnd'), first!.id, 'Sửa lần nữa', new Date(created + 16 * 60_000))).toEqual({
      ok: false,
      code: 'edit_window_passed',
    });
    expect(rows('SELECT body FROM update_comments WHERE id = ?', first!.id)).toEqual([{ body: 'Đã bổ sung nguồn.' }]);
    expect(listComments(fx.user('ubnd'), updateId, new Date(created + 16 * 60_000))![0]!.editable).toBe(false);
  });
});
