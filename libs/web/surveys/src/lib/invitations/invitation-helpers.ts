import { errorMessageKey } from '@mitreden/web/core';
import type {
  InvitationMailingFieldsFragment,
  InvitationRowFieldsFragment,
  InvitationStatus,
  OrganisationType,
  UiError,
} from '@mitreden/web/core';

export type InvitationRow = InvitationRowFieldsFragment;
export type Mailing = InvitationMailingFieldsFragment;

/** In the order a participation office thinks of them (the list), not alphabetically. */
export const ORGANISATION_TYPES: readonly OrganisationType[] = [
  'MIGRANT_ORGANISATION',
  'EDUCATION',
  'COUNSELLING',
  'INTEGRATION_COUNCIL',
  'RELIGIOUS_COMMUNITY',
  'INTEGRATION_GUIDE',
  'MUNICIPAL_CONTACT',
  'WELFARE',
  'OTHER',
];

export const INVITATION_STATUSES: readonly InvitationStatus[] = ['PENDING', 'INVITED', 'OPENED', 'PARTIAL', 'COMPLETE'];

/** Statuses a reminder goes to (as the worker selects them). */
const REMINDABLE = new Set<InvitationStatus>(['INVITED', 'OPENED', 'PARTIAL']);

/** As the API enforces it: larger files are refused before they are sent. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const ACCEPTED_FILES = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const MAX_ACCESS_CODES = 1000;
/** The worker polls while a mailing is queued or running; the page follows at this pace. */
export const MAILING_POLL_MS = 1500;

export interface TypeCount {
  type: OrganisationType;
  /** Organisations of the type that can still be invited (not opted out). */
  reachable: number;
  optedOut: number;
  /** Of the reachable ones, already invited to this survey. */
  invited: number;
}

/** Per type: how many organisations exist, how many opted out, how many are invited already. */
export function typeCounts(
  organisations: readonly { id: string; type: OrganisationType; optedOut: boolean }[],
  invitations: readonly InvitationRow[],
): TypeCount[] {
  const invitedIds = new Set(invitations.map((invitation) => invitation.organisation.id));
  const counts = new Map<OrganisationType, TypeCount>(
    ORGANISATION_TYPES.map((type) => [type, { type, reachable: 0, optedOut: 0, invited: 0 }]),
  );
  for (const organisation of organisations) {
    const count = counts.get(organisation.type);
    if (!count) continue;
    if (organisation.optedOut) count.optedOut += 1;
    else {
      count.reachable += 1;
      if (invitedIds.has(organisation.id)) count.invited += 1;
    }
  }
  return [...counts.values()];
}

/** Who the next INVITATION mailing reaches. */
export function pendingCount(invitations: readonly InvitationRow[]): number {
  return invitations.filter((row) => row.status === 'PENDING' && !row.organisation.optedOut).length;
}

/** Who the next REMINDER mailing reaches: mailed, not complete, not opted out. */
export function notCompleteCount(invitations: readonly InvitationRow[]): number {
  return invitations.filter((row) => REMINDABLE.has(row.status) && !row.organisation.optedOut).length;
}

export interface InvitationFilter {
  status: InvitationStatus | '';
  type: OrganisationType | '';
  search: string;
}

export function filterInvitations(rows: readonly InvitationRow[], filter: InvitationFilter): InvitationRow[] {
  const needle = filter.search.trim().toLocaleLowerCase();
  return rows.filter(
    (row) =>
      (!filter.status || row.status === filter.status) &&
      (!filter.type || row.organisation.type === filter.type) &&
      (!needle ||
        row.organisation.name.toLocaleLowerCase().includes(needle) ||
        row.organisation.email.toLocaleLowerCase().includes(needle) ||
        row.organisation.municipality.toLocaleLowerCase().includes(needle)),
  );
}

export function isMailingActive(mailing: Pick<Mailing, 'status'>): boolean {
  return mailing.status === 'QUEUED' || mailing.status === 'RUNNING';
}

/** Progress in whole percent (0 while the worker has not counted the targets yet). */
export function mailingPercent(mailing: Pick<Mailing, 'total' | 'processed'>): number {
  if (mailing.total <= 0) return 0;
  return Math.min(100, Math.round((mailing.processed / mailing.total) * 100));
}

/** Absolute links respondents can open; codes are URL-safe but encoded to be sure. */
export function accessCodeLink(origin: string, code: string): string {
  return `${origin.replace(/\/+$/, '')}/surveys/answer/${encodeURIComponent(code)}`;
}

/**
 * CSV for a mail merge or printing: one code and its link per line. A spreadsheet would run a cell
 * starting with = + - @ as a formula, so such cells get a leading apostrophe (codes never start so,
 * but the header is translated text).
 */
export function accessCodesCsv(codes: readonly string[], origin: string, header: { code: string; link: string }): string {
  const cell = (value: string) => {
    const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",;\n\r]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
  };
  const lines = [[header.code, header.link], ...codes.map((code) => [code, accessCodeLink(origin, code)])];
  // BOM so Excel reads UTF-8 (translated headers); CRLF as RFC 4180 asks.
  return '\uFEFF' + lines.map((line) => line.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** "21,6 %" in German, "21.6%" in English: shares come from the API as fractions. */
export function formatPercent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
    Number.isFinite(share) ? share : 0,
  );
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** Rule codes of import rows with a message (`surveys.invitations.import.rules.*`), e.g. "email:invalid". */
export const ROW_RULES: ReadonlySet<string> = new Set([
  'name:required',
  'name:tooLong',
  'email:required',
  'email:invalid',
  'email:duplicate',
  'type:required',
  'type:unknown',
  'municipality:tooLong',
  'name:invalidCharacters',
  'municipality:invalidCharacters',
  'locale:unknown',
]);

export function rowRuleKey(code: string): string {
  return ROW_RULES.has(code) ? `surveys.invitations.import.rules.${code.replace(':', '_')}` : 'surveys.invitations.import.rules.other';
}

export const FILE_RULES: ReadonlySet<string> = new Set([
  'fileTooLarge',
  'notBase64',
  'unreadableFile',
  'noHeader',
  'tooManyRows',
  'unsupportedFileType',
  'missingColumn:name',
  'missingColumn:email',
  'missingColumn:type',
]);

/** The page-level message for a failed preview or import: the file's problem when the API named one. */
export function importErrorKey(error: UiError): string {
  if (error.code === 'BAD_USER_INPUT') {
    for (const [field, rules] of Object.entries(error.fields)) {
      const name = field.split('.').pop();
      if (name !== 'fileBase64' && name !== 'fileName' && name !== 'input') continue;
      const rule = rules.find((candidate) => FILE_RULES.has(candidate));
      if (rule) return `surveys.invitations.import.fileRules.${rule.replace(':', '_')}`;
      return 'surveys.invitations.import.fileRules.unreadableFile';
    }
  }
  return errorMessageKey(error);
}

/** A mailing or invitation error in the words of this page where the generic one would mislead. */
export function mailingErrorKey(error: UiError): string {
  if (error.code === 'CONFLICT') return 'surveys.invitations.mailing.errors.conflict';
  if (error.code === 'SURVEY_CLOSED') return 'surveys.invitations.mailing.errors.closed';
  if (error.code === 'BAD_USER_INPUT' && error.fields['surveyId']?.includes('notInvitedAudience'))
    return 'surveys.invitations.mailing.errors.notInvited';
  return errorMessageKey(error);
}

export function isAcceptedFileName(name: string): boolean {
  return /\.(csv|xlsx)$/i.test(name);
}

/** The file's bytes as base64 (the data URL without its `data:…;base64,` prefix). */
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

export interface RateStage {
  key: 'invited' | 'opened' | 'started' | 'complete';
  count: number;
  /** Of invited; null for invited itself. */
  share: number | null;
}

/** The funnel of one row of the response rates, in the order invitations move through it. */
export function rateStages(row: {
  invited: number;
  opened: number;
  started: number;
  complete: number;
  openedShare: number;
  startedShare: number;
  completeShare: number;
}): RateStage[] {
  return [
    { key: 'invited', count: row.invited, share: null },
    { key: 'opened', count: row.opened, share: row.openedShare },
    { key: 'started', count: row.started, share: row.startedShare },
    { key: 'complete', count: row.complete, share: row.completeShare },
  ];
}

/** Width of a CSS bar in percent, clamped so odd data cannot overflow the track. */
export function barWidth(share: number | null): number {
  if (share === null || !Number.isFinite(share)) return 0;
  return Math.max(0, Math.min(100, share * 100));
}

/** Share of a part in a whole for figures the API does not divide (codes). */
export function shareOf(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}
