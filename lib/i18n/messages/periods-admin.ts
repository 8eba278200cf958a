import type { Messages } from '../locale';

export const periodsAdminMessages = {
  vi: {
    title: 'Kỳ báo cáo và hạn nộp',
    intro:
      'Mỗi tháng và mỗi quý có một hạn nộp báo cáo (mặc định: ngày thứ 5 sau khi kỳ kết thúc). Hạn nộp không được trước ngày kết thúc kỳ.',
    period: 'Kỳ',
    range: 'Từ ngày – đến ngày',
    due: 'Hạn nộp',
    dueFor: 'Hạn nộp {period}',
    save: 'Lưu',
    saved: 'Đã đổi hạn nộp {period}.',
    forbidden: 'Chỉ quản trị viên được đổi hạn nộp.',
    not_found: 'Không tìm thấy kỳ báo cáo này.',
    invalid_date: 'Ngày không hợp lệ.',
    due_before_end: 'Hạn nộp không được trước ngày kết thúc kỳ.',
    stale_version:
      'Hạn nộp của kỳ này vừa được người khác thay đổi. Chưa có gì được lưu; hãy tải lại trang để xem hạn mới.',
    none: 'Chưa có Nghị quyết nào trong hệ thống.',
  },
  en: {
    title: 'Reporting periods and due dates',
    intro:
      'Each month and quarter has a due date for its updates (by default the 5th day after it ends). A due date may not be before the period ends.',
    period: 'Period',
    range: 'From – to',
    due: 'Due date',
    dueFor: 'Due date of {period}',
    save: 'Save',
    saved: 'Due date of {period} changed.',
    forbidden: 'Only the administrator may change due dates.',
    not_found: 'This period was not found.',
    invalid_date: 'Not a valid date.',
    due_before_end: 'A due date may not be before the period ends.',
    stale_version: 'Someone changed this due date meanwhile. Nothing was saved; reload the page to see the new date.',
    none: 'No resolution in the system yet.',
  },
} satisfies Messages<Record<string, string>>;
