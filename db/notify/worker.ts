import { logError, logEvent } from '@/lib/log';
import { configuredTransport, type Transport } from '@/lib/mail/transport';
import { getDb } from '../client';
import { deliverOutbox, senderName } from './outbox-sender';
import { queueScheduled } from './reminders';

// The scheduler inside the server: every half minute it sends what the outbox holds, and every ten
// minutes it queues the due-date reminders and digests. A change that queues mail wakes it at once.
// Another server or `npm run reminders` from cron may run beside it: the outbox's claims and the
// events' keys keep every message single.

const deliverEveryMs = 30_000;
const scheduleEveryMs = 10 * 60_000;

type Worker = { wake: () => void; stop: () => void };
const holder = globalThis as unknown as { __resolutionTrackerMailWorker?: Worker };

export function startMailWorker(): void {
  if (holder.__resolutionTrackerMailWorker) return;
  let transport: Transport | null = null;
  try {
    transport = configuredTransport();
  } catch (error) {
    // A malformed SMTP_URL or MAIL_FROM: keep the mail in the outbox and say why.
    logError('mail.config_invalid', error);
  }
  const owner = senderName();
  let running = false;
  let again = false;
  let lastScheduled = 0;
  const tick = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const db = getDb();
        if (Date.now() - lastScheduled >= scheduleEveryMs) {
          lastScheduled = Date.now();
          const queued = queueScheduled(db);
          if (queued.reminders + queued.digests > 0) {
            logEvent({ event: 'reminders.queued', userId: null, entity: 'mail_outbox', ids: [], details: queued });
          }
        }
        await deliverOutbox(db, transport, { owner });
      } while (again);
    } catch (error) {
      logError('mail.worker_failed', error);
    } finally {
      running = false;
    }
  };
  const interval = setInterval(() => void tick(), deliverEveryMs);
  interval.unref();
  const first = setTimeout(() => void tick(), 2_000);
  first.unref();
  holder.__resolutionTrackerMailWorker = {
    wake: () => void tick(),
    stop: () => {
      clearInterval(interval);
      clearTimeout(first);
    },
  };
  logEvent({
    event: 'mail.worker_started',
    userId: null,
    entity: 'mail_outbox',
    ids: [],
    details: { smtp: transport ? 'configured' : 'not configured: messages stay in the outbox' },
  });
}

/** After a change that queued mail has committed: send it now rather than at the next tick. */
export function wakeMailWorker(): void {
  const worker = holder.__resolutionTrackerMailWorker;
  if (worker) setImmediate(worker.wake);
}
