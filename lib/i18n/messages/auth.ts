import type { Messages } from '../locale';

export const authMessages = {
  vi: {
    title: 'Đăng nhập',
    intro: 'Dành cho cán bộ phụ trách của các cơ quan, đơn vị, Thường trực Đảng ủy và Văn phòng Đảng ủy.',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    submitting: 'Đang đăng nhập…',
    errorInvalid: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    errorLocked:
      'Tài khoản tạm khóa 15 phút do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau hoặc liên hệ Văn phòng Đảng ủy.',
    errorThrottled: 'Có quá nhiều lần đăng nhập sai từ máy này. Vui lòng chờ ít phút rồi thử lại.',
    errorRequired: 'Vui lòng nhập tên đăng nhập và mật khẩu.',
    errorUnknown: 'Không đăng nhập được. Vui lòng thử lại.',
    passwordChanged: 'Đã đổi mật khẩu. Vui lòng đăng nhập lại bằng mật khẩu mới.',
  },
  en: {
    title: 'Log in',
    intro: 'For the officers of each body, the Standing Committee and the Party Committee office.',
    username: 'Username',
    password: 'Password',
    submit: 'Log in',
    submitting: 'Logging in…',
    errorInvalid: 'The username or password is wrong.',
    errorLocked:
      'This account is locked for 15 minutes after too many wrong passwords. Try again later or contact the office.',
    errorThrottled: 'Too many failed logins from this computer. Please wait a few minutes and try again.',
    errorRequired: 'Please enter your username and password.',
    errorUnknown: 'Could not log in. Please try again.',
    passwordChanged: 'Your password was changed. Please log in again with the new password.',
  },
} satisfies Messages<Record<string, string>>;
