// The ward's political system as seeded on first start, and one account per organization
// plus the chair and the administrator (the accounts contract in DESIGN.md).

export type OrgKind = 'party' | 'council' | 'committee' | 'front' | 'mass';
import type { OrgCode } from '../../lib/domain';

export type { OrgCode };

export type OrganizationSeed = {
  code: OrgCode;
  name: string;
  kind: OrgKind;
  /** The mass organizations sit under the Fatherland Front. */
  parentCode: OrgCode | null;
  sortOrder: number;
};

// Parents before children, so a child's parent id is known when it is inserted.
export const organizationSeeds: OrganizationSeed[] = [
  { code: 'DU', name: 'Đảng ủy phường', kind: 'party', parentCode: null, sortOrder: 1 },
  { code: 'HDND', name: 'Hội đồng nhân dân phường', kind: 'council', parentCode: null, sortOrder: 2 },
  { code: 'UBND', name: 'Ủy ban nhân dân phường', kind: 'committee', parentCode: null, sortOrder: 3 },
  { code: 'MTTQ', name: 'Ủy ban Mặt trận Tổ quốc phường', kind: 'front', parentCode: null, sortOrder: 4 },
  { code: 'HND', name: 'Hội Nông dân', kind: 'mass', parentCode: 'MTTQ', sortOrder: 5 },
  { code: 'HPN', name: 'Hội Liên hiệp Phụ nữ', kind: 'mass', parentCode: 'MTTQ', sortOrder: 6 },
  { code: 'DTN', name: 'Đoàn Thanh niên', kind: 'mass', parentCode: 'MTTQ', sortOrder: 7 },
  { code: 'HCCB', name: 'Hội Cựu chiến binh', kind: 'mass', parentCode: 'MTTQ', sortOrder: 8 },
  { code: 'CD', name: 'Công đoàn phường', kind: 'mass', parentCode: 'MTTQ', sortOrder: 9 },
];

export type AccountRole = 'officer' | 'chair' | 'admin';

export type AccountSeed = {
  username: string;
  displayName: string;
  role: AccountRole;
  /** null only for the administrator, who works across organizations. */
  orgCode: OrgCode | null;
};

export const accountSeeds: AccountSeed[] = [
  { username: 'danguy', displayName: 'Cán bộ Đảng ủy phường', role: 'officer', orgCode: 'DU' },
  { username: 'hdnd', displayName: 'Cán bộ Hội đồng nhân dân phường', role: 'officer', orgCode: 'HDND' },
  { username: 'ubnd', displayName: 'Cán bộ Ủy ban nhân dân phường', role: 'officer', orgCode: 'UBND' },
  { username: 'mttq', displayName: 'Cán bộ Ủy ban Mặt trận Tổ quốc phường', role: 'officer', orgCode: 'MTTQ' },
  { username: 'hoinongdan', displayName: 'Cán bộ Hội Nông dân', role: 'officer', orgCode: 'HND' },
  { username: 'hoiphunu', displayName: 'Cán bộ Hội Liên hiệp Phụ nữ', role: 'officer', orgCode: 'HPN' },
  { username: 'doanthanhnien', displayName: 'Cán bộ Đoàn Thanh niên', role: 'officer', orgCode: 'DTN' },
  { username: 'hoicuuchienbinh', displayName: 'Cán bộ Hội Cựu chiến binh', role: 'officer', orgCode: 'HCCB' },
  { username: 'congdoan', displayName: 'Cán bộ Công đoàn phường', role: 'officer', orgCode: 'CD' },
  { username: 'bithu', displayName: 'Bí thư Đảng ủy phường', role: 'chair', orgCode: 'DU' },
  { username: 'admin', displayName: 'Quản trị viên (Văn phòng Đảng ủy)', role: 'admin', orgCode: null },
];
