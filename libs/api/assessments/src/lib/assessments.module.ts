import { Module } from '@nestjs/common';
import { AssessmentsService } from './assessments.service';
import { AssessmentsResolver } from './graphql/assessments.resolver';

@Module({
  providers: [AssessmentsService, AssessmentsResolver],
  exports: [AssessmentsService],
})
export class AssessmentsModule {}
