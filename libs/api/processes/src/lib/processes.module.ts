import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActionField } from './action-field.entity';
import { Process } from './process.entity';
import { ProcessesResolver } from './processes.resolver';
import { ProcessesService } from './processes.service';

@Module({
  imports: [TypeOrmModule.forFeature([Process, ActionField])],
  providers: [ProcessesService, ProcessesResolver],
  exports: [ProcessesService],
})
export class ProcessesModule {}
