import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '@mitreden/api/core';
import type { PhaseKind } from './graphql/process.types';

/**
 * What is open is decided by the phase running now: e.g. new proposals, edits, supports and
 * comments only while the forums phase runs. Checked on the server inside the caller's
 * transaction, so a phase ending mid-request cannot let a write slip through unnoticed.
 */
@Injectable()
export class PhaseGate {
  async isOpen(manager: EntityManager, processId: string, kind: PhaseKind): Promise<boolean> {
    const rows: { open: boolean }[] = await manager.query(
      `SELECT EXISTS (
         SELECT 1 FROM phases WHERE process_id = $1 AND kind = $2 AND starts_at <= now() AND ends_at > now()
       ) AS open`,
      [processId, kind],
    );
    return rows[0]?.open === true;
  }

  /** Throws PHASE_CLOSED (the client explains it) unless a phase of this kind runs now. */
  async requireOpen(manager: EntityManager, processId: string, kind: PhaseKind): Promise<void> {
    if (!(await this.isOpen(manager, processId, kind))) {
      throw new DomainError('PHASE_CLOSED', `Only possible while a ${kind} phase runs`);
    }
  }
}
