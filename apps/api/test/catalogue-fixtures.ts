import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { regionHannoverAnnex } from '@mitreden/api/processes';
import { GraphqlClient } from '@mitreden/testing';
import { sessionCookie } from './support/staff-sessions';
import type { TestApi } from './support/test-api';

/**
 * Shared fixtures of the catalogue specs, written straight to the database: these specs test the
 * catalogue, not process management or proposal intake.
 */

export interface CatalogueProcess {
  processId: string;
  slug: string;
  /** In position order (position = index + 1). */
  fieldIds: string[];
  fieldTitles: string[];
  /** One forum per action field, same order. */
  forumIds: string[];
}

export const DEFAULT_FIELDS = ['Bildung und Sprache', 'Wirtschaft und Arbeit', 'Gesundheit und Pflege'];

/** A process with action fields (German titles, English for the first) and one forum per field. */
export async function createCatalogueProcess(
  dataSource: DataSource,
  slug: string,
  fieldTitles: readonly string[] = DEFAULT_FIELDS,
): Promise<CatalogueProcess> {
  const [{ id: processId }]: { id: string }[] = await dataSource.query(
    `INSERT INTO processes (slug, title) VALUES ($1, jsonb_build_object('de', 'Prozess ' || $1::text, 'en', 'Process ' || $1::text)) RETURNING id`,
    [slug],
  );
  const fields: { id: string; position: number }[] = await dataSource.query(
    `INSERT INTO action_fields (process_id, position, title)
     SELECT $1, t.position, CASE WHEN t.position = 1 THEN jsonb_build_object('de', t.title, 'en', t.title || ' (en)') ELSE jsonb_build_object('de', t.title) END
       FROM unnest($2::text[]) WITH ORDINALITY AS t (title, position)
     RETURNING id, position`,
    [processId, [...fieldTitles]],
  );
  const fieldIds = fields.sort((a, b) => a.position - b.position).map((field) => field.id);
  const forums: { id: string; action_field_id: string }[] = await dataSource.query(
    `INSERT INTO forums (process_id, action_field_id, title, starts_at, municipality, format, accepts_input)
     SELECT $1, t.field_id, jsonb_build_object('de', 'Forum ' || t.ord), now() - interval '10 days', 'Hannover', 'on_site', true
       FROM unnest($2::uuid[]) WITH ORDINALITY AS t (field_id, ord)
     RETURNING id, action_field_id`,
    [processId, fieldIds],
  );
  const forumIds = fieldIds.map((fieldId) => forums.find((forum) => forum.action_field_id === fieldId)?.id ?? '');
  return { processId, slug, fieldIds, fieldTitles: [...fieldTitles], forumIds };
}

/** A process with the Region Hannover annex's eight action fields, in the annex's order. */
export function createAnnexProcess(dataSource: DataSource, slug: string): Promise<CatalogueProcess> {
  return createCatalogueProcess(
    dataSource,
    slug,
    regionHannoverAnnex.map((field) => field.actionField),
  );
}

/** Confirmed accounts of one role. */
export async function createAccounts(
  dataSource: DataSource,
  prefix: string,
  count: number,
  role = 'resident',
): Promise<{ id: string; email: string; displayName: string }[]> {
  return dataSource.query(
    `INSERT INTO users (email, display_name, password_hash, role, email_confirmed_at, privacy_accepted_at)
     SELECT $1 || '-' || n || '@example.org', initcap($1) || ' ' || n, 'not-a-hash', $2, now(), now() FROM generate_series(1, $3) AS n
     RETURNING id, email, display_name AS "displayName"`,
    [prefix, role, count],
  );
}

export interface ProposalSpec {
  title: string;
  kind?: 'goal' | 'measure';
  /** Index into the process's fields; default 0. */
  field?: number;
  authorId?: string | null;
  /** Defaults to online when there is an author, else forum. */
  source?: 'online' | 'forum' | 'paper' | 'curated';
}

/** Published proposals with revision 1, in the given order (numbers follow it). Returns their ids. */
export async function createProposals(dataSource: DataSource, process: CatalogueProcess, specs: ProposalSpec[]): Promise<string[]> {
  const rows = specs.map((spec, ord) => ({
    id: randomUUID(),
    ord,
    title: spec.title,
    kind: spec.kind ?? 'measure',
    fieldId: process.fieldIds[spec.field ?? 0],
    forumId: process.forumIds[spec.field ?? 0],
    authorId: spec.authorId ?? null,
    source: spec.source ?? (spec.authorId ? 'online' : 'forum'),
  }));
  await dataSource.query(
    `WITH input AS (
       SELECT * FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, ord int, title text, kind text, "fieldId" uuid, "forumId" uuid, "authorId" uuid, source text)
     ), created AS (
       INSERT INTO proposals (id, process_id, action_field_id, forum_id, kind, title, body, language, source, author_id, participant_count)
       SELECT i.id, $1, i."fieldId", i."forumId", i.kind, i.title, 'Beschreibung: ' || i.title, 'de', i.source, i."authorId",
              CASE WHEN i.source = 'forum' THEN 12 END
         FROM input i ORDER BY i.ord
       RETURNING id, title, body, author_id, created_at
     )
     INSERT INTO proposal_revisions (proposal_id, revision, title, body, edited_by_id, created_at)
     SELECT id, 1, title, body, author_id, created_at FROM created`,
    [process.processId, JSON.stringify(rows)],
  );
  return rows.map((row) => row.id);
}

/** One logged-in account of the given role, without the login round trip. */
export async function roleClient(
  api: TestApi,
  dataSource: DataSource,
  prefix: string,
  role = 'project_group',
): Promise<{ id: string; client: GraphqlClient; cookie: string }> {
  const [account] = await createAccounts(dataSource, `${prefix}-${role}`, 1, role);
  const cookie = await sessionCookie(api, dataSource, account.id);
  return { id: account.id, client: new GraphqlClient(api.url, { cookie }), cookie };
}

/** The annex as import file content (the shape of the JSON import). */
export const annexJsonBase64 = (annex: unknown = regionHannoverAnnex): string => Buffer.from(JSON.stringify(annex), 'utf8').toString('base64');
