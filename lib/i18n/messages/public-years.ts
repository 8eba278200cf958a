import type { Messages } from '../locale';

// The public pages of earlier years: the year switcher and a target's chain across years.
export const publicYearsText = {
  vi: {
    switcherLabel: 'Các năm',
    yearLink: 'Năm {year}',
    currentMark: '(đang theo dõi)',
    archivedNotice:
      'Nghị quyết năm {year} đã được lưu trữ khi nghị quyết năm mới được công bố: số liệu dưới đây là số liệu đã duyệt, không nhận báo cáo mới.',
    chainHeading: 'Qua các năm',
    chainChartTitle: 'Chỉ tiêu và kết quả cuối năm qua các năm',
    chainYear: 'Năm',
    chainTarget: 'Chỉ tiêu',
    chainResult: 'Kết quả cuối năm',
    chainStatus: 'Đánh giá',
    reviewMet: 'Đạt (theo đánh giá của nghị quyết năm {year})',
    reviewNotMet: 'Không đạt (theo đánh giá của nghị quyết năm {year})',
    legendTarget: 'chỉ tiêu',
    legendResult: 'kết quả',
    baseline: 'Kết quả năm trước (điểm xuất phát): {value}, kỳ {period}',
    errata: 'Đính chính: {text}',
    errataNote: 'Văn bản gốc có lỗi đánh máy; cách viết đúng do Văn phòng Đảng ủy ghi.',
  },
  en: {
    switcherLabel: 'Years',
    yearLink: '{year}',
    currentMark: '(current)',
    archivedNotice:
      "The {year} resolution was archived when the new year's resolution was published: the figures below are the approved ones; no new updates are taken.",
    chainHeading: 'Across the years',
    chainChartTitle: 'Target and year-end result across the years',
    chainYear: 'Year',
    chainTarget: 'Target',
    chainResult: 'Year-end result',
    chainStatus: 'Verdict',
    reviewMet: 'Met (as reviewed by the {year} resolution)',
    reviewNotMet: 'Not met (as reviewed by the {year} resolution)',
    legendTarget: 'target',
    legendResult: 'result',
    baseline: "Last year's result (the starting point): {value}, period {period}",
    errata: 'Erratum: {text}',
    errataNote: "The original text has a typo; the correct wording is the Party Committee office's.",
  },
} satisfies Messages<Record<string, string>>;

export type PublicYearsText = (typeof publicYearsText)['vi'];
