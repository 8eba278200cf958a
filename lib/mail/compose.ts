import { formatDate } from '@/lib/format';
import { fill } from '@/lib/i18n/fill';
import type { Locale } from '@/lib/i18n/locale';
import { localePath } from '@/lib/i18n/locale-path';
import { mailMessages } from '@/lib/i18n/messages/mail';
import { formatPeriod } from '@/lib/period-label';
import { clipText } from '@/lib/clip-text';

// Every reminder, notice and digest, written once for both of its forms: an email (plain text and
// a simple HTML part) and the line in the app's notification list. Pure: the recipient's language,
// the site's origin and the event's facts in, strings out. Nothing secret goes in, so nothing
// secret comes out: no password, no token, only the page to open (which asks for a login).

export type Recipient = { displayName: string; locale: Locale };

/** What is written for one recipient of one event. */
export type ComposedMessage = {
  subject: string;
  text: string;
  html: string;
  /** The notification list's line and its short text. */
  title: string;
  body: string;
  /** The page to act on, without the language prefix. */
  path: string;
};

type Block = { p: string } | { list: string[] } | { quote: string };

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for an HTML element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c]!);
}

export function absoluteUrl(baseUrl: string, locale: Locale, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${localePath(locale, path)}`;
}

function compose(
  to: Recipient,
  baseUrl: string,
  parts: { subject: string; title: string; body: string; path: string; blocks: Block[] },
): ComposedMessage {
  const t = mailMessages[to.locale];
  const url = absoluteUrl(baseUrl, to.locale, parts.path);
  const accountUrl = absoluteUrl(baseUrl, to.locale, '/account');
  const greeting = fill(t.greeting, { name: to.displayName });
  const textBlocks = parts.blocks.map((b) =>
    'p' in b
      ? b.p
      : 'list' in b
        ? b.list.map((line) => `- ${line}`).join('\n')
        : b.quote
            .split('\n')
            .map((line) => `> ${line}`)
            .join('\n'),
  );
  const text = [greeting, ...textBlocks, fill(t.openLink, { url }), '--', fill(t.footer, { url: accountUrl })].join(
    '\n\n',
  );
  const htmlBlocks = parts.blocks.map((b) =>
    'p' in b
      ? `<p>${escapeHtml(b.p)}</p>`
      : 'list' in b
        ? `<ul>${b.list.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`
        : `<blockquote style="border-left:3px solid #999;margin:0 0 1em;padding-left:1em;white-space:pre-wrap">${escapeHtml(b.quote)}</blockquote>`,
  );
  const html = [
    `<!doctype html><html lang="${to.locale}"><head><meta charset="utf-8"><title>${escapeHtml(parts.subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1c1917">',
    `<p>${escapeHtml(greeting)}</p>`,
    ...htmlBlocks,
    `<p><a href="${escapeHtml(url)}">${escapeHtml(t.openButton)}</a></p>`,
    `<hr><p style="font-size:13px;color:#57534e">${escapeHtml(fill(t.footer, { url: '' }).replace(/:\s*$/, ''))}: <a href="${escapeHtml(accountUrl)}">${escapeHtml(accountUrl)}</a></p>`,
    '</body></html>',
  ].join('\n');
  return { subject: parts.subject, text, html, title: parts.title, body: parts.body, path: parts.path };
}

/** The facts of an update an email names: what it is about, for which period, whose it is. */
export type UpdateFacts = {
  updateId: number;
  subjectCode: string;
  subjectLabel: string;
  periodCode: string;
  organizationName: string;
};

function subjectName(r: UpdateFacts): string {
  return `${r.subjectCode} ${clipText(r.subjectLabel, 90)}`;
}

export const updatePath = (updateId: number) => `/dashboard/updates/${updateId}`;

/** To the update's organization: the chair returned it (with the reason) or approved it. */
export function reviewNotice(
  to: Recipient,
  baseUrl: string,
  update: UpdateFacts,
  decision: { action: 'returned' | 'approved'; reason: string | null },
): ComposedMessage {
  const t = mailMessages[to.locale];
  const values = {
    subject: subjectName(update),
    period: formatPeriod(update.periodCode, to.locale),
    organization: update.organizationName,
  };
  const returned = decision.action === 'returned';
  const main = fill(returned ? t.returnedBody : t.approvedBody, values);
  const reason = decision.reason ? fill(t.reason, { reason: decision.reason }) : null;
  return compose(to, baseUrl, {
    subject: fill(returned ? t.returnedSubject : t.approvedSubject, values),
    title: fill(returned ? t.returnedTitle : t.approvedTitle, values),
    body: reason ? `${main} ${clipText(reason, 300)}` : main,
    path: updatePath(update.updateId),
    blocks: [
      { p: main },
      ...(decision.reason ? [{ p: fill(t.reason, { reason: '' }).trim() }, { quote: decision.reason }] : []),
      ...(returned ? [{ p: t.returnedAction }] : []),
    ],
  });
}

/** To the other side of the conversation: someone wrote on the update. */
export function commentNotice(
  to: Recipient,
  baseUrl: string,
  update: UpdateFacts,
  comment: { authorName: string; authorOrganization: string | null; body: string },
): ComposedMessage {
  const t = mailMessages[to.locale];
  const values = {
    subject: subjectName(update),
    period: formatPeriod(update.periodCode, to.locale),
    author: comment.authorName,
    organization: comment.authorOrganization ?? t.chairSide,
  };
  return compose(to, baseUrl, {
    subject: fill(t.commentSubject, values),
    title: fill(t.commentTitle, values),
    body: clipText(comment.body, 300),
    path: updatePath(update.updateId),
    blocks: [{ p: fill(t.commentBody, values) }, { quote: comment.body }],
  });
}

export type ReminderWhen = 'due_soon' | 'due_today' | 'overdue';
export type MissingItem = { subjectCode: string; subjectLabel: string; periodCode: string };

/** To an organization's officers: updates due in N days, due today, or overdue. */
export function dueReminder(
  to: Recipient,
  baseUrl: string,
  reminder: { when: ReminderWhen; dueOn: string; daysLeft: number; organizationName: string; missing: MissingItem[] },
): ComposedMessage {
  const t = mailMessages[to.locale];
  const values = {
    date: formatDate(reminder.dueOn, to.locale),
    days: reminder.daysLeft,
    organization: reminder.organizationName,
    n: reminder.missing.length,
  };
  const [subject, title] =
    reminder.when === 'due_soon'
      ? [t.dueSoonSubject, t.dueSoonTitle]
      : reminder.when === 'due_today'
        ? [t.dueTodaySubject, t.dueTodayTitle]
        : [t.overdueSubject, t.overdueTitle];
  const shown = reminder.missing.slice(0, 30);
  const list = shown.map(
    (m) => `${formatPeriod(m.periodCode, to.locale)} · ${m.subjectCode} ${clipText(m.subjectLabel, 100)}`,
  );
  if (reminder.missing.length > shown.length) list.push(`… (+${reminder.missing.length - shown.length})`);
  return compose(to, baseUrl, {
    subject: fill(subject, values),
    title: fill(title, values),
    body: fill(t.reminderBody, values).replace(/:$/, '.'),
    path: '/dashboard',
    blocks: [{ p: fill(t.reminderBody, values) }, { list }, { p: t.reminderAction }],
  });
}

export type DigestFacts = {
  frequency: 'daily' | 'weekly';
  today: string;
  waiting: number;
  oldestSubmittedAt: Date | null;
  overdue: { dueOn: string; organizations: { name: string; missing: number }[] } | null;
  atRisk: { code: string; name: string; status: 'behind_pace' | 'not_met' }[];
};

/** To the chair: what waits for approval, who is overdue, which targets are at risk. */
export function chairDigest(to: Recipient, baseUrl: string, digest: DigestFacts): ComposedMessage {
  const t = mailMessages[to.locale];
  const values = { date: formatDate(digest.today, to.locale), waiting: digest.waiting };
  const blocks: Block[] = [{ p: fill(t.digestWaiting, { n: digest.waiting }) }];
  if (digest.oldestSubmittedAt)
    blocks.push({ p: fill(t.digestOldest, { date: formatDate(digest.oldestSubmittedAt, to.locale) }) });
  if (digest.overdue && digest.overdue.organizations.length > 0) {
    blocks.push(
      { p: fill(t.digestOverdue, { date: formatDate(digest.overdue.dueOn, to.locale) }) },
      {
        list: digest.overdue.organizations.map((o) =>
          fill(t.digestOverdueLine, { organization: o.name, n: o.missing }),
        ),
      },
    );
  } else blocks.push({ p: t.digestNoneOverdue });
  if (digest.atRisk.length > 0) {
    blocks.push(
      { p: t.digestAtRisk },
      {
        list: digest.atRisk.map(
          (r) => `${r.code} ${clipText(r.name, 100)}: ${r.status === 'not_met' ? t.statusNotMet : t.statusAtRisk}`,
        ),
      },
    );
  } else blocks.push({ p: t.digestNoneAtRisk });
  return compose(to, baseUrl, {
    subject: fill(digest.frequency === 'daily' ? t.digestSubjectDaily : t.digestSubjectWeekly, values),
    title: fill(t.digestTitle, values),
    body: blocks
      .flatMap((b) => ('p' in b ? [b.p] : []))
      .slice(0, 2)
      .join(' '),
    path: '/approvals',
    blocks,
  });
}
