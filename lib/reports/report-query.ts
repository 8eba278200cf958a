// The report form's query (?period=H1&superior=…&issuer=…&place=…), validated on the server.
import { z } from 'zod';
import { reportPeriodKeys } from './report-period';

const line = z.string().trim().max(80, { error: 'Tối đa 80 ký tự.' }).optional().catch(undefined);

export const reportQuerySchema = z.object({
  period: z.enum(reportPeriodKeys, { error: 'Kỳ báo cáo không hợp lệ.' }),
  superior: line,
  issuer: line,
  place: line,
});

export type ReportQuery = z.infer<typeof reportQuerySchema>;

export function parseReportQuery(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const get = (k: string) => {
    const v = params instanceof URLSearchParams ? params.get(k) : params[k];
    return (Array.isArray(v) ? v[0] : v) ?? undefined;
  };
  return reportQuerySchema.safeParse({
    period: get('period'),
    superior: get('superior'),
    issuer: get('issuer'),
    place: get('place'),
  });
}

/** The same query for a link (the DOCX link beside the printable page). */
export function reportQueryString(q: ReportQuery): string {
  const s = new URLSearchParams({ period: q.period });
  for (const k of ['superior', 'issuer', 'place'] as const) if (q[k]) s.set(k, q[k]);
  return s.toString();
}
