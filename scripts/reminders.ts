// npm run reminders: for cron, beside or instead of the server's own timer. Queues the due-date
// reminders and digests due now, sends everything the outbox holds, and exits 0 (1 only when the
// mail settings are malformed or the database cannot be opened). Safe to run at any time, twice,
// or while the server runs: every event is queued once and every message sent at most once.
import { closeDb, databasePath, getDb } from '../db/client';
import { migrateFile } from '../db/migrate';
import { deliverOutbox } from '../db/notify/outbox-sender';
import { queueScheduled } from '../db/notify/reminders';
import { logError, logEvent } from '../lib/log';
import { configuredTransport } from '../lib/mail/transport';

async function main(): Promise<number> {
  let transport;
  try {
    transport = configuredTransport();
  } catch (error) {
    logError('mail.config_invalid', error);
    return 1;
  }
  // REMINDERS_NOW=<ISO instant>: compute as at that moment (a day the job missed; the tests' clock).
  const now = process.env.REMINDERS_NOW ? new Date(process.env.REMINDERS_NOW) : new Date();
  if (Number.isNaN(now.getTime())) {
    logError('reminders.bad_clock', new Error('REMINDERS_NOW is not a date'));
    return 1;
  }
  migrateFile(databasePath());
  const db = getDb();
  const queued = queueScheduled(db, now);
  const delivered = await deliverOutbox(db, transport);
  logEvent({
    event: 'reminders.run',
    userId: null,
    entity: 'mail_outbox',
    ids: [],
    details: { ...queued, ...delivered, smtp: transport ? 'configured' : 'not configured' },
  });
  return 0;
}

main()
  .then((code) => {
    closeDb();
    process.exit(code);
  })
  .catch((error) => {
    logError('reminders.failed', error);
    process.exit(1);
  });
