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
    passwordHint: 'Ít nhất 10 ký tự, tối đa 64 ký tự, không trùng tên đăng nhập, không phải mật khẩu phổ biến.',
    submit: 'Đổi mật khẩu',
    currentRequired: 'Vui lòng nhập mật khẩu hiện tại.',
    wrongCurrent: 'Mật khẩu hiện tại không đúng.',
    mismatch: 'Hai lần nhập mật khẩu mới không giống nhau.',
    tooShort: 'Mật khẩu phải có ít nhất 10 ký tự.',
    tooLong: 'Mật khẩu quá dài (tối đa 64 ký tự).',
    sameAsUsername: 'Mật khẩu không được trùng với tên đăng nhập.',
    blank: 'Mật khẩu không được chỉ gồm dấu cách.',
    common: 'Mật khẩu này quá phổ biến, dễ bị đoán ra. Hãy chọn mật khẩu khác, ví dụ vài từ ghép lại mà chỉ bạn biết.',
    sameAsCurrent: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
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
    passwordHint: 'At least 10 characters, at most 64, not the username, not a common password.',
    submit: 'Change password',
    currentRequired: 'Please enter your current password.',
    wrongCurrent: 'The current password is wrong.',
    mismatch: 'The two new passwords differ.',
    tooShort: 'The password needs at least 10 characters.',
    tooLong: 'The password is too long (64 characters at most).',
    sameAsUsername: 'The password must not be the username.',
    blank: 'The password must not be spaces only.',
    common:
      'This password is too common and easily guessed. Choose another, for example a few words only you would put together.',
    sameAsCurrent: 'The new password must differ from the current one.',
    roleOfficer: 'Officer',
    roleChair: 'Standing Committee (approves updates)',
    roleAdmin: 'Administrator (Party Committee office)',
  },
} satisfies Messages<Record<string, string>>;

export type AccountMessages = (typeof accountMessages)['vi'];

export function roleLabel(t: AccountMessages, role: 'officer' | 'chair' | 'admin'): string {
  return role === 'admin' ? t.roleAdmin : role === 'chair' ? t.roleChair : t.roleOfficer;
}

export function passwordProblemText(
  t: AccountMessages,
  problem: 'blank' | 'too_short' | 'too_long' | 'same_as_username' | 'common' | 'same_as_current',
): string {
  const texts = {
    blank: t.blank,
    too_short: t.tooShort,
    too_long: t.tooLong,
    same_as_username: t.sameAsUsername,
    common: t.common,
    same_as_current: t.sameAsCurrent,
  };
  return texts[problem];
}
