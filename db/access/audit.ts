import 'server-only';
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

/** Writes one audit row; call it inside the transaction of the change it records. */
export function writeAudit(tx: Pick<Db, 'insert'>, entry: AuditInput): void {
  tx.insert(auditLog)
    .values({
      actorId: entry.actorId,
      actorLabel: entry.actorLabel ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      details: entry.details ?? null,
      ip: entry.ip ?? null,
    })
    .run();
}
