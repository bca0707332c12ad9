import { Module } from '@nestjs/common';
import { ProposalsModule } from '@mitreden/api/proposals';
import { CurationResolver } from './graphql/curation.resolver';
import { ReviseService } from './revise.service';
import { MailModule } from '@mitreden/api/mail';
import { LineageMails } from './lineage-mails';
import { LineageService } from './lineage.service';
import { MergeService } from './merge.service';
import { SplitService } from './split.service';

@Module({
  imports: [ProposalsModule, MailModule],
  providers: [CurationResolver, ReviseService, MergeService, SplitService, LineageService, LineageMails],
})
export class CurationModule {}
