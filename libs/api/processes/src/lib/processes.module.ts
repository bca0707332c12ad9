import { Module } from '@nestjs/common';
import { PhaseGate } from './phase-gate';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActionField } from './action-field.entity';
import { Forum } from './forum.entity';
import { Phase } from './phase.entity';
import { Process } from './process.entity';
import { ProcessesResolver } from './graphql/processes.resolver';
import { ProcessesService } from './processes.service';

@Module({
  imports: [TypeOrmModule.forFeature([Process, ActionField, Phase, Forum])],
  providers: [ProcessesService, ProcessesResolver, PhaseGate],
  exports: [ProcessesService, PhaseGate],
})
export class ProcessesModule {}
