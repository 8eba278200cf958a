import type { Messages } from '../locale';

// What the chair is told after a decision, and the bulk approval's confirm step.
export const decisionMessages = {
  vi: {
    bannerLabel: 'Quyết định vừa thực hiện',
    approvedOne: 'Đã duyệt và công bố báo cáo:',
    approvedMany: 'Đã duyệt và công bố {n} báo cáo:',
    returnedOne: 'Đã trả lại báo cáo cho đơn vị:',
    item: '{code} {name} — {org}, {period}',
    open: 'Mở báo cáo',
    dismiss: 'Ẩn thông báo',
    confirmBulk:
      'Sẽ duyệt và công bố {n} báo cáo đã chọn lên trang công khai. Bấm “Xác nhận duyệt {n} báo cáo” để thực hiện.',
    confirmButton: 'Xác nhận duyệt {n} báo cáo',
    cancel: 'Chưa duyệt',
    selectionChanged: 'Danh sách đã chọn thay đổi: kiểm tra lại rồi xác nhận.',
  },
  en: {
    bannerLabel: 'Decision just made',
    approvedOne: 'Update approved and published:',
    approvedMany: '{n} updates approved and published:',
    returnedOne: 'Update returned to its organization:',
    item: '{code} {name} — {org}, {period}',
    open: 'Open update',
    dismiss: 'Hide this notice',
    confirmBulk:
      'The {n} selected updates will be approved and published on the public page. Press “Confirm approving {n} updates” to go ahead.',
    confirmButton: 'Confirm approving {n} updates',
    cancel: 'Do not approve yet',
    selectionChanged: 'The selection changed: check it, then confirm.',
  },
} satisfies Messages<Record<string, string>>;
