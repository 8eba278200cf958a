// The burst: every officer submits its updates at the same time through the real server action
// (the update form's saveUpdateAction, intent "submit"), 50 requests in flight at most.
import { signIn } from '../test/ops/server-harness';
import { actionId, callFormAction } from '../test/ops/server-action';
import type { Slot } from './seed-scale';

export type BurstResult = {
  total: number;
  ok: number;
  failed: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  failures: string[];
};

function fieldsFor(slot: Slot, n: number): Record<string, string> {
  const common = {
    id: '',
    version: '',
    kind: slot.kind,
    subjectId: String(slot.subjectId),
    periodId: String(slot.periodId),
    intent: 'submit',
  };
  return slot.kind === 'target'
    ? { ...common, value: `${50 + (n % 50)},5`, note: `Báo cáo thử tải số ${n}.` }
    : {
        ...common,
        taskStatus: 'on_track',
        progress: String(n % 100),
        narrative: `Đang triển khai theo kế hoạch (báo cáo thử tải số ${n}).`,
      };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export async function runSubmissionBurst(
  baseUrl: string,
  officers: string[],
  slots: Record<string, Slot[]>,
  inFlight = 50,
): Promise<BurstResult> {
  const id = actionId('saveUpdateAction', 'dashboard');
  const cookies = new Map<string, string>();
  for (const officer of officers) cookies.set(officer, await signIn(baseUrl, officer));

  // Interleave the officers, so all ten organizations write at the same moment.
  const jobs: { officer: string; slot: Slot; n: number }[] = [];
  const longest = Math.max(...officers.map((o) => slots[o]?.length ?? 0));
  for (let i = 0; i < longest; i++) {
    for (const officer of officers) {
      const slot = slots[officer]?.[i];
      if (slot) jobs.push({ officer, slot, n: jobs.length + 1 });
    }
  }

  const latencies: number[] = [];
  const failures: string[] = [];
  let next = 0;
  const started = Date.now();
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      const t = performance.now();
      try {
        // Posted from the update form's own page, as the browser does.
        const page = `/dashboard/${job.slot.kind}s/${job.slot.subjectId}/update`;
        const outcome = await callFormAction(baseUrl, page, id, fieldsFor(job.slot, job.n), cookies.get(job.officer)!);
        latencies.push(performance.now() - t);
        if (!outcome.redirect?.includes('done=submitted')) {
          failures.push(`${job.officer}: ${outcome.status} ${outcome.state?.message ?? 'no redirect'}`);
        }
      } catch (error) {
        failures.push(`${job.officer}: ${(error as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, jobs.length) }, worker));
  const seconds = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    total: jobs.length,
    ok: jobs.length - failures.length,
    failed: failures.length,
    seconds: Math.round(seconds * 10) / 10,
    perSecond: Math.round(jobs.length / seconds),
    p50Ms: Math.round(percentile(latencies, 50)),
    p99Ms: Math.round(percentile(latencies, 99)),
    failures,
  };
}
