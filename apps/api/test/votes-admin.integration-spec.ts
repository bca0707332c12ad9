import { createHash } from 'node:crypto';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { errorCode, GraphqlClient } from '@mitreden/testing';
import type { GraphqlResponse } from '@mitreden/testing';
import type { RoleName } from '@mitreden/shared/contracts';
import { normalisePaperCode, tallyBallots } from '@mitreden/shared/votes';
import { POLL_COUNT_QUEUE_NAME, votingCodeHash } from '@mitreden/api/votes';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';
import { createProcesses } from './support/proposals-fixtures';
import { CALLERS, staffSessions } from './support/staff-sessions';
import type { Caller, StaffSession } from './support/staff-sessions';

const TR = `{ locale text }`;
const POLL_FIELDS = `id version processId phaseId slug question ${TR} description ${TR} method maxChoices opensAt closesAt status
  acceptsAccounts acceptsCodes allowVoteChange municipality turnout codes { generated used batches }
  options { id position label ${TR} description ${TR} imageAlt ${TR} imageUrl }`;
const SAVE = `mutation Save($input: PollInput!) { savePoll(input: $input) { ${POLL_FIELDS} } }`;
const IMAGE = `mutation Image($input: PollOptionImageInput!) { setPollOptionImage(input: $input) { id position imageUrl imageAlt ${TR} } }`;
const DELETE = `mutation Delete($id: ID!) { deletePoll(id: $id) }`;
const PUBLISH = `mutation Publish($id: ID!) { publishPoll(id: $id) { ${POLL_FIELDS} } }`;
const CLOSE = `mutation Close($id: ID!) { closePollNow(id: $id) { ${POLL_FIELDS} } }`;
const CODES = `mutation Codes($pollId: ID!, $count: Int!) { generateVotingCodes(pollId: $pollId, count: $count) { batch codes } }`;
const LIST = `query List { managedPolls { ${POLL_FIELDS} } }`;
const GET = `query Get($id: ID!) { managedPoll(id: $id) { ${POLL_FIELDS} } }`;

interface Translation {
  locale: string;
  text: string;
}
interface Option {
  id: string;
  position: number;
  label: Translation[];
  imageAlt: Translation[];
  imageUrl: string | null;
}
interface Poll {
  id: string;
  version: number;
  slug: string;
  question: Translation[];
  method: string;
  maxChoices: number | null;
  opensAt: string;
  closesAt: string;
  status: string;
  phaseId: string | null;
  turnout: number;
  codes: { generated: number; used: number; batches: number };
  options: Option[];
}

const de = (text: string) => [{ locale: 'de', text }];
const HOUR = 60 * 60 * 1000;
const at = (offset: number) => new Date(Date.now() + offset).toISOString();

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('IHDR-probe-bytes'),
]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF-probe')]);
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x10, 0, 0, 0]), Buffer.from('WEBPVP8 probe')]);

const fields = (response: GraphqlResponse<unknown>) => response.errors?.[0]?.extensions?.fields;

/** The data of a response that must have succeeded. */
function ok<T>(response: GraphqlResponse<T>): T {
  expect(response.errors).toBeUndefined();
  if (!response.data) throw new Error('No data in the response');
  return response.data;
}

describe('votes: poll management (API) and file downloads', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let sessions: Record<RoleName, StaffSession>;
  let pg: GraphqlClient;
  let anonymous: GraphqlClient;
  let processId: string;
  let otherProcessId: string;
  let phaseId: string;
  let otherPhaseId: string;
  let queue: Queue;
  let slugCounter = 0;

  const slug = (base = 'umfrage') => `${base}-${++slugCounter}`;
  const document = (overrides: Record<string, unknown> = {}) => ({
    processId,
    phaseId: null,
    slug: slug(),
    question: [
      ...de('Wie soll der neue Integrationsplan heißen?'),
      { locale: 'en', text: 'What should the plan be called?' },
    ],
    description: de('Bitte wählen Sie einen Namen.'),
    method: 'SINGLE',
    maxChoices: null,
    opensAt: at(-HOUR),
    closesAt: at(24 * HOUR),
    acceptsAccounts: true,
    acceptsCodes: false,
    allowVoteChange: false,
    municipality: null,
    options: [
      { label: de('Wir sind Hannover – Zusammenleben in der Stadt'), description: [], imageAlt: [] },
      { label: de('Gemeinsam Hannover'), description: [], imageAlt: [] },
      { label: de('Hannover verbindet'), description: [], imageAlt: [] },
    ],
    ...overrides,
  });

  async function save(
    input: Record<string, unknown>,
    client = pg,
  ): Promise<GraphqlResponse<{ savePoll: Poll }>> {
    return client.request<{ savePoll: Poll }>(SAVE, { input });
  }
  async function create(overrides: Record<string, unknown> = {}): Promise<Poll> {
    const response = await save(document(overrides));
    expect(response.errors).toBeUndefined();
    return ok(response).savePoll;
  }
  /** The saved poll as a whole-document input again (ids kept). */
  const resubmit = (poll: Poll, overrides: Record<string, unknown> = {}) => ({
    ...document(),
    id: poll.id,
    version: poll.version,
    slug: poll.slug,
    phaseId: poll.phaseId,
    method: poll.method,
    maxChoices: poll.maxChoices,
    opensAt: poll.opensAt,
    closesAt: poll.closesAt,
    options: poll.options.map((option) => ({
      id: option.id,
      label: option.label,
      description: [],
      imageAlt: option.imageAlt,
    })),
    ...overrides,
  });
  const setImage = (optionId: string, contentType: string, base64: string) =>
    pg.request<{ setPollOptionImage: Option }>(IMAGE, { input: { optionId, contentType, base64 } });
  const auditActions = async (pollId: string): Promise<string[]> =>
    (
      await dataSource.query(
        `SELECT action FROM audit_log WHERE target_type = 'poll' AND target_id = $1 ORDER BY id`,
        [pollId],
      )
    ).map((row: { action: string }) => row.action);
  const jobFor = (poll: Pick<Poll, 'id' | 'closesAt'>) =>
    queue.getJob(`${poll.id}_${new Date(poll.closesAt).getTime()}`);

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    sessions = await staffSessions(api, dataSource, 'votes-admin');
    pg = sessions.project_group.client;
    anonymous = api.client();
    ({ processId, otherProcessId } = await createProcesses(dataSource));
    [{ id: phaseId }] = await dataSource.query(`SELECT id FROM phases WHERE process_id = $1 LIMIT 1`, [
      processId,
    ]);
    [{ id: otherPhaseId }] = await dataSource.query(`SELECT id FROM phases WHERE process_id = $1 LIMIT 1`, [
      otherProcessId,
    ]);
    queue = new Queue(POLL_COUNT_QUEUE_NAME, {
      prefix: api.config.queuePrefix,
      connection: { url: api.config.redisUrl },
    });
  });
  afterAll(async () => {
    await queue?.close();
    await api?.close();
  });

  describe('saving', () => {
    it('creates a draft with options in input order, translations and no maxChoices outside MULTIPLE', async () => {
      const poll = await create({ maxChoices: 2, phaseId });
      expect(poll).toMatchObject({
        status: 'DRAFT',
        version: 1,
        method: 'SINGLE',
        maxChoices: null,
        phaseId,
        turnout: 0,
      });
      expect(poll.codes).toEqual({ generated: 0, used: 0, batches: 0 });
      expect(poll.question).toEqual([
        { locale: 'de', text: 'Wie soll der neue Integrationsplan heißen?' },
        { locale: 'en', text: 'What should the plan be called?' },
      ]);
      expect(poll.options.map((option) => option.position)).toEqual([1, 2, 3]);
      expect(poll.options[0].label).toEqual(de('Wir sind Hannover – Zusammenleben in der Stadt'));
      expect(await auditActions(poll.id)).toEqual(['poll.create']);
    });

    it('keeps option ids, updates kept ones, inserts new ones, deletes removed ones and renumbers', async () => {
      const poll = await create();
      const [a, b, c] = poll.options;
      const response = await save(
        resubmit(poll, {
          method: 'MULTIPLE',
          maxChoices: 2,
          options: [
            { id: c.id, label: de('Hannover verbindet (neu)'), description: [], imageAlt: [] },
            { label: de('Neue Option'), description: de('Beschreibung'), imageAlt: [] },
            { id: a.id, label: a.label, description: [], imageAlt: [] },
          ],
        }),
      );
      expect(response.errors).toBeUndefined();
      const saved = ok(response).savePoll;
      expect(saved.version).toBe(2);
      expect(saved.maxChoices).toBe(2);
      expect(saved.options.map((option) => option.position)).toEqual([1, 2, 3]);
      expect(saved.options[0]).toMatchObject({ id: c.id, label: de('Hannover verbindet (neu)') });
      expect(saved.options[2].id).toBe(a.id);
      expect([a.id, b.id, c.id]).not.toContain(saved.options[1].id);
      const [{ count }] = await dataSource.query(
        `SELECT count(*)::int AS count FROM poll_options WHERE id = $1`,
        [b.id],
      );
      expect(count).toBe(0);
      expect(await auditActions(poll.id)).toEqual(['poll.create', 'poll.update']);
    });

    it('refuses a stale version with CONFLICT and leaves the poll unchanged', async () => {
      const poll = await create();
      expect(errorCode(await save(resubmit(poll)))).toBeUndefined();
      const stale = await save(resubmit(poll, { question: de('Überschrieben?') }));
      expect(errorCode(stale)).toBe('CONFLICT');
      const current = ok(await pg.request<{ managedPoll: Poll }>(GET, { id: poll.id })).managedPoll;
      expect(current.version).toBe(2);
      expect(current.question[0].text).toBe('Wie soll der neue Integrationsplan heißen?');
    });

    it.each([
      [
        'closing before opening',
        () => ({ opensAt: at(2 * HOUR), closesAt: at(HOUR) }),
        { closesAt: ['BEFORE_OPENING'] },
      ],
      [
        'MULTIPLE without maxChoices',
        () => ({ method: 'MULTIPLE', maxChoices: null }),
        { maxChoices: ['OUT_OF_RANGE'] },
      ],
      [
        'MULTIPLE with more choices than options',
        () => ({ method: 'MULTIPLE', maxChoices: 4 }),
        { maxChoices: ['OUT_OF_RANGE'] },
      ],
      [
        'nobody may vote',
        () => ({ acceptsAccounts: false, acceptsCodes: false }),
        { acceptsCodes: ['NOBODY_MAY_VOTE'] },
      ],
      [
        'an unknown process',
        () => ({ processId: '00000000-0000-4000-8000-000000000009' }),
        { processId: ['NOT_FOUND'] },
      ],
      ['a phase of another process', () => ({ phaseId: otherPhaseId }), { phaseId: ['NOT_IN_PROCESS'] }],
      [
        'an option id of no option of this poll',
        () => ({
          options: [
            ...document().options,
            { id: '00000000-0000-4000-8000-00000000000a', label: de('X'), description: [], imageAlt: [] },
          ],
        }),
        { 'options.3.id': ['UNKNOWN'] },
      ],
      [
        'a single option',
        () => ({ options: [{ label: de('Allein'), description: [], imageAlt: [] }] }),
        { options: ['arrayMinSize'] },
      ],
    ])('refuses %s', async (_name, overrides, expected) => {
      const response = await save(document(overrides()));
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(fields(response)).toMatchObject(expected);
    });

    it('refuses a slug in use with {slug: TAKEN}, on create and on save', async () => {
      const first = await create();
      const created = await save(document({ slug: first.slug }));
      expect(errorCode(created)).toBe('BAD_USER_INPUT');
      expect(fields(created)).toEqual({ slug: ['TAKEN'] });
      const second = await create();
      const saved = await save(resubmit(second, { slug: first.slug }));
      expect(fields(saved)).toEqual({ slug: ['TAKEN'] });
    });

    it('gives NOT_FOUND for saving an unknown poll', async () => {
      const response = await save({ ...document(), id: '00000000-0000-4000-8000-00000000000b', version: 1 });
      expect(errorCode(response)).toBe('NOT_FOUND');
    });

    it('lists newest first and reads one poll; unknown ids read as null', async () => {
      const older = await create();
      const newer = await create();
      const list = ok(await pg.request<{ managedPolls: Poll[] }>(LIST)).managedPolls.map((poll) => poll.id);
      expect(list.indexOf(newer.id)).toBeLessThan(list.indexOf(older.id));
      expect(ok(await pg.request<{ managedPoll: Poll }>(GET, { id: older.id })).managedPoll.id).toBe(
        older.id,
      );
      expect((await pg.request(GET, { id: '00000000-0000-4000-8000-00000000000c' })).data).toEqual({
        managedPoll: null,
      });
      expect((await pg.request(GET, { id: 'not-a-uuid' })).data).toEqual({ managedPoll: null });
    });
  });

  describe('option images', () => {
    it('sets PNG, JPEG and WebP images with a content-hash URL once a German alt text exists, and removes them', async () => {
      const poll = await create();
      const [first] = poll.options;
      const withoutAlt = await setImage(first.id, 'image/png', PNG.toString('base64'));
      expect(fields(withoutAlt)).toEqual({ imageAlt: ['germanRequired'] });

      const withAlt = await save(
        resubmit(poll, {
          options: poll.options.map((o) => ({
            id: o.id,
            label: o.label,
            description: [],
            imageAlt: de('Logo'),
          })),
        }),
      );
      expect(withAlt.errors).toBeUndefined();
      for (const [type, bytes] of [
        ['image/png', PNG],
        ['image/jpeg', JPEG],
        ['image/webp', WEBP],
      ] as const) {
        const response = await setImage(first.id, type, bytes.toString('base64'));
        expect(response.errors).toBeUndefined();
        const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 8);
        expect(ok(response).setPollOptionImage.imageUrl).toBe(
          `/api/polls/${poll.id}/options/${first.id}/image?v=${hash}`,
        );
      }
      const removed = await setImage(first.id, 'image/png', '');
      expect(ok(removed).setPollOptionImage.imageUrl).toBeNull();
      expect(await auditActions(poll.id)).toEqual([
        'poll.create',
        'poll.update',
        'poll.image_set',
        'poll.image_set',
        'poll.image_set',
        'poll.image_remove',
      ]);
    });

    it('checks the bytes: type mismatch, not an image, not base64, over 1 MB', async () => {
      const poll = await create({ options: document().options.map((o) => ({ ...o, imageAlt: de('Bild') })) });
      const optionId = poll.options[0].id;
      expect(fields(await setImage(optionId, 'image/jpeg', PNG.toString('base64')))).toEqual({
        contentType: ['TYPE_MISMATCH'],
      });
      const html = Buffer.from('<svg onload="alert(1)"></svg>').toString('base64');
      expect(fields(await setImage(optionId, 'image/png', html))).toEqual({ base64: ['NOT_AN_IMAGE'] });
      expect(fields(await setImage(optionId, 'image/png', 'iVBOR!!w0K$GgoA'))).toEqual({
        base64: ['NOT_BASE64'],
      });
      const tooLarge = Buffer.concat([PNG, Buffer.alloc(1_048_576 - PNG.length + 1)]).toString('base64');
      expect(fields(await setImage(optionId, 'image/png', tooLarge))).toEqual({ base64: ['TOO_LARGE'] });
      const wayTooLarge = Buffer.alloc(1_200_000).toString('base64');
      expect(fields(await setImage(optionId, 'image/png', wayTooLarge))).toEqual({ base64: ['maxLength'] });
      const exactlyOneMb = Buffer.concat([PNG, Buffer.alloc(1_048_576 - PNG.length)]).toString('base64');
      expect((await setImage(optionId, 'image/png', exactlyOneMb)).errors).toBeUndefined();
      expect(fields(await setImage(optionId, 'image/gif', PNG.toString('base64')))).toEqual({
        contentType: ['isIn'],
      });
    });

    it('keeps the alt text required while an image exists', async () => {
      const poll = await create({ options: document().options.map((o) => ({ ...o, imageAlt: de('Bild') })) });
      expect(
        (await setImage(poll.options[1].id, 'image/png', PNG.toString('base64'))).errors,
      ).toBeUndefined();
      const current = ok(await pg.request<{ managedPoll: Poll }>(GET, { id: poll.id })).managedPoll;
      const response = await save(
        resubmit(current, {
          options: current.options.map((o) => ({ id: o.id, label: o.label, description: [], imageAlt: [] })),
        }),
      );
      expect(fields(response)).toEqual({ 'options.1.imageAlt': ['germanRequired'] });
    });

    it('serves draft images to the project group only, published ones to everyone, with safe headers', async () => {
      const poll = await create({ options: document().options.map((o) => ({ ...o, imageAlt: de('Bild') })) });
      const option = ok(
        await setImage(poll.options[0].id, 'image/png', PNG.toString('base64')),
      ).setPollOptionImage;
      const url = `${api.url}${option.imageUrl}`;
      const as = (caller: Caller) =>
        fetch(url, { headers: caller === 'anonymous' ? {} : { cookie: sessions[caller].cookie } });
      for (const caller of CALLERS) {
        const response = await as(caller);
        const staff = caller === 'project_group' || caller === 'admin';
        expect({ caller, status: response.status }).toEqual({ caller, status: staff ? 200 : 404 });
        if (staff) {
          expect(response.headers.get('content-type')).toBe('image/png');
          expect(response.headers.get('x-content-type-options')).toBe('nosniff');
          expect(response.headers.get('cache-control')).toBe('private, no-store');
          expect(Buffer.from(await response.arrayBuffer()).equals(PNG)).toBe(true);
        } else {
          expect(await response.json()).toMatchObject({ code: 'NOT_FOUND' });
        }
      }
      expect((await pg.request(PUBLISH, { id: poll.id })).errors).toBeUndefined();
      const published = await as('anonymous');
      expect(published.status).toBe(200);
      expect(published.headers.get('x-content-type-options')).toBe('nosniff');
      expect(published.headers.get('cache-control')).toContain('immutable');
      expect(
        (await fetch(`${api.url}/api/polls/${poll.id}/options/${poll.options[1].id}/image`)).status,
      ).toBe(404);
      expect((await fetch(`${api.url}/api/polls/nonsense/options/${poll.options[0].id}/image`)).status).toBe(
        404,
      );
    });
  });

  describe('life cycle', () => {
    it('publishes a draft, schedules the count and locks it against every change', async () => {
      const poll = await create();
      const response = await pg.request<{ publishPoll: Poll }>(PUBLISH, { id: poll.id });
      expect(response.errors).toBeUndefined();
      const published = ok(response).publishPoll;
      expect(published.status).toBe('OPEN');
      const [{ published_at }] = await dataSource.query(`SELECT published_at FROM polls WHERE id = $1`, [
        poll.id,
      ]);
      expect(published_at).toBeInstanceOf(Date);
      expect(await jobFor(published)).toBeTruthy();

      expect(errorCode(await save(resubmit(published)))).toBe('POLL_LOCKED');
      expect(errorCode(await setImage(poll.options[0].id, 'image/png', ''))).toBe('POLL_LOCKED');
      expect(errorCode(await pg.request(DELETE, { id: poll.id }))).toBe('POLL_LOCKED');
      expect(errorCode(await pg.request(PUBLISH, { id: poll.id }))).toBe('POLL_LOCKED');
      expect(await auditActions(poll.id)).toEqual(['poll.create', 'poll.publish']);
    });

    it('publishes a future poll as SCHEDULED and refuses one that has already closed or lacks options', async () => {
      const scheduled = await create({ opensAt: at(HOUR), closesAt: at(2 * HOUR) });
      expect(
        ok(await pg.request<{ publishPoll: Poll }>(PUBLISH, { id: scheduled.id })).publishPoll.status,
      ).toBe('SCHEDULED');

      const past = await create({ opensAt: at(-2 * HOUR), closesAt: at(-HOUR) });
      const response = await pg.request(PUBLISH, { id: past.id });
      expect(fields(response)).toEqual({ closesAt: ['IN_PAST'] });

      const lonely = await create();
      await dataSource.query(`DELETE FROM poll_options WHERE poll_id = $1 AND position > 1`, [lonely.id]);
      expect(fields(await pg.request(PUBLISH, { id: lonely.id }))).toEqual({ options: ['TOO_FEW'] });
      expect(errorCode(await pg.request(PUBLISH, { id: '00000000-0000-4000-8000-00000000000d' }))).toBe(
        'NOT_FOUND',
      );
    });

    it('closes an open poll now and queues the count; only while OPEN', async () => {
      const draft = await create();
      expect(errorCode(await pg.request(CLOSE, { id: draft.id }))).toBe('POLL_NOT_OPEN');
      const scheduled = await create({ opensAt: at(HOUR), closesAt: at(2 * HOUR) });
      await pg.request(PUBLISH, { id: scheduled.id });
      expect(errorCode(await pg.request(CLOSE, { id: scheduled.id }))).toBe('POLL_NOT_OPEN');

      const open = await create();
      await pg.request(PUBLISH, { id: open.id });
      const response = await pg.request<{ closePollNow: Poll }>(CLOSE, { id: open.id });
      expect(response.errors).toBeUndefined();
      const closed = ok(response).closePollNow;
      expect(closed.status).toBe('COUNTING');
      expect(new Date(closed.closesAt).getTime()).toBeLessThan(new Date(open.closesAt).getTime());
      const job = await jobFor(closed);
      expect(job?.data).toEqual({ pollId: open.id });
      expect(errorCode(await pg.request(CLOSE, { id: open.id }))).toBe('POLL_NOT_OPEN');
      expect(await auditActions(open.id)).toEqual(['poll.create', 'poll.publish', 'poll.close']);
    });

    it('deletes a draft with its options, and logs it', async () => {
      const poll = await create();
      expect((await pg.request(DELETE, { id: poll.id })).data).toEqual({ deletePoll: true });
      expect((await pg.request(GET, { id: poll.id })).data).toEqual({ managedPoll: null });
      const [{ count }] = await dataSource.query(
        `SELECT count(*)::int AS count FROM poll_options WHERE poll_id = $1`,
        [poll.id],
      );
      expect(count).toBe(0);
      expect(await auditActions(poll.id)).toEqual(['poll.create', 'poll.delete']);
      expect(errorCode(await pg.request(DELETE, { id: poll.id }))).toBe('NOT_FOUND');
    });
  });

  describe('voting codes', () => {
    it('generates batches shown once, stores only keyed hashes and reports usage', async () => {
      const poll = await create({ acceptsCodes: true });
      const first = await pg.request<{ generateVotingCodes: { batch: number; codes: string[] } }>(CODES, {
        pollId: poll.id,
        count: 5,
      });
      expect(first.errors).toBeUndefined();
      const { batch, codes } = ok(first).generateVotingCodes;
      expect(batch).toBe(1);
      expect(new Set(codes).size).toBe(5);
      for (const code of codes) expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      const second = await pg.request<{ generateVotingCodes: { batch: number; codes: string[] } }>(CODES, {
        pollId: poll.id,
        count: 3,
      });
      expect(ok(second).generateVotingCodes.batch).toBe(2);

      const stored: { id: string; code_hash: string; batch: number }[] = await dataSource.query(
        `SELECT id, code_hash, batch FROM poll_voting_codes WHERE poll_id = $1`,
        [poll.id],
      );
      expect(stored).toHaveLength(8);
      const hashes = new Set(stored.map((row) => row.code_hash));
      for (const code of codes)
        expect(hashes.has(votingCodeHash(api.config.ballotSecret, normalisePaperCode(code)))).toBe(true);
      const raw = JSON.stringify(
        await dataSource.query(`SELECT * FROM audit_log WHERE target_id = $1`, [poll.id]),
      );
      for (const code of codes) expect(raw).not.toContain(code);

      // One code used, one account voted.
      await dataSource.query(`INSERT INTO poll_voters (poll_id, code_id) VALUES ($1, $2)`, [
        poll.id,
        stored[0].id,
      ]);
      await dataSource.query(`INSERT INTO poll_voters (poll_id, account_id) VALUES ($1, $2)`, [
        poll.id,
        sessions.resident.id,
      ]);
      const view = ok(await pg.request<{ managedPoll: Poll }>(GET, { id: poll.id })).managedPoll;
      expect(view.codes).toEqual({ generated: 8, used: 1, batches: 2 });
      expect(view.turnout).toBe(2);
      expect(await auditActions(poll.id)).toEqual(['poll.create', 'poll.codes', 'poll.codes']);
    });

    it('refuses polls without codes, closed polls and counts outside 1..10000', async () => {
      const noCodes = await create();
      expect(fields(await pg.request(CODES, { pollId: noCodes.id, count: 1 }))).toEqual({
        acceptsCodes: ['CODES_DISABLED'],
      });
      const poll = await create({ acceptsCodes: true });
      expect(fields(await pg.request(CODES, { pollId: poll.id, count: 0 }))).toEqual({
        count: ['OUT_OF_RANGE'],
      });
      expect(fields(await pg.request(CODES, { pollId: poll.id, count: 10_001 }))).toEqual({
        count: ['OUT_OF_RANGE'],
      });
      await pg.request(PUBLISH, { id: poll.id });
      await pg.request(CLOSE, { id: poll.id });
      expect(errorCode(await pg.request(CODES, { pollId: poll.id, count: 1 }))).toBe('POLL_LOCKED');
    });

    it('makes a full batch of 10000 distinct codes', async () => {
      const poll = await create({ acceptsCodes: true, acceptsAccounts: false });
      const response = await pg.request<{ generateVotingCodes: { codes: string[] } }>(CODES, {
        pollId: poll.id,
        count: 10_000,
      });
      expect(response.errors).toBeUndefined();
      expect(new Set(ok(response).generateVotingCodes.codes).size).toBe(10_000);
    });
  });

  describe('tally and receipts (CSV)', () => {
    /** A poll as the worker leaves it after the count: shuffled ballots, results, status counted. */
    async function countedPoll(
      method: 'SINGLE' | 'RANKED',
      ballotsByPosition: number[][],
      receipts: string[],
    ): Promise<Poll> {
      const poll = await create({
        method,
        options: [
          { label: de('Wir sind Hannover – Zusammenleben in der Stadt'), description: [], imageAlt: [] },
          {
            label: de('=HYPERLINK("http://evil.example","Gemeinsam, Hannover")'),
            description: [],
            imageAlt: [],
          },
          { label: de('Hannover verbindet'), description: [], imageAlt: [] },
        ],
      });
      const ids = poll.options.map((option) => option.id);
      const ballots = ballotsByPosition.map((positions) => positions.map((position) => ids[position - 1]));
      const tally = tallyBallots(method === 'RANKED' ? 'ranked' : 'single', ids, ballots);
      await dataSource.query(
        `UPDATE polls SET status = 'counted', published_at = now(), counted_at = now(), opens_at = now() - interval '2 days',
                closes_at = now() - interval '1 day' WHERE id = $1`,
        [poll.id],
      );
      for (const [index, choices] of ballots.entries())
        await dataSource.query(
          `INSERT INTO poll_ballots (poll_id, receipt, choices) VALUES ($1, $2, $3::uuid[])`,
          [poll.id, receipts[index], choices],
        );
      await dataSource.query(
        `INSERT INTO poll_results (poll_id, voters, ballots, tally) VALUES ($1, $2, $2, $3::jsonb)`,
        [poll.id, ballots.length, JSON.stringify(tally)],
      );
      return poll;
    }

    it('gives 404 for unknown and draft polls and 403 RESULTS_SEALED before the count', async () => {
      for (const file of ['tally.csv', 'receipts.csv']) {
        const unknown = await fetch(`${api.url}/api/polls/gibt-es-nicht/${file}`);
        expect(unknown.status).toBe(404);
        const draft = await create();
        expect(
          (
            await fetch(`${api.url}/api/polls/${draft.slug}/${file}`, {
              headers: { cookie: sessions.admin.cookie },
            })
          ).status,
        ).toBe(404);
        const open = await create();
        await pg.request(PUBLISH, { id: open.id });
        const sealed = await fetch(`${api.url}/api/polls/${open.slug}/${file}`, {
          headers: { cookie: sessions.admin.cookie },
        });
        expect(sealed.status).toBe(403);
        expect(await sealed.json()).toMatchObject({ code: 'RESULTS_SEALED' });
        await pg.request(CLOSE, { id: open.id });
        expect((await fetch(`${api.url}/api/polls/${open.slug}/${file}`)).status).toBe(403);
      }
    });

    it('exports the tally with a BOM, German labels, shares and neutralised formulas', async () => {
      const poll = await countedPoll(
        'SINGLE',
        [[1], [1], [2], [1]],
        ['AAAA-AAAA-AAAA', 'BBBB-BBBB-BBBB', 'CCCC-CCCC-CCCC', 'DDDD-DDDD-DDDD'],
      );
      const response = await fetch(`${api.url}/api/polls/${poll.slug}/tally.csv`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8').slice(1)).toBe(
        'position,option,votes,share\r\n' +
          '1,Wir sind Hannover – Zusammenleben in der Stadt,3,0.7500\r\n' +
          `2,"'=HYPERLINK(""http://evil.example"",""Gemeinsam, Hannover"")",1,0.2500\r\n` +
          '3,Hannover verbindet,0,0.0000\r\n',
      );
    });

    it('adds the instant-runoff rounds for ranked polls', async () => {
      const ballots = [[1, 3], [1], [2, 3], [3, 2], [3, 2]];
      const poll = await countedPoll('RANKED', ballots, [
        'AAAA-2222-AAAA',
        'BBBB-2222-BBBB',
        'CCCC-2222-CCCC',
        'DDDD-2222-DDDD',
        'EEEE-2222-EEEE',
      ]);
      const text = (await (await fetch(`${api.url}/api/polls/${poll.slug}/tally.csv`)).text()).replace(
        /^\uFEFF/,
        '',
      );
      const [first, rounds] = text.split('\r\n\r\n');
      expect(first.split('\r\n')[0]).toBe('position,option,votes,share');
      const lines = rounds.trim().split('\r\n');
      expect(lines[0]).toBe('round,position,option,votes,outcome,tie_break,continuing,exhausted');
      // Round 1: 2 / 1 / 2 → option 2 out; round 2: option 3 has 3 of 5 → elected.
      expect(lines).toContain(
        `1,2,"'=HYPERLINK(""http://evil.example"",""Gemeinsam, Hannover"")",1,eliminated,,5,0`,
      );
      expect(lines).toContain('2,3,Hannover verbindet,3,elected,,5,0');
    });

    it('lists receipts alphabetically, one per line, without choices', async () => {
      const poll = await countedPoll(
        'SINGLE',
        [[3], [1], [2]],
        ['ZZZZ-ZZZZ-ZZZZ', 'AAAA-BBBB-CCCC', 'MMMM-NNNN-PPPP'],
      );
      const response = await fetch(`${api.url}/api/polls/${poll.slug}/receipts.csv`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(Buffer.from(await response.arrayBuffer()).toString('utf8')).toBe(
        '\uFEFFreceipt\r\nAAAA-BBBB-CCCC\r\nMMMM-NNNN-PPPP\r\nZZZZ-ZZZZ-ZZZZ\r\n',
      );
    });
  });

  describe('hostile input', () => {
    it('stores script tags and SQL fragments inert, as plain text', async () => {
      const script = '<script>alert("x")</script><img src=x onerror=alert(1)>';
      const sql = `'); DROP TABLE polls; --`;
      const poll = await create({
        question: de(script),
        description: de(`${sql}\nRobert'); DELETE FROM poll_options;--`),
        options: [
          { label: de(sql), description: [], imageAlt: [] },
          { label: de(script), description: [], imageAlt: [] },
        ],
      });
      expect(poll.question[0].text).toBe(script);
      expect(poll.options.map((option) => option.label[0].text)).toEqual([sql, script]);
      const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM polls`);
      expect(count).toBeGreaterThan(0);
    });

    it('refuses SQL fragments and markup in the slug', async () => {
      for (const bad of [`x'; DROP TABLE polls; --`, '<script>', 'Gross', 'a--b', '-a', 'a'.repeat(81)]) {
        const response = await save(document({ slug: bad }));
        expect({ bad, code: errorCode(response) }).toEqual({ bad, code: 'BAD_USER_INPUT' });
        expect(Object.keys(fields(response) ?? {})).toEqual(['slug']);
      }
    });

    it('refuses 1 MB strings clearly, naming the field and the rule', async () => {
      const huge = 'A'.repeat(1_000_000);
      const question = await save(document({ question: de(huge) }));
      expect(errorCode(question)).toBe('BAD_USER_INPUT');
      expect(fields(question)).toEqual({ question: ['maxLength'] });
      const option = await save(
        document({ options: [{ label: de(huge), description: [], imageAlt: [] }, ...document().options] }),
      );
      expect(fields(option)).toEqual({ 'options.0.label': ['maxLength'] });
      const description = await save(document({ description: de(huge) }));
      expect(fields(description)).toEqual({ description: ['maxLength'] });
    });

    it('refuses bidi overrides and control characters in every text', async () => {
      const spoof = 'Ja \u202Eniel\u202C';
      expect(fields(await save(document({ question: de(spoof) })))).toEqual({
        question: ['noControlCharacters'],
      });
      expect(fields(await save(document({ description: de('Text \u2066isoliert\u2069') })))).toEqual({
        description: ['noControlCharacters'],
      });
      const options: {
        label: { locale: string; text: string }[];
        description: unknown[];
        imageAlt: unknown[];
      }[] = document().options;
      options[1] = { label: de('Nein\u0000'), description: [], imageAlt: de('Alt \u202Dx') };
      expect(fields(await save(document({ options })))).toEqual({
        'options.1.label': ['noControlCharacters'],
        'options.1.imageAlt': ['noControlCharacters'],
      });
      const newline = await save(document({ question: de('Zeile\nZwei') }));
      expect(fields(newline)).toEqual({ question: ['noControlCharacters'] });
    });

    it('refuses unknown input fields and malformed ids', async () => {
      const extra = await save({ ...document(), status: 'counted' });
      expect(errorCode(extra)).toBe('BAD_USER_INPUT');
      const badId = await save({ ...document(), processId: `1' OR '1'='1` });
      expect(errorCode(badId)).toBe('BAD_USER_INPUT');
      expect(errorCode(await pg.request(PUBLISH, { id: `1' OR '1'='1` }))).toBe('NOT_FOUND');
    });
  });

  describe('authorisation matrix', () => {
    const UNKNOWN = '00000000-0000-4000-8000-000000000001';
    const PROJECT_GROUP: RoleName[] = ['project_group', 'admin'];
    const OPERATIONS: { name: string; document: string; variables?: () => Record<string, unknown> }[] = [
      { name: 'savePoll', document: SAVE, variables: () => ({ input: document({ processId: UNKNOWN }) }) },
      {
        name: 'setPollOptionImage',
        document: `mutation { setPollOptionImage(input: { optionId: "${UNKNOWN}", contentType: "image/png", base64: "" }) { id } }`,
      },
      { name: 'deletePoll', document: `mutation { deletePoll(id: "${UNKNOWN}") }` },
      { name: 'publishPoll', document: `mutation { publishPoll(id: "${UNKNOWN}") { id } }` },
      { name: 'closePollNow', document: `mutation { closePollNow(id: "${UNKNOWN}") { id } }` },
      {
        name: 'generateVotingCodes',
        document: `mutation { generateVotingCodes(pollId: "${UNKNOWN}", count: 1) { batch } }`,
      },
      { name: 'managedPolls', document: `{ managedPolls { id } }` },
      { name: 'managedPoll', document: `{ managedPoll(id: "${UNKNOWN}") { id } }` },
    ];
    const expectedFor = (caller: Caller): 'UNAUTHENTICATED' | 'FORBIDDEN' | 'allowed' =>
      caller === 'anonymous' ? 'UNAUTHENTICATED' : PROJECT_GROUP.includes(caller) ? 'allowed' : 'FORBIDDEN';
    const cases = OPERATIONS.flatMap(({ name, document: doc, variables }) =>
      CALLERS.map((caller) => ({ name, caller, doc, variables, expected: expectedFor(caller) })),
    );

    it.each(cases)('$name as $caller → $expected', async ({ caller, doc, variables, expected }) => {
      const client = caller === 'anonymous' ? anonymous : sessions[caller].client;
      const response = await client.request(doc, variables?.());
      const code = errorCode(response);
      if (expected === 'allowed')
        expect([
          'UNAUTHENTICATED',
          'FORBIDDEN',
          'INTERNAL_SERVER_ERROR',
          'GRAPHQL_VALIDATION_FAILED',
        ]).not.toContain(code);
      else expect(code).toBe(expected);
    });

    it('covers every management operation of the votes schema', () => {
      expect(OPERATIONS.map((operation) => operation.name).sort()).toEqual([
        'closePollNow',
        'deletePoll',
        'generateVotingCodes',
        'managedPoll',
        'managedPolls',
        'publishPoll',
        'savePoll',
        'setPollOptionImage',
      ]);
    });

    it('refuses a real draft to non-staff callers and nothing changes', async () => {
      const poll = await create({ acceptsCodes: true });
      for (const caller of ['resident', 'moderator', 'department_expert'] as const) {
        const client = sessions[caller].client;
        expect(errorCode(await client.request(PUBLISH, { id: poll.id }))).toBe('FORBIDDEN');
        expect(errorCode(await client.request(DELETE, { id: poll.id }))).toBe('FORBIDDEN');
        expect(errorCode(await client.request(CODES, { pollId: poll.id, count: 1 }))).toBe('FORBIDDEN');
        expect(errorCode(await client.request(GET, { id: poll.id }))).toBe('FORBIDDEN');
      }
      const view = ok(await pg.request<{ managedPoll: Poll }>(GET, { id: poll.id })).managedPoll;
      expect(view).toMatchObject({
        status: 'DRAFT',
        version: 1,
        codes: { generated: 0, used: 0, batches: 0 },
      });
    });
  });
});
