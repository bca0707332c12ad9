export * from './lib/worker-reminders.module';
export * from './lib/assessment-reminders.worker';
export * from './lib/reminder-schedule';
export * from './lib/send-assessment-reminders';
