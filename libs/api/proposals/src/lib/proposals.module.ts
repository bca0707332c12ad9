import { Module } from '@nestjs/common';
import { ProcessesModule } from '@mitreden/api/processes';
import { ProposalsResolver } from './graphql/proposals.resolver';

@Module({
  imports: [ProcessesModule],
  providers: [ProposalsResolver],
})
export class ProposalsModule {}
