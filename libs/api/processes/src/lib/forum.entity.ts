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
import { ActionField } from './action-field.entity';
import { Process } from './process.entity';
import type { ForumFormat } from './graphql/process.types';

/** A thematic forum of a process; its action field belongs to the same process (composite foreign key). */
@Entity({ name: 'forums' })
export class Forum {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'process_id', type: 'uuid' })
  processId!: string;

  @ManyToOne(() => Process, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'process_id' })
  process?: Relation<Process>;

  @Column({ name: 'action_field_id', type: 'uuid' })
  actionFieldId!: string;

  @ManyToOne(() => ActionField, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'action_field_id' })
  actionField?: Relation<ActionField>;

  @Column({ type: 'jsonb' })
  title!: TranslatedText;

  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
  description!: Partial<TranslatedText>;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true })
  endsAt!: Date | null;

  @Column({ type: 'text', default: '' })
  place!: string;

  @Column({ type: 'text' })
  municipality!: string;

  @Column({ type: 'text' })
  format!: ForumFormat;

  @Column({ name: 'accepts_input', type: 'boolean', default: true })
  acceptsInput!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
