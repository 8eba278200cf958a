// A task judged against its deadline, in the words a review uses: Hoàn thành đúng hạn, Hoàn thành
// quá hạn, Chưa hoàn thành (trong hạn), Chưa hoàn thành (quá hạn). Days are ISO 'YYYY-MM-DD'.
import type { TaskVerdict } from '@/lib/domain';

export type TaskVerdictInput = {
  /** The day its completion was reported (the approved "done" update's submission), or null. */
  doneOn: string | null;
  /** The task's deadline; `${year}-12-31` when the office set none. */
  deadline: string;
  today: string;
};

export function taskVerdict({ doneOn, deadline, today }: TaskVerdictInput): TaskVerdict {
  if (doneOn !== null) return doneOn <= deadline ? 'done_on_time' : 'done_late';
  return today <= deadline ? 'open_in_time' : 'open_overdue';
}

/** The deadline that applies: the office's, else the resolution's year end. */
export function taskDeadline(deadline: string | null, year: number): string {
  return deadline ?? `${year}-12-31`;
}
