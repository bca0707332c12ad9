import { DataSource } from 'typeorm';
import { errorCode } from '@mitreden/testing';
import type { GraphqlClient, GraphqlResponse } from '@mitreden/testing';
import { CALLERS, staffSessions } from './support/staff-sessions';
import type { Caller, StaffSession } from './support/staff-sessions';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';
import type { RoleName } from '@mitreden/shared/contracts';

const ADOPT = `mutation Adopt($input: AdoptCatalogueInput!) {
  adoptCatalogueVersion(input: $input) {
    notifiedAuthorCount
    version { id processId number status adoptedOn councilReference adoptedAt goalCount measureCount }
  }
}`;

interface AdoptResult {
  adoptCatalogueVersion: {
    notifiedAuthorCount: number;
    version: {
      id: string;
      processId: string;
      number: number;
      status: string;
      adoptedOn: string | null;
      councilReference: string | null;
      adoptedAt: string | null;
      goalCount: number;
      measureCount: number;
    };
  };
}

interface CatalogueMailPayload {
  displayName: string;
  councilReference: string;
  adoptedOn: string;
  items: { proposalNumber: number; proposalTitle: string; measureCodes: string[] }[];
  link: string;
}

interface MailRow {
  id: string;
  recipient_email: string;
  recipient_user_id: string;
  locale: string;
  payload: CatalogueMailPayload;
}

const PUBLIC_URL = 'http://mitreden.test';

function fieldsOf(response: GraphqlResponse<unknown>): Record<string, string[]> | undefined {
  return response.errors?.[0]?.extensions?.fields;
}

/** A date relative to today in the city, as the council would write it. */
function cityDate(offsetDays: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offsetDays);
  return date.toISOString().slice(0, 10);
}

/**
 * The people and proposals of one process, written straight to the database:
 * - alice (de) wrote A1, merged with bob's B1 (en) into the curated M; M feeds measures 1.1 and 3.1.
 *   She also wrote A2, a direct source of 1.2.
 * - frank (en) wrote S, split into S1 (curated) and S2; S1 feeds 1.2.
 * - carol wrote H, hidden, a direct source of 1.1; erin (blocked) wrote E, a source of 3.1.
 * - dave only supports A1 and M; gina wrote a proposal no measure uses.
 */
interface World {
  processId: string;
  users: Record<
    'alice' | 'bob' | 'carol' | 'dave' | 'erin' | 'frank' | 'gina',
    { id: string; email: string }
  >;
  proposals: Record<
    'A1' | 'A2' | 'B1' | 'M' | 'S' | 'S1' | 'S2' | 'H' | 'E' | 'G',
    { id: string; number: number }
  >;
  fieldIds: { first: string; third: string };
}

describe('catalogue adoption and closing the loop', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let staff: Record<RoleName, StaffSession>;
  let world: World;
  let processCounter = 0;

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    staff = await staffSessions(api, dataSource, 'adopt');
    world = await createWorld();
  });

  afterAll(async () => {
    await api?.close();
  });

  async function createProcess(): Promise<{ processId: string; first: string; third: string }> {
    processCounter += 1;
    const [{ id: processId }]: { id: string }[] = await dataSource.query(
      `INSERT INTO processes (slug, title) VALUES ($1, '{"de": "Katalog"}') RETURNING id`,
      [`katalog-${processCounter}`],
    );
    const fields: { id: string; position: number }[] = await dataSource.query(
      `INSERT INTO action_fields (process_id, position, title) VALUES
         ($1, 1, '{"de": "Bildung"}'), ($1, 2, '{"de": "Arbeit"}'), ($1, 3, '{"de": "Mobilität"}')
       RETURNING id, position`,
      [processId],
    );
    const byPosition = (position: number) =>
      fields.find((field) => field.position === position)?.id as string;
    return { processId, first: byPosition(1), third: byPosition(3) };
  }

  async function createUser(
    name: string,
    locale: string,
    blocked = false,
  ): Promise<{ id: string; email: string }> {
    const email = `${name}-${processCounter}@example.org`;
    const [row]: { id: string }[] = await dataSource.query(
      `INSERT INTO users (email, display_name, password_hash, locale, email_confirmed_at, privacy_accepted_at, blocked_at)
       VALUES ($1, $2, 'not-a-hash', $3, now(), now(), CASE WHEN $4 THEN now() END) RETURNING id`,
      [email, name[0].toUpperCase() + name.slice(1), locale, blocked],
    );
    return { id: row.id, email };
  }

  async function createProposal(
    processId: string,
    fieldId: string,
    title: string,
    authorId: string | null,
  ): Promise<{ id: string; number: number }> {
    const [row]: { id: string; number: number }[] = await dataSource.query(
      `INSERT INTO proposals (process_id, action_field_id, kind, title, body, source, author_id)
       VALUES ($1, $2, 'measure', $3, 'Beschreibung', $4, $5) RETURNING id, number`,
      [processId, fieldId, title, authorId ? 'online' : 'curated', authorId],
    );
    return row;
  }

  async function createWorld(): Promise<World> {
    const { processId, first, third } = await createProcess();
    const users = {
      alice: await createUser('alice', 'de'),
      bob: await createUser('bob', 'en'),
      carol: await createUser('carol', 'de'),
      dave: await createUser('dave', 'de'),
      erin: await createUser('erin', 'de', true),
      frank: await createUser('frank', 'en'),
      gina: await createUser('gina', 'de'),
    };
    const proposals = {
      A1: await createProposal(processId, first, 'Sprachcafé in der Bibliothek', users.alice.id),
      A2: await createProposal(processId, first, 'Lernpaten für <Kinder>', users.alice.id),
      B1: await createProposal(processId, first, 'Language café at the library', users.bob.id),
      M: await createProposal(processId, first, 'Sprachcafés in allen Stadtteilen', null),
      S: await createProposal(processId, first, 'Mehr Kurse und mehr Busse', users.frank.id),
      S1: await createProposal(processId, first, 'Mehr Kurse', null),
      S2: await createProposal(processId, third, 'Mehr Busse', null),
      H: await createProposal(processId, first, 'Versteckter Vorschlag', users.carol.id),
      E: await createProposal(processId, third, 'Vorschlag eines gesperrten Kontos', users.erin.id),
      G: await createProposal(processId, third, 'Nicht übernommen', users.gina.id),
    };
    await dataSource.query(`INSERT INTO supports (proposal_id, user_id) VALUES ($1, $3), ($2, $3)`, [
      proposals.A1.id,
      proposals.M.id,
      users.dave.id,
    ]);
    await dataSource.query(`UPDATE proposals SET state = 'merged' WHERE id = ANY($1::uuid[])`, [
      [proposals.A1.id, proposals.B1.id],
    ]);
    await dataSource.query(`UPDATE proposals SET state = 'split' WHERE id = $1`, [proposals.S.id]);
    await dataSource.query(`UPDATE proposals SET hidden_at = now() WHERE id = $1`, [proposals.H.id]);
    await dataSource.query(
      `INSERT INTO proposal_lineage (parent_id, child_id, kind) VALUES ($1, $3, 'merge'), ($2, $3, 'merge'), ($4, $5, 'split'), ($4, $6, 'split')`,
      [proposals.A1.id, proposals.B1.id, proposals.M.id, proposals.S.id, proposals.S1.id, proposals.S2.id],
    );
    return { processId, users, proposals, fieldIds: { first, third } };
  }

  /**
   * A draft with goals in fields 1 and 3: measures 1.1 (M, H), 1.2 (S1, A2) and 3.1 (M, E). The
   * measures are inserted out of reading order on purpose; the numbers are what counts.
   */
  async function createDraft(
    processId: string,
    fieldIds: { first: string; third: string },
    sources: World['proposals'] | null,
  ): Promise<string> {
    const [{ next }]: { next: number }[] = await dataSource.query(
      `SELECT coalesce(max(number), 0) + 1 AS next FROM catalogue_versions WHERE process_id = $1`,
      [processId],
    );
    const [{ id: versionId }]: { id: string }[] = await dataSource.query(
      `INSERT INTO catalogue_versions (process_id, number) VALUES ($1, $2) RETURNING id`,
      [processId, next],
    );
    if (!sources) return versionId;
    const goal = async (fieldId: string, title: string): Promise<string> => {
      const [{ id }]: { id: string }[] = await dataSource.query(
        `INSERT INTO catalogue_goals (version_id, process_id, action_field_id, position, title)
         VALUES ($1, $2, $3, 1, jsonb_build_object('de', $4::text)) RETURNING id`,
        [versionId, processId, fieldId, title],
      );
      return id;
    };
    const measure = async (
      goalId: string,
      fieldId: string,
      number: number,
      text: string,
      proposalIds: string[],
    ) => {
      const [{ id }]: { id: string }[] = await dataSource.query(
        `INSERT INTO catalogue_measures (version_id, goal_id, action_field_id, number, text)
         VALUES ($1, $2, $3, $4, jsonb_build_object('de', $5::text, 'en', $5::text)) RETURNING id`,
        [versionId, goalId, fieldId, number, text],
      );
      await dataSource.query(
        `INSERT INTO catalogue_measure_sources (measure_id, proposal_id) SELECT $1, unnest($2::uuid[])`,
        [id, proposalIds],
      );
      await dataSource.query(
        `INSERT INTO catalogue_milestones (measure_id, position, title, due_on) VALUES ($1, 1, '{"de": "Start"}', '2027-01-31')`,
        [id],
      );
    };
    const education = await goal(fieldIds.first, 'Sprache fördern');
    const mobility = await goal(fieldIds.third, 'Mobil im Quartier');
    await measure(mobility, fieldIds.third, 1, 'Sprachcafés an Haltestellen', [sources.M.id, sources.E.id]);
    await measure(education, fieldIds.first, 2, 'Kursangebot ausbauen', [sources.S1.id, sources.A2.id]);
    await measure(education, fieldIds.first, 1, 'Sprachcafés einrichten', [sources.M.id, sources.H.id]);
    return versionId;
  }

  function adopt(
    client: GraphqlClient,
    versionId: string,
    adoptedOn = cityDate(-1),
    councilReference = 'Drucksache 1234/2026',
  ) {
    return client.request<AdoptResult>(ADOPT, { input: { versionId, adoptedOn, councilReference } });
  }

  function catalogueMails(versionReference: string): Promise<MailRow[]> {
    return dataSource.query(
      `SELECT id, recipient_email, recipient_user_id, locale, payload FROM outbox_messages
       WHERE template = 'catalogue_adopted' AND payload->>'councilReference' = $1 ORDER BY recipient_email`,
      [versionReference],
    );
  }

  describe('refusals before anything changes', () => {
    let versionId: string;
    let emptyVersionId: string;

    beforeAll(async () => {
      versionId = await createDraft(world.processId, world.fieldIds, world.proposals);
      const other = await createProcess();
      emptyVersionId = await createDraft(other.processId, other, null);
    });

    it.each([
      ['a date in the future', cityDate(1), { adoptedOn: ['inFuture'] }],
      ['a date before 2000', '1999-12-31', { adoptedOn: ['tooEarly'] }],
      ['a day that does not exist', '2025-02-30', { adoptedOn: ['invalidDate'] }],
    ])('refuses %s', async (_case, adoptedOn, fields) => {
      const response = await adopt(staff.project_group.client, versionId, adoptedOn);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(response)).toEqual(fields);
    });

    it('accepts today in the city as the adoption date boundary (checked on the empty version)', async () => {
      // Today passes the date check and reaches the next one: the version has no measures.
      const response = await adopt(staff.project_group.client, emptyVersionId, cityDate(0));
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(response)).toEqual({ versionId: ['empty'] });
    });

    it('refuses an unknown version', async () => {
      const response = await adopt(staff.project_group.client, '00000000-0000-4000-8000-000000000000');
      expect(errorCode(response)).toBe('NOT_FOUND');
    });

    it.each(CALLERS.filter((caller) => !['project_group', 'admin'].includes(caller)))(
      '%s may not adopt',
      async (caller: Caller) => {
        const client = caller === 'anonymous' ? api.client() : staff[caller as RoleName].client;
        const response = await adopt(client, versionId);
        expect(errorCode(response)).toBe(caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      },
    );

    it('left the version a draft without notices, mails or audit entries', async () => {
      const [version]: { status: string; adopted_on: string | null }[] = await dataSource.query(
        `SELECT status, adopted_on FROM catalogue_versions WHERE id = $1`,
        [versionId],
      );
      expect(version).toEqual({ status: 'draft', adopted_on: null });
      const [{ count }]: { count: number }[] = await dataSource.query(
        `SELECT (SELECT count(*) FROM catalogue_notices WHERE version_id = $1)::int
              + (SELECT count(*) FROM outbox_messages WHERE template = 'catalogue_adopted' AND recipient_user_id = ANY($2::uuid[]))::int
              + (SELECT count(*) FROM audit_log WHERE action = 'catalogue.adopt' AND target_id = $1)::int AS count`,
        [versionId, Object.values(world.users).map((user) => user.id)],
      );
      expect(count).toBe(0);
    });

    describe('the project group adopts', () => {
      let adopted: AdoptResult['adoptCatalogueVersion'];
      const adoptedOn = cityDate(-2);

      beforeAll(async () => {
        const response = await adopt(staff.project_group.client, versionId, adoptedOn, 'Drucksache 1/2026');
        expect(response.errors).toBeUndefined();
        adopted = (response.data as AdoptResult).adoptCatalogueVersion;
      });

      it('answers with the adopted version and how many authors were told', () => {
        expect(adopted.version).toMatchObject({
          id: versionId,
          processId: world.processId,
          status: 'ADOPTED',
          adoptedOn,
          councilReference: 'Drucksache 1/2026',
          goalCount: 2,
          measureCount: 3,
        });
        expect(adopted.version.adoptedAt).not.toBeNull();
        expect(adopted.notifiedAuthorCount).toBe(3);
      });

      it('mails each author once, in their language, listing every proposal with the measures it fed', async () => {
        const { users, proposals } = world;
        const mails = await catalogueMails('Drucksache 1/2026');
        expect(mails.map((mail) => [mail.recipient_email, mail.recipient_user_id, mail.locale])).toEqual([
          [users.alice.email, users.alice.id, 'de'],
          [users.bob.email, users.bob.id, 'en'],
          [users.frank.email, users.frank.id, 'en'],
        ]);
        const [alice, bob, frank] = mails.map((mail) => mail.payload);
        expect(alice).toEqual({
          displayName: 'Alice',
          councilReference: 'Drucksache 1/2026',
          adoptedOn,
          items: [
            {
              proposalNumber: proposals.A1.number,
              proposalTitle: 'Sprachcafé in der Bibliothek',
              measureCodes: ['1.1', '3.1'],
            },
            {
              proposalNumber: proposals.A2.number,
              proposalTitle: 'Lernpaten für <Kinder>',
              measureCodes: ['1.2'],
            },
          ],
          // Measures in fields 1 and 3: the overview, not one field's page.
          link: `${PUBLIC_URL}/catalogue`,
        });
        expect(bob.items).toEqual([
          {
            proposalNumber: proposals.B1.number,
            proposalTitle: 'Language café at the library',
            measureCodes: ['1.1', '3.1'],
          },
        ]);
        expect(frank.items).toEqual([
          {
            proposalNumber: proposals.S.number,
            proposalTitle: 'Mehr Kurse und mehr Busse',
            measureCodes: ['1.2'],
          },
        ]);
      });

      it('leaves out supporters, hidden proposals, blocked accounts and proposals no measure uses', async () => {
        const { users } = world;
        const rows: { recipient_user_id: string }[] = await dataSource.query(
          `SELECT recipient_user_id FROM outbox_messages WHERE recipient_user_id = ANY($1::uuid[])`,
          [[users.carol.id, users.dave.id, users.erin.id, users.gina.id]],
        );
        expect(rows).toEqual([]);
      });

      it('records one notice per author with its outbox row, and the audit entry', async () => {
        const notices: { user_id: string; outbox_template: string | null }[] = await dataSource.query(
          `SELECT n.user_id, o.template AS outbox_template FROM catalogue_notices n
           LEFT JOIN outbox_messages o ON o.id = n.outbox_id AND o.recipient_user_id = n.user_id
           WHERE n.version_id = $1 ORDER BY n.user_id`,
          [versionId],
        );
        const { alice, bob, frank } = world.users;
        expect(notices).toEqual(
          [alice.id, bob.id, frank.id]
            .sort()
            .map((id) => ({ user_id: id, outbox_template: 'catalogue_adopted' })),
        );
        const audit: {
          action: string;
          actor_id: string;
          target_id: string;
          process_id: string;
          after: Record<string, unknown>;
        }[] = await dataSource.query(
          `SELECT action, actor_id, target_id, process_id, after FROM audit_log WHERE action = 'catalogue.adopt'`,
        );
        expect(audit).toEqual([
          {
            action: 'catalogue.adopt',
            actor_id: staff.project_group.id,
            target_id: versionId,
            process_id: world.processId,
            after: expect.objectContaining({
              adoptedOn,
              councilReference: 'Drucksache 1/2026',
              notifiedAuthorCount: 3,
            }),
          },
        ]);
      });

      it('refuses adopting again, and mails nobody a second time', async () => {
        const response = await adopt(
          staff.project_group.client,
          versionId,
          cityDate(-1),
          'Drucksache 2/2026',
        );
        expect(errorCode(response)).toBe('CATALOGUE_ADOPTED');
        const [{ count }]: { count: number }[] = await dataSource.query(
          `SELECT count(*)::int AS count FROM outbox_messages WHERE template = 'catalogue_adopted'`,
        );
        expect(count).toBe(3);
        const [version]: { council_reference: string }[] = await dataSource.query(
          `SELECT council_reference FROM catalogue_versions WHERE id = $1`,
          [versionId],
        );
        expect(version.council_reference).toBe('Drucksache 1/2026');
      });

      it('freezes the version in the database: text, sources, goals and the version row refuse changes', async () => {
        const refused = async (sql: string, params: unknown[]) => {
          const error = await dataSource.query(sql, params).then(
            () => undefined,
            (failure: { driverError?: { constraint?: string } }) => failure,
          );
          expect(error?.driverError?.constraint).toBe('catalogue_version_adopted');
        };
        await refused(`UPDATE catalogue_measures SET text = '{"de": "Anders"}' WHERE version_id = $1`, [
          versionId,
        ]);
        await refused(`UPDATE catalogue_measures SET number = number + 10 WHERE version_id = $1`, [
          versionId,
        ]);
        await refused(`DELETE FROM catalogue_measures WHERE version_id = $1`, [versionId]);
        await refused(
          `INSERT INTO catalogue_measure_sources (measure_id, proposal_id)
           SELECT id, $2 FROM catalogue_measures WHERE version_id = $1 LIMIT 1`,
          [versionId, world.proposals.G.id],
        );
        await refused(
          `UPDATE catalogue_milestones SET due_on = '2028-01-01' WHERE measure_id IN (SELECT id FROM catalogue_measures WHERE version_id = $1)`,
          [versionId],
        );
        await refused(`UPDATE catalogue_goals SET title = '{"de": "Anders"}' WHERE version_id = $1`, [
          versionId,
        ]);
        await refused(`UPDATE catalogue_versions SET council_reference = 'Drucksache 9/2026' WHERE id = $1`, [
          versionId,
        ]);
        const [{ count }]: { count: number }[] = await dataSource.query(
          `SELECT count(*)::int AS count FROM catalogue_measures WHERE version_id = $1 AND text->>'de' = 'Anders'`,
          [versionId],
        );
        expect(count).toBe(0);
      });

      it('still lets status, progress and milestone completion change, with history', async () => {
        await dataSource.transaction(async (manager) => {
          await manager.query(`SELECT set_config('mitreden.actor_id', $1, true)`, [staff.project_group.id]);
          await manager.query(
            `UPDATE catalogue_measures SET status = 'in_progress', progress = 40 WHERE version_id = $1 AND number = 1`,
            [versionId],
          );
        });
        const history: { status: string; progress: number; changed_by_id: string }[] = await dataSource.query(
          `SELECT c.status, c.progress, c.changed_by_id FROM catalogue_status_changes c
           JOIN catalogue_measures m ON m.id = c.measure_id WHERE m.version_id = $1 ORDER BY m.action_field_id`,
          [versionId],
        );
        expect(history).toHaveLength(2);
        for (const change of history)
          expect(change).toEqual({
            status: 'in_progress',
            progress: 40,
            changed_by_id: staff.project_group.id,
          });

        // TypeORM answers an UPDATE with [rows, affected].
        const [, done]: [unknown[], number] = await dataSource.query(
          `UPDATE catalogue_milestones SET done_on = '2026-01-15'
           WHERE measure_id IN (SELECT id FROM catalogue_measures WHERE version_id = $1) RETURNING measure_id`,
          [versionId],
        );
        expect(done).toBe(3);
      });

      it('two concurrent adoptions of the next draft: one wins and every author is mailed once', async () => {
        const next = await createDraft(world.processId, world.fieldIds, world.proposals);
        const responses = await Promise.all([
          adopt(staff.project_group.client, next, cityDate(0), 'Drucksache 3/2026'),
          adopt(staff.admin.client, next, cityDate(0), 'Drucksache 3/2026'),
        ]);
        const codes = responses.map((response) => errorCode(response) ?? 'OK').sort();
        expect(codes).toEqual(['CATALOGUE_ADOPTED', 'OK']);
        const winner = responses.find((response) => !response.errors)?.data as AdoptResult;
        expect(winner.adoptCatalogueVersion.notifiedAuthorCount).toBe(3);

        const mails = await catalogueMails('Drucksache 3/2026');
        expect(mails.map((mail) => mail.recipient_user_id).sort()).toEqual(
          [world.users.alice.id, world.users.bob.id, world.users.frank.id].sort(),
        );
        const [{ count }]: { count: number }[] = await dataSource.query(
          `SELECT count(*)::int AS count FROM catalogue_notices WHERE version_id = $1 AND outbox_id IS NOT NULL`,
          [next],
        );
        expect(count).toBe(3);
      });
    });
  });

  it('a version whose only proposals have no reachable author adopts and mails nobody', async () => {
    const other = await createProcess();
    const curated = await createProposal(other.processId, other.first, 'Von der Projektgruppe', null);
    const versionId = await createDraft(other.processId, other, null);
    const [{ id: goalId }]: { id: string }[] = await dataSource.query(
      `INSERT INTO catalogue_goals (version_id, process_id, action_field_id, position, title)
       VALUES ($1, $2, $3, 1, '{"de": "Ziel"}') RETURNING id`,
      [versionId, other.processId, other.first],
    );
    const [{ id: measureId }]: { id: string }[] = await dataSource.query(
      `INSERT INTO catalogue_measures (version_id, goal_id, action_field_id, number, text)
       VALUES ($1, $2, $3, 1, '{"de": "Maßnahme"}') RETURNING id`,
      [versionId, goalId, other.first],
    );
    await dataSource.query(
      `INSERT INTO catalogue_measure_sources (measure_id, proposal_id) VALUES ($1, $2)`,
      [measureId, curated.id],
    );

    const response = await adopt(staff.admin.client, versionId, cityDate(0), 'Drucksache 4/2026');
    expect(response.errors).toBeUndefined();
    expect(response.data?.adoptCatalogueVersion.notifiedAuthorCount).toBe(0);
    expect(response.data?.adoptCatalogueVersion.version.status).toBe('ADOPTED');
    expect(await catalogueMails('Drucksache 4/2026')).toEqual([]);
  });
});
