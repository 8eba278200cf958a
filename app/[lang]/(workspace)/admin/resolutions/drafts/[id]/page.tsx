import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DraftForm, type FieldSpec } from '@/components/years/draft-form';
import { WarningList } from '@/components/years/warning-list';
import { getDraftView, type DraftView } from '@/db/access/resolution-drafts';
import { requirePageUser } from '@/db/access/session';
import { targetDirections } from '@/lib/domain';
import { fill } from '@/lib/i18n/fill';
import { isLocale } from '@/lib/i18n/locale';
import { localePath } from '@/lib/i18n/locale-path';
import { adminMessages } from '@/lib/i18n/messages/admin';
import { yearsMessages, type YearsMessages } from '@/lib/i18n/messages/admin-years';
import type { DraftOwner } from '@/lib/years/draft-doc';
import { AdminNav } from '../../../admin-nav';
import {
  acknowledgeKindAction,
  confirmLinksAction,
  discardAction,
  linkAction,
  publishAction,
  saveHeaderAction,
  saveReviewAction,
  saveTargetAction,
  saveTaskAction,
} from './actions';

export const metadata: Metadata = { title: 'Xem lại nghị quyết năm mới' };
// The administrator's own draft, per request: never cached, never public.
export const dynamic = 'force-dynamic';

const num = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));
const directionLabel = (t: YearsMessages, d: string) =>
  t[`direction${d.charAt(0).toUpperCase()}${d.slice(1)}` as keyof YearsMessages];

export default async function DraftReviewPage({ params }: PageProps<'/[lang]/admin/resolutions/drafts/[id]'>) {
  const { lang, id } = await params;
  if (!isLocale(lang) || !/^\d{1,9}$/.test(id)) notFound();
  const user = await requirePageUser(`/admin/resolutions/drafts/${id}`);
  const view = getDraftView(user, Number(id));
  if (!view || view.state !== 'draft') notFound();
  const t = yearsMessages[lang];
  const { doc } = view;
  const ref = { id: view.id, version: view.version };
  const source = (line: number | null, until?: number) =>
    line === null ? null : (
      <SourceLines view={view} from={line} to={until ?? line} label={fill(t.sourceLine, { line })} />
    );
  const ownersFields = (owners: DraftOwner[]): FieldSpec[] => [
    {
      kind: 'select',
      name: 'lead',
      label: t.fieldLead,
      value: owners.find((o) => o.role === 'lead')?.org ?? '',
      options: [{ value: '', label: t.noLead }, ...view.organizations.map((o) => ({ value: o.code, label: o.name }))],
    },
    {
      kind: 'checks',
      name: 'coordinate',
      label: t.fieldCoordinate,
      options: view.organizations.map((o) => ({
        value: o.code,
        label: o.name,
        checked: owners.some((x) => x.org === o.code && x.role === 'coordinate'),
      })),
    },
  ];
  // What every target and task carries below its own fields: errata, then its owners.
  const itemFields = (r: { errata: string | null; owners: DraftOwner[] }): FieldSpec[] => [
    { kind: 'text', name: 'errata', label: t.fieldErrata, hint: t.errataHint, value: r.errata ?? '', wide: true },
    ...ownersFields(r.owners),
  ];
  const warningsOf = (code: string) => (
    <WarningList warnings={doc.warnings.filter((w) => w.refs.includes(code))} draft={ref} t={t} />
  );
  const documentWarnings = doc.warnings.filter((w) => w.refs.length === 0);
  const proposed = Object.values(doc.targets).filter((r) => r.link.state === 'proposed').length;
  const head = doc.draft.resolution;
  const review = doc.draft.review;

  return (
    <div className="space-y-6">
      <AdminNav t={adminMessages[lang]} current="resolutions" locale={lang} />
      <h1 className="text-2xl font-semibold">{fill(t.reviewTitle, { year: view.year })}</h1>
      <p className="max-w-prose text-stone-700">{t.reviewIntro}</p>

      <PublishPanel view={view} t={t} />

      {documentWarnings.length ? (
        <section aria-labelledby="doc-warnings" className="space-y-2">
          <h2 id="doc-warnings" className="text-lg font-semibold">
            {t.warningsHeading}
          </h2>
          <WarningList warnings={documentWarnings} draft={ref} t={t} />
        </section>
      ) : null}

      <section aria-labelledby="header-heading" className="space-y-2 rounded border border-stone-300 bg-white p-3">
        <h2 id="header-heading" className="text-lg font-semibold">
          {t.headerHeading}
        </h2>
        {source(head.line)}
        {source(head.conferenceLine)}
        <DraftForm
          action={saveHeaderAction}
          hidden={ref}
          idPrefix="header"
          testId="header-form"
          submit={t.save}
          pending={t.saving}
          fields={[
            { kind: 'text', name: 'title', label: t.fieldTitle, value: head.title, wide: true },
            { kind: 'text', name: 'number', label: t.fieldNumber, value: head.number ?? '' },
            { kind: 'text', name: 'issuingBody', label: t.fieldIssuingBody, value: head.issuingBody },
            { kind: 'text', name: 'term', label: t.fieldTerm, value: head.term ?? '' },
            {
              kind: 'text',
              name: 'conferenceNumber',
              label: t.fieldConferenceNumber,
              value: num(head.conferenceNumber),
            },
            { kind: 'text', name: 'heldOn', label: t.fieldHeldOn, value: head.heldOn ?? '' },
            { kind: 'text', name: 'venue', label: t.fieldVenue, value: head.venue ?? '' },
            { kind: 'text', name: 'signerTitle', label: t.fieldSignerTitle, value: head.signerTitle ?? '' },
            { kind: 'text', name: 'signerName', label: t.fieldSignerName, value: head.signerName ?? '' },
          ]}
        />
      </section>

      <section aria-labelledby="review-heading" className="space-y-2 rounded border border-stone-300 bg-white p-3">
        <h2 id="review-heading" className="text-lg font-semibold">
          {fill(t.reviewHeading, { year: review.year })}
        </h2>
        {source(review.summaryLine ?? review.line)}
        {source(review.shortcomingsLine)}
        <WarningList warnings={doc.warnings.filter((w) => w.source === 'review-check')} draft={ref} t={t} />
        <DraftForm
          action={saveReviewAction}
          hidden={ref}
          idPrefix="review"
          testId="review-form"
          submit={t.save}
          pending={t.saving}
          fields={[
            { kind: 'text', name: 'year', label: t.fieldReviewYear, value: String(review.year) },
            {
              kind: 'text',
              name: 'resolutionNumber',
              label: t.fieldReviewNumber,
              value: review.resolutionNumber ?? '',
            },
            { kind: 'text', name: 'resolutionDate', label: t.fieldReviewDate, value: review.resolutionDate ?? '' },
            { kind: 'text', name: 'targetsTotal', label: t.fieldTargetsTotal, value: num(review.targetsTotal) },
            { kind: 'text', name: 'targetsMet', label: t.fieldTargetsMet, value: num(review.targetsMet) },
            {
              kind: 'text',
              name: 'targetsNotMet',
              label: t.fieldTargetsNotMet,
              value: review.notMetNames.join('; '),
              wide: true,
            },
          ]}
        />
      </section>

      <section aria-labelledby="targets-heading" className="space-y-3">
        <h2 id="targets-heading" className="text-lg font-semibold">
          {t.targetsHeading}
        </h2>
        {view.previous && proposed > 0 ? (
          <DraftForm
            action={confirmLinksAction}
            hidden={ref}
            idPrefix="links"
            testId="confirm-links-form"
            submit={fill(t.confirmAllLinks, { n: proposed })}
            pending={t.saving}
          />
        ) : null}
        {doc.draft.targets.map((target) => {
          const r = doc.targets[target.code]!;
          const previous = view.previous?.targets.find((p) => p.id === r.link.previousTargetId);
          return (
            <article
              key={target.code}
              className="space-y-2 rounded border border-stone-300 bg-white p-3"
              data-testid={`draft-target-${target.code}`}
              aria-labelledby={`target-${target.code}`}
            >
              <h3 id={`target-${target.code}`} className="font-semibold">
                {target.code} · <span lang="vi">{target.name}</span>
              </h3>
              {source(target.line)}
              {warningsOf(target.code)}
              <DraftForm
                action={saveTargetAction}
                hidden={{ ...ref, code: target.code }}
                idPrefix={`t${target.code.replaceAll('.', '-')}`}
                testId="target-form"
                submit={t.save}
                pending={t.saving}
                fields={[
                  { kind: 'text', name: 'name', label: t.fieldName, value: target.name, wide: true },
                  {
                    kind: 'select',
                    name: 'category',
                    label: t.fieldCategory,
                    value: target.category,
                    options: [
                      { value: '2.1', label: t.category21 },
                      { value: '2.2', label: t.category22 },
                    ],
                  },
                  {
                    kind: 'select',
                    name: 'direction',
                    label: t.fieldDirection,
                    value: target.direction ?? '',
                    options: [
                      ...(target.direction ? [] : [{ value: '', label: '—' }]),
                      ...targetDirections.map((d) => ({ value: d, label: directionLabel(t, d) })),
                    ],
                  },
                  { kind: 'text', name: 'targetValue', label: t.fieldValue, value: num(target.targetValue) },
                  { kind: 'text', name: 'targetHigh', label: t.fieldHigh, value: num(target.targetHigh) },
                  { kind: 'text', name: 'unit', label: t.fieldUnit, value: target.unit ?? '' },
                  { kind: 'text', name: 'extra', label: t.fieldExtra, value: target.extra ?? '' },
                  ...itemFields(r),
                ]}
              />
              {view.previous ? (
                <div className="rounded bg-stone-50 p-2" data-testid="link-box">
                  <p className="text-sm">
                    <span className="font-medium">{fill(t.linkHeading, { year: view.previous.year })}: </span>
                    <span data-testid="link-state">
                      {r.link.state === 'new'
                        ? t.linkNew
                        : r.link.state === 'confirmed'
                          ? t.linkConfirmed
                          : fill(t.linkProposed, { score: Math.round((r.link.score ?? 0) * 100) })}
                    </span>
                    {previous && r.link.state !== 'new' ? (
                      <span lang="vi">
                        {' '}
                        — {previous.code} {previous.name}
                      </span>
                    ) : null}
                  </p>
                  <DraftForm
                    action={linkAction}
                    hidden={{ ...ref, code: target.code }}
                    idPrefix={`l${target.code.replaceAll('.', '-')}`}
                    testId="link-form"
                    submit={t.linkSave}
                    pending={t.saving}
                    inline
                    fields={[
                      {
                        kind: 'select',
                        name: 'previous',
                        label: fill(t.linkHeading, { year: view.previous.year }),
                        value:
                          r.link.state !== 'new' && r.link.previousTargetId ? String(r.link.previousTargetId) : 'new',
                        options: [
                          { value: 'new', label: t.linkNone },
                          ...view.previous.targets.map((p) => ({ value: String(p.id), label: `${p.code} ${p.name}` })),
                        ],
                      },
                    ]}
                  />
                </div>
              ) : null}
            </article>
          );
        })}
      </section>

      <section aria-labelledby="tasks-heading" className="space-y-3">
        <h2 id="tasks-heading" className="text-lg font-semibold">
          {t.tasksHeading}
        </h2>
        {doc.draft.taskGroups.map((g) => (
          <div key={g.number} className="space-y-2">
            <h3 className="font-semibold" lang="vi">
              {g.number}. {g.title}
            </h3>
            {g.tasks.map((task) => {
              const r = doc.tasks[task.code]!;
              return (
                <article
                  key={task.code}
                  className="space-y-2 rounded border border-stone-300 bg-white p-3"
                  data-testid={`draft-task-${task.code}`}
                >
                  <p className="text-sm font-medium">{task.code}</p>
                  {source(task.line, task.endLine)}
                  {warningsOf(task.code)}
                  <DraftForm
                    action={saveTaskAction}
                    hidden={{ ...ref, code: task.code }}
                    idPrefix={`k${task.code.replaceAll('.', '-')}`}
                    testId="task-form"
                    submit={t.save}
                    pending={t.saving}
                    fields={[
                      { kind: 'textarea', name: 'text', label: t.fieldText, value: task.text },
                      ...itemFields(r),
                    ]}
                  />
                </article>
              );
            })}
          </div>
        ))}
      </section>

      <PublishPanel view={view} t={t} />
      <DraftForm
        action={discardAction}
        hidden={ref}
        idPrefix="discard"
        testId="discard-form"
        submit={t.discard}
        pending={t.saving}
        variant="danger"
      />
      <p>
        <Link href={localePath(lang, '/admin/resolutions')} className="text-blue-900 underline">
          ← {t.title}
        </Link>
      </p>
    </div>
  );
}

/** The source text beside an item: the line(s) it was read from, numbered as the reader counts them. */
function SourceLines({ view, from, to, label }: { view: DraftView; from: number; to: number; label: string }) {
  const lines = view.sourceLines.slice(from - 1, Math.min(to, from + 3)).filter((l) => l.trim());
  return (
    <figure className="rounded border-l-4 border-stone-400 bg-stone-50 px-2 py-1 text-sm" data-testid="source-line">
      <figcaption className="text-xs text-stone-600">{label}</figcaption>
      <p lang="vi" className="whitespace-pre-wrap">
        {lines.join('\n')}
        {to > from + 3 ? ' …' : ''}
      </p>
    </figure>
  );
}

/** What is left before publishing, and the button when nothing is. */
function PublishPanel({ view, t }: { view: DraftView; t: YearsMessages }) {
  const b = view.blockers;
  const ref = { id: view.id, version: view.version };
  const codes = b.openWarnings.reduce<Record<string, number>>(
    (acc, w) => ({ ...acc, [w.code]: (acc[w.code] ?? 0) + 1 }),
    {},
  );
  return (
    <section className="space-y-2 rounded border-2 border-brand-700 bg-white p-3" data-testid="publish-panel">
      <h2 className="text-lg font-semibold">{t.publishHeading}</h2>
      {b.total === 0 ? (
        <p>{fill(t.publishReady, { year: view.year })}</p>
      ) : (
        <>
          <p data-testid="publish-left">{fill(t.publishLeft, { n: b.total })}</p>
          <ul className="list-disc pl-6 text-sm">
            {b.openWarnings.length ? <li>{fill(t.leftWarnings, { n: b.openWarnings.length })}</li> : null}
            {b.undecidedLinks.length ? <li>{fill(t.leftLinks, { n: b.undecidedLinks.length })}</li> : null}
            {b.incompleteTargets.length ? (
              <li>
                {fill(t.leftIncomplete, {
                  n: b.incompleteTargets.length,
                  codes: b.incompleteTargets.map((x) => `${x.code} (${x.problems.join(', ')})`).join('; '),
                })}
              </li>
            ) : null}
            {b.withoutLead.length ? (
              <li>{fill(t.leftLead, { n: b.withoutLead.length, codes: b.withoutLead.join(', ') })}</li>
            ) : null}
          </ul>
          {Object.entries(codes).map(([code, n]) => (
            <DraftForm
              key={code}
              action={acknowledgeKindAction}
              hidden={{ ...ref, code }}
              idPrefix={`ack-${code}`}
              testId={`ack-kind-${code}`}
              submit={fill(t.acknowledgeAll, { code, n })}
              pending={t.saving}
            />
          ))}
        </>
      )}
      {b.total === 0 ? (
        <DraftForm
          action={publishAction}
          hidden={ref}
          idPrefix="publish"
          testId="publish-form"
          submit={fill(t.publish, { year: view.year })}
          pending={t.publishing}
          variant="primary"
        />
      ) : null}
    </section>
  );
}
