import { Module } from '@nestjs/common';
import { ProcessesModule } from '@mitreden/api/processes';
import { ProposalsResolver } from './graphql/proposals.resolver';
import { ProposalIntakeResolver } from './intake/proposal-intake.resolver';
import { ProposalIntakeService } from './intake/proposal-intake.service';
import { ProposalReader } from './proposal-reader';
import { ProposalWriter } from './proposal-writer';
import { ProposalsService } from './proposals.service';

@Module({
  imports: [ProcessesModule],
  providers: [
    ProposalsResolver,
    ProposalsService,
    ProposalReader,
    ProposalWriter,
    ProposalIntakeResolver,
    ProposalIntakeService,
  ],
  exports: [ProposalReader, ProposalWriter],
})
export class ProposalsModule {}
