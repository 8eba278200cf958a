import type { Messages } from '../locale';

/** Messages shared by every form's server action. */
export const formMessages = {
  vi: {
    invalid: 'Vui lòng kiểm tra lại các ô được đánh dấu.',
    failed: 'Chưa lưu được. Dữ liệu chưa bị thay đổi; vui lòng thử lại.',
    busy: 'Hệ thống đang bận, chưa lưu được. Dữ liệu chưa bị thay đổi; vui lòng thử lại sau ít giây.',
    full: 'Máy chủ hết dung lượng lưu trữ, chưa lưu được. Dữ liệu chưa bị thay đổi; vui lòng báo quản trị viên.',
    saving: 'Đang lưu…',
  },
  en: {
    invalid: 'Please check the marked fields.',
    failed: 'Could not save. Nothing was changed; please try again.',
    busy: 'The system is busy and could not save. Nothing was changed; please try again in a few seconds.',
    full: 'The server is out of storage space and could not save. Nothing was changed; please tell the administrator.',
    saving: 'Saving…',
  },
} satisfies Messages<Record<string, string>>;
