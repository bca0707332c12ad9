import { Module } from '@nestjs/common';
import { SurveyMailingWorker } from './survey-mailing.worker';

/** Survey invitation and reminder mailings: batches of outbox rows with progress (queue survey-mailings). */
@Module({
  providers: [SurveyMailingWorker],
  exports: [SurveyMailingWorker],
})
export class WorkerSurveysModule {}
