import { z } from 'zod';
import { assignmentRoles, targetDirections } from '@/lib/domain';
import type { Locale } from '@/lib/i18n/locale';
import { yearsMessages } from '@/lib/i18n/messages/admin-years';
import type { DraftOwner } from '@/lib/years/draft-doc';

// Every field of the draft review, validated on the server with a Vietnamese message by the field.

const id = z.coerce.number().int().positive();
const text = (max: number, required: string, long: string) =>
  z.string({ error: required }).trim().min(1, { error: required }).max(max, { error: long });
const optionalText = (max: number, long: string) =>
  z
    .string()
    .trim()
    .max(max, { error: long })
    .nullish()
    .transform((v) => (v ? v : null));

/** "89,61", "1.234,5", "0,95" or "89.61" → a number; "" → null. */
export function readNumber(raw: string | null | undefined): number | null | 'invalid' {
  const t = (raw ?? '').trim().replace(/\s/gu, '');
  if (!t) return null;
  let normal = t;
  if (t.includes(',')) normal = t.replace(/\./gu, '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+$/u.test(t)) normal = t.replace(/\./gu, '');
  if (!/^-?\d+(\.\d+)?$/u.test(normal)) return 'invalid';
  return Number(normal);
}

const viNumber = (message: string) =>
  z
    .string()
    .nullish()
    .transform((v, ctx) => {
      const n = readNumber(v);
      if (n === 'invalid') {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return n;
    });

export const draftRef = { id, version: z.coerce.number().int().positive() };

/** Owners from the form: `lead` (a code) and one checkbox `coord_<CODE>` per coordinating organization. */
export function ownersFrom(fields: Record<string, unknown>): DraftOwner[] {
  const lead = typeof fields.lead === 'string' && fields.lead ? fields.lead : null;
  const coordinate = Object.keys(fields)
    .filter((k) => k.startsWith('coord_') && fields[k] === 'on')
    .map((k) => k.slice('coord_'.length))
    .filter((code) => code !== lead);
  return [
    ...(lead ? [{ org: lead, role: assignmentRoles[0] }] : []),
    ...coordinate.map((org) => ({ org, role: assignmentRoles[1] })),
  ];
}

const orgCode = /^[A-Z]{1,10}$/u;

export function targetSchema(locale: Locale) {
  const t = yearsMessages[locale];
  return z
    .looseObject({
      ...draftRef,
      code: z.string().regex(/^2\.[12]\.\d{2}$/u),
      name: text(500, t.required, t.tooLong),
      category: z.enum(['2.1', '2.2'], { error: t.required }),
      targetValue: viNumber(t.numberInvalid),
      targetHigh: viNumber(t.numberInvalid),
      unit: optionalText(60, t.tooLong),
      direction: z.enum(targetDirections, { error: t.directionInvalid }),
      extra: optionalText(200, t.tooLong),
      errata: optionalText(500, t.tooLong),
      lead: z.string().regex(orgCode, { error: t.orgInvalid }).or(z.literal('')).nullish(),
    })
    .superRefine((v, ctx) => {
      if (v.direction !== 'qualitative' && v.direction !== 'zero' && v.targetValue === null)
        ctx.addIssue({ code: 'custom', path: ['targetValue'], message: t.required });
      if (v.direction === 'range' && v.targetHigh === null)
        ctx.addIssue({ code: 'custom', path: ['targetHigh'], message: t.required });
      if (v.direction !== 'qualitative' && !v.unit)
        ctx.addIssue({ code: 'custom', path: ['unit'], message: t.required });
    });
}

export function taskSchema(locale: Locale) {
  const t = yearsMessages[locale];
  return z.looseObject({
    ...draftRef,
    code: z.string().regex(/^III\.\d{1,2}\.\d{1,2}$/u),
    text: text(20000, t.required, t.tooLong),
    errata: optionalText(2000, t.tooLong),
    lead: z.string().regex(orgCode, { error: t.orgInvalid }).or(z.literal('')).nullish(),
  });
}

const isoDate = (message: string) =>
  z
    .string()
    .trim()
    .nullish()
    .transform((v, ctx) => {
      if (!v) return null;
      if (!/^\d{4}-\d{2}-\d{2}$/u.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return v;
    });

const optionalInt = (message: string) =>
  z
    .string()
    .trim()
    .nullish()
    .transform((v, ctx) => {
      if (!v) return null;
      if (!/^\d{1,4}$/u.test(v)) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return Number(v);
    });

export function headerSchema(locale: Locale) {
  const t = yearsMessages[locale];
  return z.object({
    ...draftRef,
    title: text(500, t.required, t.tooLong),
    number: optionalText(60, t.tooLong),
    issuingBody: text(300, t.required, t.tooLong),
    term: optionalText(20, t.tooLong),
    conferenceNumber: optionalInt(t.numberInvalid),
    heldOn: isoDate(t.dateInvalid),
    venue: optionalText(300, t.tooLong),
    signerTitle: optionalText(100, t.tooLong),
    signerName: optionalText(100, t.tooLong),
  });
}

export function reviewSchema(locale: Locale) {
  const t = yearsMessages[locale];
  return z.object({
    ...draftRef,
    year: z.coerce
      .number({ error: t.yearInvalid })
      .int({ error: t.yearInvalid })
      .min(1945, { error: t.yearInvalid })
      .max(2999, { error: t.yearInvalid }),
    resolutionNumber: optionalText(60, t.tooLong),
    resolutionDate: isoDate(t.dateInvalid),
    targetsTotal: optionalInt(t.numberInvalid),
    targetsMet: optionalInt(t.numberInvalid),
    targetsNotMet: optionalText(2000, t.tooLong),
  });
}

export const warningSchema = () => z.object({ ...draftRef, warning: z.string().regex(/^[a-z]\d{1,4}$/u) });
export const warningCodeSchema = () => z.object({ ...draftRef, code: z.string().regex(/^[a-z-]{2,40}$/u) });
export const linkSchema = () =>
  z.object({
    ...draftRef,
    code: z.string().regex(/^2\.[12]\.\d{2}$/u),
    previous: z.string().regex(/^(new|\d{1,9})$/u),
  });
export const refSchema = () => z.object(draftRef);
export const undoSchema = () => z.object({ resolutionId: id });
export const importSchema = () =>
  z.object({
    text: z
      .string()
      .max(6 * 1024 * 1024)
      .nullish(),
  });
