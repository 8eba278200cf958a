'use client';

import Link from 'next/link';
import type { ActionState } from '@/lib/action-state';
import type { QueueCardView } from './queue-card-view';
import { ReviewControls, type ReviewLabels } from './review-controls';

// The approval queue's cards. Each has its own selection (for the bulk form) and decisions, so
// the list is a client component; it receives each update as a few ready-written strings
// (queue-card-view.ts) rather than a server-rendered tree of elements, which was sent twice
// (HTML and RSC payload) and was most of the page.

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export type QueueListLabels = ReviewLabels & {
  thisUpdate: string;
  statusChanged: string;
  previousReturn: string;
  sameText: string;
  select: string;
};

function QueueCard({
  card,
  labels,
  approveAction,
  returnAction,
}: {
  card: QueueCardView;
  labels: QueueListLabels;
  approveAction: Action;
  returnAction: Action;
}) {
  return (
    <li className="ws-card" data-testid={`queue-item-${card.id}`}>
      <div className="flex items-start gap-3">
        {/* The label is the tap target (44 px); the box's name says which update it selects. */}
        {/* A self-review is approved on its own: it has no place in the bulk form. */}
        {card.selfReview ? null : (
          <label className="flex min-h-11 items-center">
            <input
              type="checkbox"
              form="bulk-approve"
              name={`item-${card.id}`}
              value={card.version}
              className="h-5 w-5"
              aria-label={`${labels.select}: ${card.code} ${card.organization}`}
            />
          </label>
        )}
        <div className="min-w-0 flex-1">
          <p className="ws-row text-sm">
            <span className="font-semibold">{card.organization}</span>
            <span className="ws-tag">{card.role}</span>
            <span>{`· ${card.period}`}</span>
            {card.selfReview ? (
              <span className="ws-tag border-amber-700 text-amber-950" data-testid="self-review">
                {card.selfReview.label}
              </span>
            ) : null}
          </p>
          {card.selfReview ? (
            <p className="mt-1 text-sm text-amber-950" data-testid="self-review-hint">
              {card.selfReview.hint}
            </p>
          ) : null}
          <p className="mt-1">
            <Link href={card.subjectHref} prefetch={false} className="ws-code text-blue-800 underline">
              {card.code}
            </Link>{' '}
            <span className="line-clamp-2">{card.label}</span>
          </p>
          {card.bound ? <p className="ws-muted">{card.bound}</p> : null}
        </div>
      </div>

      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        <div className="ws-prev">
          <p className="ws-muted font-medium">{card.previousTitle}</p>
          {card.previous ? (
            <>
              <p className="text-lg">{card.previous.figure}</p>
              <p className="ws-muted line-clamp-3">{card.previous.text ?? (card.text ? labels.sameText : null)}</p>
            </>
          ) : null}
        </div>
        <div className="ws-now">
          <p className="ws-muted font-medium">{labels.thisUpdate}</p>
          <p className="text-lg font-semibold" data-testid="queue-figure">
            {card.figure}
          </p>
          {card.changes?.map(([icon, text]) => (
            <mark key={text} className="ws-mark" data-testid="change">
              <span aria-hidden="true">{`${icon} `}</span>
              {text}
            </mark>
          ))}
          {card.statusChanged ? <mark className="ws-mark ml-1 text-sm font-normal">{labels.statusChanged}</mark> : null}
          <p className={card.textChanged ? 'whitespace-pre-line bg-yellow-50 text-sm' : 'whitespace-pre-line text-sm'}>
            {card.text}
          </p>
        </div>
      </div>

      {card.sinceReturned ? (
        <p className="mt-2">
          <mark className="ws-mark" data-testid="since-returned">
            {card.sinceReturned}
          </mark>
        </p>
      ) : null}
      {card.returnReason ? (
        <p className="mt-2 text-sm text-amber-950">
          <strong>{`${labels.previousReturn}:`}</strong> {card.returnReason}
        </p>
      ) : null}
      <p className="ws-muted mt-2">
        {card.reported}
        <Link href={card.updateHref} prefetch={false} className="text-blue-800 underline">
          {card.evidence}
        </Link>
      </p>
      <ReviewControls
        id={card.id}
        version={card.version}
        labels={labels}
        approveAction={approveAction}
        returnAction={returnAction}
        deferReturnForm={{ updateHref: card.updateHref }}
      />
    </li>
  );
}

type ListProps = { cards: QueueCardView[]; labels: QueueListLabels; approveAction: Action; returnAction: Action };

export function QueueList({ cards, labels, approveAction, returnAction }: ListProps) {
  return (
    <ol className="space-y-3" data-testid="queue">
      {cards.map((card) => (
        <QueueCard
          key={card.id}
          card={card}
          labels={labels}
          approveAction={approveAction}
          returnAction={returnAction}
        />
      ))}
    </ol>
  );
}
