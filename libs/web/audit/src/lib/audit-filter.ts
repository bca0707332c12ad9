import type { AuditLogFilter } from '@mitreden/web/core';

/** What the filter form holds: dates as the date inputs give them (YYYY-MM-DD, local days). */
export interface AuditFormValue {
  action: string;
  targetType: string;
  fromDay: string;
  toDay: string;
  search: string;
}

export const EMPTY_AUDIT_FORM: AuditFormValue = { action: '', targetType: '', fromDay: '', toDay: '', search: '' };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Start of a local calendar day; null for anything that is not a date. */
function startOfDay(day: string, addDays = 0): Date | null {
  if (!DAY.test(day)) return null;
  const [year, month, date] = day.split('-').map(Number);
  const start = new Date(year, month - 1, date + addDays);
  return Number.isNaN(start.getTime()) ? null : start;
}

/** The API filter: "to" is inclusive in the form, so it becomes the start of the next day. */
export function toAuditFilter(value: AuditFormValue): AuditLogFilter {
  const filter: AuditLogFilter = {};
  if (value.action) filter.action = value.action;
  if (value.targetType) filter.targetType = value.targetType;
  const from = startOfDay(value.fromDay);
  const to = startOfDay(value.toDay, 1);
  if (from) filter.from = from.toISOString();
  if (to) filter.to = to.toISOString();
  const search = value.search.trim();
  if (search) filter.search = search;
  return filter;
}

/** The CSV endpoint with the same filter as query parameters. */
export function csvHref(filter: AuditLogFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (typeof value === 'string' && value) params.set(key, value);
  }
  const query = params.toString();
  return `/api/audit-log.csv${query ? `?${query}` : ''}`;
}

/** before/after are JSON text; shown indented, or as they are when not JSON. */
export function prettyJson(value: string | null | undefined): string {
  if (!value) return '';
  try {
    return JSON.stringify(JSON.parse(value), null, 2);
  } catch {
    return value;
  }
}
