import { Args, ArgsType, Context, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { IsInt, Max, Min } from 'class-validator';
import { IsNull, Not, Repository } from 'typeorm';
import { forbidden, unauthenticated } from '@mitreden/api/core';
import type { GraphqlContext } from '@mitreden/api/core';
import { OutboxMessage } from './outbox-message.entity';

export const MAIL_FAILURES_MAX_LIMIT = 200;

@ObjectType({ description: 'A mail that could not be delivered after all attempts.' })
export class MailDeliveryFailure {
  @Field(() => ID)
  id!: string;

  @Field()
  template!: string;

  @Field()
  recipientEmail!: string;

  @Field(() => Int)
  attempts!: number;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field()
  failedAt!: Date;
}

@ArgsType()
export class MailDeliveryFailuresArgs {
  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(MAIL_FAILURES_MAX_LIMIT)
  limit = 50;
}

/**
 * This library is data-access and may not use the identity feature's guards, so the admin check
 * reads the session user Passport put on the request.
 */
export function assertAdmin(context: GraphqlContext): void {
  const user = (context.req as { user?: { role?: unknown } }).user;
  if (!user) throw unauthenticated();
  if (user.role !== 'admin') throw forbidden();
}

@Resolver(() => MailDeliveryFailure)
export class MailDeliveryFailuresResolver {
  constructor(@InjectRepository(OutboxMessage) private readonly outbox: Repository<OutboxMessage>) {}

  @Query(() => [MailDeliveryFailure], {
    description: 'Mails that failed for good, newest first. Admins only.',
  })
  async mailDeliveryFailures(
    @Args() { limit }: MailDeliveryFailuresArgs,
    @Context() context: GraphqlContext,
  ): Promise<MailDeliveryFailure[]> {
    assertAdmin(context);
    const rows = await this.outbox.find({
      where: { failedAt: Not(IsNull()) },
      order: { failedAt: 'DESC' },
      take: limit,
    });
    return rows.map((row) => ({
      id: row.id,
      template: row.template,
      recipientEmail: row.recipientEmail,
      attempts: row.attempts,
      lastError: row.lastError,
      failedAt: row.failedAt as Date,
    }));
  }
}
