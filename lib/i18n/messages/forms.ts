import type { Messages } from '../locale';

/** Messages shared by every form's server action. */
export const formMessages = {
  vi: {
    invalid: 'Vui lòng kiểm tra lại các ô được đánh dấu.',
    failed: 'Chưa lưu được. Dữ liệu chưa bị thay đổi; vui lòng thử lại.',
    saving: 'Đang lưu…',
  },
  en: {
    invalid: 'Please check the marked fields.',
    failed: 'Could not save. Nothing was changed; please try again.',
    saving: 'Saving…',
  },
} satisfies Messages<Record<string, string>>;
