import type { FigureKind, TargetVerdict, TaskVerdict } from '@/lib/domain';
import type { Locale } from '../locale';

// The words of a ward's review document for verdicts and figure kinds, written once for the
// public pages, the workspace, the exports and the reports; English parallel.
type VerdictText = {
  target: Record<TargetVerdict, string>;
  task: Record<TaskVerdict, string>;
  figure: Record<FigureKind, string>;
  /** Beside a verdict that rests on an estimate. */
  onEstimate: string;
  summaryLine: string;
  planPercent: string;
  deadline: string;
};

export const verdictText: Record<Locale, VerdictText> = {
  vi: {
    target: {
      exceeded: 'Vượt',
      met: 'Đạt',
      not_met: 'Không đạt',
      on_pace: 'Đạt tiến độ',
      behind_pace: 'Chưa đạt tiến độ',
      year_end: 'Đánh giá cuối năm',
      no_data: 'Chưa có số liệu',
    },
    task: {
      done_on_time: 'Hoàn thành đúng hạn',
      done_late: 'Hoàn thành quá hạn',
      open_in_time: 'Chưa hoàn thành (trong hạn)',
      open_overdue: 'Chưa hoàn thành (quá hạn)',
    },
    figure: { estimate: 'ước thực hiện', official: 'chính thức' },
    onEstimate: 'theo số ước thực hiện',
    summaryLine: '{met}/{total} chỉ tiêu đạt và vượt',
    planPercent: 'so với kế hoạch',
    deadline: 'Hạn hoàn thành',
  },
  en: {
    target: {
      exceeded: 'Exceeded',
      met: 'Met',
      not_met: 'Not met',
      on_pace: 'On pace',
      behind_pace: 'Behind pace',
      year_end: 'Judged at year end',
      no_data: 'No data',
    },
    task: {
      done_on_time: 'Completed on time',
      done_late: 'Completed late',
      open_in_time: 'Not completed (within deadline)',
      open_overdue: 'Not completed (overdue)',
    },
    figure: { estimate: 'estimate', official: 'official' },
    onEstimate: 'on an estimate',
    summaryLine: '{met} of {total} targets met or exceeded',
    planPercent: 'of plan',
    deadline: 'Deadline',
  },
};

type FlatVerdicts = {
  [K in `verdict_${TargetVerdict}` | `taskVerdict_${TaskVerdict}` | `figure_${FigureKind}`]: string;
};

/** The same words as flat message keys, for the message tables (verdict_met, taskVerdict_done_late, figure_estimate). */
export function flatVerdicts(locale: Locale): FlatVerdicts {
  const v = verdictText[locale];
  const out: Record<string, string> = {};
  for (const [k, w] of Object.entries(v.target)) out[`verdict_${k}`] = w;
  for (const [k, w] of Object.entries(v.task)) out[`taskVerdict_${k}`] = w;
  for (const [k, w] of Object.entries(v.figure)) out[`figure_${k}`] = w;
  return out as FlatVerdicts;
}
