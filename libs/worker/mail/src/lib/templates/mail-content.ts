import type { MailPayloads, MailTemplate } from '@mitreden/api/mail';
import type { MailCatalog, MailPlaceholder } from './mail-catalog';

/** A payload that cannot be rendered; retrying will not help. */
export class MailRenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MailRenderError';
  }
}

/** A text to interpolate: either written by a person (isolated, may be any script) or from the catalog. */
export type MailValue = { user: string } | { label: string };

/** A catalog sentence and the values for its placeholders. */
export interface Interpolated {
  template: string;
  values: Readonly<Record<string, MailValue>>;
}

/** What a template fills into its texts, taken from the payload. */
export interface MailContent<T extends MailTemplate> {
  values: Readonly<Record<MailPlaceholder<T>, MailValue>>;
  /** Bullets shown after the intro. */
  list?: readonly Interpolated[];
  /** Free text quoted after the list (reason, note, answer); omitted when empty. */
  quote?: string;
}

type ContentBuilders = {
  readonly [T in MailTemplate]: (payload: Record<string, unknown>, catalog: MailCatalog) => MailContent<T>;
};

const NO_CONTENT = { values: {} } as const;

/**
 * Per template: which payload fields fill which placeholders. Payloads come from jsonb, so each
 * field is checked at runtime despite the types.
 */
export const MAIL_CONTENT: ContentBuilders = {
  confirm_email: () => NO_CONTENT,
  account_exists: () => NO_CONTENT,
  reset_password: () => NO_CONTENT,
  password_changed: () => NO_CONTENT,
  content_hidden: (payload, catalog) => ({
    values: {
      contentKind: {
        label: catalog.labels.contentKind[requireCode(payload, 'contentKind', catalog.labels.contentKind)],
      },
      contentTitle: { user: requireText(payload, 'contentTitle') },
    },
    quote: optionalText(payload, 'reason'),
  }),
  hiding_review_decided: (payload, catalog) => ({
    values: {
      contentKind: {
        label: catalog.labels.contentKind[requireCode(payload, 'contentKind', catalog.labels.contentKind)],
      },
      contentTitle: { user: requireText(payload, 'contentTitle') },
      outcome: {
        label: catalog.labels.reviewOutcome[requireCode(payload, 'outcome', catalog.labels.reviewOutcome)],
      },
    },
    quote: optionalText(payload, 'note'),
  }),
  proposals_merged: (payload) => ({
    values: { mergedTitle: { user: requireText(payload, 'mergedTitle') } },
    list: requireTextList(payload, 'originalTitles').map(userBullet),
  }),
  proposal_split: (payload) => ({
    values: { originalTitle: { user: requireText(payload, 'originalTitle') } },
    list: requireTextList(payload, 'partTitles').map(userBullet),
  }),
  assessments_due: (payload, catalog) => ({
    values: { department: { user: requireText(payload, 'department') } },
    list: requireList(payload, 'items').map((item) => assessmentBullet(item, catalog)),
  }),
  official_answer_published: (payload, catalog) => ({
    values: {
      proposalTitle: { user: requireText(payload, 'proposalTitle') },
      outcome: {
        label: catalog.labels.answerOutcome[requireCode(payload, 'outcome', catalog.labels.answerOutcome)],
      },
    },
    quote: requireText(payload, 'answerText'),
  }),
  survey_invitation: (payload, catalog) => surveyContent(payload, catalog),
  survey_reminder: (payload, catalog) => surveyContent(payload, catalog),
  catalogue_adopted: (payload, catalog) => ({
    values: {
      councilReference: { user: requireText(payload, 'councilReference') },
      adoptedOn: { label: formatDate(requireText(payload, 'adoptedOn'), catalog.labels.dateLocale) },
    },
    list: requireList(payload, 'items').map((item) => catalogueBullet(item, catalog)),
  }),
};

/** Invitation and reminder share their facts; only the catalog texts differ. */
function surveyContent(
  payload: Record<string, unknown>,
  catalog: MailCatalog,
): MailContent<'survey_invitation' | 'survey_reminder'> {
  const { labels } = catalog;
  const closesOn = optionalText(payload, 'closesOn');
  return {
    values: {
      surveyTitle: { user: requireText(payload, 'surveyTitle') },
      // Only an explicit true promises anonymity; a malformed payload must not claim it.
      anonymity: { label: payload['anonymous'] === true ? labels.surveyAnonymous : labels.surveyNamed },
      deadline: {
        label: closesOn
          ? labels.surveyDeadline.replace('{closesOn}', formatDate(closesOn, labels.dateLocale))
          : labels.surveyNoDeadline,
      },
    },
  };
}

/** Extracts the content of `template` from a payload; throws MailRenderError if a field is missing. */
export function mailContent<T extends MailTemplate>(
  template: T,
  payload: MailPayloads[T],
  catalog: MailCatalog,
): MailContent<T> {
  const build = MAIL_CONTENT[template] as ContentBuilders[T];
  return build(payload as Record<string, unknown>, catalog);
}

function userBullet(text: string): Interpolated {
  return { template: '{text}', values: { text: { user: text } } };
}

function assessmentBullet(item: unknown, catalog: MailCatalog): Interpolated {
  if (typeof item !== 'object' || item === null)
    throw new MailRenderError('Mail payload has a malformed item');
  const fields = item as Record<string, unknown>;
  const number = fields['number'];
  if (typeof number !== 'number' || !Number.isInteger(number))
    throw new MailRenderError('Mail payload item lacks "number"');
  return {
    template: fields['overdue'] === true ? catalog.labels.assessmentOverdue : catalog.labels.assessmentDue,
    values: {
      number: { label: String(number) },
      title: { user: requireText(fields, 'title') },
      dueOn: { label: formatDate(requireText(fields, 'dueOn'), catalog.labels.dateLocale) },
    },
  };
}

/** "Ihr Vorschlag Nr. 12 „…“ ist in Maßnahme 3.2 eingeflossen", with the codes joined as the language lists them. */
function catalogueBullet(item: unknown, catalog: MailCatalog): Interpolated {
  if (typeof item !== 'object' || item === null)
    throw new MailRenderError('Mail payload has a malformed item');
  const fields = item as Record<string, unknown>;
  const number = fields['proposalNumber'];
  if (typeof number !== 'number' || !Number.isInteger(number))
    throw new MailRenderError('Mail payload item lacks "proposalNumber"');
  const codes = requireList(fields, 'measureCodes').map((code) => {
    // Codes are shown as catalog text, so only the shape the catalogue produces may pass.
    if (typeof code !== 'string' || !/^\d+\.\d+$/.test(code))
      throw new MailRenderError('Mail payload has a malformed measure code');
    return code;
  });
  const { labels } = catalog;
  return {
    template: codes.length === 1 ? labels.catalogueItemOneMeasure : labels.catalogueItemManyMeasures,
    values: {
      number: { label: String(number) },
      title: { user: requireText(fields, 'proposalTitle') },
      measures: {
        label: new Intl.ListFormat(labels.dateLocale, { style: 'long', type: 'conjunction' }).format(codes),
      },
    },
  };
}

/** A calendar date (YYYY-MM-DD) in the reader's style; the date has no time zone, so format it as UTC. */
function formatDate(isoDate: string, locale: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new MailRenderError('Mail payload has a malformed date');
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new MailRenderError('Mail payload has a malformed date');
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function requireText(payload: Record<string, unknown>, key: string): string {
  const value = payload[key];
  if (typeof value !== 'string' || value.length === 0)
    throw new MailRenderError(`Mail payload lacks "${key}"`);
  return value;
}

function optionalText(payload: Record<string, unknown>, key: string): string {
  const value = payload[key];
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new MailRenderError(`Mail payload has a malformed "${key}"`);
  return value;
}

function requireList(payload: Record<string, unknown>, key: string): readonly unknown[] {
  const value = payload[key];
  if (!Array.isArray(value) || value.length === 0) throw new MailRenderError(`Mail payload lacks "${key}"`);
  return value;
}

function requireTextList(payload: Record<string, unknown>, key: string): string[] {
  return requireList(payload, key).map((entry) => {
    if (typeof entry !== 'string' || entry.length === 0)
      throw new MailRenderError(`Mail payload has a malformed "${key}"`);
    return entry;
  });
}

/** A code the catalog translates; an unknown code would otherwise print "undefined" to a resident. */
function requireCode<C extends string>(
  payload: Record<string, unknown>,
  key: string,
  labels: Readonly<Record<C, string>>,
): C {
  const value = payload[key];
  if (typeof value !== 'string' || !Object.prototype.hasOwnProperty.call(labels, value))
    throw new MailRenderError(`Mail payload has an unknown "${key}"`);
  return value as C;
}
