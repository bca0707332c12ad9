import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import type { TranslatedText } from '@mitreden/api/core';
import { Process } from './process.entity';
import type { PhaseKind } from './graphql/process.types';

/** A stretch of a process; the exclusion constraint `phases_no_overlap` keeps phases of one process apart. */
@Entity({ name: 'phases' })
export class Phase {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'process_id', type: 'uuid' })
  processId!: string;

  @ManyToOne(() => Process, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'process_id' })
  process?: Relation<Process>;

  @Column({ type: 'text' })
  kind!: PhaseKind;

  @Column({ type: 'jsonb' })
  title!: TranslatedText;

  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
  description!: Partial<TranslatedText>;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  /** Exclusive. */
  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
