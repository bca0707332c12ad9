import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { TranslatedText } from '@mitreden/api/core';
import { Process } from './process.entity';

/** A Handlungsfeld: the thematic area proposals, goals and measures belong to. */
@Entity({ name: 'action_fields' })
export class ActionField {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'process_id', type: 'uuid' })
  processId!: string;

  @ManyToOne(() => Process, (process) => process.actionFields, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'process_id' })
  process?: Relation<Process>;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'jsonb' })
  title!: TranslatedText;

  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
  description!: Partial<TranslatedText>;

  @Column({ name: 'cross_cutting', type: 'boolean', default: false })
  crossCutting!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
