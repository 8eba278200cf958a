// The seed's reader: the structure (structure.ts) and every II.2 line read by the strict target
// reader (targets.ts), which refuses a line rather than flag it — the seed has no one to review a
// flag, so a line it cannot read stops the seed (ResolutionParseError, nothing written).
// `sourceLine` of a target keeps its line byte for byte.
import { findFigureConflicts } from './conflicts';
import { ResolutionParseError, type ParseIssue } from './errors';
import { readStructure, type ResolutionHeader, type ResolutionReview, type ResolutionStructure } from './structure';
import { parseTargetText, type ParsedTargetLine, type TargetCategory } from './targets';
import type { ParsedTaskGroup } from './tasks';
import { quoteLine } from './text';
import type { ImportWarning } from './warning';

export type { ParsedTask, ParsedTaskGroup } from './tasks';
export type { ImportWarning, ResolutionHeader, ResolutionReview };
export { ResolutionParseError };

export type ParsedTarget = ParsedTargetLine & {
  /** "2.1.08": category and position in it. */
  code: string;
  category: TargetCategory;
  ordinal: number;
  /** The line exactly as written. */
  sourceLine: string;
  /** "II.2.1 dòng 8": the 8th line of the list in II.2.1. */
  sourceRef: string;
  /** 1-based line number in the document. */
  line: number;
};

export type ParsedResolution = {
  header: ResolutionHeader;
  review: ResolutionReview;
  objectives: string;
  targets: ParsedTarget[];
  taskGroups: ParsedTaskGroup[];
  recipients: string[];
  warnings: ImportWarning[];
};

export function parseResolution(input: string): ParsedResolution {
  const structure = readStructure(input);
  const issues: ParseIssue[] = [];
  const targets = strictTargets(structure, issues);
  if (issues.length) throw new ResolutionParseError(issues);
  const { header, review, objectives, taskGroups, recipients } = structure;
  const warnings = [...structure.warnings, ...findFigureConflicts(targets, structure.located)];
  return { header, review, objectives, targets, taskGroups, recipients, warnings };
}

/** "2.1.08": category and position in it, the code a target keeps in every reader. */
export function targetCode(category: TargetCategory, ordinal: number): string {
  return `${category}.${String(ordinal).padStart(2, '0')}`;
}

function strictTargets(structure: ResolutionStructure, issues: ParseIssue[]): ParsedTarget[] {
  const targets: ParsedTarget[] = [];
  for (const category of ['2.1', '2.2'] as const) {
    structure.targetItems
      .filter((i) => i.category === category)
      .forEach((item, index) => {
        const parsed = parseTargetText(item.item);
        if ('error' in parsed) {
          issues.push({ line: item.line, message: `Dòng ${item.line}: ${parsed.error}: ${quoteLine(item.raw)}` });
          return;
        }
        const ordinal = index + 1;
        targets.push({
          ...parsed,
          code: targetCode(category, ordinal),
          category,
          ordinal,
          sourceLine: item.raw,
          sourceRef: `II.${category} dòng ${ordinal}`,
          line: item.line,
        });
      });
  }
  return targets;
}
