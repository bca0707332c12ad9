/** 07:00 city time (CITY_TIME_ZONE in @mitreden/shared/contracts), every day. */
export const REMINDER_CRON = '0 7 * * *';

export const REMINDER_QUEUE_NAME = 'assessment-reminders';
export const REMINDER_SCHEDULER_ID = 'assessments-due-daily';
export const REMINDER_JOB_NAME = 'send-assessment-reminders';
