import MailComposer from 'nodemailer/lib/mail-composer';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import SMTPConnection from 'nodemailer/lib/smtp-connection';

// One email through nodemailer's SMTP client, in three steps so that a failure says whether the
// server can have the message: a failed connection or login never reached it (safe to retry); a
// reply code is the server's answer (4xx: try later, 5xx: it will never take it); a failure while
// the message itself was being handed over, without a reply, leaves its fate unknown, and the
// outbox then gives up rather than risk sending it twice.

export type OutgoingMail = {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
};

export type SendResult =
  { ok: true; response: string } | { ok: false; outcome: 'retry' | 'refused' | 'unknown'; error: string };

type SmtpError = Error & { code?: string; responseCode?: number; response?: string; command?: string };

const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000, dnsTimeout: 10_000 };

/** The longest one send can take with these timeouts, with room to spare (the claim's lease is longer). */
export const longestSendMs = 5 * 60_000;

function describe(error: SmtpError): string {
  const parts = [error.code, error.responseCode, error.command, error.message].filter((p) => p !== undefined);
  return parts.join(' ').slice(0, 500);
}

export async function sendOverSmtp(smtpUrl: string, mail: OutgoingMail): Promise<SendResult> {
  const { auth, ...options } = parseConnectionUrl(smtpUrl);
  const node = new MailComposer({
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    headers: {
      // An automatic message: out-of-office replies and auto-responders stay quiet (RFC 3834).
      'Auto-Submitted': 'auto-generated',
      'X-Auto-Response-Suppress': 'All',
    },
  }).compile();
  const raw = await node.build();
  const connection = new SMTPConnection({ ...options, ...timeouts });
  // The connection reports a failed connect, a dropped socket or a timeout as an event, not
  // through the step's callback: whichever comes first settles the step under way.
  let failStep: ((error: SmtpError) => void) | null = null;
  connection.on('error', (error: SmtpError) => failStep?.(error));
  connection.on('end', () => failStep?.(Object.assign(new Error('Connection closed'), { code: 'ECONNECTION' })));
  const step = <T>(run: (done: (error?: SmtpError | null, value?: T) => void) => void): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      failStep = reject;
      run((error, value) => (error ? reject(error) : resolve(value as T)));
    }).finally(() => {
      failStep = null;
    });
  try {
    try {
      await step<void>((done) => connection.connect(done));
      if (auth && 'user' in auth && auth.user) await step<void>((done) => connection.login(auth, (err) => done(err)));
    } catch (error) {
      const e = error as SmtpError;
      // Bad credentials or a refused connection: nothing was handed over; a fixed setting or a
      // server back up will take it later.
      return { ok: false, outcome: 'retry', error: describe(e) };
    }
    try {
      const info = await step<SMTPConnection.SentMessageInfo>((done) =>
        connection.send(node.getEnvelope(), raw, (err, value) => done(err, value)),
      );
      return { ok: true, response: String(info.response ?? '') };
    } catch (error) {
      const e = error as SmtpError;
      if (typeof e.responseCode === 'number') {
        return { ok: false, outcome: e.responseCode >= 500 ? 'refused' : 'retry', error: describe(e) };
      }
      // Refused by the client before anything was sent (an address it cannot use).
      if (e.command === 'API') return { ok: false, outcome: 'refused', error: describe(e) };
      return { ok: false, outcome: 'unknown', error: describe(e) };
    }
  } finally {
    if (connection.destroyed) connection.close();
    else connection.quit();
  }
}
