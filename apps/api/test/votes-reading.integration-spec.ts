import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@mitreden/api/database';
import { ActionField, Process, seedDemoProcess, seedDemoSchedule } from '@mitreden/api/processes';
import { DEMO_CLOSED_POLL_SLUG, DEMO_OPEN_POLL_SLUG, DEMO_POLL_WINNER, countPoll, seedDemoPolls } from '@mitreden/api/votes';
import type { RoleName } from '@mitreden/shared/contracts';
import { createTestDatabase, errorCode } from '@mitreden/testing';
import type { GraphqlClient, GraphqlResponse, TestDatabase } from '@mitreden/testing';
import { countQueries } from './support/query-counter';
import { CALLERS, staffSessions } from './support/staff-sessions';
import type { Caller, StaffSession } from './support/staff-sessions';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';
import { insertAccounts, insertPoll, insertSealedVote } from './votes-fixtures';

const POLL_FIELDS = `id slug processSlug processTitle phaseTitle question description method maxChoices opensAt closesAt status
  acceptsAccounts acceptsCodes allowVoteChange municipality turnout
  options { id position label description imageUrl imageAlt }
  results { voters ballots countedAt winners
    options { optionId label votes share averageRank winner }
    rounds { round counts { optionId votes } exhausted continuing elected eliminated tieBreak } }`;
const POLLS = `query Polls($processSlug: String) { polls(processSlug: $processSlug) { ${POLL_FIELDS} } }`;
const POLL = `query Poll($slug: String!) { poll(slug: $slug) { ${POLL_FIELDS} } }`;
const RECEIPTS = `query Receipts($pollId: ID!, $search: String, $offset: Int, $limit: Int) {
  pollReceipts(pollId: $pollId, search: $search, offset: $offset, limit: $limit) { total receipts }
}`;

interface OptionView {
  id: string;
  position: number;
  label: string;
  description: string;
  imageUrl: string | null;
  imageAlt: string | null;
}
interface ResultsView {
  voters: number;
  ballots: number;
  countedAt: string;
  winners: string[];
  options: { optionId: string; label: string; votes: number; share: number; averageRank: number | null; winner: boolean }[];
  rounds: { round: number; counts: { optionId: string; votes: number }[]; exhausted: number; continuing: number; elected: string | null; eliminated: string | null; tieBreak: string | null }[] | null;
}
interface PollView {
  id: string;
  slug: string;
  processSlug: string;
  processTitle: string;
  phaseTitle: string | null;
  question: string;
  status: string;
  method: string;
  turnout: number;
  options: OptionView[];
  results: ResultsView | null;
}

const ok = <T>(response: GraphqlResponse<T>): T => {
  if (!response.data || response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data;
};

describe('reading polls, results after the count, receipts (API)', () => {
  let api: TestApi;
  let db: DataSource;
  let staff: Record<RoleName, StaffSession>;
  let anonymous: GraphqlClient;
  let processId: string;
  let phaseId: string;
  const clientOf = (caller: Caller): GraphqlClient => (caller === 'anonymous' ? anonymous : staff[caller].client);
  const polls = async (processSlug: string | null, language = 'de') =>
    ok(await anonymous.request<{ polls: PollView[] }>(POLLS, { processSlug }, { 'accept-language': language })).polls;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get(DataSource);
    staff = await staffSessions(api, db, 'votes-reading');
    anonymous = api.client();
    [{ id: processId }] = await db.query(
      `INSERT INTO processes (slug, title, is_current) VALUES ('abstimmen', '{"de": "Abstimmen", "en": "Voting"}', true) RETURNING id`,
    );
    [{ id: phaseId }] = await db.query(
      `INSERT INTO phases (process_id, kind, title, starts_at, ends_at)
       VALUES ($1, 'vote', '{"de": "Abstimmung", "en": "Vote"}', now() - interval '5 days', now() + interval '20 days') RETURNING id`,
      [processId],
    );
  });
  afterAll(async () => {
    await api?.close();
  });

  it('lists published polls: open (closing soonest) first, then scheduled, then closed (latest first); drafts hidden', async () => {
    const [{ id: orderProcess }]: { id: string }[] = await db.query(
      `INSERT INTO processes (slug, title) VALUES ('reihenfolge', '{"de": "Reihenfolge"}') RETURNING id`,
    );
    await insertPoll(db, { processId: orderProcess, slug: 'open-later', opensIn: -48, closesIn: 120 });
    await insertPoll(db, { processId: orderProcess, slug: 'open-soon', opensIn: -24, closesIn: 48 });
    await insertPoll(db, { processId: orderProcess, slug: 'scheduled-later', opensIn: 72, closesIn: 240 });
    await insertPoll(db, { processId: orderProcess, slug: 'scheduled-soon', opensIn: 24, closesIn: 240 });
    await insertPoll(db, { processId: orderProcess, slug: 'counting-recent', opensIn: -96, closesIn: -24 });
    await insertPoll(db, { processId: orderProcess, slug: 'counted-older', opensIn: -200, closesIn: -120, status: 'counted' });
    await insertPoll(db, { processId: orderProcess, slug: 'a-draft', status: 'draft' });

    const listed = await polls('reihenfolge');
    expect(listed.map((poll) => [poll.slug, poll.status])).toEqual([
      ['open-soon', 'OPEN'],
      ['open-later', 'OPEN'],
      ['scheduled-soon', 'SCHEDULED'],
      ['scheduled-later', 'SCHEDULED'],
      ['counting-recent', 'COUNTING'],
      ['counted-older', 'CLOSED'],
    ]);
    // Without a process: every process's published polls, still no draft.
    const all = await polls(null);
    expect(all.map((poll) => poll.slug)).toEqual(expect.arrayContaining(listed.map((poll) => poll.slug)));
    expect(all.some((poll) => poll.slug === 'a-draft')).toBe(false);
    expect(await polls('no-such-process')).toEqual([]);
  });

  it('translates texts, joins process and phase, lists options in position order with image URL and alt, counts turnout', async () => {
    const poll = await insertPoll(db, {
      processId,
      phaseId,
      slug: 'translated',
      question: { de: 'Welche Farbe?', en: 'Which colour?' },
      options: ['Rot', 'Grün', 'Blau'],
    });
    const image = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    await db.query(
      `UPDATE poll_options SET image = $2, image_content_type = 'image/png', image_alt = '{"de": "Ein grünes Feld", "en": "A green field"}'
        WHERE id = $1`,
      [poll.optionIds[1], image],
    );
    // Positions swapped in storage order: the view must still follow position.
    await db.query(
      `UPDATE poll_options SET position = CASE position WHEN 1 THEN 3 WHEN 3 THEN 1 ELSE position END WHERE poll_id = $1`,
      [poll.id],
    );
    const voters = await insertAccounts(db, 'translated', 3);
    for (const voter of voters) await insertSealedVote(db, api.config.ballotSecret, poll.id, voter, [poll.optionIds[0]]);

    const [de] = (await polls('abstimmen')).filter((view) => view.slug === 'translated');
    const [en] = (await polls('abstimmen', 'en')).filter((view) => view.slug === 'translated');
    expect(de).toMatchObject({ question: 'Welche Farbe?', processSlug: 'abstimmen', processTitle: 'Abstimmen', phaseTitle: 'Abstimmung', turnout: 3 });
    expect(en).toMatchObject({ question: 'Which colour?', processTitle: 'Voting', phaseTitle: 'Vote', turnout: 3, results: null });
    expect(de.options.map((option) => [option.position, option.label])).toEqual([
      [1, 'Blau'],
      [2, 'Grün'],
      [3, 'Rot'],
    ]);
    const hash = createHash('sha256').update(image).digest('hex').slice(0, 8);
    expect(de.options[1]).toMatchObject({
      id: poll.optionIds[1],
      imageUrl: `/api/polls/${poll.id}/options/${poll.optionIds[1]}/image?v=${hash}`,
      imageAlt: 'Ein grünes Feld',
    });
    expect(en.options[1].imageAlt).toBe('A green field');
    expect(de.options[0]).toMatchObject({ imageUrl: null, imageAlt: null, description: '' });
  });

  it('shows a draft by slug only to the project group and admins', async () => {
    await insertPoll(db, { processId, slug: 'hidden-draft', status: 'draft' });
    await insertPoll(db, { processId, slug: 'visible', opensIn: 24, closesIn: 48 });
    for (const caller of CALLERS) {
      const draft = ok(await clientOf(caller).request<{ poll: PollView | null }>(POLL, { slug: 'hidden-draft' })).poll;
      const staffView = caller === 'project_group' || caller === 'admin';
      expect([caller, draft?.status ?? null]).toEqual([caller, staffView ? 'DRAFT' : null]);
      const visible = ok(await clientOf(caller).request<{ poll: PollView | null }>(POLL, { slug: 'visible' })).poll;
      expect([caller, visible?.status]).toEqual([caller, 'SCHEDULED']);
      expect(ok(await clientOf(caller).request<{ poll: PollView | null }>(POLL, { slug: 'does-not-exist' })).poll).toBeNull();
    }
  });

  it('has no results and sealed receipts before the count; the stored tally, labels and rounds after it', async () => {
    const poll = await insertPoll(db, { processId, slug: 'ranked-count', method: 'ranked', options: ['Alpha', 'Beta', 'Gamma'] });
    const [a, b, c] = poll.optionIds;
    const voters = await insertAccounts(db, 'ranked', 5);
    const ballots = [[a, b], [a, c], [b, a], [c, b], [b, c]];
    const receipts: string[] = [];
    for (const [index, voter] of voters.entries())
      receipts.push(await insertSealedVote(db, api.config.ballotSecret, poll.id, voter, ballots[index]));

    const read = async (client = anonymous, language = 'de') =>
      ok(await client.request<{ poll: PollView }>(POLL, { slug: 'ranked-count' }, { 'accept-language': language })).poll;
    expect(await read()).toMatchObject({ status: 'OPEN', turnout: 5, results: null });
    expect(errorCode(await anonymous.request(RECEIPTS, { pollId: poll.id }))).toBe('RESULTS_SEALED');

    // Closed, not yet counted.
    await db.query(`UPDATE polls SET opens_at = now() - interval '2 hours', closes_at = now() - interval '1 second' WHERE id = $1`, [poll.id]);
    expect(await read(staff.admin.client)).toMatchObject({ status: 'COUNTING', results: null });
    expect(errorCode(await staff.admin.client.request(RECEIPTS, { pollId: poll.id }))).toBe('RESULTS_SEALED');
    expect(await countPoll(db, api.config.ballotSecret, poll.id)).toBe('counted');

    const counted = await read(anonymous, 'en');
    expect(counted.status).toBe('CLOSED');
    const results = counted.results as ResultsView;
    expect(results).toMatchObject({ voters: 5, ballots: 5, winners: [b] });
    expect(new Date(results.countedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(results.options).toEqual([
      { optionId: a, label: 'Alpha (en)', votes: 2, share: 0.4, averageRank: expect.closeTo(4 / 3, 5), winner: false },
      { optionId: b, label: 'Beta (en)', votes: 2, share: 0.4, averageRank: 1.5, winner: true },
      { optionId: c, label: 'Gamma (en)', votes: 1, share: 0.2, averageRank: expect.closeTo(5 / 3, 5), winner: false },
    ]);
    expect(results.rounds).toEqual([
      {
        round: 1,
        counts: [{ optionId: a, votes: 2 }, { optionId: b, votes: 2 }, { optionId: c, votes: 1 }],
        exhausted: 0,
        continuing: 5,
        elected: null,
        eliminated: c,
        tieBreak: null,
      },
      { round: 2, counts: [{ optionId: a, votes: 2 }, { optionId: b, votes: 3 }], exhausted: 0, continuing: 5, elected: b, eliminated: null, tieBreak: null },
    ]);
    // The list carries the same results.
    const listed = (await polls('abstimmen', 'en')).find((view) => view.slug === 'ranked-count');
    expect(listed?.results).toEqual(results);

    // Receipts: public, alphabetical, searchable as typed (case, blanks, dashes ignored), paged.
    const sorted = [...receipts].sort();
    const page = async (variables: Record<string, unknown>) =>
      ok(await anonymous.request<{ pollReceipts: { total: number; receipts: string[] } }>(RECEIPTS, { pollId: poll.id, ...variables })).pollReceipts;
    expect(await page({})).toEqual({ total: 5, receipts: sorted });
    const target = receipts[2];
    const typed = `${target.slice(0, 4)} ${target.slice(5, 9)}`.toLowerCase();
    const found = await page({ search: typed });
    expect(found.receipts).toContain(target);
    expect(found.receipts.every((receipt) => receipt.replace(/-/g, '').includes(typed.replace(/\s/g, '').toUpperCase()))).toBe(true);
    const across = target.slice(2, 7); // spans the dash
    expect((await page({ search: across.replace('-', '') })).receipts).toContain(target);
    expect(await page({ search: 'zzzz-zzzz-zzzz-z' })).toEqual({ total: 0, receipts: [] });
    expect(await page({ offset: 1, limit: 2 })).toEqual({ total: 5, receipts: sorted.slice(1, 3) });
    expect(await page({ offset: 0, limit: 0 })).toEqual({ total: 5, receipts: sorted.slice(0, 1) });
    expect(await page({ offset: -3, limit: 100000 })).toEqual({ total: 5, receipts: sorted });
    expect(await page({ offset: 10 })).toEqual({ total: 5, receipts: [] });
  });

  it('gives RESULTS_SEALED for receipts of any uncounted poll and NOT_FOUND for unknown polls and drafts', async () => {
    const scheduled = await insertPoll(db, { processId, slug: 'receipts-scheduled', opensIn: 2, closesIn: 4 });
    const draft = await insertPoll(db, { processId, slug: 'receipts-draft', status: 'draft' });
    expect(errorCode(await anonymous.request(RECEIPTS, { pollId: scheduled.id }))).toBe('RESULTS_SEALED');
    expect(errorCode(await anonymous.request(RECEIPTS, { pollId: draft.id }))).toBe('NOT_FOUND');
    expect(errorCode(await anonymous.request(RECEIPTS, { pollId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    expect(errorCode(await anonymous.request(RECEIPTS, { pollId: 'not-a-uuid' }))).toBe('NOT_FOUND');
  });

  it('reads 1 or 10 polls (options, images, turnout, results) with the same number of statements', async () => {
    const fill = async (slug: string, count: number) => {
      const [{ id }]: { id: string }[] = await db.query(`INSERT INTO processes (slug, title) VALUES ($1, '{"de": "Viele"}') RETURNING id`, [slug]);
      for (let index = 0; index < count; index++) {
        const closed = index % 2 === 1;
        const poll = await insertPoll(db, {
          processId: id,
          slug: `${slug}-${index}`,
          opensIn: closed ? -48 : -1,
          closesIn: closed ? -1 : 24,
          options: ['X', 'Y', 'Z', 'W'],
        });
        await db.query(`UPDATE poll_options SET image = '\\x89504e47'::bytea, image_content_type = 'image/png', image_alt = '{"de": "Bild"}' WHERE id = $1`, [
          poll.optionIds[0],
        ]);
        const voters = await insertAccounts(db, `${slug}-${index}`, 2);
        for (const voter of voters) await insertSealedVote(db, api.config.ballotSecret, poll.id, voter, [poll.optionIds[1]]);
        if (closed) await countPoll(db, api.config.ballotSecret, poll.id);
      }
    };
    await fill('einzeln', 1);
    await fill('zehn', 10);
    const one = await countQueries(db, () => polls('einzeln'));
    const ten = await countQueries(db, () => polls('zehn'));
    expect(one.result).toHaveLength(1);
    expect(ten.result).toHaveLength(10);
    expect(ten.result.filter((poll) => poll.results?.options[1].votes === 2)).toHaveLength(5);
    expect(ten.result.every((poll) => poll.turnout === 2 && poll.options[0].imageUrl)).toBe(true);
    expect(ten.queries.length).toBe(one.queries.length);
    expect(ten.queries.length).toBeLessThanOrEqual(3);

    // A logged-in viewer's state for every listed poll costs one roll lookup per request, not per poll.
    const VIEWER_POLLS = `query ($processSlug: String) { polls(processSlug: $processSlug) { id viewer { canVote hasVoted block } } }`;
    const resident = staff.resident.client;
    const asResident = (slug: string) => async () =>
      ok(await resident.request<{ polls: { viewer: { hasVoted: boolean } }[] }>(VIEWER_POLLS, { processSlug: slug })).polls;
    const oneViewer = await countQueries(db, asResident('einzeln'));
    const tenViewers = await countQueries(db, asResident('zehn'));
    expect(tenViewers.result).toHaveLength(10);
    expect(tenViewers.result.every((poll) => poll.viewer.hasVoted === false)).toBe(true);
    expect(tenViewers.queries.length).toBe(oneViewer.queries.length);
  });
});

describe('demo polls seed', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let processId: string;
  const secret = 'demo-seed-test-secret';

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource(dataSourceOptions(database.url, { entities: [Process, ActionField] }));
    await dataSource.initialize();
    await dataSource.transaction(async (manager) => {
      const process = await seedDemoProcess(manager);
      await seedDemoSchedule(manager, process.id);
      processId = process.id;
    });
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('seeds an open ranked poll and a closed poll with sealed ballots, once', async () => {
    const first = await dataSource.transaction((manager) => seedDemoPolls(manager, processId, secret));
    const fingerprint = async () =>
      dataSource.query(
        `SELECT (SELECT count(*) FROM polls)::int AS polls, (SELECT count(*) FROM poll_options)::int AS options,
                (SELECT count(*) FROM poll_voting_codes)::int AS codes, (SELECT count(*) FROM poll_voters)::int AS voters,
                (SELECT count(*) FROM poll_sealed_ballots)::int AS sealed`,
      );
    const before = await fingerprint();
    const second = await dataSource.transaction((manager) => seedDemoPolls(manager, processId, secret));
    expect(first).toEqual({ created: 2 });
    expect(second).toEqual({ created: 0 });
    expect(await fingerprint()).toEqual(before);

    const [open]: { id: string; method: string; open: boolean; phase_kind: string; accepts_accounts: boolean; question: Record<string, string> }[] =
      await dataSource.query(
        `SELECT p.id, p.method, p.status = 'published' AND p.opens_at <= now() AND now() < p.closes_at AS open, ph.kind AS phase_kind,
                p.accepts_accounts, p.question
           FROM polls p LEFT JOIN phases ph ON ph.id = p.phase_id WHERE p.slug = $1`,
        [DEMO_OPEN_POLL_SLUG],
      );
    expect(open).toMatchObject({ method: 'ranked', open: true, phase_kind: 'vote', accepts_accounts: true });
    expect(open.question.de).toBe('Wie soll der neue Integrationsplan heißen?');
    expect(Object.keys(open.question).sort()).toEqual(['ar', 'de', 'en']);
    const options: { label: Record<string, string> }[] = await dataSource.query(
      `SELECT label FROM poll_options WHERE poll_id = $1 ORDER BY position`,
      [open.id],
    );
    expect(options).toHaveLength(5);
    expect(options.map((option) => option.label['de'])).toContain(DEMO_POLL_WINNER);
    expect(options.every((option) => option.label['en'] && option.label['ar'])).toBe(true);
    const [openCounts] = await dataSource.query(
      `SELECT (SELECT count(*) FROM poll_voters WHERE poll_id = $1)::int AS voters, (SELECT count(*) FROM poll_sealed_ballots WHERE poll_id = $1)::int AS sealed`,
      [open.id],
    );
    expect(openCounts).toEqual({ voters: 0, sealed: 0 });

    const [closed]: { id: string; status: string; closed: boolean; method: string; accepts_codes: boolean }[] = await dataSource.query(
      `SELECT id, status, closes_at < now() AS closed, method, accepts_codes FROM polls WHERE slug = $1`,
      [DEMO_CLOSED_POLL_SLUG],
    );
    expect(closed).toMatchObject({ status: 'published', closed: true, method: 'single', accepts_codes: true });
    const [closedCounts] = await dataSource.query(
      `SELECT (SELECT count(*) FROM poll_voting_codes WHERE poll_id = $1)::int AS codes,
              (SELECT count(*) FROM poll_voters WHERE poll_id = $1 AND code_id IS NOT NULL)::int AS voters,
              (SELECT count(*) FROM poll_sealed_ballots WHERE poll_id = $1)::int AS sealed,
              (SELECT count(*) FROM poll_options WHERE poll_id = $1)::int AS options`,
      [closed.id],
    );
    expect(closedCounts.codes).toBeGreaterThanOrEqual(600);
    expect(closedCounts.sealed).toBe(closedCounts.voters);
    expect(closedCounts.voters).toBeGreaterThan(100);
    expect(closedCounts.options).toBe(4);

    // The worker's count opens every sealed ballot with the secret and finds a clear winner.
    expect(await countPoll(dataSource, secret, closed.id)).toBe('counted');
    const [result]: { ballots: number; voters: number; tally: { winners: string[]; counts: { votes: number }[] } }[] = await dataSource.query(
      `SELECT ballots, voters, tally FROM poll_results WHERE poll_id = $1`,
      [closed.id],
    );
    expect(result.ballots).toBe(closedCounts.voters);
    expect(result.voters).toBe(closedCounts.voters);
    expect(result.tally.winners).toHaveLength(1);
    const votes = result.tally.counts.map((count) => count.votes).sort((x, y) => y - x);
    expect(votes[0] - votes[1]).toBeGreaterThan(result.ballots / 10);
  });
});
