import { DataSource } from 'typeorm';
import { DEMO_USERS, seedDemoUsers } from '@mitreden/api/identity';
import { PhaseGate, PhaseKind } from '@mitreden/api/processes';
import { DomainError } from '@mitreden/api/core';
import { errorCode } from '@mitreden/testing';
import type { GraphqlClient, GraphqlResponse } from '@mitreden/testing';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';
import { logInAs } from './support/identity-helpers';
import { countQueries } from './support/query-counter';

const PROCESS_FIELDS = `id slug title summary description isCurrent
  titleTranslations { locale text } summaryTranslations { locale text } descriptionTranslations { locale text }
  actionFields { id position title proposalCount followedByMe crossCutting titleTranslations { locale text } }
  phases { id kind title status startsAt endsAt }
  currentPhase { id kind }
  forums { id title startsAt municipality place format acceptsInput openForInput proposalCount followedByMe processSlug actionField { id title } }`;

const CREATE_PROCESS = `mutation ($input: ProcessInput!) { createProcess(input: $input) { ${PROCESS_FIELDS} } }`;
const UPDATE_PROCESS = `mutation ($id: ID!, $input: ProcessInput!) { updateProcess(id: $id, input: $input) { ${PROCESS_FIELDS} } }`;
const SET_CURRENT = `mutation ($id: ID!) { setCurrentProcess(id: $id) { id isCurrent } }`;
const CREATE_PHASE = `mutation ($processId: ID!, $input: PhaseInput!) { createPhase(processId: $processId, input: $input) { id kind title status } }`;
const UPDATE_PHASE = `mutation ($id: ID!, $input: PhaseInput!) { updatePhase(id: $id, input: $input) { id kind title status } }`;
const DELETE_PHASE = `mutation ($id: ID!) { deletePhase(id: $id) }`;
const CREATE_FIELD = `mutation ($processId: ID!, $input: ActionFieldInput!) { createActionField(processId: $processId, input: $input) { id position title } }`;
const UPDATE_FIELD = `mutation ($id: ID!, $input: ActionFieldInput!) { updateActionField(id: $id, input: $input) { id position title } }`;
const CREATE_FORUM = `mutation ($processId: ID!, $input: ForumInput!) { createForum(processId: $processId, input: $input) { id title actionField { id } } }`;
const UPDATE_FORUM = `mutation ($id: ID!, $input: ForumInput!) { updateForum(id: $id, input: $input) { id title acceptsInput } }`;
const PROCESSES = `{ processes { id slug } }`;
const PROCESS = `query ($slug: String!) { process(slug: $slug) { ${PROCESS_FIELDS} } }`;
const FORUM = `query ($id: ID!) { forum(id: $id) { id title processSlug processTitle openForInput acceptsInput proposalCount followedByMe actionField { id title } } }`;

interface ProcessData {
  id: string;
  slug: string;
  title: string;
  summary: string;
  description: string;
  isCurrent: boolean;
  titleTranslations: { locale: string; text: string }[];
  actionFields: { id: string; position: number; title: string; proposalCount: number; followedByMe: boolean }[];
  phases: { id: string; kind: string; title: string; status: string; startsAt: string; endsAt: string }[];
  currentPhase: { id: string; kind: string } | null;
  forums: {
    id: string;
    title: string;
    startsAt: string;
    municipality: string;
    openForInput: boolean;
    acceptsInput: boolean;
    proposalCount: number;
    followedByMe: boolean;
    actionField: { id: string; title: string };
  }[];
}

const DAY = 24 * 60 * 60 * 1000;
const daysFromNow = (days: number, anchor = Date.now()): string => new Date(anchor + days * DAY).toISOString();
const de = (text: string) => [{ locale: 'de', text }];

const processInput = (slug: string, title = `Prozess ${slug}`) => ({
  slug,
  title: [...de(title), { locale: 'en', text: `Process ${slug}` }],
  summary: de('Kurzbeschreibung'),
  description: de('Beschreibung\nmit zwei Zeilen'),
});
/** `anchor` keeps phases created one after another from drifting into each other. */
const phaseInput = (kind: string, startDay: number, endDay: number, title = `Phase ${kind}`, anchor = Date.now()) => ({
  kind,
  title: de(title),
  startsAt: daysFromNow(startDay, anchor),
  endsAt: daysFromNow(endDay, anchor),
});
const fieldInput = (position: number, title = `Handlungsfeld ${position}`) => ({ position, title: de(title), crossCutting: false });
const forumInput = (actionFieldId: string, startDay: number, title = `Forum ${startDay}`, acceptsInput = true) => ({
  actionFieldId,
  title: de(title),
  startsAt: daysFromNow(startDay),
  municipality: 'Hannover',
  place: 'Rathaus',
  format: 'ON_SITE',
  acceptsInput,
});

function ok<T>(response: GraphqlResponse<T>): T {
  if (response.errors || !response.data) throw new Error(JSON.stringify(response.errors));
  return response.data;
}

const fields = (response: GraphqlResponse<unknown>) => response.errors?.[0]?.extensions?.fields;

describe('processes: the project group manages processes, phases, action fields and forums', () => {
  let api: TestApi;
  let dataSource: DataSource;
  const clients: Record<string, GraphqlClient> = {};
  let userIds: Record<string, string> = {};
  let base: { processId: string; fieldId: string; phaseId: string; forumId: string };

  const count = async (table: string): Promise<number> => (await dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  beforeAll(async () => {
    api = await startTestApi({ AUTH_RATE_LIMIT_POINTS: '1000' });
    dataSource = api.app.get(DataSource);
    await seedDemoUsers(dataSource);
    userIds = {};
    for (const demo of DEMO_USERS) {
      const client = api.client();
      userIds[demo.role] = (await logInAs(client, demo.email)).id;
      clients[demo.role] = client;
    }
    const pg = clients['project_group'];
    const process = ok(await pg.request<{ createProcess: ProcessData }>(CREATE_PROCESS, { input: processInput('basis') })).createProcess;
    const field = ok(await pg.request<{ createActionField: { id: string } }>(CREATE_FIELD, { processId: process.id, input: fieldInput(1) }));
    const phase = ok(await pg.request<{ createPhase: { id: string } }>(CREATE_PHASE, { processId: process.id, input: phaseInput('SURVEY', -30, -20) }));
    const forum = ok(
      await pg.request<{ createForum: { id: string } }>(CREATE_FORUM, { processId: process.id, input: forumInput(field.createActionField.id, 3) }),
    );
    base = { processId: process.id, fieldId: field.createActionField.id, phaseId: phase.createPhase.id, forumId: forum.createForum.id };
  });
  afterAll(() => api?.close());

  describe('authorisation', () => {
    /** Every management operation, with variables that would succeed for an allowed role. */
    const operations = (): [string, string, Record<string, unknown>][] => [
      ['createProcess', CREATE_PROCESS, { input: processInput('refused') }],
      ['updateProcess', UPDATE_PROCESS, { id: base.processId, input: processInput('basis', 'Übernommen') }],
      ['setCurrentProcess', SET_CURRENT, { id: base.processId }],
      ['createPhase', CREATE_PHASE, { processId: base.processId, input: phaseInput('VOTE', 100, 110) }],
      ['updatePhase', UPDATE_PHASE, { id: base.phaseId, input: phaseInput('SURVEY', -30, -20, 'Übernommen') }],
      ['deletePhase', DELETE_PHASE, { id: base.phaseId }],
      ['createActionField', CREATE_FIELD, { processId: base.processId, input: fieldInput(9) }],
      ['updateActionField', UPDATE_FIELD, { id: base.fieldId, input: fieldInput(1, 'Übernommen') }],
      ['createForum', CREATE_FORUM, { processId: base.processId, input: forumInput(base.fieldId, 50) }],
      ['updateForum', UPDATE_FORUM, { id: base.forumId, input: forumInput(base.fieldId, 3, 'Übernommen') }],
      ['processes', PROCESSES, {}],
    ];

    const snapshot = () =>
      dataSource.query(
        `SELECT (SELECT json_agg(p ORDER BY p.id) FROM (SELECT id, slug, title, is_current FROM processes) p) AS processes,
                (SELECT json_agg(ph ORDER BY ph.id) FROM (SELECT id, kind, title FROM phases) ph) AS phases,
                (SELECT json_agg(f ORDER BY f.id) FROM (SELECT id, position, title FROM action_fields) f) AS fields,
                (SELECT json_agg(fm ORDER BY fm.id) FROM (SELECT id, title FROM forums) fm) AS forums`,
      );

    it('refuses anonymous callers with UNAUTHENTICATED and writes nothing', async () => {
      const before = await snapshot();
      for (const [name, query, variables] of operations()) {
        const response = await api.client().request(query, variables);
        expect([name, errorCode(response)]).toEqual([name, 'UNAUTHENTICATED']);
      }
      expect(await snapshot()).toEqual(before);
    });

    it.each(['resident', 'moderator', 'department_expert'])('refuses a %s with FORBIDDEN and writes nothing', async (role) => {
      const before = await snapshot();
      for (const [name, query, variables] of operations()) {
        const response = await clients[role].request(query, variables);
        expect([name, errorCode(response)]).toEqual([name, 'FORBIDDEN']);
        expect(response.data ?? null).toBeNull();
      }
      expect(await snapshot()).toEqual(before);
    });

    it.each(['project_group', 'admin'])('lets the %s do every operation', async (role) => {
      const client = clients[role];
      const created = ok(await client.request<{ createProcess: ProcessData }>(CREATE_PROCESS, { input: processInput(`von-${role.replace('_', '-')}`) }));
      const processId = created.createProcess.id;
      const updated = ok(
        await client.request<{ updateProcess: ProcessData }>(UPDATE_PROCESS, { id: processId, input: processInput(`von-${role.replace('_', '-')}`, 'Neu') }),
      );
      expect(updated.updateProcess.title).toBe('Neu');
      const field = ok(await client.request<{ createActionField: { id: string } }>(CREATE_FIELD, { processId, input: fieldInput(1) })).createActionField;
      expect(ok(await client.request<{ updateActionField: { title: string } }>(UPDATE_FIELD, { id: field.id, input: fieldInput(2, 'Feld') })).updateActionField.title).toBe(
        'Feld',
      );
      const phase = ok(await client.request<{ createPhase: { id: string } }>(CREATE_PHASE, { processId, input: phaseInput('SURVEY', 1, 2) })).createPhase;
      expect(ok(await client.request<{ updatePhase: { title: string } }>(UPDATE_PHASE, { id: phase.id, input: phaseInput('VOTE', 1, 3, 'Abstimmung') })).updatePhase).toMatchObject({
        title: 'Abstimmung',
      });
      expect(ok(await client.request<{ deletePhase: boolean }>(DELETE_PHASE, { id: phase.id })).deletePhase).toBe(true);
      const forum = ok(await client.request<{ createForum: { id: string } }>(CREATE_FORUM, { processId, input: forumInput(field.id, 5) })).createForum;
      expect(
        ok(await client.request<{ updateForum: { acceptsInput: boolean } }>(UPDATE_FORUM, { id: forum.id, input: forumInput(field.id, 5, 'Forum', false) })).updateForum
          .acceptsInput,
      ).toBe(false);
      expect(ok(await client.request<{ setCurrentProcess: { isCurrent: boolean } }>(SET_CURRENT, { id: processId })).setCurrentProcess.isCurrent).toBe(true);
      const list = ok(await client.request<{ processes: { slug: string }[] }>(PROCESSES)).processes;
      expect(list.map((process) => process.slug)).toContain(`von-${role.replace('_', '-')}`);
    });
  });

  describe('validation and hostile input', () => {
    const pg = () => clients['project_group'];

    it('requires a non-blank German title and refuses unknown or repeated languages', async () => {
      const noGerman = await pg().request(CREATE_PROCESS, { input: { ...processInput('ohne-deutsch'), title: [{ locale: 'en', text: 'Only English' }] } });
      expect(errorCode(noGerman)).toBe('BAD_USER_INPUT');
      expect(fields(noGerman)?.['title']).toContain('germanRequired');

      const blank = await pg().request(CREATE_PROCESS, { input: { ...processInput('leer'), title: de('   ') } });
      expect(fields(blank)?.['title']).toContain('germanRequired');

      const unknown = await pg().request(CREATE_PROCESS, { input: { ...processInput('klingonisch'), title: [...de('Titel'), { locale: 'tlh', text: 'x' }] } });
      expect(fields(unknown)?.['title.1.locale']).toEqual(['isIn']);

      const twice = await pg().request(CREATE_PROCESS, { input: { ...processInput('doppelt'), title: [...de('Titel'), ...de('Noch einer')] } });
      expect(fields(twice)?.['title']).toContain('duplicateLocale');

      const slug = await pg().request(CREATE_PROCESS, { input: processInput('Nicht Erlaubt') });
      expect(fields(slug)?.['slug']).toEqual(['matches']);
      const taken = await pg().request(CREATE_PROCESS, { input: processInput('basis') });
      expect(fields(taken)).toEqual({ slug: ['slugTaken'] });
      expect(await dataSource.query(`SELECT slug FROM processes WHERE slug IN ('ohne-deutsch', 'leer', 'klingonisch', 'doppelt')`)).toEqual([]);
    });

    it('limits lengths: title 200, summary 1000, description 10 000; a 1 MB text gets a clear answer', async () => {
      const at = (n: number) => 'a'.repeat(n);
      expect(ok(await pg().request<{ createProcess: ProcessData }>(CREATE_PROCESS, {
        input: { slug: 'lang', title: de(at(200)), summary: de(at(1000)), description: de(at(10_000)) },
      })).createProcess.title).toHaveLength(200);

      const tooLong = await pg().request(CREATE_PROCESS, {
        input: { slug: 'zu-lang', title: de(at(201)), summary: de(at(1001)), description: de(at(10_001)) },
      });
      expect(fields(tooLong)).toMatchObject({ title: ['maxLength'], summary: ['maxLength'], description: ['maxLength'] });

      const megabyte = await pg().request(CREATE_FIELD, { processId: base.processId, input: { ...fieldInput(7), description: de('x'.repeat(1024 * 1024)) } });
      expect(errorCode(megabyte)).toBe('BAD_USER_INPUT');
      expect(fields(megabyte)?.['description']).toEqual(['maxLength']);
      expect(await count(`action_fields WHERE position = 7`)).toBe(0);
    });

    it('refuses control and bidi characters in single-line texts, bidi overrides even in descriptions', async () => {
      const control = await pg().request(CREATE_PROCESS, { input: { ...processInput('steuer'), title: de('Titel\u0007') } });
      expect(fields(control)?.['title']).toEqual(['noControlCharacters']);
      const newline = await pg().request(CREATE_PROCESS, { input: { ...processInput('zeile'), title: de('Zwei\nZeilen') } });
      expect(fields(newline)?.['title']).toEqual(['noControlCharacters']);
      const bidi = await pg().request(CREATE_PROCESS, { input: { ...processInput('bidi'), description: de('Text \u202Egnirts') } });
      expect(fields(bidi)?.['description']).toEqual(['noControlCharacters']);
      const place = await pg().request(CREATE_FORUM, { processId: base.processId, input: { ...forumInput(base.fieldId, 4), municipality: 'Han\u2066nover' } });
      expect(fields(place)?.['municipality']).toEqual(['noControlCharacters']);
    });

    it('stores markup as plain text: a script tag comes back verbatim, never as markup', async () => {
      const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>';
      const created = ok(await pg().request<{ createProcess: ProcessData }>(CREATE_PROCESS, {
        input: { slug: 'markup', title: de(hostile), summary: de(hostile), description: de(hostile) },
      })).createProcess;
      expect([created.title, created.summary, created.description]).toEqual([hostile, hostile, hostile]);
      const [{ title }] = await dataSource.query(`SELECT title FROM processes WHERE slug = 'markup'`);
      expect(title).toEqual({ de: hostile });
    });

    it('refuses a phase that ends before it starts and one that overlaps another, with field errors', async () => {
      const backwards = await pg().request(CREATE_PHASE, { processId: base.processId, input: phaseInput('VOTE', 10, 5) });
      expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
      expect(fields(backwards)).toEqual({ endsAt: ['endsBeforeStart'] });

      const overlap = await pg().request(CREATE_PHASE, { processId: base.processId, input: phaseInput('FORUMS', -25, -10) });
      expect(errorCode(overlap)).toBe('BAD_USER_INPUT');
      expect(fields(overlap)).toEqual({ startsAt: ['phaseOverlap'] });

      // Touching is not overlapping: the end is exclusive.
      const [{ ends_at: surveyEnd }] = await dataSource.query(`SELECT ends_at FROM phases WHERE id = $1`, [base.phaseId]);
      const next = await pg().request(CREATE_PHASE, {
        processId: base.processId,
        input: { kind: 'ASSESSMENT', title: de('Anschluss'), startsAt: new Date(surveyEnd).toISOString(), endsAt: daysFromNow(-15) },
      });
      expect(next.errors).toBeUndefined();
      const moved = await pg().request(UPDATE_PHASE, { id: base.phaseId, input: phaseInput('SURVEY', -30, -16) });
      expect(fields(moved)).toEqual({ startsAt: ['phaseOverlap'] });
    });

    it('refuses a taken action field position and a forum in a field of another process', async () => {
      const taken = await pg().request(CREATE_FIELD, { processId: base.processId, input: fieldInput(1) });
      expect(fields(taken)).toEqual({ position: ['positionTaken'] });
      const zero = await pg().request(CREATE_FIELD, { processId: base.processId, input: fieldInput(0) });
      expect(fields(zero)).toEqual({ position: ['min'] });

      const other = ok(await pg().request<{ createProcess: ProcessData }>(CREATE_PROCESS, { input: processInput('anderer') })).createProcess;
      const foreign = await pg().request(CREATE_FORUM, { processId: other.id, input: forumInput(base.fieldId, 2) });
      expect(fields(foreign)).toEqual({ actionFieldId: ['notInProcess'] });
      const moved = await pg().request(UPDATE_FORUM, {
        id: base.forumId,
        input: forumInput(ok(await pg().request<{ createActionField: { id: string } }>(CREATE_FIELD, { processId: other.id, input: fieldInput(1) })).createActionField.id, 3),
      });
      expect(fields(moved)).toEqual({ actionFieldId: ['notInProcess'] });
    });

    it('answers NOT_FOUND for ids that name nothing', async () => {
      expect(errorCode(await pg().request(UPDATE_PROCESS, { id: '00000000-0000-4000-8000-000000000000', input: processInput('weg') }))).toBe('NOT_FOUND');
      expect(errorCode(await pg().request(DELETE_PHASE, { id: 'not-a-uuid' }))).toBe('NOT_FOUND');
      expect(errorCode(await pg().request(CREATE_PHASE, { processId: '00000000-0000-4000-8000-000000000000', input: phaseInput('VOTE', 1, 2) }))).toBe('NOT_FOUND');
      expect(ok(await api.client().request<{ forum: null }>(FORUM, { id: 'nope' })).forum).toBeNull();
    });
  });

  describe('the public process page', () => {
    let process: { id: string; fieldIds: string[]; forumIds: string[] };

    beforeAll(async () => {
      const pg = clients['project_group'];
      const created = ok(await pg.request<{ createProcess: ProcessData }>(CREATE_PROCESS, { input: processInput('seite', 'Seitenprozess') })).createProcess;
      const fieldIds: string[] = [];
      for (const position of [2, 1]) {
        fieldIds.push(ok(await pg.request<{ createActionField: { id: string } }>(CREATE_FIELD, { processId: created.id, input: fieldInput(position) })).createActionField.id);
      }
      // Created out of order on purpose: the page shows them in time order.
      const anchor = Date.now();
      for (const [kind, from, to] of [
        ['ASSESSMENT', 10, 20],
        ['SURVEY', -20, -5],
        ['FORUMS', -5, 10],
      ] as const) {
        ok(await pg.request(CREATE_PHASE, { processId: created.id, input: phaseInput(kind, from, to, `Phase ${kind}`, anchor) }));
      }
      const forumIds: string[] = [];
      for (const [day, open] of [
        [7, true],
        [-3, false],
        [2, true],
      ] as const) {
        forumIds.push(
          ok(await pg.request<{ createForum: { id: string } }>(CREATE_FORUM, { processId: created.id, input: forumInput(fieldIds[0], day, `Forum ${day}`, open) }))
            .createForum.id,
        );
      }
      process = { id: created.id, fieldIds, forumIds };
    });

    it('lists phases in time order with past, current and upcoming status, and the current phase', async () => {
      const data = ok(await api.client().request<{ process: ProcessData }>(PROCESS, { slug: 'seite' })).process;
      expect(data.phases.map((phase) => [phase.kind, phase.status])).toEqual([
        ['SURVEY', 'PAST'],
        ['FORUMS', 'CURRENT'],
        ['ASSESSMENT', 'UPCOMING'],
      ]);
      expect(data.currentPhase?.kind).toBe('FORUMS');
      expect(data.actionFields.map((field) => field.position)).toEqual([1, 2]);
      expect(data.forums.map((forum) => forum.title)).toEqual(['Forum -3', 'Forum 2', 'Forum 7']);
      expect(data.forums.map((forum) => forum.openForInput)).toEqual([false, true, true]);
      expect(data.titleTranslations).toEqual([
        { locale: 'de', text: 'Seitenprozess' },
        { locale: 'en', text: 'Process seite' },
      ]);
      expect(data.description).toBe('Beschreibung\nmit zwei Zeilen');
    });

    it('counts published proposals per field and forum and knows what the viewer follows', async () => {
      const [fieldA] = process.fieldIds;
      const [forumLater, forumEarly] = process.forumIds;
      await dataSource.query(
        `INSERT INTO proposals (process_id, action_field_id, forum_id, kind, title, body, source, state, withdrawn_at, withdrawal_reason)
         VALUES ($1, $2, $3, 'goal', 'Eins', '', 'online', 'published', NULL, NULL),
                ($1, $2, $3, 'goal', 'Zwei', '', 'online', 'published', NULL, NULL),
                ($1, $2, $4, 'goal', 'Drei', '', 'online', 'published', NULL, NULL),
                ($1, $2, $3, 'goal', 'Zurückgezogen', '', 'online', 'withdrawn', now(), 'doppelt')`,
        [process.id, fieldA, forumLater, forumEarly],
      );
      await dataSource.query(
        `INSERT INTO follows (user_id, target_type, forum_id) VALUES ($1, 'forum', $2);
         `,
        [userIds['resident'], forumLater],
      );
      await dataSource.query(`INSERT INTO follows (user_id, target_type, action_field_id) VALUES ($1, 'action_field', $2)`, [userIds['resident'], fieldA]);

      const asResident = ok(await clients['resident'].request<{ process: ProcessData }>(PROCESS, { slug: 'seite' })).process;
      const field = asResident.actionFields.find((candidate) => candidate.id === fieldA);
      expect(field).toMatchObject({ proposalCount: 3, followedByMe: true });
      expect(asResident.actionFields.find((candidate) => candidate.id !== fieldA)).toMatchObject({ proposalCount: 0, followedByMe: false });
      const byId = new Map(asResident.forums.map((forum) => [forum.id, forum]));
      expect(byId.get(forumLater)).toMatchObject({ proposalCount: 2, followedByMe: true });
      expect(byId.get(forumEarly)).toMatchObject({ proposalCount: 1, followedByMe: false });

      const anonymous = ok(await api.client().request<{ process: ProcessData }>(PROCESS, { slug: 'seite' })).process;
      expect(anonymous.forums.every((forum) => !forum.followedByMe)).toBe(true);
      expect(anonymous.actionFields.every((candidate) => !candidate.followedByMe)).toBe(true);

      const forum = ok(await clients['resident'].request<{ forum: Record<string, unknown> }>(FORUM, { id: forumLater })).forum;
      expect(forum).toMatchObject({ processSlug: 'seite', processTitle: 'Seitenprozess', openForInput: true, proposalCount: 2, followedByMe: true });
      expect(ok(await clients['resident'].request<{ forum: Record<string, unknown> }>(FORUM, { id: forumEarly })).forum).toMatchObject({
        acceptsInput: false,
        openForInput: false,
      });
    });

    it('loads a process with everything on it in one statement, however many forums, phases and fields it has', async () => {
      const measure = async () =>
        (await countQueries(dataSource, () => clients['resident'].request<{ process: ProcessData }>(PROCESS, { slug: 'seite' }))).queries.length;
      const small = await measure();
      const pg = clients['project_group'];
      for (let index = 0; index < 6; index++) {
        const field = ok(await pg.request<{ createActionField: { id: string } }>(CREATE_FIELD, { processId: process.id, input: fieldInput(10 + index) }));
        ok(await pg.request(CREATE_FORUM, { processId: process.id, input: forumInput(field.createActionField.id, 20 + index) }));
        ok(await pg.request(CREATE_PHASE, { processId: process.id, input: phaseInput('CATALOGUE', 30 + index * 2, 31 + index * 2) }));
      }
      const large = await measure();
      const data = ok(await api.client().request<{ process: ProcessData }>(PROCESS, { slug: 'seite' })).process;
      expect([data.forums.length, data.phases.length, data.actionFields.length]).toEqual([9, 9, 8]);
      expect(small).toBe(large);
      // The session lookup for the logged-in viewer plus the process statement.
      expect(large).toBeLessThanOrEqual(3);
      const anonymous = await countQueries(dataSource, () => api.client().request(PROCESS, { slug: 'seite' }));
      expect(anonymous.queries).toHaveLength(1);
    });
  });

  describe('the current process', () => {
    it('switches atomically: concurrent switches leave exactly one current process', async () => {
      const pg = clients['project_group'];
      const ids: string[] = [];
      for (const slug of ['wechsel-a', 'wechsel-b', 'wechsel-c', 'wechsel-d']) {
        ids.push(ok(await pg.request<{ createProcess: ProcessData }>(CREATE_PROCESS, { input: processInput(slug) })).createProcess.id);
      }
      const results = await Promise.all([...ids, ...ids].map((id) => pg.request(SET_CURRENT, { id })));
      expect(results.map((result) => result.errors)).toEqual(results.map(() => undefined));
      const current: { id: string }[] = await dataSource.query(`SELECT id FROM processes WHERE is_current`);
      expect(current).toHaveLength(1);
      expect(ids).toContain(current[0].id);

      ok(await pg.request(SET_CURRENT, { id: ids[1] }));
      const home = ok(await api.client().request<{ currentProcess: { id: string } }>(`{ currentProcess { id } }`));
      expect(home.currentProcess.id).toBe(ids[1]);
    });
  });

  describe('PhaseGate', () => {
    it('is open only while a phase of that kind runs, and refuses with PHASE_CLOSED otherwise', async () => {
      const gate = api.app.get(PhaseGate);
      const pg = clients['project_group'];
      const created = ok(await pg.request<{ createProcess: ProcessData }>(CREATE_PROCESS, { input: processInput('tor') })).createProcess;
      const manager = dataSource.manager;
      expect(await gate.isOpen(manager, created.id, PhaseKind.FORUMS)).toBe(false);

      const upcoming = ok(await pg.request<{ createPhase: { id: string } }>(CREATE_PHASE, { processId: created.id, input: phaseInput('FORUMS', 1, 5) })).createPhase;
      expect(await gate.isOpen(manager, created.id, PhaseKind.FORUMS)).toBe(false);
      await expect(gate.requireOpen(manager, created.id, PhaseKind.FORUMS)).rejects.toMatchObject({ code: 'PHASE_CLOSED' });

      ok(await pg.request(UPDATE_PHASE, { id: upcoming.id, input: phaseInput('FORUMS', -1, 5) }));
      expect(await gate.isOpen(manager, created.id, PhaseKind.FORUMS)).toBe(true);
      await expect(gate.requireOpen(manager, created.id, PhaseKind.FORUMS)).resolves.toBeUndefined();
      expect(await gate.isOpen(manager, created.id, PhaseKind.VOTE)).toBe(false);

      ok(await pg.request(UPDATE_PHASE, { id: upcoming.id, input: phaseInput('FORUMS', -5, -1) }));
      const error = await gate.requireOpen(manager, created.id, PhaseKind.FORUMS).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DomainError);
      expect(await gate.isOpen(manager, created.id, PhaseKind.FORUMS)).toBe(false);
    });
  });
});
