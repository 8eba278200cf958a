// The import's reader: the structure (structure.ts) with every II.2 line read by readTargetLine,
// which reads the wider world's shapes and flags what it is unsure of instead of refusing. A line
// it cannot read at all becomes a target with its fields empty and an 'unreadable-line' warning,
// for the administrator to fill in; the rest of the document still reads.
import { findFigureConflicts } from './conflicts';
import type {
  DraftReview,
  DraftTarget,
  DraftTaskGroup,
  DraftWarning,
  DraftWarningCode,
  ResolutionDraft,
} from './draft';
import { ResolutionReadError } from './errors';
import { targetCode } from './parse';
import { readStructure, type ResolutionStructure } from './structure';
import { readTargetLine } from './target-line';

/** Pasted text and files alike: more than this is not a resolution (the 2023 one is 25 kB). */
export const maxResolutionBytes = 5 * 1024 * 1024;

export function parseResolutionText(text: string): ResolutionDraft {
  if (!text.trim()) throw new ResolutionReadError('empty', 'Văn bản trống: không có gì để đọc.');
  if (utf8Length(text) > maxResolutionBytes) {
    throw new ResolutionReadError('too-large', tooLargeMessage());
  }
  const structure = readStructure(text);
  const targets = draftTargets(structure);
  const conflicts = findFigureConflicts(
    targets.flatMap((t) =>
      t.targetValue === null || t.unit === null ? [] : [{ ...t, targetValue: t.targetValue, unit: t.unit }],
    ),
    structure.located,
  );
  const warnings: DraftWarning[] = [
    ...structure.warnings.map((w) => warning(w.code as DraftWarningCode, w.line ?? null, w.message, w.refs)),
    ...targets.flatMap((t) => t.warnings),
    ...conflicts.map((w) => {
      const target = targets.find((t) => t.code === w.refs?.[0]);
      return warning('figure-conflict', w.line ?? null, w.message, w.refs, target ? [target.line] : []);
    }),
  ];
  const review = draftReview(structure, warnings);
  warnings.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  const { header, lines } = structure;
  return {
    resolution: {
      title: header.title,
      titleRaw: header.titleRaw,
      year: header.year,
      number: structure.number,
      issuingBody: header.issuingBody,
      term: header.term,
      conferenceNumber: header.conferenceNumber,
      conference: header.conference,
      heldOn: header.heldOn,
      venue: header.venue,
      signedFor: header.signedFor,
      signerTitle: header.signerTitle,
      signerName: header.signerName,
      objectives: structure.objectives,
      recipients: structure.recipients,
      line: lines.title,
      conferenceLine: lines.conference,
      objectivesLine: lines.objectives,
    },
    review,
    targets,
    taskGroups: draftTaskGroups(structure),
    warnings,
  };
}

function utf8Length(text: string): number {
  // Every character is 1 to 4 bytes: only a text near the limit needs counting.
  return text.length * 4 <= maxResolutionBytes ? text.length : new TextEncoder().encode(text).length;
}

export function tooLargeMessage(): string {
  return `Tệp quá lớn: giới hạn là ${maxResolutionBytes / 1024 / 1024} MB (một nghị quyết chỉ vài chục kB).`;
}

function warning(
  code: DraftWarningCode,
  line: number | null,
  message: string,
  refs: string[] = [],
  otherLines: number[] = [],
): DraftWarning {
  return { code, line, message, lines: line === null ? otherLines : [line, ...otherLines], refs };
}

function draftTargets(structure: ResolutionStructure): DraftTarget[] {
  const out: DraftTarget[] = [];
  for (const category of ['2.1', '2.2'] as const) {
    structure.targetItems
      .filter((i) => i.category === category)
      .forEach((item, index) => {
        const ordinal = index + 1;
        const code = targetCode(category, ordinal);
        const place = { code, category, ordinal, line: item.line, sourceLine: item.raw };
        const sourceRef = `II.${category} dòng ${ordinal}`;
        const reading = readTargetLine(item.item);
        if ('error' in reading) {
          out.push({
            ...place,
            sourceRef,
            name: item.item,
            targetValue: null,
            targetHigh: null,
            unit: null,
            direction: null,
            directionSource: null,
            period: null,
            qualifier: null,
            extra: null,
            extraValue: null,
            extraUnit: null,
            minValue: null,
            maxValue: null,
            warnings: [
              warning(
                'unreadable-line',
                item.line,
                `Dòng ${item.line}: không đọc được chỉ tiêu (${reading.error}) — cần nhập tay.`,
                [code],
              ),
            ],
          });
          return;
        }
        const againstPlan = /kế hoạch/u.test(reading.qualifier ?? '');
        const levelRate = reading.direction !== 'increase' && reading.direction !== 'decrease';
        out.push({
          ...place,
          sourceRef,
          name: reading.name,
          targetValue: reading.targetValue,
          targetHigh: reading.targetHigh,
          unit: reading.unit,
          direction: reading.direction,
          directionSource: reading.directionSource,
          period: reading.period,
          qualifier: reading.qualifier,
          extra: reading.extra,
          extraValue: reading.extraValue,
          extraUnit: reading.extraUnit,
          // A rate is a share of a whole — except one measured against a plan, which a ward may exceed.
          minValue: levelRate && (reading.unit === '%' || reading.unit === '‰') ? 0 : null,
          maxValue:
            levelRate && !againstPlan && reading.unit === '%'
              ? 100
              : levelRate && !againstPlan && reading.unit === '‰'
                ? 1000
                : null,
          warnings: reading.warnings.map((w) =>
            warning(w.code, item.line, `Dòng ${item.line}, chỉ tiêu ${code}: ${w.message}`, [code]),
          ),
        });
      });
  }
  return out;
}

function draftTaskGroups(structure: ResolutionStructure): DraftTaskGroup[] {
  const located = new Map(structure.located.map((t) => [t.code, t]));
  return structure.taskGroups.map((g) => ({
    number: g.number,
    title: g.title,
    line: g.line,
    tasks: g.tasks.map((t) => ({
      code: t.code,
      paragraph: t.paragraph,
      text: t.text,
      line: t.line,
      endLine: located.get(t.code)!.lineAt(Math.max(t.text.length - 1, 0)),
      sourceRef: t.sourceRef,
    })),
  }));
}

function draftReview(structure: ResolutionStructure, warnings: DraftWarning[]): DraftReview {
  const { review, lines } = structure;
  const count = review.targetsNotMetCount;
  let names = review.targetsNotMet ? splitNames(review.targetsNotMet, ';') : [];
  if (count !== null && names.length !== count && review.targetsNotMet) {
    const byComma = splitNames(review.targetsNotMet, ',');
    if (byComma.length === count) names = byComma;
  }
  if (count !== null && review.targetsNotMet && names.length !== count) {
    warnings.push(
      warning(
        'review-names-mismatch',
        lines.shortcomings ?? lines.review,
        `Mục I ghi ${count} chỉ tiêu chưa đạt nhưng nêu ${names.length} tên (“${review.targetsNotMet}”) — cần kiểm tra.`,
      ),
    );
  }
  return {
    ...review,
    notMetNames: names,
    line: lines.review,
    summaryLine: lines.summary,
    shortcomingsLine: lines.shortcomings,
  };
}

function splitNames(text: string, separator: string): string[] {
  return text
    .split(separator)
    .map((s) => s.trim().replace(/^và\s+/u, ''))
    .filter(Boolean);
}
