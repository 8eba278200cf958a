import 'server-only';
import { alias } from 'drizzle-orm/sqlite-core';
import type { FigureKind } from '@/lib/domain';
import { updates, users, type TaskStatus } from '../schema';

// The pieces every read of an update with its people shares: the author and reviewer as joined
// users, and the figures an update carries (a target's value and note, a task's status, progress
// and narrative). Each query keeps its own joins; these keep names and types from drifting.

export const updateAuthor = alias(users, 'author');
export const updateReviewer = alias(users, 'reviewer');

export const figureColumns = {
  value: updates.value,
  figureKind: updates.figureKind,
  note: updates.note,
  taskStatus: updates.taskStatus,
  progress: updates.progress,
  narrative: updates.narrative,
};

export type UpdateFigures = {
  value: number | null;
  /** A target figure: an estimate (ước thực hiện) or official (chính thức); null for a task. */
  figureKind?: FigureKind | null;
  note: string | null;
  taskStatus: TaskStatus | null;
  progress: number | null;
  narrative: string | null;
};
