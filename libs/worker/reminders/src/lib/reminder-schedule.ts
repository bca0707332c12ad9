/** The city's time zone: the daily run and the "today" of due dates both use it. */
export const REMINDER_TIME_ZONE = 'Europe/Berlin';

/** 07:00 city time, every day. */
export const REMINDER_CRON = '0 7 * * *';

export const REMINDER_QUEUE_NAME = 'assessment-reminders';
export const REMINDER_SCHEDULER_ID = 'assessments-due-daily';
export const REMINDER_JOB_NAME = 'send-assessment-reminders';

/**
 * Not submitted and due within this many days (or overdue) is worth a reminder; the same window
 * as the API's "due soon" count (DUE_SOON_DAYS in @mitreden/api/assessments, which the worker
 * does not import to stay free of the GraphQL layer).
 */
export const REMINDER_WINDOW_DAYS = 3;

/** Today's date in the city as YYYY-MM-DD. */
export function cityToday(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: REMINDER_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
