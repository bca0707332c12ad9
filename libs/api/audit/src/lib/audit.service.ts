import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { User } from '@mitreden/api/identity';

/** What one moderation or curation step changed. `action` reads `<area>.<verb>`, e.g. `proposal.merge`. */
export interface AuditEntry {
  /** Null for what the system did on its own (auto-hide after N reports, reminders). */
  actor: Pick<User, 'id' | 'displayName' | 'role'> | null;
  action: string;
  targetType: string;
  targetId: string | null;
  /** How a reader recognises the target without a join: "#123 Sprachkurse …", a display name. */
  targetLabel?: string;
  processId?: string | null;
  reason?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends to audit_log with the caller's transaction manager, so an action and its log entry
 * commit or roll back together. The table refuses UPDATE, DELETE and TRUNCATE (trigger).
 */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (actor_id, actor_name, actor_role, action, target_type, target_id, target_label, process_id, reason, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb)`,
      [
        entry.actor?.id ?? null,
        entry.actor?.displayName ?? 'system',
        entry.actor?.role ?? null,
        entry.action,
        entry.targetType,
        entry.targetId,
        (entry.targetLabel ?? '').slice(0, 300),
        entry.processId ?? null,
        entry.reason ?? null,
        entry.before === undefined ? null : JSON.stringify(entry.before),
        entry.after === undefined ? null : JSON.stringify(entry.after),
      ],
    );
  }
}
