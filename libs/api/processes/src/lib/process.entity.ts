import {
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import type { TranslatedText } from '@mitreden/api/core';
import { ActionField } from './action-field.entity';

@Entity({ name: 'processes' })
export class Process {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'jsonb' })
  title!: TranslatedText;

  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
  summary!: Partial<TranslatedText>;

  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
  description!: Partial<TranslatedText>;

  @Column({ name: 'is_current', type: 'boolean', default: false })
  isCurrent!: boolean;

  @OneToMany(() => ActionField, (field) => field.process)
  actionFields?: Relation<ActionField[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
