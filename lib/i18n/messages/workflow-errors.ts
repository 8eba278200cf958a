import type { WorkflowErrorCode } from '@/lib/workflow/errors';
import type { Locale, Messages } from '../locale';
import { fill } from '../fill';

// One plain sentence per refusal of the workflow. "{bound}" is replaced by the crossed bound.
export const workflowErrors = {
  vi: {
    forbidden: 'Tài khoản của bạn không có quyền thực hiện thao tác này.',
    not_found: 'Không tìm thấy báo cáo, chỉ tiêu hoặc nhiệm vụ này trong phần việc của đơn vị bạn.',
    missing: 'Báo cáo này không còn tồn tại.',
    locked_submitted: 'Báo cáo đã gửi duyệt nên không sửa được nữa. Nếu cần sửa, hãy chờ Thường trực trả lại.',
    immutable_approved: 'Báo cáo đã được duyệt và không thể thay đổi. Muốn điều chỉnh, hãy lập báo cáo mới.',
    not_submitted: 'Báo cáo chưa được gửi duyệt (đang là bản nháp) nên chưa thể duyệt hay trả lại.',
    already_approved: 'Báo cáo này đã được duyệt trước đó. Không có gì thay đổi.',
    self_review_bulk:
      'Báo cáo của chính Đảng ủy (tự duyệt) không duyệt hàng loạt: hãy xem và duyệt riêng từng báo cáo.',
    already_returned: 'Báo cáo này đã được trả lại trước đó. Không có gì thay đổi.',
    reason_required: 'Vui lòng ghi lý do trả lại (tối đa 2.000 ký tự).',
    stale_version:
      'Báo cáo vừa được người khác thay đổi sau khi bạn mở trang. Chưa có gì được lưu; nội dung bạn nhập vẫn còn ở đây. Hãy mở lại báo cáo để xem bản mới nhất.',
    invalid_period: 'Vui lòng chọn một kỳ báo cáo của năm Nghị quyết.',
    archived:
      'Nghị quyết của năm này đã được lưu trữ khi nghị quyết năm mới được công bố: không lập hay gửi báo cáo mới cho năm đó được nữa. Số liệu đã duyệt vẫn được giữ nguyên.',
    duplicate_open: 'Đơn vị đã có một báo cáo chưa duyệt cho kỳ này. Hãy mở báo cáo đó để sửa thay vì tạo mới.',
    value_required: 'Vui lòng nhập số liệu trước khi gửi duyệt.',
    below_min: 'Số liệu không được nhỏ hơn {bound}.',
    above_max: 'Số liệu không được lớn hơn {bound}.',
    status_required: 'Vui lòng chọn tình trạng thực hiện.',
    progress_required: 'Vui lòng nhập tỷ lệ hoàn thành (0–100).',
    done_needs_full_progress: 'Nhiệm vụ “Đã hoàn thành” phải có tỷ lệ hoàn thành 100 %.',
    narrative_required: 'Vui lòng mô tả kết quả đã thực hiện.',
    period_closed:
      'Kỳ báo cáo này đã chốt số liệu: không thể gửi hay duyệt thêm báo cáo. Nếu cần báo cáo muộn, đề nghị Thường trực Đảng ủy mở lại kỳ cho đơn vị.',
    figure_kind_required: 'Vui lòng cho biết số liệu là ước thực hiện hay chính thức.',
  },
  en: {
    forbidden: 'Your account may not do this.',
    not_found: "This update, target or task is not among your organization's work.",
    missing: 'This update no longer exists.',
    locked_submitted:
      'The update has been submitted and can no longer be edited. Wait for the chair to return it if it needs changes.',
    immutable_approved: 'The update is approved and cannot change. To correct it, file a new update.',
    not_submitted: 'The update has not been submitted (it is a draft), so it cannot be approved or returned.',
    already_approved: 'This update was already approved. Nothing changed.',
    self_review_bulk:
      "An update of the chair's own organization (self-review) is not approved in bulk: review and approve it on its own.",
    already_returned: 'This update was already returned. Nothing changed.',
    reason_required: 'Please give the reason for returning it (at most 2,000 characters).',
    stale_version:
      'Someone changed this update after you opened the page. Nothing was saved; what you typed is still here. Open the update again to see the latest version.',
    invalid_period: "Please choose a reporting period of the resolution's year.",
    archived:
      "This year's resolution was archived when the new year's resolution was published: no new update can be filed or submitted for it. Its approved figures are kept.",
    duplicate_open:
      'Your organization already has an unapproved update for this period. Open that update and edit it instead.',
    value_required: 'Please enter the figure before submitting.',
    below_min: 'The figure may not be below {bound}.',
    above_max: 'The figure may not be above {bound}.',
    status_required: 'Please choose a status.',
    progress_required: 'Please enter the percent complete (0–100).',
    done_needs_full_progress: 'A task marked “Done” must be 100 % complete.',
    narrative_required: 'Please describe what was done.',
    period_closed:
      "This period's figures are closed: no update can be filed or approved for it. To report late, ask the chair to reopen the period for your organization.",
    figure_kind_required: 'Please say whether the figure is an estimate or official.',
  },
} satisfies Messages<Record<WorkflowErrorCode, string>>;

export function workflowErrorText(code: WorkflowErrorCode, locale: Locale, bound?: string): string {
  return fill(workflowErrors[locale][code], { bound: bound ?? '' });
}
