/**
 * Due dates, council decisions and survey closing days are calendar days in the city, whatever
 * zone the server or the browser runs in. API, worker and web share these so "today" is one day.
 */
export const CITY_TIME_ZONE = 'Europe/Berlin';

/** SQL for "today" in the city (a `date`), for statements that compare calendar days. */
export const CITY_TODAY_SQL = `(now() AT TIME ZONE '${CITY_TIME_ZONE}')::date`;

/**
 * Not submitted and due within this many days (today included, or overdue): the API's "due soon"
 * count and the worker's reminder window are the same window.
 */
export const DUE_SOON_DAYS = 3;

/** Today's date in the city as YYYY-MM-DD. */
export function cityToday(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: CITY_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
