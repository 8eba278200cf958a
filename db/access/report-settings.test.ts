import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportToDocx } from '@/lib/reports/report-docx';
import { openSeededDb, type SeededDb } from '@/test/seeded-db';
import { readLetterheadSettings, updateLetterheadSettings } from './report-settings';
import { readLetterhead, readPeriodReport } from './reports';
import { AuthError } from '@/lib/auth/auth-error';
import type { CurrentUser } from './session';

let t: SeededDb;
const account = (username: string): CurrentUser => {
  const row = t.sqlite
    .prepare(
      'SELECT id, username, display_name AS displayName, role, organization_id AS organizationId FROM users WHERE username = ?',
    )
    .get(username) as CurrentUser;
  return { ...row, organizationCode: null, organizationName: null };
};
const settingRows = () =>
  t.sqlite.prepare("SELECT key, value FROM settings WHERE key LIKE 'report_%' ORDER BY key").all();
const auditRows = () =>
  t.sqlite
    .prepare(
      "SELECT actor_id AS actorId, action, entity_type AS entityType, ip, details FROM audit_log WHERE action = 'report_settings.letterhead' ORDER BY id",
    )
    .all() as { actorId: number; action: string; entityType: string; ip: string | null; details: string }[];
const valid = { superior: 'ĐẢNG BỘ THỊ XÃ AN KHÊ', issuer: 'ĐẢNG ỦY PHƯỜNG AN BÌNH', place: 'An Bình' };

beforeAll(() => {
  t = openSeededDb('report-settings');
});
afterAll(() => t.close());

describe('letterhead settings', () => {
  it('shows the administrator the defaults the report falls back to while nothing is stored', () => {
    expect(settingRows()).toEqual([]);
    expect(readLetterheadSettings(account('admin'), t.db)).toEqual({
      values: { superior: '', issuer: 'ĐẢNG ỦY PHƯỜNG', place: '' },
      defaults: { superior: '', issuer: 'ĐẢNG ỦY PHƯỜNG', place: '' },
      stored: { superior: false, issuer: false, place: false },
    });
  });

  it('refuses officers and the chair, reading or writing, and writes nothing', () => {
    for (const username of ['hdnd', 'bithu']) {
      expect(() => readLetterheadSettings(account(username), t.db)).toThrow(AuthError);
      expect(() => updateLetterheadSettings(account(username), valid, { db: t.db })).toThrow(
        expect.objectContaining({ status: 403 }),
      );
    }
    expect(settingRows()).toEqual([]);
    expect(auditRows()).toEqual([]);
  });

  it('refuses invalid lines with a Vietnamese message beside each field, writing nothing', () => {
    const admin = account('admin');
    const refuse = (input: unknown) => {
      const result = updateLetterheadSettings(admin, input, { db: t.db });
      expect(result.ok).toBe(false);
      return result.ok ? {} : result.fieldErrors;
    };
    expect(refuse({ superior: '   ', issuer: '', place: 'An Bình' })).toEqual({
      issuer: 'Nhập tên cơ quan ban hành.',
    });
    expect(refuse({ superior: 'Đ'.repeat(81), issuer: 'ĐẢNG ỦY PHƯỜNG', place: 'An\nBình' })).toEqual({
      superior: 'Tối đa 80 ký tự.',
      place: 'Chỉ ghi trên một dòng, không có ký tự điều khiển.',
    });
    expect(refuse({})).toEqual({ issuer: 'Nhập tên cơ quan ban hành.' });
    expect(refuse({ superior: 42, issuer: ['x'], place: 'An Bình' })).toMatchObject({
      superior: 'Chỉ ghi trên một dòng, không có ký tự điều khiển.',
      issuer: 'Nhập tên cơ quan ban hành.',
    });
    // English messages for an English-speaking administrator.
    const en = updateLetterheadSettings(admin, { superior: 'x', issuer: ' ', place: '' }, { db: t.db, locale: 'en' });
    expect(en).toEqual({ ok: false, fieldErrors: { issuer: 'Enter the issuing body.' } });
    expect(settingRows()).toEqual([]);
    expect(auditRows()).toEqual([]);
  });

  it('stores trimmed, composed lines with one audit row, and the report and its Word file print them', async () => {
    const admin = account('admin');
    // "ỦY" typed with combining marks (U + horn/hook…) counts and prints as the composed letters.
    const decomposed = 'ĐẢNG ỦY PHƯỜNG AN BÌNH'.normalize('NFD');
    const result = updateLetterheadSettings(
      admin,
      { superior: '  ĐẢNG BỘ THỊ XÃ AN KHÊ ', issuer: decomposed, place: ' An Bình ' },
      { db: t.db, ip: '10.0.0.7' },
    );
    expect(result).toEqual({ ok: true, changed: ['superior', 'issuer', 'place'] });
    expect(settingRows()).toEqual([
      { key: 'report_issuer', value: 'ĐẢNG ỦY PHƯỜNG AN BÌNH' },
      { key: 'report_place', value: 'An Bình' },
      { key: 'report_superior', value: 'ĐẢNG BỘ THỊ XÃ AN KHÊ' },
    ]);
    const audits = auditRows();
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: admin.id, entityType: 'settings', ip: '10.0.0.7' });
    expect(JSON.parse(audits[0]!.details)).toEqual({
      before: { superior: '', issuer: 'ĐẢNG ỦY PHƯỜNG', place: '' },
      after: valid,
    });
    expect(readLetterheadSettings(admin, t.db).stored).toEqual({ superior: true, issuer: true, place: true });

    const report = readPeriodReport({ role: 'chair' }, 'H1', { db: t.db, issuedOn: '2023-07-05' })!;
    expect(report.letterhead).toMatchObject({ ...valid, placeDate: 'An Bình, ngày 05 tháng 07 năm 2023' });
    const zip = await JSZip.loadAsync(await reportToDocx(report));
    const xml = (await zip.file('word/document.xml')!.async('string')).replace(/\u00a0/g, ' ');
    for (const text of [valid.superior, valid.issuer, 'An Bình, ngày 05 tháng 07 năm 2023'])
      expect(xml).toContain(text);
    // A letterhead typed by the chair for one report still wins over the stored one.
    expect(
      readPeriodReport({ role: 'chair' }, 'H1', { db: t.db, letterhead: { issuer: 'ĐẢNG ỦY PHƯỜNG KHÁC' } })!.letterhead
        .issuer,
    ).toBe('ĐẢNG ỦY PHƯỜNG KHÁC');
  });

  it('writes only the lines that change, and nothing at all when none does', () => {
    const admin = account('admin');
    expect(updateLetterheadSettings(admin, valid, { db: t.db })).toEqual({ ok: true, changed: [] });
    expect(auditRows()).toHaveLength(1);

    expect(updateLetterheadSettings(admin, { ...valid, place: '' }, { db: t.db })).toEqual({
      ok: true,
      changed: ['place'],
    });
    const audits = auditRows();
    expect(audits).toHaveLength(2);
    expect(JSON.parse(audits[1]!.details)).toEqual({ before: { place: 'An Bình' }, after: { place: '' } });
    // An empty place dates the report without one.
    expect(readLetterhead(t.db)).toEqual({ superior: valid.superior, issuer: valid.issuer, place: '' });
    expect(readPeriodReport({ role: 'chair' }, 'H1', { db: t.db, issuedOn: '2023-07-05' })!.letterhead.placeDate).toBe(
      'Ngày 05 tháng 07 năm 2023',
    );
  });

  it('writes neither the settings nor the audit row when the audit cannot be written', () => {
    const admin = account('admin');
    const before = settingRows();
    t.sqlite.exec(
      "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit refused'); END",
    );
    try {
      expect(() => updateLetterheadSettings(admin, { ...valid, issuer: 'ĐẢNG ỦY PHƯỜNG MỚI' }, { db: t.db })).toThrow(
        /audit refused/,
      );
    } finally {
      t.sqlite.exec('DROP TRIGGER refuse_audit');
    }
    expect(settingRows()).toEqual(before);
    expect(auditRows()).toHaveLength(2);
  });
});
