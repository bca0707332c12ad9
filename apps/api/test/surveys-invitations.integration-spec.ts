import { Workbook } from 'exceljs';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { errorCode } from '@mitreden/testing';
import type { GraphqlClient, GraphqlResponse } from '@mitreden/testing';
import type { RoleName } from '@mitreden/shared/contracts';
import { SURVEY_MAILING_QUEUE_NAME, signLinkToken } from '@mitreden/api/surveys';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';
import { CALLERS, staffSessions } from './support/staff-sessions';
import type { Caller, StaffSession } from './support/staff-sessions';

const ORG_FIELDS = 'id name email type municipality locale optedOut';
const INVITATION_FIELDS = `id status invitedAt reminderCount lastRemindedAt organisation { ${ORG_FIELDS} }`;
const MAILING_FIELDS = 'id kind status total processed error createdAt finishedAt';
const ORGANISATIONS = `query Orgs($type: OrganisationType) { organisations(type: $type) { ${ORG_FIELDS} } }`;
const PREVIEW = `query Preview($input: OrganisationImportInput!) {
  organisationImportPreview(input: $input) {
    rows { line name email type municipality outcome errors } newCount updateCount unchangedCount invalidCount } }`;
const IMPORT = `mutation Import($input: OrganisationImportInput!, $surveyId: ID) {
  importOrganisations(input: $input, surveyId: $surveyId) { created updated skipped invited } }`;
const INVITE = `mutation Invite($surveyId: ID!, $ids: [ID!], $types: [OrganisationType!]) {
  inviteOrganisations(surveyId: $surveyId, organisationIds: $ids, types: $types) { ${INVITATION_FIELDS} } }`;
const INVITATIONS = `query Invitations($surveyId: ID!) { surveyInvitations(surveyId: $surveyId) { ${INVITATION_FIELDS} } }`;
const SEND = `mutation Send($surveyId: ID!, $kind: MailingKind!) { sendSurveyMailing(surveyId: $surveyId, kind: $kind) { ${MAILING_FIELDS} } }`;
const MAILINGS = `query Mailings($surveyId: ID!) { surveyMailings(surveyId: $surveyId) { ${MAILING_FIELDS} } }`;
const OPT_OUT = `mutation OptOut($token: String!) { optOutOfSurveyMail(token: $token) }`;

interface PreviewRow {
  line: number;
  name: string;
  email: string;
  type: string | null;
  municipality: string;
  outcome: 'NEW' | 'UPDATE' | 'UNCHANGED' | 'INVALID';
  errors: string[];
}
interface Preview {
  rows: PreviewRow[];
  newCount: number;
  updateCount: number;
  unchangedCount: number;
  invalidCount: number;
}
interface Invitation {
  id: string;
  status: string;
  invitedAt: string | null;
  reminderCount: number;
  organisation: { id: string; name: string; email: string; type: string; optedOut: boolean };
}
interface Mailing {
  id: string;
  kind: string;
  status: string;
  total: number;
  processed: number;
}

const csv = (text: string) => ({ fileName: 'organisationen.csv', fileBase64: Buffer.from(text, 'utf8').toString('base64') });

async function xlsx(rows: unknown[][]): Promise<{ fileName: string; fileBase64: string }> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Organisations');
  for (const row of rows) sheet.addRow(row);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: 'organisations.xlsx', fileBase64: buffer.toString('base64') };
}

describe('survey organisations, invitations, mailings and opt-out', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let staff: Record<RoleName, StaffSession>;
  let group: GraphqlClient;
  let processId: string;

  const ok = <T>(response: GraphqlResponse<T>): T => {
    if (!response.data || response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data;
  };
  const fields = (response: GraphqlResponse<unknown>): Record<string, string[]> =>
    (response.errors?.[0]?.extensions as { fields?: Record<string, string[]> } | undefined)?.fields ?? {};
  const client = (caller: Caller): GraphqlClient => (caller === 'anonymous' ? api.client() : staff[caller].client);

  let slugCounter = 0;
  const survey = async (options: { audience?: string; anonymous?: boolean; status?: string; closesAt?: Date } = {}) => {
    const audience = options.audience ?? 'invited';
    const status = options.status ?? 'published';
    const [row]: { id: string }[] = await dataSource.query(
      `INSERT INTO surveys (process_id, slug, title, audience, anonymous, status, published_at, closes_at)
       VALUES ($1, $2, '{"de": "Befragung", "en": "Survey"}', $3, $4, $5, CASE WHEN $5 <> 'draft' THEN now() END, $6)
       RETURNING id`,
      [processId, `befragung-${++slugCounter}`, audience, options.anonymous ?? audience === 'anonymous', status, options.closesAt ?? null],
    );
    return row.id;
  };
  const organisation = async (email: string, type = 'education', optedOut = false): Promise<string> => {
    const [row]: { id: string }[] = await dataSource.query(
      `INSERT INTO organisations (name, email, type, opted_out_at) VALUES ($1, $1, $2, CASE WHEN $3 THEN now() END) RETURNING id`,
      [email, type, optedOut],
    );
    return row.id;
  };

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    staff = await staffSessions(api, dataSource, 'invitations');
    group = staff.project_group.client;
    const [process]: { id: string }[] = await dataSource.query(
      `INSERT INTO processes (slug, title, is_current) VALUES ('umfragen', '{"de": "Umfragen"}', true) RETURNING id`,
    );
    processId = process.id;
  });
  afterAll(() => api?.close());

  it('previews a German CSV: types by label or enum name, NEW / UPDATE / UNCHANGED / INVALID by e-mail', async () => {
    await dataSource.query(
      `INSERT INTO organisations (name, email, type, municipality) VALUES
         ('Stadtteiltreff Linden', 'treff@example.org', 'counselling', 'Hannover'),
         ('Moschee-Gemeinde', 'moschee@example.org', 'religious_community', 'Laatzen')`,
    );
    const file = csv(
      [
        'Name;E-Mail;Typ;Gemeinde',
        'Afrikanischer Kulturverein;Info@Kultur.example.org;Migrantenorganisation;Garbsen',
        'Stadtteiltreff Linden;treff@example.org;Beratung;Hannover-Linden',
        'Moschee-Gemeinde;moschee@example.org;Religionsgemeinschaft;Laatzen',
        'Lotsenprojekt;lotsen@example.org;Integrationslots*in;Wunstorf',
        'Beirat;beirat@example.org;INTEGRATION_COUNCIL;Seelze',
        'Rathaus;rathaus@example.org;Kommunale Ansprechpartner*in;Ronnenberg',
        'Kaputt;keine-adresse;Bildung;Hemmingen',
        'Unbekannt;unbekannt@example.org;Fußballverein;Hemmingen',
        ';leer@example.org;Bildung;',
        'Doppelt;lotsen@example.org;Bildung;Wunstorf',
        '',
      ].join('\r\n'),
    );
    const preview = ok(await group.request<{ organisationImportPreview: Preview }>(PREVIEW, { input: file })).organisationImportPreview;
    const byLine = new Map(preview.rows.map((row) => [row.line, row]));
    expect(byLine.get(2)).toMatchObject({ email: 'info@kultur.example.org', type: 'MIGRANT_ORGANISATION', municipality: 'Garbsen', outcome: 'NEW', errors: [] });
    expect(byLine.get(3)).toMatchObject({ type: 'COUNSELLING', outcome: 'UPDATE' });
    expect(byLine.get(4)).toMatchObject({ type: 'RELIGIOUS_COMMUNITY', outcome: 'UNCHANGED' });
    expect(byLine.get(5)).toMatchObject({ type: 'INTEGRATION_GUIDE', outcome: 'NEW' });
    expect(byLine.get(6)).toMatchObject({ type: 'INTEGRATION_COUNCIL', outcome: 'NEW' });
    expect(byLine.get(7)).toMatchObject({ type: 'MUNICIPAL_CONTACT', outcome: 'NEW' });
    expect(byLine.get(8)).toMatchObject({ outcome: 'INVALID', errors: ['email:invalid'] });
    expect(byLine.get(9)).toMatchObject({ outcome: 'INVALID', type: null, errors: ['type:unknown'] });
    expect(byLine.get(10)).toMatchObject({ outcome: 'INVALID', errors: ['name:required'] });
    expect(byLine.get(11)).toMatchObject({ outcome: 'INVALID', errors: ['email:duplicate'] });
    expect(preview).toMatchObject({ newCount: 4, updateCount: 1, unchangedCount: 1, invalidCount: 4 });
    // A dry run writes nothing.
    const [{ count }]: { count: number }[] = await dataSource.query(`SELECT count(*)::int AS count FROM organisations`);
    expect(count).toBe(2);

    // The import does what the preview said, and invites every valid row's organisation.
    const surveyId = await survey({ status: 'draft' });
    const result = ok(await group.request<{ importOrganisations: unknown }>(IMPORT, { input: file, surveyId })).importOrganisations;
    expect(result).toEqual({ created: 4, updated: 1, skipped: 4, invited: 6 });
    const [treff]: { municipality: string }[] = await dataSource.query(`SELECT municipality FROM organisations WHERE email = 'treff@example.org'`);
    expect(treff.municipality).toBe('Hannover-Linden');
    const invitations = ok(await group.request<{ surveyInvitations: Invitation[] }>(INVITATIONS, { surveyId })).surveyInvitations;
    expect(invitations).toHaveLength(6);
    expect(invitations.every((invitation) => invitation.status === 'PENDING' && invitation.invitedAt === null)).toBe(true);
    const audit: { after: unknown }[] = await dataSource.query(
      `SELECT after FROM audit_log WHERE action = 'survey.import_organisations' AND target_id = $1`,
      [surveyId],
    );
    expect(audit).toEqual([{ after: expect.objectContaining({ created: 4, invited: 6 }) }]);

    // Again: nothing changes, nobody is invited twice.
    const again = ok(await group.request<{ importOrganisations: unknown }>(IMPORT, { input: file, surveyId })).importOrganisations;
    expect(again).toEqual({ created: 0, updated: 0, skipped: 4, invited: 0 });
    const byType = ok(await group.request<{ organisations: { email: string }[] }>(ORGANISATIONS, { type: 'MIGRANT_ORGANISATION' })).organisations;
    expect(byType.map((row) => row.email)).toEqual(['info@kultur.example.org']);
  });

  it('reads XLSX with English headers and stores formulas, HTML and SQL inert; refuses bidi overrides and oversized cells', async () => {
    const script = '<script>alert("x")</script> Verein';
    const sql = "Robert'); DROP TABLE organisations; --";
    const file = await xlsx([
      ['Organisation', 'Email', 'Type', 'Municipality', 'Language'],
      [{ formula: 'HYPERLINK("http://evil.example","click")' }, 'formula@example.org', 'Education', 'Hannover', 'en'],
      [script, 'html@example.org', 'welfare', 'Hannover', ''],
      [sql, 'sql@example.org', 'Other', 'Hannover', 'ar'],
      ['\u202Egnaw\u202C Verein', 'bidi@example.org', 'Other', 'Hannover', ''],
      ['x'.repeat(300), 'long@example.org', 'Other', 'y'.repeat(200), ''],
      ['Sprachfehler', 'lang@example.org', 'Other', '', 'klingonisch'],
    ]);
    const preview = ok(await group.request<{ organisationImportPreview: Preview }>(PREVIEW, { input: file })).organisationImportPreview;
    expect(preview.rows.map((row) => [row.line, row.outcome, row.errors])).toEqual([
      [2, 'NEW', []],
      [3, 'NEW', []],
      [4, 'NEW', []],
      [5, 'INVALID', ['name:invalidCharacters']],
      [6, 'INVALID', ['name:tooLong', 'municipality:tooLong']],
      [7, 'INVALID', ['locale:unknown']],
    ]);
    expect(preview.rows[4].name.length).toBeLessThanOrEqual(200);
    ok(await group.request(IMPORT, { input: file }));
    const stored: { email: string; name: string; locale: string }[] = await dataSource.query(
      `SELECT email, name, locale FROM organisations WHERE email IN ('formula@example.org', 'html@example.org', 'sql@example.org') ORDER BY email`,
    );
    expect(stored).toEqual([
      { email: 'formula@example.org', name: '=HYPERLINK("http://evil.example","click")', locale: 'en' },
      { email: 'html@example.org', name: script, locale: 'de' },
      { email: 'sql@example.org', name: sql, locale: 'ar' },
    ]);
  });

  it('refuses files it cannot read with a clear field error', async () => {
    const missing = await group.request(PREVIEW, { input: csv('Name,Kommune\nVerein,Hannover\n') });
    expect(errorCode(missing)).toBe('BAD_USER_INPUT');
    expect(fields(missing)).toEqual({ fileBase64: ['missingColumn:email', 'missingColumn:type'] });

    const header = 'Name,E-Mail,Typ\n';
    const many = csv(header + Array.from({ length: 5001 }, (_, i) => `Verein ${i},v${i}@example.org,Bildung`).join('\n'));
    expect(fields(await group.request(PREVIEW, { input: many }))).toEqual({ fileBase64: ['tooManyRows'] });

    const big = { fileName: 'big.csv', fileBase64: Buffer.alloc(2 * 1024 * 1024 + 10, 'a').toString('base64') };
    const tooBig = await group.request(PREVIEW, { input: big });
    expect(errorCode(tooBig)).toBe('BAD_USER_INPUT');

    const notExcel = await group.request(PREVIEW, { input: { fileName: 'evil.xlsx', fileBase64: Buffer.from('PK not a zip').toString('base64') } });
    expect(fields(notExcel)).toEqual({ fileBase64: ['unreadableFile'] });
    const wrongType = await group.request(PREVIEW, { input: { fileName: 'list.exe', fileBase64: 'AAAA' } });
    expect(errorCode(wrongType)).toBe('BAD_USER_INPUT');
  });

  it('invites by ids and types, leaves out opted-out organisations and is idempotent', async () => {
    const surveyId = await survey();
    const a = await organisation('a@welfare.example.org', 'welfare');
    await organisation('b@welfare.example.org', 'welfare');
    await organisation('c@welfare.example.org', 'welfare', true);
    const d = await organisation('d@other.example.org', 'other');
    const first = ok(await group.request<{ inviteOrganisations: Invitation[] }>(INVITE, { surveyId, types: ['WELFARE'], ids: [d] }))
      .inviteOrganisations;
    const emails = first.map((row) => row.organisation.email);
    expect(emails).toEqual(expect.arrayContaining(['a@welfare.example.org', 'b@welfare.example.org', 'd@other.example.org']));
    expect(emails).not.toContain('c@welfare.example.org');
    // Every welfare organisation that has not opted out (earlier imports added some), plus d.
    const [{ welfare }]: { welfare: number }[] = await dataSource.query(
      `SELECT count(*)::int AS welfare FROM organisations WHERE type = 'welfare' AND opted_out_at IS NULL`,
    );
    expect(first).toHaveLength(welfare + 1);
    const second = ok(await group.request<{ inviteOrganisations: Invitation[] }>(INVITE, { surveyId, ids: [a, d] })).inviteOrganisations;
    expect(second.map((row) => row.id).sort()).toEqual(first.filter((row) => [a, d].includes(row.organisation.id)).map((row) => row.id).sort());
    const [{ count }]: { count: number }[] = await dataSource.query(
      `SELECT count(*)::int AS count FROM survey_invitations WHERE survey_id = $1`,
      [surveyId],
    );
    expect(count).toBe(first.length);

    expect(fields(await group.request(INVITE, { surveyId }))).toEqual({ organisationIds: ['required'] });
    expect(fields(await group.request(INVITE, { surveyId, ids: ["1' OR '1'='1"] }))).toEqual({ organisationIds: ['invalid'] });
    const publicSurvey = await survey({ audience: 'public' });
    expect(fields(await group.request(INVITE, { surveyId: publicSurvey, ids: [a] }))).toEqual({ surveyId: ['notInvitedAudience'] });
    const closed = await survey({ status: 'closed' });
    expect(errorCode(await group.request(INVITE, { surveyId: closed, ids: [a] }))).toBe('SURVEY_CLOSED');
    const ended = await survey({ closesAt: new Date(Date.now() - 60_000) });
    expect(errorCode(await group.request(INVITE, { surveyId: ended, ids: [a] }))).toBe('SURVEY_CLOSED');
    expect(errorCode(await group.request(INVITATIONS, { surveyId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
  });

  it('queues one mailing at a time as a BullMQ job; refuses drafts, other audiences, and a second active mailing', async () => {
    const draft = await survey({ status: 'draft' });
    expect(errorCode(await group.request(SEND, { surveyId: draft, kind: 'INVITATION' }))).toBe('SURVEY_CLOSED');
    const publicSurvey = await survey({ audience: 'public' });
    expect(fields(await group.request(SEND, { surveyId: publicSurvey, kind: 'INVITATION' }))).toEqual({ surveyId: ['notInvitedAudience'] });

    const surveyId = await survey();
    // Five clicks at once: one mailing, four CONFLICTs.
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => group.request<{ sendSurveyMailing: Mailing }>(SEND, { surveyId, kind: 'INVITATION' })),
    );
    const sent = responses.filter((response) => response.data?.sendSurveyMailing);
    expect(sent).toHaveLength(1);
    expect(responses.filter((response) => errorCode(response) === 'CONFLICT')).toHaveLength(4);
    const mailing = sent[0].data?.sendSurveyMailing as Mailing;
    expect(mailing).toMatchObject({ kind: 'INVITATION', status: 'QUEUED', total: 0, processed: 0 });
    expect(errorCode(await group.request(SEND, { surveyId, kind: 'REMINDER' }))).toBe('CONFLICT');

    const queue = new Queue(SURVEY_MAILING_QUEUE_NAME, { prefix: api.config.queuePrefix, connection: { url: api.config.redisUrl } });
    try {
      const job = await queue.getJob(mailing.id);
      expect(job?.data).toEqual({ mailingId: mailing.id });
    } finally {
      await queue.close();
    }
    const listed = ok(await group.request<{ surveyMailings: Mailing[] }>(MAILINGS, { surveyId })).surveyMailings;
    expect(listed.map((row) => row.id)).toEqual([mailing.id]);

    // Once the worker is done, the next mailing may start.
    await dataSource.query(`UPDATE survey_mailings SET status = 'done', finished_at = now() WHERE id = $1`, [mailing.id]);
    const reminder = ok(await group.request<{ sendSurveyMailing: Mailing }>(SEND, { surveyId, kind: 'REMINDER' })).sendSurveyMailing;
    expect(reminder).toMatchObject({ kind: 'REMINDER', status: 'QUEUED' });
  });

  it('opts an organisation out through its signed link only', async () => {
    const id = await organisation('optout@example.org');
    const token = signLinkToken(api.config.sessionSecret, 'opt-out', id);
    expect(ok(await api.client().request<{ optOutOfSurveyMail: boolean }>(OPT_OUT, { token })).optOutOfSurveyMail).toBe(true);
    const [row]: { opted_out_at: Date | null }[] = await dataSource.query(`SELECT opted_out_at FROM organisations WHERE id = $1`, [id]);
    expect(row.opted_out_at).toBeInstanceOf(Date);
    // Repeating is harmless and keeps the first date.
    expect(ok(await api.client().request<{ optOutOfSurveyMail: boolean }>(OPT_OUT, { token })).optOutOfSurveyMail).toBe(true);
    const [again]: { opted_out_at: Date }[] = await dataSource.query(`SELECT opted_out_at FROM organisations WHERE id = $1`, [id]);
    expect(again.opted_out_at.getTime()).toBe((row.opted_out_at as Date).getTime());

    const other = await organisation('still-in@example.org');
    const forged = `${signLinkToken(api.config.sessionSecret, 'opt-out', other).slice(0, -2)}xx`;
    const wrongPurpose = signLinkToken(api.config.sessionSecret, 'invitation', other);
    const wrongSecret = signLinkToken('another-secret', 'opt-out', other);
    const unknown = signLinkToken(api.config.sessionSecret, 'opt-out', '00000000-0000-4000-8000-000000000000');
    for (const bad of [forged, wrongPurpose, wrongSecret, unknown, '', "' OR 1=1 --", 'o'.repeat(10_000)]) {
      expect({ bad: bad.slice(0, 40), code: errorCode(await api.client().request(OPT_OUT, { token: bad })) }).toEqual({
        bad: bad.slice(0, 40),
        code: 'INVALID_TOKEN',
      });
    }
    const [still]: { opted_out_at: Date | null }[] = await dataSource.query(`SELECT opted_out_at FROM organisations WHERE id = $1`, [other]);
    expect(still.opted_out_at).toBeNull();
  });

  it('allows organisations, invitations and mailings to the project group and admins only', async () => {
    const surveyId = await survey({ status: 'draft' });
    const orgId = await organisation('matrix@example.org');
    const file = csv('Name,E-Mail,Typ\nMatrix,matrix2@example.org,Bildung\n');
    const operations: [string, string, Record<string, unknown>][] = [
      ['organisations', ORGANISATIONS, {}],
      ['organisationImportPreview', PREVIEW, { input: file }],
      ['importOrganisations', IMPORT, { input: file }],
      ['inviteOrganisations', INVITE, { surveyId, ids: [orgId] }],
      ['surveyInvitations', INVITATIONS, { surveyId }],
      ['sendSurveyMailing', SEND, { surveyId, kind: 'INVITATION' }],
      ['surveyMailings', MAILINGS, { surveyId }],
    ];
    const outcomes: Record<string, Record<string, string>> = {};
    for (const [name, query, variables] of operations) {
      outcomes[name] = {};
      for (const caller of CALLERS) {
        const response = await client(caller).request(query, variables);
        outcomes[name][caller] = errorCode(response) ?? 'OK';
      }
    }
    for (const [name] of operations) {
      // The draft survey cannot be mailed: staff get past authorisation to SURVEY_CLOSED.
      const allowed = name === 'sendSurveyMailing' ? 'SURVEY_CLOSED' : 'OK';
      expect({ name, ...outcomes[name] }).toEqual({
        name,
        anonymous: 'UNAUTHENTICATED',
        resident: 'FORBIDDEN',
        moderator: 'FORBIDDEN',
        department_expert: 'FORBIDDEN',
        project_group: allowed,
        admin: allowed,
      });
    }
  });
});
