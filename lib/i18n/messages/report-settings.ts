import type { Messages } from '../locale';

// The administrator's screen for the letterhead of the periodic report (DOCX and printable page).
export const reportSettingsMessages = {
  vi: {
    title: 'Tiêu đề báo cáo định kỳ',
    intro:
      'Các dòng tiêu đề in ở góc trên bên trái và dòng địa danh, ngày tháng của báo cáo định kỳ (tệp Word và bản in). Thường trực Đảng ủy vẫn có thể sửa riêng cho từng lần xuất báo cáo.',
    superior: 'Đảng bộ cấp trên (dòng 1, bên trái)',
    superiorHint: 'Viết hoa, ví dụ: ĐẢNG BỘ TỈNH GIA LAI. Để trống nếu chưa rõ.',
    issuer: 'Cơ quan ban hành (dòng 2, bên trái)',
    issuerHint: 'Viết hoa, ví dụ: ĐẢNG ỦY PHƯỜNG AN BÌNH.',
    place: 'Địa danh (trước ngày tháng)',
    placeHint: 'Ví dụ: An Bình. Để trống thì báo cáo chỉ ghi ngày tháng.',
    usingDefault: 'Đang dùng giá trị mặc định.',
    defaultEmpty: '(trống)',
    save: 'Lưu tiêu đề',
    saving: 'Đang lưu…',
    saved: 'Đã lưu tiêu đề báo cáo. Báo cáo xuất từ bây giờ dùng tiêu đề mới.',
    unchanged: 'Không có gì thay đổi.',
    issuerRequired: 'Nhập tên cơ quan ban hành.',
    tooLong: 'Tối đa {max} ký tự.',
    controlCharacters: 'Chỉ ghi trên một dòng, không có ký tự điều khiển.',
  },
  en: {
    title: 'Periodic report letterhead',
    intro:
      'The heading lines printed at the top left and the place-and-date line of the periodic report (Word file and printable page). The Party Committee’s office may still change them for a single report.',
    superior: 'Superior Party committee (line 1, left)',
    superiorHint: 'In capitals, for example: ĐẢNG BỘ TỈNH GIA LAI. Leave blank if unknown.',
    issuer: 'Issuing body (line 2, left)',
    issuerHint: 'In capitals, for example: ĐẢNG ỦY PHƯỜNG AN BÌNH.',
    place: 'Place (before the date)',
    placeHint: 'For example: An Bình. Left empty, the report shows the date only.',
    usingDefault: 'The default value is in use.',
    defaultEmpty: '(empty)',
    save: 'Save the letterhead',
    saving: 'Saving…',
    saved: 'Letterhead saved. Reports exported from now on use it.',
    unchanged: 'Nothing changed.',
    issuerRequired: 'Enter the issuing body.',
    tooLong: 'At most {max} characters.',
    controlCharacters: 'One line only, without control characters.',
  },
} satisfies Messages<Record<string, string>>;

export type ReportSettingsMessages = (typeof reportSettingsMessages)['vi'];
