import 'server-only';
import { alias } from 'drizzle-orm/sqlite-core';
import { updates, users, type TaskStatus } from '../schema';

// The pieces every read of a report with its people shares: the author and reviewer as joined
// users, and the figures a report carries (a target's value and note, a task's status, progress
// and narrative). Each query keeps its own joins; these keep names and types from drifting.

export const reportAuthor = alias(users, 'author');
export const reportReviewer = alias(users, 'reviewer');

export const figureColumns = {
  value: updates.value,
  note: updates.note,
  taskStatus: updates.taskStatus,
  progress: updates.progress,
  narrative: updates.narrative,
};

export type ReportFigures = {
  value: number | null;
  note: string | null;
  taskStatus: TaskStatus | null;
  progress: number | null;
  narrative: string | null;
};
