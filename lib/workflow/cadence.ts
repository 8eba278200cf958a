// How often an assignment is reported on, and which periods that asks for. The defaults are data
// (settings rows "cadence_default_target" and "cadence_default_task", seeded from
// `defaultCadences`); an assignment with its own cadence overrides them.
import { cadencePeriodKinds, cadences, type Cadence, type PeriodKind, type SubjectKind } from '@/lib/domain';

/** Targets are reported on at the six-month review and at year end; tasks every quarter. */
export const defaultCadences: Record<SubjectKind, Cadence> = { target: 'six_monthly', task: 'quarterly' };

export const cadenceSettingKeys: Record<SubjectKind, string> = {
  target: 'cadence_default_target',
  task: 'cadence_default_task',
};

export function isCadence(value: unknown): value is Cadence {
  return typeof value === 'string' && (cadences as readonly string[]).includes(value);
}

/** The cadence that applies to an assignment: its own, else the default for its kind. */
export function effectiveCadence(
  own: Cadence | null,
  kind: SubjectKind,
  defaults: Record<SubjectKind, Cadence> = defaultCadences,
): Cadence {
  return own ?? defaults[kind];
}

/** Does a cadence ask for an update of this kind of period? */
export function asksFor(cadence: Cadence, kind: PeriodKind): boolean {
  return cadencePeriodKinds[cadence].includes(kind);
}

/** The periods a cadence asks for, in the order given. */
export function cadencePeriods<P extends { kind: PeriodKind }>(periods: readonly P[], cadence: Cadence): P[] {
  return periods.filter((p) => asksFor(cadence, p.kind));
}

/** The longest the chair may reopen a closed period for one organization, in days. */
export const maxReopenDays = 30;
