// The targets and tasks tables for download: Vietnamese headers and words, figures as numbers.
import { formatDate, formatDateTime } from '@/lib/format';
import { publicText } from '@/lib/i18n/messages/public';
import { formatPeriod } from '@/lib/period-label';
import { figureKindLabel, taskStatusLabel, taskVerdictLabel, targetStatusLabel } from '@/lib/public/status-labels';
import type { OrgRef, PublicSummary } from './summary-model';

export type Cell = string | number | null;
export type Table = { title: string; headers: string[]; widths: number[]; rows: Cell[][] };

const vi = publicText.vi;
const names = (orgs: OrgRef[], role: OrgRef['role']) =>
  orgs
    .filter((o) => o.role === role)
    .map((o) => o.name)
    .join('; ');
const approvedAt = (iso: string) => formatDateTime(Date.parse(iso), 'vi');

export function targetsTable(summary: PublicSummary): Table {
  return {
    title: `Chỉ tiêu năm ${summary.resolution.year}`,
    headers: [
      'Mã',
      'Lĩnh vực',
      'Chỉ tiêu',
      'Giá trị chỉ tiêu',
      'Đơn vị tính',
      'Yêu cầu',
      'Chỉ tiêu kèm theo',
      'Ghi chú chỉ tiêu',
      'Đơn vị chủ trì',
      'Đơn vị phối hợp',
      'Kết quả đã duyệt',
      'Kỳ báo cáo',
      'Ngày duyệt',
      'Đánh giá',
      'Loại số liệu',
      'Tỷ lệ so với kế hoạch (%)',
      'Cận trên',
    ],
    widths: [9, 18, 48, 12, 10, 14, 14, 24, 28, 28, 14, 16, 18, 20, 14, 16, 10],
    rows: summary.targets.map((t) => [
      t.code,
      t.category === '2.1' ? vi.category21 : vi.category22,
      t.name,
      t.targetValue,
      t.unit,
      vi[`direction_${t.direction}`],
      t.extra,
      t.qualifier,
      names(t.organizations, 'lead'),
      names(t.organizations, 'coordinate'),
      t.latest?.value ?? null,
      t.latest ? formatPeriod(t.latest.period, 'vi') : null,
      t.latest ? approvedAt(t.latest.approvedAt) : null,
      targetStatusLabel(t.status, vi),
      t.latest ? figureKindLabel(t.latest.kind, vi) : null,
      t.planPercent === null ? null : Math.round(t.planPercent * 100) / 100,
      t.targetHigh,
    ]),
  };
}

export function tasksTable(summary: PublicSummary): Table {
  return {
    title: `Nhiệm vụ năm ${summary.resolution.year}`,
    headers: [
      'Mã',
      'Nhóm',
      'Nội dung nhiệm vụ',
      'Đơn vị chủ trì',
      'Đơn vị phối hợp',
      'Tình trạng',
      'Tiến độ (%)',
      'Kỳ báo cáo',
      'Ngày duyệt',
      'Hạn hoàn thành',
      'Đánh giá',
    ],
    widths: [10, 7, 90, 26, 40, 24, 11, 16, 18, 14, 26],
    rows: summary.taskGroups.flatMap((g) =>
      g.tasks.map((task) => [
        task.code,
        g.number,
        task.text,
        names(task.organizations, 'lead'),
        names(task.organizations, 'coordinate'),
        task.latest ? taskStatusLabel(task.latest.status, vi) : vi.taskNoUpdate,
        task.latest?.progress ?? null,
        task.latest ? formatPeriod(task.latest.period, 'vi') : null,
        task.latest ? approvedAt(task.latest.approvedAt) : null,
        formatDate(task.deadline, 'vi'),
        taskVerdictLabel(task.verdict, vi),
      ]),
    ),
  };
}

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  const s = typeof cell === 'number' ? String(cell) : cell;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * RFC 4180 CSV with a UTF-8 byte order mark, so Excel reads the Vietnamese letters; numbers are
 * written with a decimal point for other programs (the XLSX file holds real numbers for Excel).
 */
export function toCsv(table: Table): string {
  const lines = [table.headers, ...table.rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
