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
      'Tài khoản tạm khóa trên máy này do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau ít phút hoặc liên hệ Văn phòng Đảng ủy.',
    errorBusy: 'Hệ thống đang bận, vui lòng thử lại sau ít giây.',
    errorUnavailable:
      'Hệ thống tạm thời không đăng nhập được. Vui lòng thử lại sau ít phút hoặc báo Văn phòng Đảng ủy.',
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
      'This account is on hold on this computer after too many wrong passwords. Try again in a few minutes or contact the office.',
    errorBusy: 'The system is busy, please try again in a few seconds.',
    errorUnavailable: 'Logging in is not possible right now. Please try again in a few minutes or tell the office.',
    errorThrottled: 'Too many failed logins from this computer. Please wait a few minutes and try again.',
    errorRequired: 'Please enter your username and password.',
    errorUnknown: 'Could not log in. Please try again.',
    passwordChanged: 'Your password was changed. Please log in again with the new password.',
  },
} satisfies Messages<Record<string, string>>;
