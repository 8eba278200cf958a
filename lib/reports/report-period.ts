// The periods a report can cover: a quarter, the first half year, or the whole year.

export const reportPeriodKeys = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'Y'] as const;
export type ReportPeriodKey = (typeof reportPeriodKeys)[number];

export type ReportPeriod = {
  key: ReportPeriodKey;
  /** "2023-Q2", "2023-H1", "2023-Y" (formatPeriod names them). */
  code: string;
  startsOn: string;
  endsOn: string;
  /** Words for the title: "quý II năm 2023", "6 tháng đầu năm 2023", "năm 2023". */
  titleVi: string;
};

const ranges: Record<ReportPeriodKey, [string, string, string]> = {
  Q1: ['01-01', '03-31', 'quý I năm'],
  Q2: ['04-01', '06-30', 'quý II năm'],
  Q3: ['07-01', '09-30', 'quý III năm'],
  Q4: ['10-01', '12-31', 'quý IV năm'],
  H1: ['01-01', '06-30', '6 tháng đầu năm'],
  Y: ['01-01', '12-31', 'năm'],
};

export function isReportPeriodKey(value: unknown): value is ReportPeriodKey {
  return typeof value === 'string' && (reportPeriodKeys as readonly string[]).includes(value);
}

export function reportPeriod(key: ReportPeriodKey, year: number): ReportPeriod {
  const [start, end, words] = ranges[key];
  return {
    key,
    code: `${year}-${key}`,
    startsOn: `${year}-${start}`,
    endsOn: `${year}-${end}`,
    titleVi: `${words} ${year}`,
  };
}
