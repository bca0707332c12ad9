/** BullMQ queue the API adds survey mailings to (jobId = survey_mailings.id) and the worker consumes. */
export const SURVEY_MAILING_QUEUE_NAME = 'survey-mailings';
export interface SurveyMailingJobData {
  mailingId: string;
}
