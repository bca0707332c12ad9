import { Module } from '@nestjs/common';
import { MailModule } from '@mitreden/api/mail';
import { ProposalsModule } from '@mitreden/api/proposals';
import { AutoHide } from './auto-hide.service';
import { ModerationResolver } from './graphql/moderation.resolver';
import { BlockingService } from './blocking.service';
import { HidingMails } from './hiding-mails';
import { HidingResolver } from './hiding.resolver';
import { HidingService } from './hiding.service';
import { NetiquetteService } from './netiquette.service';
import { ModerationQueueReader } from './queue.reader';
import { ReportsService } from './reports.service';

@Module({
  imports: [ProposalsModule, MailModule],
  providers: [
    ModerationResolver,
    HidingResolver,
    HidingService,
    HidingMails,
    BlockingService,
    NetiquetteService,
    ReportsService,
    AutoHide,
    ModerationQueueReader,
  ],
})
export class ModerationModule {}
