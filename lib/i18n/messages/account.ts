import type { Messages } from '../locale';

/** The account page and the password rules (also used by the administrator's forms). */
export const accountMessages = {
  vi: {
    title: 'Tài khoản của tôi',
    username: 'Tên đăng nhập',
    displayName: 'Tên hiển thị',
    role: 'Vai trò',
    organization: 'Cơ quan, đơn vị',
    noOrganization: 'Không thuộc đơn vị nào',
    changePassword: 'Đổi mật khẩu',
    changePasswordIntro:
      'Sau khi đổi mật khẩu, mọi phiên đăng nhập của tài khoản này (kể cả phiên hiện tại) sẽ kết thúc; vui lòng đăng nhập lại bằng mật khẩu mới.',
    currentPassword: 'Mật khẩu hiện tại',
    newPassword: 'Mật khẩu mới',
    confirmPassword: 'Nhập lại mật khẩu mới',
    passwordHint: 'Ít nhất 10 ký tự, tối đa 64 ký tự, không trùng tên đăng nhập.',
    submit: 'Đổi mật khẩu',
    currentRequired: 'Vui lòng nhập mật khẩu hiện tại.',
    wrongCurrent: 'Mật khẩu hiện tại không đúng.',
    mismatch: 'Hai lần nhập mật khẩu mới không giống nhau.',
    tooShort: 'Mật khẩu phải có ít nhất 10 ký tự.',
    tooLong: 'Mật khẩu quá dài (tối đa 64 ký tự).',
    sameAsUsername: 'Mật khẩu không được trùng với tên đăng nhập.',
    roleOfficer: 'Cán bộ phụ trách',
    roleChair: 'Thường trực Đảng ủy (duyệt báo cáo)',
    roleAdmin: 'Quản trị viên (Văn phòng Đảng ủy)',
  },
  en: {
    title: 'My account',
    username: 'Username',
    displayName: 'Display name',
    role: 'Role',
    organization: 'Body',
    noOrganization: 'No body',
    changePassword: 'Change password',
    changePasswordIntro:
      'After the change every session of this account (this one too) ends; log in again with the new password.',
    currentPassword: 'Current password',
    newPassword: 'New password',
    confirmPassword: 'Repeat the new password',
    passwordHint: 'At least 10 characters, at most 64, not the username.',
    submit: 'Change password',
    currentRequired: 'Please enter your current password.',
    wrongCurrent: 'The current password is wrong.',
    mismatch: 'The two new passwords differ.',
    tooShort: 'The password needs at least 10 characters.',
    tooLong: 'The password is too long (64 characters at most).',
    sameAsUsername: 'The password must not be the username.',
    roleOfficer: 'Officer',
    roleChair: 'Standing Committee (approves reports)',
    roleAdmin: 'Administrator (Party Committee office)',
  },
} satisfies Messages<Record<string, string>>;

export type AccountMessages = (typeof accountMessages)['vi'];

export function roleLabel(t: AccountMessages, role: 'officer' | 'chair' | 'admin'): string {
  return role === 'admin' ? t.roleAdmin : role === 'chair' ? t.roleChair : t.roleOfficer;
}

export function passwordProblemText(
  t: AccountMessages,
  problem: 'too_short' | 'too_long' | 'same_as_username',
): string {
  return problem === 'too_short' ? t.tooShort : problem === 'too_long' ? t.tooLong : t.sameAsUsername;
}
