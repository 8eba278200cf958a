// The open-data shape of GET /api/public/summary, field for field as DESIGN.md's contract, plus
// one added header fact: `resolution.ward`, the ward's name as the office set it (null until then).
import type { PublicSummary } from './summary-model';

export function toOpenData(summary: PublicSummary, wardName = '') {
  const orgs = (list: { code: string; role: 'lead' | 'coordinate' }[]) =>
    list.map(({ code, role }) => ({ code, role }));
  return {
    resolution: {
      ...summary.resolution,
      ward: wardName || null,
      review: {
        year: summary.review.year,
        resolutionNumber: summary.review.resolutionNumber,
        resolutionDate: summary.review.resolutionDate,
        targetsTotal: summary.review.targetsTotal,
        targetsMet: summary.review.targetsMet,
        targetsNotMet: summary.review.targetsNotMet,
      },
    },
    targets: summary.targets.map((t) => ({
      code: t.code,
      name: t.name,
      category: t.category,
      targetValue: t.targetValue,
      targetHigh: t.targetHigh,
      unit: t.unit,
      direction: t.direction,
      extra: t.extra,
      organizations: orgs(t.organizations),
      latest: t.latest
        ? { value: t.latest.value, kind: t.latest.kind, period: t.latest.period, approvedAt: t.latest.approvedAt }
        : null,
      status: t.status,
      planPercent: t.planPercent,
    })),
    taskGroups: summary.taskGroups.map((g) => ({
      number: g.number,
      title: g.title,
      tasks: g.tasks.map((task) => ({
        code: task.code,
        text: task.text,
        organizations: orgs(task.organizations),
        latest: task.latest
          ? {
              status: task.latest.status,
              progress: task.latest.progress,
              period: task.latest.period,
              approvedAt: task.latest.approvedAt,
            }
          : null,
        deadline: task.deadline,
        verdict: task.verdict,
      })),
    })),
  };
}

export type OpenData = ReturnType<typeof toOpenData>;
