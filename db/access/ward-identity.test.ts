import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededDb, type SeededDb } from '@/test/seeded-db';
import { readLetterhead } from './reports';
import { AuthError } from '@/lib/auth/auth-error';
import type { CurrentUser } from './session';
import { readEmblem, readWardIdentityFrom, removeEmblem, saveEmblem, updateWardIdentity } from './ward-identity';

let t: SeededDb;
const account = (username: string): CurrentUser => {
  const row = t.sqlite
    .prepare(
      'SELECT id, username, display_name AS displayName, role, organization_id AS organizationId FROM users WHERE username = ?',
    )
    .get(username) as CurrentUser;
  return { ...row, organizationCode: null, organizationName: null };
};
const audits = (action: string) =>
  (t.sqlite.prepare('SELECT count(*) AS n FROM audit_log WHERE action = ?').get(action) as { n: number }).n;
const png = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a1e7a5a10000000049454e44ae426082',
  'hex',
);

beforeAll(() => {
  t = openSeededDb('ward-identity');
});
afterAll(() => t.close());

describe('the ward identity', () => {
  it('is empty at first and the letterhead invents no level above the ward', () => {
    expect(readWardIdentityFrom(t.db)).toEqual({ name: '', superior: '', passwordContact: '', emblemVersion: null });
    expect(readLetterhead(t.db)).toEqual({ superior: '', issuer: 'ĐẢNG ỦY PHƯỜNG', place: '' });
  });

  it('is set by the administrator alone, audited, and names the ward on the letterhead', () => {
    const input = {
      name: 'Phường An Bình',
      superior: 'Tỉnh Gia Lai',
      passwordContact: 'Văn phòng Đảng ủy, ĐT 0269 3812 345',
    };
    for (const who of ['bithu', 'ubnd']) {
      expect(() => updateWardIdentity(account(who), input, { db: t.db })).toThrow(AuthError);
    }
    expect(readWardIdentityFrom(t.db).name).toBe('');
    expect(updateWardIdentity(account('admin'), input, { db: t.db, ip: '10.0.0.9' })).toEqual({
      ok: true,
      changed: ['name', 'superior', 'passwordContact'],
    });
    expect(audits('settings.ward')).toBe(1);
    expect(readWardIdentityFrom(t.db)).toMatchObject(input);
    expect(readLetterhead(t.db)).toEqual({
      superior: 'ĐẢNG BỘ TỈNH GIA LAI',
      issuer: 'ĐẢNG ỦY PHƯỜNG AN BÌNH',
      place: 'An Bình',
    });
    // Saving the same values writes nothing.
    expect(updateWardIdentity(account('admin'), input, { db: t.db })).toEqual({ ok: true, changed: [] });
    expect(audits('settings.ward')).toBe(1);
  });

  it('refuses a second line, control characters and overlong names, writing nothing', () => {
    const result = updateWardIdentity(
      account('admin'),
      { name: 'Phường\nAn Bình', superior: 'T'.repeat(81), passwordContact: 'Gọi \u202eanh Ba' },
      { db: t.db },
    );
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        name: 'Chỉ ghi trên một dòng, không có ký tự điều khiển.',
        superior: 'Tối đa 80 ký tự.',
        passwordContact: 'Chỉ ghi trên một dòng, không có ký tự điều khiển.',
      },
    });
    expect(readWardIdentityFrom(t.db).name).toBe('Phường An Bình');
  });

  it('keeps an emblem only when its bytes are an image, and versions it by content', () => {
    const admin = account('admin');
    expect(() => saveEmblem(account('bithu'), png, { db: t.db })).toThrow(AuthError);
    expect(saveEmblem(admin, new Uint8Array(), { db: t.db })).toEqual({ ok: false, code: 'missing' });
    expect(saveEmblem(admin, Buffer.from('<svg onload="alert(1)"/>'), { db: t.db })).toEqual({
      ok: false,
      code: 'type',
    });
    expect(saveEmblem(admin, new Uint8Array(256 * 1024 + 1), { db: t.db })).toEqual({ ok: false, code: 'too_large' });
    expect(readEmblem(t.db)).toBeNull();

    expect(saveEmblem(admin, png, { db: t.db })).toEqual({ ok: true });
    expect(readEmblem(t.db)).toEqual({ bytes: png, type: 'image/png' });
    const version = readWardIdentityFrom(t.db).emblemVersion;
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(audits('settings.ward_emblem')).toBe(1);

    removeEmblem(admin, { db: t.db });
    expect(readEmblem(t.db)).toBeNull();
    expect(readWardIdentityFrom(t.db).emblemVersion).toBeNull();
  });
});
