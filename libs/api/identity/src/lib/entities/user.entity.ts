import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { RoleName } from '@mitreden/shared/contracts';

/** An account. Mirrors `users` from the foundation migration; its CHECK constraints are the final word. */
@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Always lowercase (CHECK users_email_lowercase). */
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ name: 'password_hash', type: 'text', select: true })
  passwordHash!: string;

  @Column({ type: 'text', default: 'resident' })
  role!: RoleName;

  /** Set only for department experts (CHECK users_expert_has_department). */
  @Column({ type: 'text', nullable: true })
  department!: string | null;

  @Column({ type: 'text', default: 'de' })
  locale!: string;

  /** Self-declared home municipality (one of REGION_MUNICIPALITIES); polls may be restricted to one. */
  @Column({ type: 'text', nullable: true })
  municipality!: string | null;

  @Column({ name: 'email_confirmed_at', type: 'timestamptz', nullable: true })
  emailConfirmedAt!: Date | null;

  /** When the privacy notice was accepted at registration; NULL for accounts from before it was asked. */
  @Column({ name: 'privacy_accepted_at', type: 'timestamptz', nullable: true })
  privacyAcceptedAt!: Date | null;

  @Column({ name: 'blocked_at', type: 'timestamptz', nullable: true })
  blockedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
