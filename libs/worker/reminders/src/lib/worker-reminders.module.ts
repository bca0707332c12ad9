import { Module } from '@nestjs/common';
import { AssessmentRemindersWorker } from './assessment-reminders.worker';

/** The daily "assessments due" digest for department experts (BullMQ job scheduler, 07:00 Berlin). */
@Module({
  providers: [AssessmentRemindersWorker],
  exports: [AssessmentRemindersWorker],
})
export class WorkerRemindersModule {}
