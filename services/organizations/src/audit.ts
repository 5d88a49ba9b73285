import type { Prisma } from "./generated/prisma/client.js";
import type { AuditAction } from "./generated/prisma/enums.js";

/** Anything that can write: the client or a transaction, so an audit row commits with its change. */
type Writer = { auditEvent: { create(args: { data: Prisma.AuditEventUncheckedCreateInput }): Promise<unknown> } };

export interface AuditEntry {
  action: AuditAction;
  /** Null when the system acted (e.g. a lockout). */
  actorId: string | null;
  orgId?: string | null;
  subjectUserId?: string | null;
  /** What changed, for a person reading the log (before/after roles, row counts …); no secrets. */
  detail?: Prisma.InputJsonValue;
}

/** Appends to the audit log. Call it inside the transaction that makes the change. */
export async function recordAudit(db: Writer, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      action: entry.action,
      actorId: entry.actorId,
      orgId: entry.orgId ?? null,
      subjectUserId: entry.subjectUserId ?? null,
      detail: entry.detail ?? {},
    },
  });
}
