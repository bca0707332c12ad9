/** Due dates are calendar days in the city's time zone, whatever zone the server runs in. */
export const CITY_TIME_ZONE = 'Europe/Berlin';

/** SQL for "today" in the city (a `date`); used wherever a statement compares due dates. */
export const CITY_TODAY_SQL = `(now() AT TIME ZONE '${CITY_TIME_ZONE}')::date`;

/** Not submitted and due within this many days (today included) counts as "due soon"; the worker's reminder window (REMINDER_WINDOW_DAYS) is the same. */
export const DUE_SOON_DAYS = 3;

