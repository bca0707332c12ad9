import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Someone follows a proposal, a forum or an action field (mails about news come later). Mirrors
 * `follows`: exactly one target column is set, `target_id` is generated from it, and the unique
 * index (user_id, target_type, target_id) is the one-follow-per-target rule.
 */
@Entity('follows')
export class Follow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'target_type', type: 'text' })
  targetType!: 'proposal' | 'forum' | 'action_field';

  @Column({ name: 'proposal_id', type: 'uuid', nullable: true })
  proposalId!: string | null;

  @Column({ name: 'forum_id', type: 'uuid', nullable: true })
  forumId!: string | null;

  @Column({ name: 'action_field_id', type: 'uuid', nullable: true })
  actionFieldId!: string | null;

  @Column({ name: 'target_id', type: 'uuid', insert: false, update: false })
  targetId!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
