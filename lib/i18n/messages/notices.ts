import type { Messages } from '../locale';

export const noticeMessages = {
  vi: {
    officerBadge: '{n} việc cần xử lý: báo cáo bị trả lại hoặc sắp đến hạn',
    chairBadge: '{n} báo cáo chờ duyệt',
    navPeriods: 'Kỳ báo cáo',
  },
  en: {
    officerBadge: '{n} item(s) need attention: returned updates or deadlines within a week',
    chairBadge: '{n} update(s) waiting for approval',
    navPeriods: 'Reporting periods',
  },
} satisfies Messages<Record<string, string>>;
