// The draft: what the reader makes of a resolution before anyone publishes it. The command
// (`npm run -s resolution:parse -- FILE`) prints it as JSON and the import page edits it, so
// its shape is a contract (DESIGN.md, "Over the years"): { resolution, review, targets,
// taskGroups, warnings }. Every item carries the 1-based line of the text it was read from.
import type { TargetDirection } from '../domain';
import type { ResolutionHeader, ResolutionReview } from './structure';

/** Why the reader flagged something; the message says it in Vietnamese for the administrator. */
export type DraftWarningCode =
  /** A target figure that section III writes differently (the 1,25 % / 1,45 % case). */
  | 'figure-conflict'
  /** The direction was not written on the line: taken from the target's name, or the default. */
  | 'direction-guessed'
  /** Two direction words on one line that disagree ("dưới … trở lên"). */
  | 'direction-conflict'
  /** The target line could not be read at all: every field must be filled in by hand. */
  | 'unreadable-line'
  /** A unit the reader does not know: read as written, to be checked. */
  | 'unknown-unit'
  /** A figure with no unit. */
  | 'missing-unit'
  /** A line that names a quantity but gives no figure: read as qualitative, to be checked. */
  | 'no-figure'
  /** A number written in a way that could mean two values ("1.250%", "1,250 hộ"). */
  | 'number-format'
  /** A number before the figure that the reader took as part of the name. */
  | 'figure-in-name'
  /** The review's own counts disagree with each other. */
  | 'review-count-mismatch'
  /** The review names a different number of not-met targets than it counts. */
  | 'review-names-mismatch'
  | 'missing-date'
  | 'missing-recipients'
  | 'missing-signature';

export type DraftWarning = {
  code: DraftWarningCode;
  /** 1-based line of the source text; null when the warning is about the whole document. */
  line: number | null;
  message: string;
  /** Every line it concerns, `line` first (a figure conflict names the target's line and the task's). */
  lines: number[];
  /** Codes of the targets / tasks it is about ("2.1.08", "III.3.2"). */
  refs: string[];
};

/** Where the direction came from: written on the line, a rule on the name, or the default (min). */
export type DirectionSource = 'stated' | 'rule' | 'default';

export type DraftTarget = {
  /** "2.1.08": category and position in it. */
  code: string;
  category: '2.1' | '2.2';
  ordinal: number;
  /** As written, without the figure. */
  name: string;
  /** Low end for a range, the change for increase/decrease, 0 for zero, null for qualitative. */
  targetValue: number | null;
  /** High end of a range; null otherwise. */
  targetHigh: number | null;
  /** "%", "‰", "ha", "triệu đồng/người", … as written; null when the line has none. */
  unit: string | null;
  /** Null only when the line could not be read ('unreadable-line'): the administrator picks one. */
  direction: TargetDirection | null;
  directionSource: DirectionSource | null;
  /** "năm" for "…/năm", "giai đoạn 2021-2025", …; null when the line states none. */
  period: string | null;
  /** Words after the figure that are not a second figure ("so với kế hoạch thị xã giao"). */
  qualifier: string | null;
  /** A second figure on the line, as written ("5 người/năm"). */
  extra: string | null;
  extraValue: number | null;
  extraUnit: string | null;
  /** Bounds of a reported figure (a rate stays within 0–100 unless it is measured against a plan). */
  minValue: number | null;
  maxValue: number | null;
  /** 1-based line of the source text. */
  line: number;
  /** The line exactly as written. */
  sourceLine: string;
  /** "II.2.1 dòng 8". */
  sourceRef: string;
  /** The warnings about this target (each is also in the draft's `warnings`). */
  warnings: DraftWarning[];
};

export type DraftTask = {
  /** "III.3.2": group 3, paragraph 2. */
  code: string;
  paragraph: number;
  /** The paragraph as written, without the group's "N. " and without markdown emphasis. */
  text: string;
  /** 1-based line where the paragraph starts. */
  line: number;
  /** Line where it ends (later than `line` for a paragraph broken across a page). */
  endLine: number;
  sourceRef: string;
};

export type DraftTaskGroup = { number: number; title: string; line: number; tasks: DraftTask[] };

/** The header as the import reads it: the parser's header plus what the review page shows beside it. */
export type DraftResolution = ResolutionHeader & {
  /** "25-NQ/ĐU" when the text carries its own number above the title. */
  number: string | null;
  /** II.1, paragraphs separated by a blank line. */
  objectives: string;
  recipients: string[];
  line: number;
  conferenceLine: number;
  objectivesLine: number | null;
};

/** Section I: what the resolution itself says of the year before, to check against the app's figures. */
export type DraftReview = ResolutionReview & {
  /** The targets named as not met, one name per target (split at ";", or at "," when the count says so). */
  notMetNames: string[];
  line: number;
  summaryLine: number | null;
  shortcomingsLine: number | null;
};

export type ResolutionDraft = {
  resolution: DraftResolution;
  review: DraftReview;
  targets: DraftTarget[];
  taskGroups: DraftTaskGroup[];
  /** Every warning of the draft, the targets' own included, in line order. */
  warnings: DraftWarning[];
};

/** One line of `--targets`, or one II.2 line, as `readTargetLine` reads it. */
export type TargetReading = {
  /** The line as given. */
  text: string;
  name: string;
  targetValue: number | null;
  targetHigh: number | null;
  unit: string | null;
  direction: TargetDirection;
  directionSource: DirectionSource;
  period: string | null;
  qualifier: string | null;
  extra: string | null;
  extraValue: number | null;
  extraUnit: string | null;
  warnings: { code: DraftWarningCode; message: string }[];
};

/** A line the reader cannot read at all; `error` says why, in Vietnamese. */
export type TargetReadingError = { text: string; error: string };
