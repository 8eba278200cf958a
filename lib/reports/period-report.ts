// The periodic report the ward Party Committee sends upward, as data: letterhead, title, the
// targets table, the progress of each task group, the shortcomings, recipients and signature.
// Pure; the DOCX file and the printable page both render this model, so they always agree.
import { formatDate, formatQuantity, formatTargetBound } from '@/lib/format';
import { verdictText } from '@/lib/i18n/messages/verdicts';
import { formatPeriod } from '@/lib/period-label';
import type { OrgRef, PublicSummary, SummaryTarget } from '@/lib/public/summary-model';
import type { ReportPeriod } from './report-period';
import { assessment, compareWithTarget, lead, viLongDate } from './report-text';

export type Letterhead = { superior: string; issuer: string; place: string };

export type ReturnedCount = { orgName: string; count: number };

export type ReportTargetRow = {
  no: string;
  name: string;
  bound: string;
  result: string;
  comparison: string;
  assessment: string;
};
export type ReportTable = { headers: string[]; sections: { title: string; rows: ReportTargetRow[] }[] };
export type ReportGroup = { heading: string; progress: string; tasks: string[] };
export type ReportItem = { text: string; items?: string[] };

export type PeriodReport = {
  letterhead: Letterhead & { numberLine: string; motto: string; placeDate: string };
  title: string;
  subtitle: string;
  intro: string;
  targetsHeading: string;
  targets: ReportTable;
  targetsSummary: string;
  /** "x/19 chỉ tiêu đạt và vượt", the resolution's own summary line. */
  summaryLine: string;
  /** "Số liệu chốt ngày 14/06/2023", or that the data is not yet cut off. */
  cutoffLine: string;
  tasksHeading: string;
  groups: ReportGroup[];
  shortcomingsHeading: string;
  shortcomings: ReportItem[];
  recipients: string[];
  signature: { signedFor: string; title: string; name: string };
  fileName: string;
};

const orgNames = (orgs: OrgRef[], role: OrgRef['role']) =>
  orgs
    .filter((o) => o.role === role)
    .map((o) => o.name)
    .join(', ');

/** "640,5 ha (ước thực hiện, 6 tháng đầu năm 2023)": every figure says whether it is an estimate. */
function resultText(t: SummaryTarget): string {
  return t.latest
    ? `${formatQuantity(t.latest.value, t.unit, 'vi')} (${verdictText.vi.figure[t.latest.kind]}, ${formatPeriod(t.latest.period, 'vi')})`
    : 'Chưa có số liệu được duyệt';
}

function boundText(t: SummaryTarget): string {
  return [
    formatTargetBound(t.targetValue, t.unit, t.direction, 'vi', t.targetHigh),
    t.extra ? `(${t.extra})` : null,
    t.qualifier,
  ]
    .filter(Boolean)
    .join(' ');
}

export function buildPeriodReport(input: {
  summary: PublicSummary;
  period: ReportPeriod;
  returned: ReturnedCount[];
  letterhead: Letterhead;
  /** The day the report is dated (ISO). */
  issuedOn: string;
  /** The period's cut-off: the day set (ISO) and when the chair closed it (ISO day), if closed. */
  cutoff: { on: string | null; closedOn: string | null };
}): PeriodReport {
  const { summary, period } = input;
  const r = summary.resolution;
  const heldOn = r.heldOn ? ` ${viLongDate(r.heldOn)}` : '';
  const placeDate = input.letterhead.place
    ? `${input.letterhead.place}, ${viLongDate(input.issuedOn)}`
    : viLongDate(input.issuedOn).replace(/^n/, 'N');

  const sections = (['2.1', '2.2'] as const).map((category, ci) => ({
    title:
      category === '2.1' ? `${ci + 1}. Các chỉ tiêu về kinh tế - xã hội` : `${ci + 1}. Các chỉ tiêu về xây dựng Đảng`,
    rows: summary.targets
      .filter((t) => t.category === category)
      .map((t, i) => ({
        no: String(i + 1),
        name: t.name,
        bound: boundText(t),
        result: resultText(t),
        comparison: compareWithTarget(t.latest?.value ?? null, t.targetValue, t.unit, t.direction, t.planPercent),
        assessment: assessment(t.status, t.latest?.kind ?? null),
      })),
  }));
  const c = summary.counts;
  const estimates = summary.targets.filter((t) => t.latest?.kind === 'estimate').length;

  const groups = summary.taskGroups.map((g) => ({
    heading: `${g.number}. ${g.title}`,
    progress:
      g.averageProgress === null
        ? `Chưa có báo cáo tiến độ được duyệt (${g.tasks.length} nhiệm vụ).`
        : `Tiến độ bình quân ${formatQuantity(g.averageProgress, '%', 'vi')} (${g.reported}/${g.tasks.length} nhiệm vụ có báo cáo được duyệt).`,
    tasks: g.tasks.map((task) => {
      const lead1 = orgNames(task.organizations, 'lead');
      const coordinate = orgNames(task.organizations, 'coordinate');
      const who = [lead1 && `chủ trì: ${lead1}`, coordinate && `phối hợp: ${coordinate}`].filter(Boolean).join('; ');
      const head = `Nhiệm vụ ${task.code} “${lead(task.text)}”${who ? ` (${who})` : ''}`;
      const verdict = `${verdictText.vi.task[task.verdict]}, hạn ${formatDate(task.deadline, 'vi')}`;
      if (!task.latest) return `${head}: chưa có báo cáo được duyệt (${verdict}).`;
      const l = task.latest;
      const statusWords = {
        not_started: 'chưa triển khai',
        on_track: 'đang thực hiện, đúng tiến độ',
        at_risk: 'có nguy cơ chậm',
        done: 'đã hoàn thành',
      }[l.status];
      const progress = l.progress !== null ? `, tiến độ ${formatQuantity(l.progress, '%', 'vi')}` : '';
      return `${head}: ${statusWords}${progress} (${formatPeriod(l.period, 'vi')}; ${verdict}).${l.narrative ? ` ${l.narrative.trim()}` : ''}`;
    }),
  }));

  return {
    letterhead: {
      ...input.letterhead,
      numberLine: 'Số        -BC/ĐU',
      motto: 'ĐẢNG CỘNG SẢN VIỆT NAM',
      placeDate,
    },
    title: 'BÁO CÁO',
    subtitle: `Kết quả thực hiện Nghị quyết về chỉ tiêu, nhiệm vụ năm ${r.year}\n${period.key === 'Y' ? `năm ${r.year}` : period.titleVi}`,
    intro:
      `Thực hiện Nghị quyết Hội nghị lần thứ ${r.conferenceNumber ?? '…'} ${r.issuingBody} khóa ${r.term ?? '…'} (mở rộng)${heldOn} ` +
      `về chỉ tiêu, nhiệm vụ năm ${r.year}, Ban Thường vụ Đảng ủy phường báo cáo kết quả thực hiện ${period.titleVi} như sau ` +
      `(số liệu đã được Thường trực Đảng ủy duyệt, tính đến hết ${viLongDate(period.endsOn)}):`,
    targetsHeading: 'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU',
    targets: {
      headers: ['STT', 'Chỉ tiêu', 'Chỉ tiêu Nghị quyết', 'Kết quả', 'So với chỉ tiêu', 'Đánh giá'],
      sections,
    },
    targetsSummary:
      `Trong số ${summary.targets.length} chỉ tiêu Nghị quyết đề ra, có ${summary.metOrExceeded} chỉ tiêu đạt và vượt ` +
      `(${c.exceeded} chỉ tiêu vượt, ${c.met} chỉ tiêu đạt); ${c.not_met} chỉ tiêu không đạt; ` +
      `${c.on_pace} chỉ tiêu đạt tiến độ, ${c.behind_pace} chỉ tiêu chưa đạt tiến độ; ` +
      `${c.year_end} chỉ tiêu đánh giá cuối năm; ${c.no_data} chỉ tiêu chưa có số liệu được duyệt.` +
      (estimates ? ` Có ${estimates} chỉ tiêu đánh giá theo số ước thực hiện.` : ''),
    summaryLine: `${summary.metOrExceeded}/${summary.targets.length} chỉ tiêu đạt và vượt`,
    cutoffLine: input.cutoff.on
      ? `Số liệu chốt ngày ${formatDate(input.cutoff.on, 'vi')}${input.cutoff.closedOn ? ` (Thường trực Đảng ủy chốt số liệu ngày ${formatDate(input.cutoff.closedOn, 'vi')})` : ' (chưa chốt số liệu)'}.`
      : `Số liệu tính đến hết ngày ${formatDate(period.endsOn, 'vi')}.`,
    tasksHeading: 'II. TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP',
    groups,
    shortcomingsHeading: 'III. TỒN TẠI, HẠN CHẾ',
    shortcomings: shortcomings(summary, input.returned),
    recipients: summary.recipients,
    signature: {
      signedFor: summary.resolution.signedFor ?? 'T/M ĐẢNG ỦY',
      title: summary.resolution.signerTitle ?? 'BÍ THƯ',
      name: summary.resolution.signerName ?? '',
    },
    fileName: `bao-cao-${period.code}.docx`,
  };
}

function shortcomings(summary: PublicSummary, returned: ReturnedCount[]): ReportItem[] {
  const items: ReportItem[] = [];
  for (const t of summary.targets.filter((x) => x.status === 'not_met' || x.status === 'behind_pace')) {
    items.push({
      text: `Chỉ tiêu “${t.name}” ${t.status === 'not_met' ? 'không đạt' : 'chưa đạt tiến độ'}: kết quả ${resultText(t)}, chỉ tiêu ${boundText(t)}.`,
    });
  }
  const overdue = summary.taskGroups.flatMap((g) => g.tasks).filter((x) => x.verdict === 'open_overdue');
  for (const task of overdue) {
    items.push({ text: `Nhiệm vụ ${task.code} chưa hoàn thành, đã quá hạn ${formatDate(task.deadline, 'vi')}.` });
  }
  const noData = summary.targets.filter((x) => x.status === 'no_data');
  if (noData.length)
    items.push({
      text: `${noData.length} chỉ tiêu chưa có số liệu được duyệt: ${noData.map((t) => t.name).join('; ')}.`,
    });
  const tasks = summary.taskGroups.flatMap((g) => g.tasks);
  const slow = tasks.filter((x) => x.latest && (x.latest.status === 'at_risk' || x.latest.status === 'not_started'));
  for (const task of slow) {
    const who = orgNames(task.organizations, 'lead');
    items.push({
      text: `Nhiệm vụ ${task.code}${who ? ` (${who} chủ trì)` : ''} ${task.latest!.status === 'at_risk' ? 'có nguy cơ chậm tiến độ' : 'chưa được triển khai'}.`,
    });
  }
  const unreported = tasks.filter((x) => !x.latest);
  if (unreported.length)
    items.push({
      text: `${unreported.length} nhiệm vụ chưa có báo cáo tiến độ được duyệt: ${unreported.map((t) => t.code).join(', ')}.`,
    });
  const totalReturned = returned.reduce((n, x) => n + x.count, 0);
  if (totalReturned) {
    items.push({
      text: `Trong kỳ có ${totalReturned} lượt báo cáo bị trả lại để bổ sung, chỉnh sửa (${returned.map((x) => `${x.orgName}: ${x.count}`).join('; ')}); công tác thông tin, báo cáo cần chính xác, kịp thời hơn.`,
    });
  }
  if (!items.length)
    items.push({ text: 'Không có chỉ tiêu, nhiệm vụ nào chậm, không đạt hoặc thiếu báo cáo trong kỳ.' });
  // The resolution's own review of 2022: the shortcomings it asked to overcome (its first sentence only introduces them).
  const review = summary.review.shortcomings.slice(1);
  if (review.length && summary.review.year) {
    items.push({
      text: `Những tồn tại, hạn chế năm ${summary.review.year} Nghị quyết đã chỉ ra cần tiếp tục khắc phục:`,
      items: review,
    });
  }
  return items;
}
