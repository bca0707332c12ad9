import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A comment on a proposal or a reply to another comment. Mirrors `comments` of the participation
 * migration; its CHECK constraints (depth, tombstone, length) are the final word. `upvotes` and
 * `downvotes` are kept by a trigger on `comment_votes` and never written from code.
 */
@Entity('comments')
export class Comment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId!: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column({ type: 'smallint', default: 0 })
  depth!: number;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'integer', default: 0, update: false, insert: false })
  upvotes!: number;

  @Column({ type: 'integer', default: 0, update: false, insert: false })
  downvotes!: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}

/** One person's vote on one comment: +1 or -1; taking the vote back deletes the row. */
@Entity('comment_votes')
export class CommentVoteRow {
  @PrimaryColumn({ name: 'comment_id', type: 'uuid' })
  commentId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'smallint' })
  value!: 1 | -1;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
