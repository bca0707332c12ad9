import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@mitreden/api/database';
import { DEMO_PASSWORD, PasswordHasher, seedDemoUsers } from '@mitreden/api/identity';
import { ActionField, PhaseGate, PhaseKind, Process, seedDemoProcess, seedDemoSchedule } from '@mitreden/api/processes';
import { DEMO_EXTRA_RESIDENTS, seedDemoProposals } from '@mitreden/api/proposals';
import { seedDemoCatalogue } from '@mitreden/api/catalogue';
import { createTestDatabase } from '@mitreden/testing';
import type { TestDatabase } from '@mitreden/testing';

/** The same steps, in the same order and transactions, as `node dist/apps/api/main.js seed`. */
async function seed(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const process = await seedDemoProcess(manager);
    await seedDemoSchedule(manager, process.id);
  });
  await seedDemoUsers(dataSource);
  await dataSource.transaction((manager) => seedDemoProposals(manager));
  await dataSource.transaction(async (manager) => {
    const [{ id }]: { id: string }[] = await manager.query(`SELECT id FROM processes WHERE slug = 'wir-sind-hannover'`);
    await seedDemoCatalogue(manager, id);
  });
}

/** Every row of the tables the demo seed writes, as one fingerprint: equal means nothing changed. */
async function snapshot(dataSource: DataSource): Promise<Record<string, string>> {
  const tables = [
    'phases', 'forums', 'users', 'proposals', 'proposal_revisions', 'supports', 'comments', 'comment_votes',
    'catalogue_versions', 'catalogue_goals', 'catalogue_measures', 'catalogue_measure_sources', 'catalogue_goal_sources',
    'catalogue_status_changes',
  ];
  const result: Record<string, string> = {};
  for (const table of tables) {
    const [{ digest }]: { digest: string }[] = await dataSource.query(
      `SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS digest FROM ${table} t`,
    );
    result[table] = digest;
  }
  return result;
}

const one = async <T>(dataSource: DataSource, sql: string, parameters: unknown[] = []): Promise<T> =>
  ((await dataSource.query(sql, parameters)) as T[])[0];

describe('demo seed (the Hannover process in its forums phase)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let processId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource(dataSourceOptions(database.url, { entities: [Process, ActionField] }));
    await dataSource.initialize();
    await seed(dataSource);
    ({ id: processId } = await one<{ id: string }>(dataSource, `SELECT id FROM processes WHERE slug = 'wir-sind-hannover'`));
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('has 5 phases in order, and the forums phase runs now (2 weeks in, 6 weeks to go)', async () => {
    const phases: { kind: string; started_days_ago: number; ends_in_days: number }[] = await dataSource.query(
      `SELECT kind, extract(day FROM date_trunc('day', now()) - starts_at)::int AS started_days_ago,
              extract(day FROM ends_at - date_trunc('day', now()))::int AS ends_in_days
         FROM phases WHERE process_id = $1 ORDER BY starts_at`,
      [processId],
    );
    expect(phases.map((phase) => phase.kind)).toEqual(['survey', 'forums', 'assessment', 'vote', 'catalogue']);
    expect(phases[0].ends_in_days).toBe(-14);
    expect(phases[1]).toMatchObject({ started_days_ago: 14, ends_in_days: 42 });
    const gate = new PhaseGate();
    const open = await Promise.all(Object.values(PhaseKind).map(async (kind) => [kind, await gate.isOpen(dataSource.manager, processId, kind)]));
    expect(open.filter(([, isOpen]) => isOpen).map(([kind]) => kind)).toEqual([PhaseKind.FORUMS]);

    const translated = await one<{ count: number }>(
      dataSource,
      `SELECT count(*)::int AS count FROM phases WHERE process_id = $1 AND title ?& array['de', 'en', 'ar'] AND description ?& array['de', 'en', 'ar']`,
      [processId],
    );
    expect(translated.count).toBe(5);
  });

  it('has the five Region Hannover forums with their dates and towns, and three online forums, all open for input', async () => {
    const forums: { title: string; field: string; day: string; municipality: string; format: string; accepts_input: boolean; place: string }[] =
      await dataSource.query(
        `SELECT fo.title->>'de' AS title, f.title->>'de' AS field, to_char(fo.starts_at AT TIME ZONE 'Europe/Berlin', 'DD.MM.YYYY') AS day,
                fo.municipality, fo.format, fo.accepts_input, fo.place
           FROM forums fo JOIN action_fields f ON f.id = fo.action_field_id
          WHERE fo.process_id = $1 AND fo.format <> 'online' ORDER BY fo.starts_at`,
        [processId],
      );
    expect(forums.map(({ title, field, day, municipality, format }) => [title, field, day, municipality, format])).toEqual([
      ['Forum 1: Partizipation und Teilhabe', 'Partizipation und Teilhabe', '01.06.2014', 'Hannover', 'hybrid'],
      ['Forum 2: Wirtschaft und Arbeit', 'Wirtschaft und Arbeit', '14.06.2014', 'Laatzen', 'hybrid'],
      ['Forum 3: Gesundheit und Pflege', 'Gesundheit und Pflege', '21.06.2014', 'Garbsen', 'hybrid'],
      ['Forum 4: Bildung und Sprache', 'Bildung und Sprache', '12.07.2014', 'Ronnenberg', 'hybrid'],
      ['Forum 5: Vernetzung', 'Vernetzung', '28.09.2014', 'Hannover', 'hybrid'],
    ]);
    expect(forums.every((forum) => forum.accepts_input && forum.place.length > 0)).toBe(true);

    const online: { field: string; accepts_input: boolean; runs_now: boolean }[] = await dataSource.query(
      `SELECT f.title->>'de' AS field, fo.accepts_input, (fo.starts_at <= now() AND fo.ends_at > now()) AS runs_now
         FROM forums fo JOIN action_fields f ON f.id = fo.action_field_id
        WHERE fo.process_id = $1 AND fo.format = 'online' ORDER BY f.position`,
      [processId],
    );
    expect(online).toEqual([
      { field: 'Willkommenskultur', accepts_input: true, runs_now: true },
      { field: 'Geflüchtete', accepts_input: true, runs_now: true },
      { field: 'Interkulturelle Öffnung', accepts_input: true, runs_now: true },
    ]);
    const [{ fields }] = await dataSource.query(`SELECT count(*)::int AS fields FROM action_fields WHERE process_id = $1`, [processId]);
    const [{ covered, translated }] = await dataSource.query(
      `SELECT count(DISTINCT action_field_id)::int AS covered,
              count(*) FILTER (WHERE title ?& array['de', 'en', 'ar'] AND description ?& array['de', 'en', 'ar'])::int AS translated
         FROM forums WHERE process_id = $1`,
      [processId],
    );
    expect([fields, covered, translated]).toEqual([8, 8, 8]);
  });

  it('has the annex as proposals: 37 goals and 144 measures, each measure serving a goal of its own action field', async () => {
    const counts = await one<{ goals: number; measures: number; orphans: number; mismatched: number; forumless: number }>(
      dataSource,
      `SELECT count(*) FILTER (WHERE p.kind = 'goal')::int AS goals,
              count(*) FILTER (WHERE p.kind = 'measure')::int AS measures,
              count(*) FILTER (WHERE p.kind = 'measure' AND g.id IS NULL)::int AS orphans,
              count(*) FILTER (WHERE p.kind = 'measure' AND (g.kind <> 'goal' OR g.action_field_id <> p.action_field_id))::int AS mismatched,
              count(*) FILTER (WHERE fo.action_field_id IS DISTINCT FROM p.action_field_id)::int AS forumless
         FROM proposals p
         LEFT JOIN proposals g ON g.id = p.goal_id
         LEFT JOIN forums fo ON fo.id = p.forum_id
        WHERE p.process_id = $1`,
      [processId],
    );
    expect(counts).toEqual({ goals: 37, measures: 144, orphans: 0, mismatched: 0, forumless: 0 });

    const perField: { field: string; goals: number; measures: number }[] = await dataSource.query(
      `SELECT f.title->>'de' AS field, count(*) FILTER (WHERE p.kind = 'goal')::int AS goals,
              count(*) FILTER (WHERE p.kind = 'measure')::int AS measures
         FROM action_fields f JOIN proposals p ON p.action_field_id = f.id
        WHERE f.process_id = $1 GROUP BY f.title->>'de', f.position ORDER BY f.position`,
      [processId],
    );
    expect(perField.map(({ goals, measures }) => [goals, measures])).toEqual([
      [7, 18],
      [2, 10],
      [4, 16],
      [6, 20],
      [3, 13],
      [2, 10],
      [5, 21],
      [8, 36],
    ]);
  });

  it('gives every proposal a plausible origin and its revision 1', async () => {
    const sources: { source: string; count: number; bad: number }[] = await dataSource.query(
      `SELECT p.source, count(*)::int AS count,
              count(*) FILTER (WHERE NOT CASE p.source
                WHEN 'forum' THEN p.author_id IS NULL AND e.email = 'moderator@mitreden.test' AND p.participant_count BETWEEN 5 AND 40
                WHEN 'paper' THEN p.author_id IS NULL AND e.email = 'moderator@mitreden.test'
                WHEN 'online' THEN p.entered_by_id IS NULL AND a.role = 'resident' AND a.email_confirmed_at IS NOT NULL
              END)::int AS bad
         FROM proposals p LEFT JOIN users a ON a.id = p.author_id LEFT JOIN users e ON e.id = p.entered_by_id
        WHERE p.process_id = $1 GROUP BY p.source ORDER BY count DESC`,
      [processId],
    );
    expect(sources.map((row) => row.source)).toEqual(['forum', 'paper', 'online']);
    expect(sources.every((row) => row.bad === 0)).toBe(true);
    expect(sources[0].count).toBeGreaterThan(181 / 2);
    expect(sources[2].count).toBeGreaterThanOrEqual(5);

    const authors: { email: string }[] = await dataSource.query(
      `SELECT DISTINCT u.email FROM proposals p JOIN users u ON u.id = p.author_id WHERE p.process_id = $1 ORDER BY u.email`,
      [processId],
    );
    expect(authors.map((row) => row.email)).toContain('resident@mitreden.test');
    expect(authors.length).toBeGreaterThanOrEqual(4);

    const revisions = await one<{ missing: number; differing: number; extra: number; shortest: number; longest: number }>(
      dataSource,
      `SELECT count(*) FILTER (WHERE r.id IS NULL)::int AS missing,
              count(*) FILTER (WHERE r.title <> p.title OR r.body <> p.body OR r.created_at <> p.created_at)::int AS differing,
              (SELECT count(*) FROM proposal_revisions WHERE revision <> 1)::int AS extra,
              min(char_length(p.title))::int AS shortest, max(char_length(p.title))::int AS longest
         FROM proposals p LEFT JOIN proposal_revisions r ON r.proposal_id = p.id AND r.revision = 1
        WHERE p.process_id = $1`,
      [processId],
    );
    expect(revisions).toMatchObject({ missing: 0, differing: 0, extra: 0 });
    expect(revisions.longest).toBeLessThanOrEqual(200);

    const dates = await one<{ before_phase: number; in_future: number; measures_before_goal: number }>(
      dataSource,
      `SELECT count(*) FILTER (WHERE p.created_at < ph.starts_at)::int AS before_phase,
              count(*) FILTER (WHERE p.created_at > now())::int AS in_future,
              count(*) FILTER (WHERE p.created_at < g.created_at)::int AS measures_before_goal
         FROM proposals p JOIN phases ph ON ph.process_id = p.process_id AND ph.kind = 'forums'
         LEFT JOIN proposals g ON g.id = p.goal_id
        WHERE p.process_id = $1`,
      [processId],
    );
    expect(dates).toEqual({ before_phase: 0, in_future: 0, measures_before_goal: 0 });
  });

  it('seeds confirmed extra residents who can log in with the demo password', async () => {
    const residents: { email: string; password_hash: string; role: string; confirmed: boolean }[] = await dataSource.query(
      `SELECT email, password_hash, role, email_confirmed_at IS NOT NULL AND privacy_accepted_at IS NOT NULL AS confirmed
         FROM users WHERE email = ANY($1::text[]) ORDER BY email`,
      [DEMO_EXTRA_RESIDENTS.map((resident) => resident.email)],
    );
    expect(residents).toHaveLength(DEMO_EXTRA_RESIDENTS.length);
    expect(residents.every((resident) => resident.role === 'resident' && resident.confirmed)).toBe(true);
    expect(await new PasswordHasher().verify(residents[0].password_hash, DEMO_PASSWORD)).toBe(true);
  });

  it('has a few supports with a clear top, and threads with a reply to a reply; counters agree', async () => {
    const supports = await one<{ total: number; top: number; supported: number; by_resident: number; wrong_counts: number }>(
      dataSource,
      `SELECT (SELECT count(*) FROM supports)::int AS total,
              max(p.support_count)::int AS top,
              count(*) FILTER (WHERE p.support_count > 0)::int AS supported,
              (SELECT count(*) FROM supports s JOIN users u ON u.id = s.user_id WHERE u.email = 'resident@mitreden.test')::int AS by_resident,
              count(*) FILTER (WHERE p.support_count <> (SELECT count(*) FROM supports s WHERE s.proposal_id = p.id))::int AS wrong_counts
         FROM proposals p WHERE p.process_id = $1`,
      [processId],
    );
    expect(supports.total).toBeGreaterThanOrEqual(20);
    expect(supports.top).toBeGreaterThanOrEqual(4);
    expect(supports.supported).toBeLessThan(181 / 2);
    // resident@ supports nothing, so any proposal can be supported with that account.
    expect(supports).toMatchObject({ by_resident: 0, wrong_counts: 0 });

    const comments = await one<{ total: number; deepest: number; languages: number; wrong_counts: number; votes: number }>(
      dataSource,
      `SELECT (SELECT count(*) FROM comments)::int AS total,
              (SELECT max(depth) FROM comments)::int AS deepest,
              (SELECT count(*) FROM comments WHERE body ~ '[\u0600-\u06FF]')::int AS languages,
              (SELECT count(*) FROM proposals p
                WHERE p.comment_count <> (SELECT count(*) FROM comments c WHERE c.proposal_id = p.id AND c.deleted_at IS NULL))::int AS wrong_counts,
              (SELECT count(*) FROM comment_votes)::int AS votes`,
    );
    expect(comments).toMatchObject({ deepest: 2, wrong_counts: 0 });
    expect(comments.total).toBeGreaterThanOrEqual(8);
    expect(comments.languages).toBeGreaterThanOrEqual(1);
    expect(comments.votes).toBeGreaterThan(0);
    const replies = await one<{ wrong: number }>(
      dataSource,
      `SELECT count(*)::int AS wrong FROM comments c JOIN comments parent ON parent.id = c.parent_id
        WHERE c.depth <> parent.depth + 1 OR c.created_at < parent.created_at`,
    );
    expect(replies.wrong).toBe(0);
  });

  it('has the annex as the adopted catalogue, each goal and measure linked to the proposal it came from, without mails', async () => {
    const versions: { number: number; status: string; adopted_on: string; council_reference: string; adopted: boolean }[] = await dataSource.query(
      `SELECT number, status, to_char(adopted_on, 'YYYY-MM-DD') AS adopted_on, council_reference, adopted_at IS NOT NULL AS adopted
         FROM catalogue_versions WHERE process_id = $1`,
      [processId],
    );
    expect(versions).toEqual([
      { number: 1, status: 'adopted', adopted_on: '2026-10-15', council_reference: 'Drucksache 2417/2026 (Demo)', adopted: true },
    ]);
    const perField: { goals: number; measures: number; numbered: boolean }[] = await dataSource.query(
      `SELECT (SELECT count(*) FROM catalogue_goals g WHERE g.action_field_id = f.id)::int AS goals,
              count(m.id)::int AS measures,
              coalesce(array_agg(m.number ORDER BY m.number) = array(SELECT generate_series(1, count(m.id)::int)), true) AS numbered
         FROM action_fields f LEFT JOIN catalogue_measures m ON m.action_field_id = f.id
        WHERE f.process_id = $1 GROUP BY f.id, f.position ORDER BY f.position`,
      [processId],
    );
    expect(perField.map(({ goals, measures }) => [goals, measures])).toEqual([
      [7, 18], [2, 10], [4, 16], [6, 20], [3, 13], [2, 10], [5, 21], [8, 36],
    ]);
    expect(perField.every((field) => field.numbered)).toBe(true);

    // Each measure's source is the demo proposal of the same field with the annex text as title (or its beginning).
    const links = await one<{ measures: number; sourced: number; links: number; wrong: number; goals: number; goals_sourced: number }>(
      dataSource,
      `SELECT (SELECT count(*) FROM catalogue_measures)::int AS measures,
              (SELECT count(DISTINCT measure_id) FROM catalogue_measure_sources)::int AS sourced,
              (SELECT count(*) FROM catalogue_measure_sources)::int AS links,
              (SELECT count(*) FROM catalogue_measure_sources s JOIN catalogue_measures m ON m.id = s.measure_id JOIN proposals p ON p.id = s.proposal_id
                WHERE p.kind <> 'measure' OR p.action_field_id <> m.action_field_id
                   OR NOT starts_with(m.text->>'de', rtrim(p.title, '…')))::int AS wrong,
              (SELECT count(*) FROM catalogue_goals)::int AS goals,
              (SELECT count(DISTINCT goal_id) FROM catalogue_goal_sources)::int AS goals_sourced`,
    );
    expect(links).toEqual({ measures: 144, sourced: 144, links: 144, wrong: 0, goals: 37, goals_sourced: 37 });

    const first = await one<{ status: string; progress: number; history: number }>(
      dataSource,
      `SELECT m.status, m.progress, (SELECT count(*) FROM catalogue_status_changes c WHERE c.measure_id = m.id)::int AS history
         FROM catalogue_measures m JOIN action_fields f ON f.id = m.action_field_id
        WHERE f.process_id = $1 AND f.position = 1 AND m.number = 1`,
      [processId],
    );
    expect(first).toEqual({ status: 'in_progress', progress: 40, history: 1 });
    const mails = await one<{ notices: number; outbox: number }>(
      dataSource,
      `SELECT (SELECT count(*) FROM catalogue_notices)::int AS notices,
              (SELECT count(*) FROM outbox_messages WHERE template = 'catalogue_adopted')::int AS outbox`,
    );
    expect(mails).toEqual({ notices: 0, outbox: 0 });
  });

  it('changes nothing when run again', async () => {
    const before = await snapshot(dataSource);
    await seed(dataSource);
    await seed(dataSource);
    expect(await snapshot(dataSource)).toEqual(before);
  });

  it('leaves what visitors did alone: a withdrawn support and a deleted comment are not restored', async () => {
    await dataSource.query(`DELETE FROM supports WHERE ctid = (SELECT min(ctid) FROM supports)`);
    await dataSource.query(`UPDATE comments SET deleted_at = now(), body = '' WHERE depth = 2`);
    const before = await snapshot(dataSource);
    await seed(dataSource);
    expect(await snapshot(dataSource)).toEqual(before);
  });

  it('moves the schedule to today when it was seeded long ago, so the demo stays in its forums phase', async () => {
    // As if the database had been seeded 100 days ago (one statement: the rows never overlap).
    await dataSource.query(`UPDATE phases SET starts_at = starts_at - interval '100 days', ends_at = ends_at - interval '100 days'`);
    await dataSource.query(
      `UPDATE forums SET starts_at = starts_at - interval '100 days', ends_at = ends_at - interval '100 days' WHERE format = 'online'`,
    );
    // Someone added a phase where the new schedule goes, and one far from it.
    await dataSource.query(
      `INSERT INTO phases (process_id, kind, title, starts_at, ends_at)
       VALUES ($1, 'survey', '{"de":"Nachbefragung"}', now() + interval '50 days', now() + interval '51 days'),
              ($1, 'vote', '{"de":"Zweite Abstimmung"}', now() + interval '3 years', now() + interval '3 years 1 day')`,
      [processId],
    );
    const ids: { id: string }[] = await dataSource.query(`SELECT id FROM phases WHERE process_id = $1 ORDER BY id`, [processId]);
    await seed(dataSource);

    expect(await new PhaseGate().isOpen(dataSource.manager, processId, PhaseKind.FORUMS)).toBe(true);
    const after: { id: string; title: string }[] = await dataSource.query(
      `SELECT id, title->>'de' AS title FROM phases WHERE process_id = $1 ORDER BY starts_at`,
      [processId],
    );
    expect(after.map((phase) => phase.title)).toEqual([
      'Bestandsaufnahme und Online-Umfrage',
      'Thematische Foren',
      'Prüfung durch die Verwaltung',
      'Abstimmung',
      'Maßnahmenkatalog und Ratsbeschluss',
      'Zweite Abstimmung',
    ]);
    // The seeded phases kept their ids (moved, not replaced).
    expect(after.slice(0, 5).every((phase) => ids.some((row) => row.id === phase.id))).toBe(true);
    const [{ running }] = await dataSource.query(
      `SELECT count(*)::int AS running FROM forums WHERE process_id = $1 AND format = 'online' AND starts_at <= now() AND ends_at > now()`,
      [processId],
    );
    expect(running).toBe(3);
  });
});
