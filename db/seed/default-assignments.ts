// Default owners of targets and tasks, as data (DESIGN.md "Default owners"). The administrator
// changes them later; the importer applies them once, when a resolution is first imported.
// Targets are matched by phrases in their names, never by their position in the list.
import type { ImportWarning } from '../schema';
import type { OrgCode } from './organizations';
import type { ParsedTarget, ParsedTaskGroup } from '../../lib/resolution/parse';

export type AssignmentRole = 'lead' | 'coordinate';
export type Owner = { org: OrgCode; role: AssignmentRole };

type TargetRule = { why: string; anyOf: string[]; lead: OrgCode; coordinate?: OrgCode[] };

/** First matching rule wins; phrases are compared with the lower-cased target name. */
export const targetRules: TargetRule[] = [
  {
    why: 'Cultural families and cultural residential groups: the Front runs the campaign, the People’s Committee recognises them',
    anyOf: ['gia đình văn hóa', 'tổ dân phố văn hóa'],
    lead: 'MTTQ',
    coordinate: ['UBND'],
  },
  {
    why: 'Party building (II.2.2): admissions, members’ and cells’ ratings belong to the Party Committee',
    anyOf: ['đảng viên', 'chi bộ'],
    lead: 'DU',
  },
  {
    why: 'Socio-economic targets the People’s Committee manages as the state body',
    anyOf: [
      'gieo trồng', // sown area
      'ngân sách', // budget revenue
      'học sinh', // pupils completing primary / lower secondary
      'đến trường', // children enrolled
      'dân số', // natural population growth
      'hộ nghèo', // poor households
      'hộ cận nghèo', // near-poor households
      'bảo hiểm', // health, social, unemployment insurance
      'rác thải', // waste collection ("đồ rác thải" as written)
      'dqtv', // militia and self-defence force
      'dân quân',
      'giao quân', // military recruitment
      'nghĩa vụ quân sự',
      'lao động qua đào tạo', // trained labour
    ],
    lead: 'UBND',
  },
];

type TaskFacts = { group: number; paragraph: number; text: string; groupOpening: string };
type TaskRule = { why: string; when: (t: TaskFacts) => boolean; lead: OrgCode; coordinate?: OrgCode[] };

/** First matching rule wins. */
export const taskRules: TaskRule[] = [
  // Groups that open by naming their organization (6, 7, 8 in 2023) belong to it.
  {
    why: 'The group names the People’s Council',
    when: (t) => t.groupOpening.startsWith('Hội đồng nhân dân'),
    lead: 'HDND',
  },
  {
    why: 'The group names the People’s Committee',
    when: (t) => t.groupOpening.startsWith('Ủy ban nhân dân'),
    lead: 'UBND',
  },
  {
    why: 'The group names the Front and the socio-political organizations: the Front leads, the mass organizations carry it out',
    when: (t) => t.groupOpening.startsWith('Mặt trận Tổ quốc'),
    lead: 'MTTQ',
    coordinate: ['HND', 'HPN', 'DTN', 'HCCB', 'CD'],
  },
  {
    why: 'Groups 1–4 (economy, land and budget, health, education and social security, defence and security): the Party Committee leads, the People’s Committee carries them out',
    when: (t) => t.group >= 1 && t.group <= 4,
    lead: 'UBND',
    coordinate: ['DU'],
  },
  {
    why: 'Group 5, mass mobilisation ("dân vận"): with the Front and the People’s Committee',
    when: (t) => t.group === 5 && /dân vận/iu.test(t.text),
    lead: 'DU',
    coordinate: ['MTTQ', 'UBND'],
  },
  {
    why: 'Group 5 (Party building, propaganda, inspection): the Party Committee itself',
    when: (t) => t.group === 5,
    lead: 'DU',
  },
];

const owners = (rule: { lead: OrgCode; coordinate?: OrgCode[] }): Owner[] => [
  { org: rule.lead, role: 'lead' },
  ...(rule.coordinate ?? []).map((org) => ({ org, role: 'coordinate' as const })),
];

export type DefaultAssignments = {
  targets: { code: string; owners: Owner[] }[];
  tasks: { code: string; owners: Owner[] }[];
  warnings: ImportWarning[];
};

/**
 * Applies the rules; a target or task that no rule matches is left unassigned and reported.
 * Takes only what the rules read, so the seed's parse and the import's draft both fit.
 */
export function defaultAssignments(parsed: {
  targets: Pick<ParsedTarget, 'code' | 'name' | 'line'>[];
  taskGroups: {
    number: number;
    tasks: Pick<ParsedTaskGroup['tasks'][number], 'code' | 'paragraph' | 'text' | 'line'>[];
  }[];
}): DefaultAssignments {
  const out: DefaultAssignments = { targets: [], tasks: [], warnings: [] };
  for (const target of parsed.targets) {
    const name = target.name.toLocaleLowerCase('vi');
    const rule = targetRules.find((r) => r.anyOf.some((phrase) => name.includes(phrase)));
    if (rule) out.targets.push({ code: target.code, owners: owners(rule) });
    else out.warnings.push(unassigned(`chỉ tiêu ${target.code} “${target.name}”`, target.code, target.line));
  }
  for (const group of parsed.taskGroups) {
    const groupOpening = group.tasks[0]?.text ?? '';
    for (const task of group.tasks) {
      const facts = { group: group.number, paragraph: task.paragraph, text: task.text, groupOpening };
      const rule = taskRules.find((r) => r.when(facts));
      if (rule) out.tasks.push({ code: task.code, owners: owners(rule) });
      else out.warnings.push(unassigned(`nhiệm vụ ${task.code}`, task.code, task.line));
    }
  }
  return out;
}

function unassigned(what: string, ref: string, line: number): ImportWarning {
  return {
    code: 'unassigned',
    message: `Chưa có quy tắc phân công mặc định cho ${what}; quản trị viên cần giao cơ quan phụ trách.`,
    line,
    refs: [ref],
  };
}
