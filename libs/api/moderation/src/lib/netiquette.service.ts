import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, badInput, translate } from '@mitreden/api/core';
import { AuditService } from '@mitreden/api/audit';
import type { User } from '@mitreden/api/identity';
import { toTranslatedText, translationList } from '@mitreden/api/processes';
import { DEFAULT_LOCALE, LOCALES, hasForbiddenNameCharacters } from '@mitreden/shared/contracts';
import type { Locale } from '@mitreden/shared/contracts';
import type { NetiquetteTemplateInput, NetiquetteTranslationInput } from './graphql/moderation.inputs';
import type { NetiquetteTemplateView } from './graphql/moderation.types';
import { moderationText, pgErrorOf } from './hiding-text';

type Actor = Pick<User, 'id' | 'displayName' | 'role'>;
type Translated = Partial<Record<string, string>>;

export const NETIQUETTE_TITLE_MAX = 200;
export const NETIQUETTE_BODY_MAX = 2000;
const KEY_FORMAT = /^[a-z0-9]+(_[a-z0-9]+)*$/;

interface TemplateRow {
  id: string;
  key: string;
  title: Translated;
  body: Translated;
  position: number;
  active: boolean;
}

function toView(row: TemplateRow, locale: Locale): NetiquetteTemplateView {
  return {
    id: row.id,
    key: row.key,
    title: translate(row.title, locale),
    body: translate(row.body, locale),
    titleTranslations: translationList(row.title),
    bodyTranslations: translationList(row.body),
    position: row.position,
    active: row.active,
  };
}

/**
 * The rules of a translation list, reported on the list's field: known languages, each once,
 * German present, within `max`, no control (titles: no line breaks either) or bidi characters.
 */
function checkTranslations(
  field: 'title' | 'body',
  entries: NetiquetteTranslationInput[],
  max: number,
): Translated {
  const problems = new Set<string>();
  const seen = new Set<string>();
  for (const entry of entries) {
    if (!(LOCALES as readonly string[]).includes(entry.locale)) problems.add('unknownLocale');
    if (seen.has(entry.locale)) problems.add('duplicateLocale');
    seen.add(entry.locale);
    const text = entry.text.trim();
    if (text.length > max) problems.add('maxLength');
    if (field === 'title' ? hasForbiddenNameCharacters(text) : text !== moderationTextOrEmpty(text, max))
      problems.add('noControlCharacters');
  }
  if (!entries.some((entry) => entry.locale === DEFAULT_LOCALE && entry.text.trim() !== ''))
    problems.add('germanRequired');
  if (problems.size > 0) throw badInput({ [field]: [...problems] });
  return toTranslatedText(entries);
}

/** The text if it passes the free-text rules, otherwise '' (so a mismatch marks it). */
function moderationTextOrEmpty(text: string, max: number): string {
  try {
    return moderationText('body', text, { required: false, max });
  } catch {
    return '';
  }
}

/** The netiquette templates moderators pick a hiding reason from; the project group maintains them. */
@Injectable()
export class NetiquetteService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(includeInactive: boolean, locale: Locale): Promise<NetiquetteTemplateView[]> {
    const rows: TemplateRow[] = await this.dataSource.query(
      `SELECT id, key, title, body, position, active FROM netiquette_templates
        WHERE active OR $1::boolean ORDER BY position, key`,
      [includeInactive],
    );
    return rows.map((row) => toView(row, locale));
  }

  async create(
    input: NetiquetteTemplateInput,
    locale: Locale,
    actor: Actor,
  ): Promise<NetiquetteTemplateView> {
    const values = this.checked(input);
    return this.dataSource.transaction(async (manager) => {
      const rows: TemplateRow[] = await this.keyTaken(() =>
        manager.query(
          `INSERT INTO netiquette_templates (key, title, body, position, active) VALUES ($1, $2, $3, $4, $5)
           RETURNING id, key, title, body, position, active`,
          [values.key, values.title, values.body, values.position, values.active],
        ),
      );
      await this.audit.record(manager, {
        actor,
        action: 'netiquette.create',
        targetType: 'netiquette_template',
        targetId: rows[0].id,
        targetLabel: values.key,
        after: values,
      });
      return toView(rows[0], locale);
    });
  }

  async update(
    id: string,
    input: NetiquetteTemplateInput,
    locale: Locale,
    actor: Actor,
  ): Promise<NetiquetteTemplateView> {
    const values = this.checked(input);
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new DomainError('NOT_FOUND', 'No such template');
    return this.dataSource.transaction(async (manager) => {
      const before: TemplateRow[] = await manager.query(
        `SELECT id, key, title, body, position, active FROM netiquette_templates WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!before[0]) throw new DomainError('NOT_FOUND', 'No such template');
      const rows: TemplateRow[] = await this.keyTaken(() =>
        manager.query(
          `UPDATE netiquette_templates SET key = $2, title = $3, body = $4, position = $5, active = $6, updated_at = now()
            WHERE id = $1 RETURNING id, key, title, body, position, active`,
          [id, values.key, values.title, values.body, values.position, values.active],
        ),
      );
      // UPDATE … RETURNING comes back as [rows, count] from the pg driver.
      const updated = (Array.isArray(rows[0]) ? rows[0][0] : rows[0]) as TemplateRow;
      const { id: _id, ...previous } = before[0];
      await this.audit.record(manager, {
        actor,
        action: 'netiquette.update',
        targetType: 'netiquette_template',
        targetId: id,
        targetLabel: values.key,
        before: previous,
        after: values,
      });
      return toView(updated, locale);
    });
  }

  private checked(input: NetiquetteTemplateInput) {
    const key = input.key.trim();
    if (!KEY_FORMAT.test(key) || key.length > 60) throw badInput({ key: ['keyFormat'] });
    return {
      key,
      title: checkTranslations('title', input.title, NETIQUETTE_TITLE_MAX),
      body: checkTranslations('body', input.body, NETIQUETTE_BODY_MAX),
      position: input.position,
      active: input.active,
    };
  }

  private async keyTaken<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (pgErrorOf(error).constraint === 'netiquette_templates_key_unique')
        throw badInput({ key: ['taken'] });
      throw error;
    }
  }
}
