import { Inject, Module } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import { PollAdminService } from './admin/poll-admin.service';
import { POLL_COUNT_QUEUE, closePollCountQueue, createPollCountQueue } from './admin/poll-count-queue';
import type { PollCountQueue } from './admin/poll-count-queue';
import { PollFilesController } from './files/poll-files.controller';
import { ManagePollsResolver } from './graphql/manage-polls.resolver';
import { PollsResolver } from './graphql/polls.resolver';
import { TurnoutResolver } from './graphql/turnout.resolver';
import { PollsService } from './results/polls.service';
import { TurnoutService } from './turnout/turnout.service';
import { VotingService } from './voting/voting.service';

/** Polls (API side): management, voting, live turnout, results after the count. The worker counts. */
@Module({
  controllers: [PollFilesController],
  providers: [
    { provide: POLL_COUNT_QUEUE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createPollCountQueue(config) },
    PollsService,
    VotingService,
    PollAdminService,
    TurnoutService,
    PollsResolver,
    ManagePollsResolver,
    TurnoutResolver,
  ],
})
export class VotesModule implements OnApplicationShutdown {
  constructor(@Inject(POLL_COUNT_QUEUE) private readonly queue: PollCountQueue) {}

  async onApplicationShutdown(): Promise<void> {
    await closePollCountQueue(this.queue);
  }
}
