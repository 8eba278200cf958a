// The import's draft of the 2023 resolution agrees with the seed's reader on every target, and
// says what it only guessed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseResolution, parseResolutionText } from './index';

const source = readFileSync(path.join(__dirname, '../../db/seed/resolutions/2023.txt'), 'utf8');
const draft = parseResolutionText(source);
const seeded = parseResolution(source);

describe('the draft of the 2023 resolution', () => {
  it('reads every target as the seed does', () => {
    expect(
      draft.targets.map((t) => [t.code, t.name, t.targetValue, t.unit, t.direction, t.extra, t.qualifier, t.line]),
    ).toEqual(
      seeded.targets.map((t) => [t.code, t.name, t.targetValue, t.unit, t.direction, t.extra, t.qualifier, t.line]),
    );
    expect(draft.targets.map((t) => [t.minValue, t.maxValue])).toEqual(
      seeded.targets.map((t) => [t.minValue, t.maxValue]),
    );
    expect(draft.targets.every((t) => t.targetHigh === null && t.period === null)).toBe(true);
    expect(draft.targets.find((t) => t.code === '2.2.01')).toMatchObject({ extraValue: 5, extraUnit: 'người/năm' });
  });

  it('carries the header, the review claims and the task paragraphs with their lines', () => {
    expect(draft.resolution).toMatchObject({
      title: seeded.header.title,
      year: 2023,
      heldOn: '2022-12-27',
      conferenceNumber: 34,
      line: 3,
      conferenceLine: 7,
      objectivesLine: 21,
      recipients: seeded.recipients,
      objectives: seeded.objectives,
    });
    expect(draft.review).toMatchObject({
      year: 2022,
      resolutionNumber: '22-NQ/ĐU',
      resolutionDate: '2021-12-20',
      targetsTotal: 19,
      targetsMet: 18,
      targetsNotMetCount: 1,
      notMetNames: ['tỷ lệ chi bộ hoàn thành tốt nhiệm vụ'],
      line: 11,
      summaryLine: 13,
      shortcomingsLine: 15,
    });
    expect(draft.taskGroups.map((g) => g.tasks.map((t) => [t.code, t.text, t.line]))).toEqual(
      seeded.taskGroups.map((g) => g.tasks.map((t) => [t.code, t.text, t.line])),
    );
    const broken = draft.taskGroups[2]!.tasks[1]!;
    expect([broken.code, broken.line, broken.endLine]).toEqual(['III.3.2', 62, 64]);
  });

  it('warns of the 1,25 % / 1,45 % conflict with both lines', () => {
    const conflicts = draft.warnings.filter((w) => w.code === 'figure-conflict');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ line: 64, lines: [64, 34], refs: ['2.1.08', 'III.3.2'] });
    expect(conflicts[0]!.message).toContain('1,25%');
    expect(conflicts[0]!.message).toContain('1,45%');
  });

  it('warns of every direction it only guessed, and of none it read', () => {
    const guessed = draft.warnings.filter((w) => w.code === 'direction-guessed').map((w) => w.refs[0]);
    // Only "đạt 100%" (2.1.02, 2.1.14) states the direction on the line.
    expect(guessed).toEqual(draft.targets.map((t) => t.code).filter((c) => c !== '2.1.02' && c !== '2.1.14'));
    expect(draft.targets.filter((t) => t.directionSource === 'rule').map((t) => [t.code, t.direction])).toEqual([
      ['2.1.07', 'max'],
      ['2.1.08', 'max'],
      ['2.1.09', 'max'],
      ['2.1.12', 'min'],
    ]);
    for (const t of draft.targets) {
      for (const w of t.warnings) expect(draft.warnings).toContainEqual(w);
    }
    expect(draft.warnings.map((w) => w.line)).toEqual([...draft.warnings.map((w) => w.line)].sort((a, b) => a! - b!));
  });
});
