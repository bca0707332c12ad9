/**
 * Stable codes in `extensions.code` of every GraphQL error. The web client translates by code;
 * messages are for developers only.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'QUERY_TOO_COMPLEX',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'RATE_LIMITED',
  'INVALID_CREDENTIALS',
  'EMAIL_NOT_CONFIRMED',
  'ACCOUNT_BLOCKED',
  'INVALID_TOKEN',
  'LAST_ADMIN',
  'PHASE_CLOSED',
  'FORUM_CLOSED',
  'PROPOSAL_WITHDRAWN',
  'EDIT_WINDOW_CLOSED',
  'CONFLICT',
  'PROPOSAL_READ_ONLY',
  'REVIEW_ALREADY_REQUESTED',
  'FOUR_EYES',
  'SURVEY_CLOSED',
  'SURVEY_LOCKED',
  'SURVEY_COMPLETED',
  'POLL_NOT_OPEN',
  'ALREADY_VOTED',
  'NOT_ELIGIBLE',
  'RESULTS_SEALED',
  'POLL_LOCKED',
  'CATALOGUE_ADOPTED',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Per-field validation failures travel in `extensions.fields` as `{ field: [ruleCode…] }`. */
export type FieldErrors = Record<string, string[]>;
