import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@ObjectType('AuditEntry', { description: 'One moderation or curation action; the log is append-only' })
export class AuditEntryView {
  @Field(() => ID, { description: 'Increasing with time' })
  id!: string;
  @Field() occurredAt!: Date;
  @Field(() => ID, { nullable: true, description: 'Null for actions the system took on its own' })
  actorId!: string | null;
  @Field({ description: 'Display name at the time of the action, or "system"' })
  actorName!: string;
  @Field(() => String, { nullable: true }) actorRole!: string | null;
  @Field({ description: '<area>.<verb>, e.g. proposal.merge, comment.hide, answer.publish' })
  action!: string;
  @Field() targetType!: string;
  @Field(() => ID, { nullable: true }) targetId!: string | null;
  @Field() targetLabel!: string;
  @Field(() => ID, { nullable: true }) processId!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String, { nullable: true, description: 'State before, as JSON text' })
  before!: string | null;
  @Field(() => String, { nullable: true, description: 'State after, as JSON text' })
  after!: string | null;
}

@ObjectType('AuditLogPage')
export class AuditLogPageView {
  @Field(() => [AuditEntryView]) nodes!: AuditEntryView[];
  @Field(() => String, { nullable: true, description: 'Pass as `after` for older entries' })
  endCursor!: string | null;
  @Field() hasNextPage!: boolean;
  @Field(() => Int) totalCount!: number;
}

@InputType()
export class AuditLogFilter {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(60) action?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(40) targetType?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() targetId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() actorId?: string;
  @Field({ nullable: true, description: 'Inclusive' }) @IsOptional() @IsDate() from?: Date;
  @Field({ nullable: true, description: 'Exclusive' }) @IsOptional() @IsDate() to?: Date;
  @Field({ nullable: true, description: 'Words in the actor name, target label or reason' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}
