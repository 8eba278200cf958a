import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { logEvent } from '@/lib/log';
import { requestScope } from '@/lib/request-scope';
import type { Db } from '../client';
import { auditLog } from '../schema';

export type AuditInput = {
  actorId: number | null;
  actorLabel?: string | null;
  action: string;
  entityType: string;
  entityId?: number | null;
  details?: Record<string, unknown>;
  ip?: string | null;
};

/**
 * Writes one audit row; call it inside the transaction of the change it records. The row carries
 * the client's address: the caller's `ip`, or that of the server action or route being served
 * (lib/request-scope.ts; lib/auth/client-ip.ts decides what an address is). Every audited
 * change also becomes one line of the structured server log (lib/log.ts), written once the
 * transaction has committed and never for one that was rolled back.
 */
export function writeAudit(tx: Pick<Db, 'insert' | 'select'>, entry: AuditInput): void {
  const row = tx
    .insert(auditLog)
    .values({
      actorId: entry.actorId,
      actorLabel: entry.actorLabel ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      details: entry.details ?? null,
      // The caller's address when it knows one, else the address of the request being served.
      ip: entry.ip ?? requestScope()?.ip ?? null,
    })
    .returning({ id: auditLog.id, at: auditLog.at })
    .get();
  logOnceCommitted(tx, row, entry);
}

/**
 * Transactions on better-sqlite3 are synchronous, so a microtask runs only after the one that
 * wrote this row has committed or rolled back; the row is still there only if it committed.
 * (The typed username of a failed login and the address are not logged: only the audit keeps them.)
 */
function logOnceCommitted(tx: Pick<Db, 'select'>, row: { id: number; at: Date }, entry: AuditInput): void {
  queueMicrotask(() => {
    try {
      const kept = tx
        .select({ id: auditLog.id })
        .from(auditLog)
        // Id and content: a rolled-back row's id can be taken by the next insert.
        .where(
          and(
            eq(auditLog.id, row.id),
            eq(auditLog.at, row.at),
            eq(auditLog.action, entry.action),
            eq(auditLog.entityType, entry.entityType),
            entry.entityId == null ? isNull(auditLog.entityId) : eq(auditLog.entityId, entry.entityId),
          ),
        )
        .get();
      if (!kept) return;
      logEvent({
        event: entry.action,
        userId: entry.actorId,
        entity: entry.entityType,
        ids: entry.entityId == null ? [] : [entry.entityId],
        ...(entry.details ? { details: entry.details } : {}),
      });
    } catch {
      // The connection was closed meanwhile (a script or a test): nothing to log.
    }
  });
}
