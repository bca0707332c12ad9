import { DataSource } from 'typeorm';
import type { RoleName } from '@mitreden/shared/contracts';
import { errorCode } from '@mitreden/testing';
import type { GraphqlClient, GraphqlResponse } from '@mitreden/testing';
import { countQueries } from './support/query-counter';
import { staffSessions } from './support/staff-sessions';
import type { StaffSession } from './support/staff-sessions';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';

const VERSION_FIELDS = `id processId number status basedOnNumber adoptedOn councilReference adoptedAt goalCount measureCount`;
const PROPOSAL_FIELDS = `id number title language source state forumTitle supportCount direct`;
const CATALOGUE_FIELDS = `processId processSlug processTitle
  version { ${VERSION_FIELDS} }
  versions { ${VERSION_FIELDS} }
  actionFields { id position title description measureCount
    goals { id key position title titleLocale titleTranslations { locale text } sources { ${PROPOSAL_FIELDS} }
      measures { id key goalId number code text textLocale textTranslations { locale text } responsibility department costNote priority status progress
        milestones { position title titleLocale dueOn doneOn }
        statusHistory { status progress note changedBy }
        provenance { proposalCount forumCount contributorCount supportCount
          proposals { ${PROPOSAL_FIELDS} } forums { id title } } } } }`;
const CATALOGUE = `query Catalogue($processSlug: String, $versionNumber: Int) {
  catalogue(processSlug: $processSlug, versionNumber: $versionNumber) { ${CATALOGUE_FIELDS} } }`;
const MANAGED = `query Managed($versionId: ID!) { managedCatalogue(versionId: $versionId) { ${CATALOGUE_FIELDS} } }`;
const VERSIONS = `query Versions($processId: ID!) { catalogueVersions(processId: $processId) { ${VERSION_FIELDS} } }`;
const SIDE = `code text goalKey`;
const DIFF = `query Diff($from: ID!, $to: ID!) { catalogueDiff(fromVersionId: $from, toVersionId: $to) {
  from { number } to { number }
  added { key before { ${SIDE} } after { ${SIDE} } }
  removed { key before { ${SIDE} } after { ${SIDE} } }
  renumbered { key before { ${SIDE} } after { ${SIDE} } }
  reworded { key before { ${SIDE} } after { ${SIDE} } }
  goalsAdded { key before after } goalsRemoved { key before after } goalsReworded { key before after } } }`;
const PICKS = `query Picks($input: ProposalPickQueryInput!) {
  catalogueProposalPicks(input: $input) { id number title kind state actionFieldId supportCount usedIn } }`;

interface ProvenanceProposal {
  id: string;
  number: number;
  title: string;
  language: string;
  source: string;
  state: string;
  forumTitle: string | null;
  supportCount: number;
  direct: boolean;
}
interface Version {
  id: string;
  number: number;
  status: string;
  basedOnNumber: number | null;
  adoptedOn: string | null;
  councilReference: string | null;
  goalCount: number;
  measureCount: number;
}
interface Measure {
  id: string;
  key: string;
  number: number;
  code: string;
  text: string;
  textLocale: string;
  textTranslations: { locale: string; text: string }[];
  status: string;
  progress: number;
  milestones: { position: number; title: string; titleLocale: string; dueOn: string; doneOn: string | null }[];
  statusHistory: { status: string; progress: number; note: string; changedBy: string | null }[];
  provenance: {
    proposalCount: number;
    forumCount: number;
    contributorCount: number;
    supportCount: number;
    proposals: ProvenanceProposal[];
    forums: { id: string; title: string }[];
  };
}
interface Catalogue {
  processSlug: string;
  processTitle: string;
  version: Version;
  versions: Version[];
  actionFields: {
    id: string;
    position: number;
    title: string;
    measureCount: number;
    goals: { key: string; position: number; title: string; titleLocale: string; sources: ProvenanceProposal[]; measures: Measure[] }[];
  }[];
}
type DiffSide = { code: string; text: string; goalKey: string } | null;
interface DiffEntry {
  key: string;
  before: DiffSide;
  after: DiffSide;
}
interface Diff {
  from: { number: number };
  to: { number: number };
  added: DiffEntry[];
  removed: DiffEntry[];
  renumbered: DiffEntry[];
  reworded: DiffEntry[];
  goalsAdded: { key: string; before: string | null; after: string | null }[];
  goalsRemoved: { key: string; before: string | null; after: string | null }[];
  goalsReworded: { key: string; before: string | null; after: string | null }[];
}
interface Pick {
  id: string;
  number: number;
  title: string;
  state: string;
  supportCount: number;
  usedIn: string[];
}

const ok = <T>(response: GraphqlResponse<T>): T => {
  if (!response.data || response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data;
};

// ---- Local fixtures: plain SQL, so the test does not depend on the editor it is meant to check ----

async function insertUser(db: DataSource, email: string, displayName: string): Promise<string> {
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO users (email, display_name, password_hash, role, email_confirmed_at, privacy_accepted_at)
     VALUES ($1, $2, 'not-a-hash', 'resident', now(), now()) RETURNING id`,
    [email, displayName],
  );
  return id;
}

async function insertProcess(db: DataSource, slug: string, current = false): Promise<string> {
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO processes (slug, title, is_current) VALUES ($1, $2, $3) RETURNING id`,
    [slug, { de: `Prozess ${slug}`, en: `Process ${slug}` }, current],
  );
  return id;
}

async function insertFields(db: DataSource, processId: string, count: number): Promise<string[]> {
  const rows: { id: string }[] = await db.query(
    `INSERT INTO action_fields (process_id, position, title, description)
     SELECT $1, n, jsonb_build_object('de', 'Handlungsfeld ' || n, 'en', 'Action field ' || n), jsonb_build_object('de', 'Beschreibung ' || n)
       FROM generate_series(1, $2::int) n
     RETURNING id`,
    [processId, count],
  );
  return rows.map((row) => row.id);
}

async function insertForum(db: DataSource, processId: string, fieldId: string, title: string): Promise<string> {
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO forums (process_id, action_field_id, title, starts_at, municipality, format)
     VALUES ($1, $2, $3, now() - interval '10 days', 'Hannover', 'on_site') RETURNING id`,
    [processId, fieldId, { de: title, en: `${title} (en)` }],
  );
  return id;
}

interface ProposalSpec {
  processId: string;
  fieldId: string;
  title: string;
  kind?: 'goal' | 'measure';
  source?: 'online' | 'forum' | 'curated';
  authorId?: string | null;
  forumId?: string | null;
}
async function insertProposal(db: DataSource, spec: ProposalSpec): Promise<{ id: string; number: number }> {
  const [row]: { id: string; number: number }[] = await db.query(
    `INSERT INTO proposals (process_id, action_field_id, forum_id, kind, title, body, source, author_id)
     VALUES ($1, $2, $3, $4, $5, 'Begründung', $6, $7) RETURNING id, number`,
    [spec.processId, spec.fieldId, spec.forumId ?? null, spec.kind ?? 'measure', spec.title, spec.source ?? 'online', spec.authorId ?? null],
  );
  return row;
}

async function support(db: DataSource, proposalId: string, userIds: string[]): Promise<void> {
  await db.query(`INSERT INTO supports (proposal_id, user_id) SELECT $1, unnest($2::uuid[])`, [proposalId, userIds]);
}

/** Merges originals into a curated result the way curation leaves it: lineage parent → child, originals `merged`. */
async function merge(db: DataSource, originals: string[], resultId: string): Promise<void> {
  await db.query(`INSERT INTO proposal_lineage (parent_id, child_id, kind) SELECT unnest($1::uuid[]), $2, 'merge'`, [originals, resultId]);
  await db.query(`UPDATE proposals SET state = 'merged' WHERE id = ANY($1::uuid[])`, [originals]);
}

async function insertVersion(db: DataSource, processId: string, number: number, basedOnId: string | null = null): Promise<string> {
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO catalogue_versions (process_id, number, based_on_id) VALUES ($1, $2, $3) RETURNING id`,
    [processId, number, basedOnId],
  );
  return id;
}

async function adopt(db: DataSource, versionId: string, reference: string): Promise<void> {
  await db.query(
    `UPDATE catalogue_versions SET status = 'adopted', adopted_on = '2026-03-01', council_reference = $2, adopted_at = now() WHERE id = $1`,
    [versionId, reference],
  );
}

async function insertGoal(
  db: DataSource,
  goal: { versionId: string; processId: string; fieldId: string; position: number; title: string; key?: string },
): Promise<{ id: string; key: string }> {
  const [row]: { id: string; key: string }[] = await db.query(
    `INSERT INTO catalogue_goals (version_id, process_id, action_field_id, position, title, key)
     VALUES ($1, $2, $3, $4, $5, coalesce($6::uuid, gen_random_uuid())) RETURNING id, key`,
    [goal.versionId, goal.processId, goal.fieldId, goal.position, { de: goal.title, en: `${goal.title} (en)` }, goal.key ?? null],
  );
  return row;
}

async function insertMeasure(
  db: DataSource,
  measure: { versionId: string; goalId: string; fieldId: string; number: number; text: string; key?: string; sources?: string[] },
): Promise<{ id: string; key: string }> {
  const [row]: { id: string; key: string }[] = await db.query(
    `INSERT INTO catalogue_measures (version_id, goal_id, action_field_id, number, text, key, responsibility)
     VALUES ($1, $2, $3, $4, $5, coalesce($6::uuid, gen_random_uuid()), 'Region Hannover') RETURNING id, key`,
    [measure.versionId, measure.goalId, measure.fieldId, measure.number, { de: measure.text, en: `${measure.text} (en)` }, measure.key ?? null],
  );
  if (measure.sources?.length) {
    await db.query(`INSERT INTO catalogue_measure_sources (measure_id, proposal_id) SELECT $1, unnest($2::uuid[])`, [row.id, measure.sources]);
  }
  return row;
}

describe('reading catalogues: provenance, versions, comparison, proposal picks (API)', () => {
  let api: TestApi;
  let db: DataSource;
  let staff: Record<RoleName, StaffSession>;
  let anonymous: GraphqlClient;
  let manager: GraphqlClient;

  let processId: string;
  let fieldIds: string[];
  let forumA: string;
  let forumB: string;
  const proposals: Record<string, { id: string; number: number }> = {};
  const authors: Record<string, string> = {};
  let v1: string;
  let v2: string;
  const keys: Record<string, string> = {};
  const goalKeys: Record<string, string> = {};

  const catalogue = async (variables: { processSlug?: string | null; versionNumber?: number | null }, language = 'de') =>
    ok(await anonymous.request<{ catalogue: Catalogue | null }>(CATALOGUE, variables, { 'accept-language': language })).catalogue;
  const measuresOf = (view: Catalogue): Measure[] => view.actionFields.flatMap((field) => field.goals.flatMap((goal) => goal.measures));

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get(DataSource);
    staff = await staffSessions(api, db, 'catalogue-reading');
    anonymous = api.client();
    manager = staff.project_group.client;

    processId = await insertProcess(db, 'klimaplan', true);
    fieldIds = await insertFields(db, processId, 2);
    forumA = await insertForum(db, processId, fieldIds[0], 'Forum Nord');
    forumB = await insertForum(db, processId, fieldIds[0], 'Forum Süd');
    for (const name of ['anna', 'ben', 'cem', 'dora', 'hidden']) authors[name] = await insertUser(db, `${name}@example.org`, name);
    const supporters: string[] = [];
    for (let index = 1; index <= 5; index++) supporters.push(await insertUser(db, `supporter-${index}@example.org`, `Unterstützer ${index}`));

    const field = fieldIds[0];
    proposals.online = await insertProposal(db, { processId, fieldId: field, title: 'Radwege ausbauen', authorId: authors.anna });
    proposals.forumNorth = await insertProposal(db, {
      processId,
      fieldId: field,
      title: 'Radschnellweg nach Norden',
      source: 'forum',
      authorId: authors.ben,
      forumId: forumA,
    });
    // Same author as `online`: two contributions, one contributor.
    proposals.forumSouth = await insertProposal(db, {
      processId,
      fieldId: field,
      title: 'Radstation am Bahnhof',
      source: 'forum',
      authorId: authors.anna,
      forumId: forumB,
    });
    proposals.hidden = await insertProposal(db, { processId, fieldId: field, title: 'Versteckter Radweg', authorId: authors.hidden, forumId: null });
    proposals.merged = await insertProposal(db, { processId, fieldId: field, title: 'Radverkehr stärken (zusammengeführt)', source: 'curated' });
    proposals.direct = await insertProposal(db, { processId, fieldId: field, title: 'Busse dichter takten', authorId: authors.cem });
    proposals.popular = await insertProposal(db, { processId, fieldId: field, title: 'Mehr Bäume pflanzen', authorId: authors.dora });
    proposals.withdrawn = await insertProposal(db, { processId, fieldId: field, title: 'Zurückgezogene Idee', authorId: authors.dora });
    proposals.goal = await insertProposal(db, { processId, fieldId: field, title: 'Klimaneutral bis 2035', kind: 'goal', authorId: authors.ben });
    proposals.otherField = await insertProposal(db, { processId, fieldId: fieldIds[1], title: 'Solardächer', authorId: authors.cem });

    // Supporter 1 backs three of the merged proposals and counts once; supporter 5 backs only the hidden one.
    await support(db, proposals.online.id, [supporters[0], supporters[1]]);
    await support(db, proposals.forumNorth.id, [supporters[0], supporters[2]]);
    await support(db, proposals.merged.id, [supporters[0], supporters[3]]);
    await support(db, proposals.hidden.id, [supporters[4]]);
    await support(db, proposals.popular.id, supporters);
    await merge(db, [proposals.online.id, proposals.forumNorth.id, proposals.forumSouth.id, proposals.hidden.id], proposals.merged.id);
    await db.query(`UPDATE proposals SET hidden_at = now() WHERE id = $1`, [proposals.hidden.id]);
    await db.query(`UPDATE proposals SET state = 'withdrawn', withdrawn_at = now(), withdrawal_reason = 'erledigt' WHERE id = $1`, [
      proposals.withdrawn.id,
    ]);

    // Version 1 (adopted): goal "Radverkehr" with 1.1 (from the merge and a direct proposal), 1.2, 1.3.
    v1 = await insertVersion(db, processId, 1);
    const goal = await insertGoal(db, { versionId: v1, processId, fieldId: field, position: 1, title: 'Mobilität' });
    goalKeys.mobility = goal.key;
    await db.query(`INSERT INTO catalogue_goal_sources (goal_id, proposal_id) VALUES ($1, $2)`, [goal.id, proposals.goal.id]);
    const m1 = await insertMeasure(db, {
      versionId: v1,
      goalId: goal.id,
      fieldId: field,
      number: 1,
      text: 'Radverkehrsnetz ausbauen',
      sources: [proposals.merged.id, proposals.direct.id],
    });
    keys.cycling = m1.key;
    keys.buses = (await insertMeasure(db, { versionId: v1, goalId: goal.id, fieldId: field, number: 2, text: 'Busse takten' })).key;
    keys.carsharing = (await insertMeasure(db, { versionId: v1, goalId: goal.id, fieldId: field, number: 3, text: 'Carsharing fördern' })).key;
    await db.query(
      `INSERT INTO catalogue_milestones (measure_id, position, title, due_on) VALUES ($1, 2, '{"de": "Bau"}', '2027-06-30'), ($1, 1, '{"de": "Planung"}', '2026-12-31')`,
      [m1.id],
    );
    // A status change with its actor, the way the editor records it.
    await db.transaction(async (transaction) => {
      await transaction.query(`SELECT set_config('mitreden.actor_id', $1, true), set_config('mitreden.status_note', 'Planung läuft', true)`, [
        staff.project_group.id,
      ]);
      await transaction.query(`UPDATE catalogue_measures SET status = 'in_progress', progress = 20 WHERE id = $1`, [m1.id]);
    });
    await adopt(db, v1, 'Drucksache 1234/2026');

    // Version 2 (draft, from 1): buses moves up, cycling is reworded and moves down, carsharing goes,
    // a new measure and a new goal in field 2 come in, the first goal is reworded.
    v2 = await insertVersion(db, processId, 2, v1);
    const goal2 = await insertGoal(db, { versionId: v2, processId, fieldId: field, position: 1, title: 'Mobilität für alle', key: goalKeys.mobility });
    await insertMeasure(db, { versionId: v2, goalId: goal2.id, fieldId: field, number: 1, text: 'Busse takten', key: keys.buses });
    await insertMeasure(db, {
      versionId: v2,
      goalId: goal2.id,
      fieldId: field,
      number: 2,
      text: 'Radverkehrsnetz ausbauen und sichern',
      key: keys.cycling,
      sources: [proposals.merged.id],
    });
    keys.fresh = (await insertMeasure(db, { versionId: v2, goalId: goal2.id, fieldId: field, number: 3, text: 'Tempo 30 in Ortskernen' })).key;
    const energy = await insertGoal(db, { versionId: v2, processId, fieldId: fieldIds[1], position: 1, title: 'Energie' });
    goalKeys.energy = energy.key;
    await insertMeasure(db, { versionId: v2, goalId: energy.id, fieldId: fieldIds[1], number: 1, text: 'Solardächer', sources: [proposals.otherField.id] });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('shows the latest adopted version with provenance: originals through the merge, forums, distinct contributors and supporters, hidden left out', async () => {
    const view = await catalogue({});
    expect(view).not.toBeNull();
    const shown = view as Catalogue;
    expect(shown.processSlug).toBe('klimaplan');
    expect(shown.version).toMatchObject({ number: 1, status: 'ADOPTED', councilReference: 'Drucksache 1234/2026', adoptedOn: '2026-03-01' });
    expect(shown.version).toMatchObject({ goalCount: 1, measureCount: 3 });
    // The draft is not listed publicly.
    expect(shown.versions.map((version) => version.number)).toEqual([1]);
    // Every action field, also the one without goals.
    expect(shown.actionFields.map((field) => [field.position, field.title, field.measureCount, field.goals.length])).toEqual([
      [1, 'Handlungsfeld 1', 3, 1],
      [2, 'Handlungsfeld 2', 0, 0],
    ]);
    const [goal] = shown.actionFields[0].goals;
    expect(goal.sources.map((source) => [source.title, source.direct])).toEqual([['Klimaneutral bis 2035', true]]);
    const measures = goal.measures;
    expect(measures.map((measure) => [measure.code, measure.text])).toEqual([
      ['1.1', 'Radverkehrsnetz ausbauen'],
      ['1.2', 'Busse takten'],
      ['1.3', 'Carsharing fördern'],
    ]);

    const cycling = measures[0];
    // Originals online, forumNorth, forumSouth and the direct one; the curated result is not counted, the hidden one is left out.
    expect(cycling.provenance).toMatchObject({ proposalCount: 4, forumCount: 2, contributorCount: 3 });
    // Supporters 1..4: supporter 1 backed three of them, supporter 5 only the hidden one.
    expect(cycling.provenance.supportCount).toBe(4);
    const listed = cycling.provenance.proposals;
    expect(listed.map((proposal) => proposal.id).sort()).toEqual(
      [proposals.online.id, proposals.forumNorth.id, proposals.forumSouth.id, proposals.merged.id, proposals.direct.id].sort(),
    );
    expect(listed.some((proposal) => proposal.id === proposals.hidden.id)).toBe(false);
    const byId = new Map(listed.map((proposal) => [proposal.id, proposal]));
    expect(byId.get(proposals.merged.id)).toMatchObject({ source: 'CURATED', state: 'published', direct: true, supportCount: 2 });
    expect(byId.get(proposals.direct.id)).toMatchObject({ source: 'ONLINE', direct: true });
    expect(byId.get(proposals.forumNorth.id)).toMatchObject({ source: 'FORUM', state: 'merged', direct: false, forumTitle: 'Forum Nord' });
    expect(cycling.provenance.forums.map((forum) => forum.title).sort()).toEqual(['Forum Nord', 'Forum Süd']);
    expect(cycling.milestones.map((milestone) => [milestone.position, milestone.title, milestone.dueOn])).toEqual([
      [1, 'Planung', '2026-12-31'],
      [2, 'Bau', '2027-06-30'],
    ]);
    // The public sees the history, not who changed it.
    expect(cycling.status).toBe('IN_PROGRESS');
    expect(cycling.statusHistory).toEqual([{ status: 'IN_PROGRESS', progress: 20, note: 'Planung läuft', changedBy: null }]);
    expect(measures[1].provenance).toMatchObject({ proposalCount: 0, forumCount: 0, contributorCount: 0, supportCount: 0, proposals: [], forums: [] });
  });

  it('translates texts into the requested language (German fallback) and keeps every translation', async () => {
    const view = (await catalogue({ processSlug: 'klimaplan' }, 'en')) as Catalogue;
    expect(view.processTitle).toBe('Process klimaplan');
    expect(view.actionFields[0].title).toBe('Action field 1');
    const cycling = view.actionFields[0].goals[0].measures[0];
    expect(cycling.text).toBe('Radverkehrsnetz ausbauen (en)');
    expect(cycling.textTranslations).toEqual(
      expect.arrayContaining([
        { locale: 'de', text: 'Radverkehrsnetz ausbauen' },
        { locale: 'en', text: 'Radverkehrsnetz ausbauen (en)' },
      ]),
    );
    expect(cycling.milestones[0].title).toBe('Planung');
    expect(cycling.provenance.proposals.find((proposal) => proposal.id === proposals.forumNorth.id)?.forumTitle).toBe('Forum Nord (en)');
    // Each text says which language it is in, so a German fallback on an English page is marked lang="de".
    expect(cycling.textLocale).toBe('en');
    expect(cycling.milestones[0].titleLocale).toBe('de');
    const goal = view.actionFields[0].goals[0];
    expect([goal.title, goal.titleLocale]).toEqual([expect.stringMatching(/\(en\)$/), 'en']);
    expect(cycling.provenance.proposals.map((proposal) => proposal.language)).toEqual(cycling.provenance.proposals.map(() => 'de'));
    const german = (await catalogue({ processSlug: 'klimaplan' }, 'de')) as Catalogue;
    expect(german.actionFields[0].goals[0].measures[0].textLocale).toBe('de');
  });

  it('answers adopted versions only: a draft number, an unknown process or a process with only a draft give null', async () => {
    expect((await catalogue({ processSlug: 'klimaplan', versionNumber: 1 }))?.version.number).toBe(1);
    expect(await catalogue({ processSlug: 'klimaplan', versionNumber: 2 })).toBeNull();
    expect(await catalogue({ processSlug: 'klimaplan', versionNumber: 9 })).toBeNull();
    expect(await catalogue({ processSlug: 'gibt-es-nicht' })).toBeNull();
    const draftOnly = await insertProcess(db, 'nur-entwurf');
    const [field] = await insertFields(db, draftOnly, 1);
    const draft = await insertVersion(db, draftOnly, 1);
    const goal = await insertGoal(db, { versionId: draft, processId: draftOnly, fieldId: field, position: 1, title: 'Ziel' });
    await insertMeasure(db, { versionId: draft, goalId: goal.id, fieldId: field, number: 1, text: 'Geheim' });
    expect(await catalogue({ processSlug: 'nur-entwurf' })).toBeNull();
    expect(await catalogue({ processSlug: 'nur-entwurf', versionNumber: 1 })).toBeNull();
  });

  it('gives the project group any version with every version listed and the names in the status history', async () => {
    const view = ok(await manager.request<{ managedCatalogue: Catalogue }>(MANAGED, { versionId: v2 })).managedCatalogue;
    expect(view.version).toMatchObject({ number: 2, status: 'DRAFT', basedOnNumber: 1, adoptedOn: null, goalCount: 2, measureCount: 4 });
    expect(view.versions.map((version) => [version.number, version.status])).toEqual([
      [2, 'DRAFT'],
      [1, 'ADOPTED'],
    ]);
    expect(view.actionFields.map((field) => field.measureCount)).toEqual([3, 1]);
    expect(measuresOf(view).map((measure) => measure.code)).toEqual(['1.1', '1.2', '1.3', '2.1']);
    // The reworded measure now has only the merge result as direct source; its originals still count.
    expect(measuresOf(view)[1].provenance).toMatchObject({ proposalCount: 3, forumCount: 2, contributorCount: 2, supportCount: 4 });

    const adopted = ok(await manager.request<{ managedCatalogue: Catalogue }>(MANAGED, { versionId: v1 })).managedCatalogue;
    expect(measuresOf(adopted)[0].statusHistory).toEqual([
      { status: 'IN_PROGRESS', progress: 20, note: 'Planung läuft', changedBy: staff.project_group.displayName },
    ]);
    expect(ok(await manager.request<{ managedCatalogue: Catalogue | null }>(MANAGED, { versionId: processId })).managedCatalogue).toBeNull();
    expect(ok(await staff.admin.client.request<{ managedCatalogue: Catalogue }>(MANAGED, { versionId: v2 })).managedCatalogue.version.number).toBe(2);
  });

  it('keeps management reads to the project group', async () => {
    for (const [client, code] of [
      [anonymous, 'UNAUTHENTICATED'],
      [staff.resident.client, 'FORBIDDEN'],
      [staff.moderator.client, 'FORBIDDEN'],
      [staff.department_expert.client, 'FORBIDDEN'],
    ] as const) {
      expect(errorCode(await client.request(MANAGED, { versionId: v2 }))).toBe(code);
      expect(errorCode(await client.request(VERSIONS, { processId }))).toBe(code);
      expect(errorCode(await client.request(PICKS, { input: { versionId: v2, kind: 'measure' } }))).toBe(code);
    }
  });

  it('lists versions newest first with counts and origin', async () => {
    const versions = ok(await manager.request<{ catalogueVersions: Version[] }>(VERSIONS, { processId })).catalogueVersions;
    expect(versions.map((version) => [version.number, version.status, version.basedOnNumber, version.goalCount, version.measureCount])).toEqual([
      [2, 'DRAFT', 1, 2, 4],
      [1, 'ADOPTED', null, 1, 3],
    ]);
  });

  it('compares versions by key: added, removed, renumbered and reworded measures and goals', async () => {
    const diff = ok(await manager.request<{ catalogueDiff: Diff }>(DIFF, { from: v1, to: v2 })).catalogueDiff;
    expect([diff.from.number, diff.to.number]).toEqual([1, 2]);
    expect(diff.added.map((entry) => [entry.after?.code, entry.after?.text, entry.before])).toEqual([
      ['1.3', 'Tempo 30 in Ortskernen', null],
      ['2.1', 'Solardächer', null],
    ]);
    expect(diff.removed).toEqual([
      { key: keys.carsharing, before: { code: '1.3', text: 'Carsharing fördern', goalKey: goalKeys.mobility }, after: null },
    ]);
    expect(diff.renumbered.map((entry) => [entry.key, entry.before?.code, entry.after?.code])).toEqual([
      [keys.buses, '1.2', '1.1'],
      [keys.cycling, '1.1', '1.2'],
    ]);
    expect(diff.reworded).toEqual([
      {
        key: keys.cycling,
        before: { code: '1.1', text: 'Radverkehrsnetz ausbauen', goalKey: goalKeys.mobility },
        after: { code: '1.2', text: 'Radverkehrsnetz ausbauen und sichern', goalKey: goalKeys.mobility },
      },
    ]);
    expect(diff.goalsAdded).toEqual([{ key: goalKeys.energy, before: null, after: 'Energie' }]);
    expect(diff.goalsRemoved).toEqual([]);
    expect(diff.goalsReworded).toEqual([{ key: goalKeys.mobility, before: 'Mobilität', after: 'Mobilität für alle' }]);
  });

  it('hides drafts from comparisons for everyone but the project group, and refuses versions of two processes', async () => {
    expect(errorCode(await anonymous.request(DIFF, { from: v1, to: v2 }))).toBe('NOT_FOUND');
    expect(errorCode(await staff.resident.client.request(DIFF, { from: v2, to: v1 }))).toBe('NOT_FOUND');
    expect(errorCode(await anonymous.request(DIFF, { from: v1, to: processId }))).toBe('NOT_FOUND');
    // Adopted on both sides: public.
    const same = ok(await anonymous.request<{ catalogueDiff: Diff }>(DIFF, { from: v1, to: v1 })).catalogueDiff;
    expect([same.added, same.removed, same.renumbered, same.reworded]).toEqual([[], [], [], []]);

    const other = await insertProcess(db, 'anderer-plan');
    await insertFields(db, other, 1);
    const foreign = await insertVersion(db, other, 1);
    expect(errorCode(await manager.request(DIFF, { from: v1, to: foreign }))).toBe('BAD_USER_INPUT');
    // A foreign draft must not be revealed to the public by a different error.
    expect(errorCode(await anonymous.request(DIFF, { from: v1, to: foreign }))).toBe('NOT_FOUND');
  });

  it('offers published, visible proposals of the kind, most supported first, with the codes already using them', async () => {
    const picks = async (input: Record<string, unknown>) =>
      ok(await manager.request<{ catalogueProposalPicks: Pick[] }>(PICKS, { input: { versionId: v2, ...input } })).catalogueProposalPicks;
    const measures = await picks({ kind: 'measure' });
    expect(measures.map((pick) => pick.title)).toEqual([
      'Mehr Bäume pflanzen',
      'Radverkehr stärken (zusammengeführt)',
      'Busse dichter takten',
      'Solardächer',
    ]);
    expect(measures.map((pick) => pick.supportCount)).toEqual([5, 2, 0, 0]);
    expect(measures.map((pick) => pick.usedIn)).toEqual([[], ['1.2'], [], ['2.1']]);
    // In version 1 the merge result feeds 1.1.
    const inV1 = ok(
      await manager.request<{ catalogueProposalPicks: Pick[] }>(PICKS, { input: { versionId: v1, kind: 'measure', search: 'zusammengef' } }),
    ).catalogueProposalPicks;
    expect(inV1.map((pick) => [pick.title, pick.usedIn])).toEqual([['Radverkehr stärken (zusammengeführt)', ['1.1']]]);

    expect((await picks({ kind: 'measure', actionFieldId: fieldIds[1] })).map((pick) => pick.title)).toEqual(['Solardächer']);
    expect((await picks({ kind: 'measure', first: 2 })).map((pick) => pick.title)).toEqual([
      'Mehr Bäume pflanzen',
      'Radverkehr stärken (zusammengeführt)',
    ]);
    // Full text (German stemming) and plain substrings of the title both find it; LIKE wildcards are literal.
    expect((await picks({ kind: 'measure', search: 'Baum' })).map((pick) => pick.title)).toEqual(['Mehr Bäume pflanzen']);
    expect((await picks({ kind: 'measure', search: 'dichter tak' })).map((pick) => pick.title)).toEqual(['Busse dichter takten']);
    expect(await picks({ kind: 'measure', search: '%' })).toEqual([]);
    const goals = await picks({ kind: 'goal' });
    expect(goals.map((pick) => [pick.title, pick.usedIn])).toEqual([['Klimaneutral bis 2035', []]]);
  });

  it('adopting the draft makes it the public catalogue and opens the comparison to everyone', async () => {
    await adopt(db, v2, 'Drucksache 2000/2027');
    const view = (await catalogue({})) as Catalogue;
    expect(view.version.number).toBe(2);
    expect(view.versions.map((version) => version.number)).toEqual([2, 1]);
    expect((await catalogue({ versionNumber: 1 }))?.version.number).toBe(1);
    const diff = ok(await anonymous.request<{ catalogueDiff: Diff }>(DIFF, { from: v1, to: v2 })).catalogueDiff;
    expect(diff.added).toHaveLength(2);
    expect(diff.removed).toHaveLength(1);
  });

  it('reads a catalogue in the same number of statements whatever its size (no N+1)', async () => {
    const build = async (slug: string, fieldCount: number, measureCount: number) => {
      const id = await insertProcess(db, slug);
      const fields = await insertFields(db, id, fieldCount);
      const forum = await insertForum(db, id, fields[0], `Forum ${slug}`);
      const author = await insertUser(db, `${slug}-author@example.org`, `${slug} Autorin`);
      const version = await insertVersion(db, id, 1);
      // One goal per field; measures spread round-robin over the fields, each from two proposals merged into one.
      await db.query(
        `INSERT INTO catalogue_goals (version_id, process_id, action_field_id, position, title)
         SELECT $1, $2, f.id, 1, jsonb_build_object('de', 'Ziel ' || f.position) FROM action_fields f WHERE f.process_id = $2`,
        [version, id],
      );
      await db.query(
        `WITH numbered AS (
           SELECT n, f.id AS field_id, g.id AS goal_id,
                  row_number() OVER (PARTITION BY f.id ORDER BY n) AS number
             FROM generate_series(1, $3::int) n
             JOIN action_fields f ON f.process_id = $2 AND f.position = ((n - 1) % $4::int) + 1
             JOIN catalogue_goals g ON g.version_id = $1 AND g.action_field_id = f.id
         )
         INSERT INTO catalogue_measures (version_id, goal_id, action_field_id, number, text)
         SELECT $1, goal_id, field_id, number, jsonb_build_object('de', 'Maßnahme ' || n) FROM numbered`,
        [version, id, measureCount, fieldCount],
      );
      await db.query(
        `WITH originals AS (
           INSERT INTO proposals (process_id, action_field_id, forum_id, kind, title, body, source, author_id)
           SELECT $1, m.action_field_id, $2, 'measure', 'Vorschlag ' || m.id, '', 'forum', $3
             FROM catalogue_measures m, generate_series(1, 2) WHERE m.version_id = $4
           RETURNING id, title
         ), results AS (
           INSERT INTO proposals (process_id, action_field_id, kind, title, body, source)
           SELECT $1, m.action_field_id, 'measure', 'Ergebnis ' || m.id, '', 'curated' FROM catalogue_measures m WHERE m.version_id = $4
           RETURNING id, title
         ), lineage AS (
           INSERT INTO proposal_lineage (parent_id, child_id, kind)
           SELECT o.id, r.id, 'merge' FROM originals o JOIN results r ON substr(r.title, 10) = substr(o.title, 11)
         )
         INSERT INTO catalogue_measure_sources (measure_id, proposal_id)
         SELECT m.id, r.id FROM catalogue_measures m JOIN results r ON substr(r.title, 10) = m.id::text`,
        [id, forum, author, version],
      );
      await db.query(
        `INSERT INTO catalogue_milestones (measure_id, position, title, due_on)
         SELECT id, 1, '{"de": "Start"}', '2027-01-01' FROM catalogue_measures WHERE version_id = $1`,
        [version],
      );
      await adopt(db, version, `Drucksache ${slug}`);
      return version;
    };
    await build('klein', 1, 2);
    await build('gross', 8, 150);

    const small = await countQueries(db, () => catalogue({ processSlug: 'klein' }));
    const large = await countQueries(db, () => catalogue({ processSlug: 'gross' }));
    const smallView = small.result as Catalogue;
    const largeView = large.result as Catalogue;
    expect(measuresOf(smallView)).toHaveLength(2);
    expect(largeView.actionFields).toHaveLength(8);
    expect(measuresOf(largeView)).toHaveLength(150);
    expect(largeView.actionFields.map((field) => field.measureCount)).toEqual([19, 19, 19, 19, 19, 19, 18, 18]);
    expect(measuresOf(largeView).every((measure) => measure.provenance.proposalCount === 2 && measure.provenance.proposals.length === 3)).toBe(true);
    expect(measuresOf(largeView).every((measure) => measure.milestones.length === 1)).toBe(true);
    expect(large.queries.length).toBe(small.queries.length);
    expect(large.queries.length).toBeLessThanOrEqual(12);

    const managedSmall = await countQueries(db, () => manager.request(MANAGED, { versionId: smallView.version.id }));
    const managedLarge = await countQueries(db, () => manager.request(MANAGED, { versionId: largeView.version.id }));
    expect(managedLarge.queries.length).toBe(managedSmall.queries.length);
  });
});
