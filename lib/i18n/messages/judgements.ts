import type { Messages } from '../locale';

// The chair's year-end judgement of the targets a figure cannot judge ("hoàn thành tốt nhiệm vụ
// trở lên"): their verdict is the Standing Committee's, in the review's words.
export const judgementMessages = {
  vi: {
    title: 'Đánh giá chỉ tiêu định tính',
    intro:
      'Các chỉ tiêu không đo bằng số liệu được Thường trực đánh giá cuối năm: Vượt, Đạt hoặc Không đạt. Kết quả hiện ngay trên trang công khai và trong dữ liệu mở.',
    none: 'Nghị quyết năm nay không có chỉ tiêu định tính nào.',
    verdict: 'Kết quả đánh giá',
    notJudged: '— Chưa đánh giá —',
    note: 'Nhận xét (không bắt buộc)',
    noteHint: 'Tối đa 500 ký tự; hiện cùng kết quả trên trang công khai.',
    noteTooLong: 'Nhận xét quá dài (tối đa 500 ký tự).',
    verdictInvalid: 'Chọn một kết quả đánh giá.',
    save: 'Lưu đánh giá',
    saving: 'Đang lưu…',
    saved: 'Đã lưu đánh giá chỉ tiêu {code}: {verdict}.',
    withdrawn: 'Đã bỏ đánh giá chỉ tiêu {code}.',
    notFound: 'Không tìm thấy chỉ tiêu định tính này; hãy tải lại trang.',
    link: 'Đánh giá chỉ tiêu định tính',
  },
  en: {
    title: 'Judging qualitative targets',
    intro:
      'Targets no figure can measure are judged by the Standing Committee at year end: Exceeded, Met or Not met. The result shows at once on the public pages and in the open data.',
    none: "This year's resolution has no qualitative target.",
    verdict: 'Judgement',
    notJudged: '— Not judged —',
    note: 'Remark (optional)',
    noteHint: 'At most 500 characters; shown with the judgement on the public pages.',
    noteTooLong: 'The remark is too long (at most 500 characters).',
    verdictInvalid: 'Choose a judgement.',
    save: 'Save judgement',
    saving: 'Saving…',
    saved: 'Target {code} judged: {verdict}.',
    withdrawn: 'Judgement of target {code} withdrawn.',
    notFound: 'This qualitative target was not found; reload the page.',
    link: 'Judge qualitative targets',
  },
} satisfies Messages<Record<string, string>>;

export type JudgementMessages = (typeof judgementMessages)['vi'];
