import { DataSource } from 'typeorm';
import { errorCode } from '@mitreden/testing';
import type { GraphqlClient, GraphqlResponse } from '@mitreden/testing';
import type { RoleName } from '@mitreden/shared/contracts';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';
import { createUsers } from './support/proposals-fixtures';
import { CALLERS, staffSessions } from './support/staff-sessions';
import type { Caller, StaffSession } from './support/staff-sessions';

const TR = `{ locale text }`;
const VERSION_FIELDS = `id processId number status basedOnNumber goalCount measureCount`;
const MEASURE_FIELDS = `id key goalId number code text textTranslations ${TR} responsibility department costNote priority status progress
  milestones { id position title dueOn doneOn } provenance { proposalCount proposals { id direct } }
  statusHistory { status progress note changedBy }`;
const GOAL_FIELDS = `id key position title titleTranslations ${TR} sources { id } measures { id number code }`;

const START = `mutation Start($input: StartCatalogueDraftInput!) { startCatalogueDraft(input: $input) { ${VERSION_FIELDS} } }`;
const DELETE_DRAFT = `mutation DeleteDraft($versionId: ID!) { deleteCatalogueDraft(versionId: $versionId) }`;
const SAVE_GOAL = `mutation SaveGoal($input: CatalogueGoalInput!) { saveCatalogueGoal(input: $input) { ${GOAL_FIELDS} } }`;
const DELETE_GOAL = `mutation DeleteGoal($goalId: ID!) { deleteCatalogueGoal(goalId: $goalId) }`;
const SAVE_MEASURE = `mutation SaveMeasure($input: CatalogueMeasureInput!) { saveCatalogueMeasure(input: $input) { ${MEASURE_FIELDS} } }`;
const DELETE_MEASURE = `mutation DeleteMeasure($measureId: ID!) { deleteCatalogueMeasure(measureId: $measureId) }`;
const REORDER = `mutation Reorder($input: ReorderCatalogueFieldInput!) {
  reorderCatalogueField(input: $input) { id position measureCount goals { id position measures { id number code } } }
}`;
const STATUS = `mutation Status($input: MeasureStatusInput!) { updateMeasureStatus(input: $input) { ${MEASURE_FIELDS} } }`;

interface Version {
  id: string;
  processId: string;
  number: number;
  status: string;
  basedOnNumber: number | null;
  goalCount: number;
  measureCount: number;
}
interface Goal {
  id: string;
  key: string;
  position: number;
  title: string;
  titleTranslations: { locale: string; text: string }[];
  sources: { id: string }[];
  measures: { id: string; number: number; code: string }[];
}
interface Measure {
  id: string;
  key: string;
  goalId: string;
  number: number;
  code: string;
  text: string;
  responsibility: string;
  department: string;
  costNote: string;
  priority: string | null;
  status: string;
  progress: number;
  milestones: { id: string; position: number; title: string; dueOn: string; doneOn: string | null }[];
  provenance: { proposalCount: number; proposals: { id: string; direct: boolean }[] };
  statusHistory: { status: string; progress: number; note: string; changedBy: string | null }[];
}
interface Field {
  id: string;
  position: number;
  measureCount: number;
  goals: { id: string; position: number; measures: { id: string; number: number; code: string }[] }[];
}

interface CatalogueProcess {
  processId: string;
  fieldIds: [string, string];
  fieldPositions: [number, number];
  goalProposalId: string;
  measureProposalIds: [string, string];
  mergedOriginalId: string;
  mergeResultId: string;
  hiddenProposalId: string;
}

const de = (text: string) => [{ locale: 'de', text }];
const fieldErrors = (response: GraphqlResponse<unknown>) => response.errors?.[0]?.extensions?.fields;

function ok<T>(response: GraphqlResponse<T>): T {
  expect(response.errors).toBeUndefined();
  if (!response.data) throw new Error(`No data: ${JSON.stringify(response.errors)}`);
  return response.data;
}

describe('catalogue: editing drafts (API)', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let sessions: Record<RoleName, StaffSession>;
  let pg: GraphqlClient;
  let authorId: string;
  let processCounter = 0;
  let otherProcess: CatalogueProcess;

  /** A process with two action fields and proposals of every kind the source checks tell apart. */
  async function createCatalogueProcess(): Promise<CatalogueProcess> {
    const slug = `katalog-${++processCounter}`;
    const [{ id: processId }]: { id: string }[] = await dataSource.query(
      `INSERT INTO processes (slug, title) VALUES ($1, jsonb_build_object('de', $1::text)) RETURNING id`,
      [slug],
    );
    const fields: { id: string }[] = await dataSource.query(
      `INSERT INTO action_fields (process_id, position, title) VALUES
         ($1, 1, '{"de": "Bildung und Sprache", "en": "Education and language"}'),
         ($1, 2, '{"de": "Wirtschaft und Arbeit"}')
       RETURNING id`,
      [processId],
    );
    const proposal = async (kind: string, title: string, extra: { state?: string; source?: string; hidden?: boolean } = {}) => {
      const [{ id }]: { id: string }[] = await dataSource.query(
        `INSERT INTO proposals (process_id, action_field_id, kind, title, body, source, author_id, state, hidden_at)
         VALUES ($1, $2, $3, $4, 'Begründung', $5, $6, $7, CASE WHEN $8::boolean THEN now() END) RETURNING id`,
        [processId, fields[0].id, kind, title, extra.source ?? 'online', extra.source === 'curated' ? null : authorId, extra.state ?? 'published', extra.hidden ?? false],
      );
      return id;
    };
    const goalProposalId = await proposal('goal', 'Mehr Sprachkurse');
    const measureProposalIds: [string, string] = [await proposal('measure', 'Abendkurse'), await proposal('measure', 'Kinderbetreuung')];
    const mergedOriginalId = await proposal('measure', 'Sprachcafé', { state: 'merged' });
    const mergeResultId = await proposal('measure', 'Sprachcafés in allen Stadtteilen', { source: 'curated' });
    await dataSource.query(`INSERT INTO proposal_lineage (parent_id, child_id, kind) VALUES ($1, $2, 'merge')`, [mergedOriginalId, mergeResultId]);
    const hiddenProposalId = await proposal('measure', 'Versteckt', { hidden: true });
    return {
      processId,
      fieldIds: [fields[0].id, fields[1].id],
      fieldPositions: [1, 2],
      goalProposalId,
      measureProposalIds,
      mergedOriginalId,
      mergeResultId,
      hiddenProposalId,
    };
  }

  const startDraft = (processId: string, client = pg, fromVersionId?: string) =>
    client.request<{ startCatalogueDraft: Version }>(START, { input: { processId, ...(fromVersionId ? { fromVersionId } : {}) } });

  const goalInput = (versionId: string, actionFieldId: string, title: string, overrides: Record<string, unknown> = {}) => ({
    versionId,
    actionFieldId,
    title: de(title),
    sourceProposalIds: [],
    ...overrides,
  });
  const saveGoal = (input: Record<string, unknown>, client = pg) => client.request<{ saveCatalogueGoal: Goal }>(SAVE_GOAL, { input });
  async function addGoal(versionId: string, actionFieldId: string, title: string, overrides: Record<string, unknown> = {}): Promise<Goal> {
    return ok(await saveGoal(goalInput(versionId, actionFieldId, title, overrides))).saveCatalogueGoal;
  }

  const measureInput = (versionId: string, goalId: string, text: string, overrides: Record<string, unknown> = {}) => ({
    versionId,
    goalId,
    text: de(text),
    responsibility: 'Region Hannover',
    department: 'Team Integration',
    costNote: '',
    priority: null,
    sourceProposalIds: [],
    milestones: [],
    ...overrides,
  });
  const saveMeasure = (input: Record<string, unknown>, client = pg) =>
    client.request<{ saveCatalogueMeasure: Measure }>(SAVE_MEASURE, { input });
  async function addMeasure(versionId: string, goalId: string, text: string, overrides: Record<string, unknown> = {}): Promise<Measure> {
    return ok(await saveMeasure(measureInput(versionId, goalId, text, overrides))).saveCatalogueMeasure;
  }
  const reorder = (input: Record<string, unknown>, client = pg) => client.request<{ reorderCatalogueField: Field }>(REORDER, { input });
  const updateStatus = (input: Record<string, unknown>, client = pg) => client.request<{ updateMeasureStatus: Measure }>(STATUS, { input });

  /** The stored order of a field: goals by position, each with its measures by number. */
  async function storedOrder(versionId: string, actionFieldId: string): Promise<{ goalId: string; position: number; measures: { id: string; number: number }[] }[]> {
    const rows: { goal_id: string; position: number; measure_id: string | null; number: number | null }[] = await dataSource.query(
      `SELECT g.id AS goal_id, g.position, m.id AS measure_id, m.number
         FROM catalogue_goals g LEFT JOIN catalogue_measures m ON m.goal_id = g.id
        WHERE g.version_id = $1 AND g.action_field_id = $2
        ORDER BY g.position, m.number`,
      [versionId, actionFieldId],
    );
    const goals: { goalId: string; position: number; measures: { id: string; number: number }[] }[] = [];
    for (const row of rows) {
      let goal = goals.at(-1);
      if (goal?.goalId !== row.goal_id) {
        goal = { goalId: row.goal_id, position: row.position, measures: [] };
        goals.push(goal);
      }
      if (row.measure_id) goal.measures.push({ id: row.measure_id, number: row.number ?? 0 });
    }
    return goals;
  }
  /** Measure numbers of a field in reading order; must be exactly 1..N. */
  async function readingNumbers(versionId: string, actionFieldId: string): Promise<number[]> {
    return (await storedOrder(versionId, actionFieldId)).flatMap((goal) => goal.measures.map((measure) => measure.number));
  }
  const oneToN = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

  async function adopt(versionId: string): Promise<void> {
    await dataSource.query(
      `UPDATE catalogue_versions SET status = 'adopted', adopted_on = current_date, council_reference = 'Drucksache 1234/2026', adopted_at = now()
        WHERE id = $1`,
      [versionId],
    );
  }

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    sessions = await staffSessions(api, dataSource, 'catalogue-editor');
    pg = sessions.project_group.client;
    [{ id: authorId }] = await createUsers(dataSource, 'catalogue-author', 1);
    otherProcess = await createCatalogueProcess();
  });
  afterAll(async () => {
    await api?.close();
  });

  describe('starting drafts', () => {
    it('starts an empty version 1, audits it and refuses a second draft', async () => {
      const { processId } = await createCatalogueProcess();
      const version = ok(await startDraft(processId)).startCatalogueDraft;
      expect(version).toMatchObject({ processId, number: 1, status: 'DRAFT', basedOnNumber: null, goalCount: 0, measureCount: 0 });
      const audit: { action: string; actor_id: string }[] = await dataSource.query(
        `SELECT action, actor_id FROM audit_log WHERE target_type = 'catalogue_version' AND target_id = $1`,
        [version.id],
      );
      expect(audit).toEqual([{ action: 'catalogue.start_draft', actor_id: sessions.project_group.id }]);

      expect(errorCode(await startDraft(processId))).toBe('CONFLICT');
      expect(errorCode(await startDraft(processId, pg, version.id))).toBe('CONFLICT');
      const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM catalogue_versions WHERE process_id = $1`, [processId]);
      expect(count).toBe(1);
    });

    it('answers NOT_FOUND for an unknown process and refuses a version of another process', async () => {
      expect(errorCode(await startDraft('00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
      const { processId } = await createCatalogueProcess();
      const foreign = ok(await startDraft(otherProcess.processId)).startCatalogueDraft;
      const response = await startDraft(processId, pg, foreign.id);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(fieldErrors(response)).toEqual({ fromVersionId: ['otherProcess'] });
      ok(await pg.request(DELETE_DRAFT, { versionId: foreign.id }));
    });

    it('lets exactly one of two simultaneous starts win; the other gets CONFLICT', async () => {
      for (let round = 0; round < 3; round++) {
        const { processId } = await createCatalogueProcess();
        const responses = await Promise.all([startDraft(processId), startDraft(processId, sessions.admin.client)]);
        const codes = responses.map((response) => errorCode(response) ?? 'OK').sort();
        expect(codes).toEqual(['CONFLICT', 'OK']);
        const [{ count }] = await dataSource.query(
          `SELECT count(*)::int AS count FROM catalogue_versions WHERE process_id = $1 AND status = 'draft'`,
          [processId],
        );
        expect(count).toBe(1);
      }
    });
  });

  describe('building a catalogue', () => {
    let proc: CatalogueProcess;
    let versionId: string;
    let field1: string;
    let field2: string;
    let goal1: Goal;
    let goal2: Goal;
    let goal3: Goal;
    let m1: Measure;
    let m2: Measure;
    let m3: Measure;
    let m4: Measure;

    beforeAll(async () => {
      proc = await createCatalogueProcess();
      [field1, field2] = proc.fieldIds;
      versionId = ok(await startDraft(proc.processId)).startCatalogueDraft.id;
    });

    it('appends goals to the end of their field, with their sources', async () => {
      goal1 = await addGoal(versionId, field1, 'Sprache fördern', {
        title: [...de('Sprache fördern'), { locale: 'en', text: 'Promote language' }],
        sourceProposalIds: [proc.goalProposalId],
      });
      goal2 = await addGoal(versionId, field1, 'Bildungswege öffnen');
      goal3 = await addGoal(versionId, field2, 'Arbeit finden');
      expect([goal1.position, goal2.position, goal3.position]).toEqual([1, 2, 1]);
      expect(goal1.titleTranslations).toEqual([
        { locale: 'de', text: 'Sprache fördern' },
        { locale: 'en', text: 'Promote language' },
      ]);
      expect(goal1.sources.map((source) => source.id)).toEqual([proc.goalProposalId]);
      const sources = await dataSource.query(`SELECT proposal_id FROM catalogue_goal_sources WHERE goal_id = $1`, [goal1.id]);
      expect(sources).toEqual([{ proposal_id: proc.goalProposalId }]);
    });

    it('saves a goal: new title, sources replaced, position kept', async () => {
      const saved = ok(
        await saveGoal(goalInput(versionId, field2, 'Sprache und Verständigung fördern', { goalId: goal1.id, sourceProposalIds: [] })),
      ).saveCatalogueGoal;
      expect(saved).toMatchObject({ id: goal1.id, key: goal1.key, position: 1, title: 'Sprache und Verständigung fördern', sources: [] });
      const [row] = await dataSource.query(`SELECT title, action_field_id FROM catalogue_goals WHERE id = $1`, [goal1.id]);
      expect(row).toEqual({ title: { de: 'Sprache und Verständigung fördern' }, action_field_id: field1 });
      const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM catalogue_goal_sources WHERE goal_id = $1`, [goal1.id]);
      expect(count).toBe(0);
    });

    it('numbers measures 1..N per field in reading order; a new measure goes to the end of its goal', async () => {
      m1 = await addMeasure(versionId, goal1.id, 'Abendkurse anbieten', { sourceProposalIds: [proc.measureProposalIds[0]] });
      m2 = await addMeasure(versionId, goal1.id, 'Kinderbetreuung während der Kurse');
      m3 = await addMeasure(versionId, goal2.id, 'Beratung zu Abschlüssen');
      m4 = await addMeasure(versionId, goal1.id, 'Sprachcafés in allen Stadtteilen', {
        sourceProposalIds: [proc.mergeResultId, proc.mergedOriginalId],
        priority: 'HIGH',
        costNote: 'ca. 20.000 € im Jahr',
        milestones: [
          { title: de('Konzept'), dueOn: '2026-03-01' },
          { title: de('Start'), dueOn: '2026-09-01', doneOn: null },
        ],
      });
      const inOtherField = await addMeasure(versionId, goal3.id, 'Jobmessen');
      expect([m1.number, m2.number, m3.number]).toEqual([1, 2, 3]);
      // Appended to goal 1, so goal 2's measure moves behind it.
      expect(m4).toMatchObject({ number: 3, code: '1.3', goalId: goal1.id, priority: 'HIGH', status: 'PLANNED', progress: 0 });
      expect(m4.milestones.map((milestone) => [milestone.position, milestone.title, milestone.dueOn])).toEqual([
        [1, 'Konzept', '2026-03-01'],
        [2, 'Start', '2026-09-01'],
      ]);
      expect(inOtherField).toMatchObject({ number: 1, code: '2.1' });
      expect(await storedOrder(versionId, field1)).toEqual([
        { goalId: goal1.id, position: 1, measures: [{ id: m1.id, number: 1 }, { id: m2.id, number: 2 }, { id: m4.id, number: 3 }] },
        { goalId: goal2.id, position: 2, measures: [{ id: m3.id, number: 4 }] },
      ]);
      const sources: { proposal_id: string }[] = await dataSource.query(
        `SELECT proposal_id FROM catalogue_measure_sources WHERE measure_id = $1 ORDER BY proposal_id`,
        [m4.id],
      );
      expect(sources.map((row) => row.proposal_id)).toEqual([proc.mergeResultId, proc.mergedOriginalId].sort());
    });

    it('saves a measure: fields, sources and milestones replaced as a whole', async () => {
      const saved = ok(
        await saveMeasure(
          measureInput(versionId, goal1.id, 'Abendkurse in jeder Kommune', {
            measureId: m1.id,
            responsibility: 'Kommunen',
            department: 'Bildung',
            costNote: 'offen',
            priority: 'LOW',
            sourceProposalIds: [proc.measureProposalIds[1]],
            milestones: [{ title: de('Ausschreibung'), dueOn: '2026-05-31', doneOn: '2026-05-20' }],
          }),
        ),
      ).saveCatalogueMeasure;
      expect(saved).toMatchObject({ id: m1.id, key: m1.key, number: 1, text: 'Abendkurse in jeder Kommune', priority: 'LOW' });
      const [row] = await dataSource.query(
        `SELECT text, responsibility, department, cost_note, priority, number FROM catalogue_measures WHERE id = $1`,
        [m1.id],
      );
      expect(row).toEqual({
        text: { de: 'Abendkurse in jeder Kommune' },
        responsibility: 'Kommunen',
        department: 'Bildung',
        cost_note: 'offen',
        priority: 'low',
        number: 1,
      });
      expect(await dataSource.query(`SELECT proposal_id FROM catalogue_measure_sources WHERE measure_id = $1`, [m1.id])).toEqual([
        { proposal_id: proc.measureProposalIds[1] },
      ]);
      expect(
        await dataSource.query(`SELECT position, title, due_on::text, done_on::text FROM catalogue_milestones WHERE measure_id = $1`, [m1.id]),
      ).toEqual([{ position: 1, title: { de: 'Ausschreibung' }, due_on: '2026-05-31', done_on: '2026-05-20' }]);
      expect(errorCode(await saveMeasure(measureInput(versionId, goal1.id, 'x', { measureId: '00000000-0000-4000-8000-000000000000' })))).toBe(
        'NOT_FOUND',
      );
    });

    it('reorders goals and measures of a field and renumbers 1..N in the given order', async () => {
      const response = await reorder({
        versionId,
        actionFieldId: field1,
        goals: [
          { goalId: goal2.id, measureIds: [m3.id] },
          { goalId: goal1.id, measureIds: [m4.id, m1.id, m2.id] },
        ],
      });
      const field = ok(response).reorderCatalogueField;
      expect(field.id).toBe(field1);
      expect(field.goals.map((goal) => [goal.id, goal.position, goal.measures.map((measure) => measure.code)])).toEqual([
        [goal2.id, 1, ['1.1']],
        [goal1.id, 2, ['1.2', '1.3', '1.4']],
      ]);
      expect(await storedOrder(versionId, field1)).toEqual([
        { goalId: goal2.id, position: 1, measures: [{ id: m3.id, number: 1 }] },
        { goalId: goal1.id, position: 2, measures: [{ id: m4.id, number: 2 }, { id: m1.id, number: 3 }, { id: m2.id, number: 4 }] },
      ]);
      // The other field is untouched.
      expect(await readingNumbers(versionId, field2)).toEqual([1]);
    });

    it('refuses orders that do not list exactly the field’s goals and measures, each once', async () => {
      const before = await storedOrder(versionId, field1);
      const attempts: [string, Record<string, unknown>[], Record<string, string[]>][] = [
        ['a measure left out', [{ goalId: goal2.id, measureIds: [m3.id] }, { goalId: goal1.id, measureIds: [m4.id, m1.id] }], { measureIds: ['mismatch'] }],
        [
          'a measure twice',
          [{ goalId: goal2.id, measureIds: [m3.id, m1.id] }, { goalId: goal1.id, measureIds: [m4.id, m1.id, m2.id] }],
          { measureIds: ['duplicate'] },
        ],
        ['a goal left out', [{ goalId: goal1.id, measureIds: [m3.id, m4.id, m1.id, m2.id] }], { goals: ['mismatch'] }],
        [
          'a goal of another field',
          [
            { goalId: goal2.id, measureIds: [m3.id] },
            { goalId: goal1.id, measureIds: [m4.id, m1.id, m2.id] },
            { goalId: goal3.id, measureIds: [] },
          ],
          { goals: ['mismatch'] },
        ],
      ];
      for (const [, goals, expected] of attempts) {
        const response = await reorder({ versionId, actionFieldId: field1, goals });
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
        expect(fieldErrors(response)).toEqual(expected);
      }
      expect(await storedOrder(versionId, field1)).toEqual(before);
    });

    it('moves a measure to another goal of the same field (appended there) but not to another field', async () => {
      // Order now: goal2 [m3], goal1 [m4, m1, m2]. Moving m1 to goal2 appends it behind m3.
      const moved = ok(await saveMeasure(measureInput(versionId, goal2.id, 'Abendkurse in jeder Kommune', { measureId: m1.id }))).saveCatalogueMeasure;
      expect(moved).toMatchObject({ goalId: goal2.id, number: 2, code: '1.2' });
      expect(await storedOrder(versionId, field1)).toEqual([
        { goalId: goal2.id, position: 1, measures: [{ id: m3.id, number: 1 }, { id: m1.id, number: 2 }] },
        { goalId: goal1.id, position: 2, measures: [{ id: m4.id, number: 3 }, { id: m2.id, number: 4 }] },
      ]);
      const response = await saveMeasure(measureInput(versionId, goal3.id, 'Abendkurse', { measureId: m1.id }));
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(fieldErrors(response)).toEqual({ goalId: ['otherActionField'] });
      const [{ goal_id }] = await dataSource.query(`SELECT goal_id FROM catalogue_measures WHERE id = $1`, [m1.id]);
      expect(goal_id).toBe(goal2.id);
    });

    it('checks sources: same process, matching kind, not hidden; merged originals are fine', async () => {
      const cases: [string[], string[], 'goal' | 'measure'][] = [
        [[proc.goalProposalId], ['wrongKind'], 'measure'],
        [[proc.measureProposalIds[0]], ['wrongKind'], 'goal'],
        [[otherProcess.measureProposalIds[0]], ['otherProcess'], 'measure'],
        [['00000000-0000-4000-8000-000000000000'], ['notFound'], 'measure'],
        [[proc.hiddenProposalId], ['notFound'], 'measure'],
      ];
      for (const [ids, codes, kind] of cases) {
        const response =
          kind === 'goal'
            ? await saveGoal(goalInput(versionId, field1, 'Ziel', { sourceProposalIds: ids }))
            : await saveMeasure(measureInput(versionId, goal1.id, 'Maßnahme', { sourceProposalIds: ids }));
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
        expect(fieldErrors(response)).toEqual({ sourceProposalIds: codes });
      }
      const merged = await addMeasure(versionId, goal1.id, 'Aus dem Original', { sourceProposalIds: [proc.mergedOriginalId, proc.mergedOriginalId] });
      expect(await dataSource.query(`SELECT proposal_id FROM catalogue_measure_sources WHERE measure_id = $1`, [merged.id])).toEqual([
        { proposal_id: proc.mergedOriginalId },
      ]);
      ok(await pg.request(DELETE_MEASURE, { measureId: merged.id }));
      expect(await readingNumbers(versionId, field1)).toEqual(oneToN(4));
    });

    it('deleting a measure renumbers its field', async () => {
      // goal2 [m3, m1], goal1 [m4, m2]
      ok(await pg.request(DELETE_MEASURE, { measureId: m1.id }));
      expect(await storedOrder(versionId, field1)).toEqual([
        { goalId: goal2.id, position: 1, measures: [{ id: m3.id, number: 1 }] },
        { goalId: goal1.id, position: 2, measures: [{ id: m4.id, number: 2 }, { id: m2.id, number: 3 }] },
      ]);
      expect(errorCode(await pg.request(DELETE_MEASURE, { measureId: m1.id }))).toBe('NOT_FOUND');
    });

    it('deleting a goal removes its measures and renumbers goals and measures of the field', async () => {
      const extra = await addGoal(versionId, field1, 'Dritter Ziel');
      const extraMeasure = await addMeasure(versionId, extra.id, 'Noch eine');
      expect(extraMeasure.number).toBe(4);
      ok(await pg.request(DELETE_GOAL, { goalId: goal2.id }));
      expect(await storedOrder(versionId, field1)).toEqual([
        { goalId: goal1.id, position: 1, measures: [{ id: m4.id, number: 1 }, { id: m2.id, number: 2 }] },
        { goalId: extra.id, position: 2, measures: [{ id: extraMeasure.id, number: 3 }] },
      ]);
      const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM catalogue_measures WHERE id = $1`, [m3.id]);
      expect(count).toBe(0);
      expect(errorCode(await pg.request(DELETE_GOAL, { goalId: goal2.id }))).toBe('NOT_FOUND');
    });

    it('keeps numbers 1..N when a reorder and a new measure race', async () => {
      for (let round = 0; round < 4; round++) {
        const order = await storedOrder(versionId, field1);
        const reversed = [...order].reverse().map((goal) => ({ goalId: goal.goalId, measureIds: goal.measures.map((m) => m.id).reverse() }));
        const [reordered, added] = await Promise.all([
          reorder({ versionId, actionFieldId: field1, goals: reversed }),
          saveMeasure(measureInput(versionId, order[0].goalId, `Parallel ${round}`)),
        ]);
        expect(added.errors).toBeUndefined();
        // The reorder either ran first or is refused as stale (it does not list the new measure).
        if (reordered.errors) expect(fieldErrors(reordered)).toEqual({ measureIds: ['mismatch'] });
        const numbers = await readingNumbers(versionId, field1);
        expect(numbers).toEqual(oneToN(numbers.length));
      }
      const [{ count }] = await dataSource.query(
        `SELECT count(*)::int AS count FROM catalogue_measures WHERE version_id = $1 AND action_field_id = $2`,
        [versionId, field1],
      );
      expect(count).toBe(7);
    });

    it('copies an adopted version into the next draft: keys, order, sources, milestones, status', async () => {
      await dataSource.query(`UPDATE catalogue_measures SET status = 'in_progress', progress = 30 WHERE id = $1`, [m4.id]);
      await adopt(versionId);
      const draft = ok(await startDraft(proc.processId)).startCatalogueDraft;
      const [counts] = await dataSource.query(
        `SELECT (SELECT count(*)::int FROM catalogue_goals WHERE version_id = $1) AS goals,
                (SELECT count(*)::int FROM catalogue_measures WHERE version_id = $1) AS measures`,
        [versionId],
      );
      expect(draft).toMatchObject({ number: 2, status: 'DRAFT', basedOnNumber: 1, goalCount: counts.goals, measureCount: counts.measures });
      const snapshot = (id: string) =>
        dataSource.query(
          `SELECT g.key AS goal_key, g.action_field_id, g.position, g.title, m.key AS measure_key, m.number, m.text, m.responsibility,
                  m.department, m.cost_note, m.priority, m.status, m.progress,
                  ARRAY(SELECT proposal_id::text FROM catalogue_measure_sources s WHERE s.measure_id = m.id ORDER BY 1) AS sources,
                  ARRAY(SELECT proposal_id::text FROM catalogue_goal_sources s WHERE s.goal_id = g.id ORDER BY 1) AS goal_sources,
                  ARRAY(SELECT ms.position || ':' || (ms.title->>'de') || ':' || ms.due_on || ':' || coalesce(ms.done_on::text, '')
                          FROM catalogue_milestones ms WHERE ms.measure_id = m.id ORDER BY ms.position) AS milestones
             FROM catalogue_goals g LEFT JOIN catalogue_measures m ON m.goal_id = g.id
            WHERE g.version_id = $1 ORDER BY g.action_field_id, g.position, m.number`,
          [id],
        );
      const original = await snapshot(versionId);
      expect(original.length).toBeGreaterThan(5);
      expect(await snapshot(draft.id)).toEqual(original);
      // Sources and milestones were copied, not moved.
      const [{ count }] = await dataSource.query(
        `SELECT count(*)::int AS count FROM catalogue_milestones ms JOIN catalogue_measures m ON m.id = ms.measure_id WHERE m.version_id = $1`,
        [versionId],
      );
      expect(count).toBe(2);
      ok(await pg.request(DELETE_DRAFT, { versionId: draft.id }));
      const again = ok(await startDraft(proc.processId, pg, versionId)).startCatalogueDraft;
      expect(again).toMatchObject({ number: 2, basedOnNumber: 1 });
      ok(await pg.request(DELETE_DRAFT, { versionId: again.id }));
    });

    describe('on the adopted version', () => {
      it('refuses every edit with CATALOGUE_ADOPTED and leaves it unchanged', async () => {
        const before = await storedOrder(versionId, field1);
        const order = before.map((goal) => ({ goalId: goal.goalId, measureIds: goal.measures.map((m) => m.id) }));
        const attempts: [string, Promise<GraphqlResponse<unknown>>][] = [
          ['new goal', saveGoal(goalInput(versionId, field1, 'Neu'))],
          ['goal title', saveGoal(goalInput(versionId, field1, 'Anders', { goalId: goal1.id }))],
          ['delete goal', pg.request(DELETE_GOAL, { goalId: goal1.id })],
          ['new measure', saveMeasure(measureInput(versionId, goal1.id, 'Neu'))],
          ['measure text', saveMeasure(measureInput(versionId, goal1.id, 'Anders', { measureId: m4.id }))],
          ['delete measure', pg.request(DELETE_MEASURE, { measureId: m4.id })],
          ['reorder', reorder({ versionId, actionFieldId: field1, goals: [...order].reverse() })],
          ['delete draft', pg.request(DELETE_DRAFT, { versionId })],
        ];
        for (const [label, attempt] of attempts) {
          const response = await attempt;
          expect([label, errorCode(response)]).toEqual([label, 'CATALOGUE_ADOPTED']);
        }
        expect(await storedOrder(versionId, field1)).toEqual(before);
        const [{ text }] = await dataSource.query(`SELECT text FROM catalogue_measures WHERE id = $1`, [m4.id]);
        expect(text).toEqual({ de: 'Sprachcafés in allen Stadtteilen' });
      });

      it('is protected by the database too: a raw UPDATE of a measure text is refused', async () => {
        await expect(
          dataSource.query(`UPDATE catalogue_measures SET text = '{"de": "Heimlich"}' WHERE id = $1`, [m4.id]),
        ).rejects.toMatchObject({ driverError: { code: '23514', constraint: 'catalogue_version_adopted' } });
        await expect(dataSource.query(`DELETE FROM catalogue_milestones WHERE measure_id = $1`, [m4.id])).rejects.toMatchObject({
          driverError: { constraint: 'catalogue_version_adopted' },
        });
      });

      it('updates status, progress and milestone dates, kept in the history with the actor', async () => {
        const milestones: { id: string; position: number }[] = await dataSource.query(
          `SELECT id, position FROM catalogue_milestones WHERE measure_id = $1 ORDER BY position`,
          [m4.id],
        );
        const response = await updateStatus({
          measureId: m4.id,
          status: 'IN_PROGRESS',
          progress: 60,
          note: 'Erste Cafés eröffnet',
          milestonesDone: [{ milestoneId: milestones[0].id, doneOn: '2026-02-27' }],
        });
        const measure = ok(response).updateMeasureStatus;
        expect(measure).toMatchObject({ id: m4.id, status: 'IN_PROGRESS', progress: 60 });
        expect(measure.milestones.map((milestone) => milestone.doneOn)).toEqual(['2026-02-27', null]);
        expect(measure.statusHistory[0]).toEqual({
          status: 'IN_PROGRESS',
          progress: 60,
          note: 'Erste Cafés eröffnet',
          changedBy: sessions.project_group.displayName,
        });
        const history: { status: string; progress: number; note: string; changed_by_id: string }[] = await dataSource.query(
          `SELECT status, progress, note, changed_by_id FROM catalogue_status_changes WHERE measure_id = $1 ORDER BY changed_at DESC, id LIMIT 1`,
          [m4.id],
        );
        expect(history).toEqual([{ status: 'in_progress', progress: 60, note: 'Erste Cafés eröffnet', changed_by_id: sessions.project_group.id }]);

        // Implemented means done: progress is stored as 100 whatever was sent.
        const done = ok(await updateStatus({ measureId: m4.id, status: 'IMPLEMENTED', progress: 80 }, sessions.admin.client)).updateMeasureStatus;
        expect(done).toMatchObject({ status: 'IMPLEMENTED', progress: 100 });
        const [latest] = await dataSource.query(
          `SELECT status, progress, note, changed_by_id FROM catalogue_status_changes WHERE measure_id = $1 ORDER BY changed_at DESC LIMIT 1`,
          [m4.id],
        );
        expect(latest).toEqual({ status: 'implemented', progress: 100, note: '', changed_by_id: sessions.admin.id });
      });

      it('refuses milestones of other measures and impossible dates', async () => {
        const [foreign] = await dataSource.query(`SELECT id FROM catalogue_milestones WHERE measure_id <> $1 LIMIT 1`, [m4.id]);
        const otherMilestone = foreign?.id ?? '00000000-0000-4000-8000-000000000000';
        const response = await updateStatus({ measureId: m2.id, status: 'PLANNED', progress: 0, milestonesDone: [{ milestoneId: otherMilestone, doneOn: '2026-01-01' }] });
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
        expect(fieldErrors(response)).toEqual({ 'milestonesDone.0.milestoneId': ['notFound'] });
        const [milestone] = await dataSource.query(`SELECT id FROM catalogue_milestones WHERE measure_id = $1 LIMIT 1`, [m4.id]);
        const badDate = await updateStatus({ measureId: m4.id, status: 'IMPLEMENTED', progress: 100, milestonesDone: [{ milestoneId: milestone.id, doneOn: '2026-02-30' }] });
        expect(fieldErrors(badDate)).toEqual({ 'milestonesDone.0.doneOn': ['invalidDate'] });
      });
    });
  });

  describe('authorisation', () => {
    const expected: Record<Caller, string | undefined> = {
      anonymous: 'UNAUTHENTICATED',
      resident: 'FORBIDDEN',
      moderator: 'FORBIDDEN',
      department_expert: 'FORBIDDEN',
      project_group: undefined,
      admin: undefined,
    };
    const client = (caller: Caller) => (caller === 'anonymous' ? api.client() : sessions[caller].client);

    it.each(CALLERS)('%s: every editing mutation', async (caller) => {
      const proc = await createCatalogueProcess();
      const [field1] = proc.fieldIds;
      // The refused callers work on a draft the project group set up; allowed ones build their own.
      const allowed = expected[caller] === undefined;
      const start = await startDraft(proc.processId, client(caller));
      expect(errorCode(start)).toBe(expected[caller]);
      const versionId = allowed ? ok(start).startCatalogueDraft.id : ok(await startDraft(proc.processId)).startCatalogueDraft.id;
      const setupGoal = allowed ? null : await addGoal(versionId, field1, 'Vorhanden');
      const setupMeasure = setupGoal ? await addMeasure(versionId, setupGoal.id, 'Vorhanden') : null;

      const goalResponse = await saveGoal(goalInput(versionId, field1, 'Ziel'), client(caller));
      expect(errorCode(goalResponse)).toBe(expected[caller]);
      const goalId = allowed ? ok(goalResponse).saveCatalogueGoal.id : (setupGoal?.id ?? '');
      const measureResponse = await saveMeasure(measureInput(versionId, goalId, 'Maßnahme'), client(caller));
      expect(errorCode(measureResponse)).toBe(expected[caller]);
      const measureId = allowed ? ok(measureResponse).saveCatalogueMeasure.id : (setupMeasure?.id ?? '');

      const steps: [string, () => Promise<GraphqlResponse<unknown>>][] = [
        ['update measure', () => saveMeasure(measureInput(versionId, goalId, 'Geändert', { measureId }), client(caller))],
        ['update goal', () => saveGoal(goalInput(versionId, field1, 'Geändert', { goalId }), client(caller))],
        ['reorder', () => reorder({ versionId, actionFieldId: field1, goals: [{ goalId, measureIds: [measureId] }] }, client(caller))],
        ['status', () => updateStatus({ measureId, status: 'IN_PROGRESS', progress: 10 }, client(caller))],
        ['delete measure', () => client(caller).request(DELETE_MEASURE, { measureId })],
        ['delete goal', () => client(caller).request(DELETE_GOAL, { goalId })],
        ['delete draft', () => client(caller).request(DELETE_DRAFT, { versionId })],
      ];
      for (const [label, step] of steps) {
        const response = await step();
        expect([label, errorCode(response)]).toEqual([label, expected[caller]]);
      }
      const [{ versions }] = await dataSource.query(`SELECT count(*)::int AS versions FROM catalogue_versions WHERE process_id = $1`, [proc.processId]);
      expect(versions).toBe(allowed ? 0 : 1);
      if (!allowed) {
        const [row] = await dataSource.query(`SELECT text, status FROM catalogue_measures WHERE id = $1`, [measureId]);
        expect(row).toEqual({ text: { de: 'Vorhanden' }, status: 'planned' });
        const [{ goals }] = await dataSource.query(`SELECT count(*)::int AS goals FROM catalogue_goals WHERE version_id = $1`, [versionId]);
        expect(goals).toBe(1);
      }
    });
  });

  describe('hostile input', () => {
    let versionId: string;
    let fieldId: string;
    let goalId: string;

    beforeAll(async () => {
      const proc = await createCatalogueProcess();
      fieldId = proc.fieldIds[0];
      versionId = ok(await startDraft(proc.processId)).startCatalogueDraft.id;
      goalId = (await addGoal(versionId, fieldId, 'Ziel')).id;
    });

    it('stores markup as inert text', async () => {
      const script = '<script>alert("x")</script><img src=x onerror=alert(1)>';
      const goal = await addGoal(versionId, fieldId, script);
      expect(goal.title).toBe(script);
      const measure = await addMeasure(versionId, goalId, `Zeile 1\n${script}`, { responsibility: script });
      expect(measure.text).toBe(`Zeile 1\n${script}`);
      const [row] = await dataSource.query(`SELECT text->>'de' AS text, responsibility FROM catalogue_measures WHERE id = $1`, [measure.id]);
      expect(row).toEqual({ text: `Zeile 1\n${script}`, responsibility: script });
    });

    it('refuses 1 MB texts with BAD_USER_INPUT', async () => {
      const huge = 'x'.repeat(1_000_000);
      const cases: [Promise<GraphqlResponse<unknown>>, string][] = [
        [saveGoal(goalInput(versionId, fieldId, huge)), 'title'],
        [saveMeasure(measureInput(versionId, goalId, huge)), 'text'],
        [saveMeasure(measureInput(versionId, goalId, 'Kurz', { costNote: huge })), 'costNote'],
        [saveMeasure(measureInput(versionId, goalId, 'Kurz', { responsibility: huge })), 'responsibility'],
        [updateStatus({ measureId: '00000000-0000-4000-8000-000000000000', status: 'PLANNED', progress: 0, note: huge }), 'note'],
      ];
      for (const [attempt, field] of cases) {
        const response = await attempt;
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
        expect(Object.keys(fieldErrors(response) ?? {})).toContain(field);
      }
    });

    it('refuses bidi overrides and control characters as the translation rules do', async () => {
      const cases: [Promise<GraphqlResponse<unknown>>, string][] = [
        [saveGoal(goalInput(versionId, fieldId, 'Ziel \u202Eevil')), 'title'],
        [saveMeasure(measureInput(versionId, goalId, 'Text \u2066isolate\u2069')), 'text'],
        [saveMeasure(measureInput(versionId, goalId, 'Text', { department: 'Amt \u202E' })), 'department'],
        [saveMeasure(measureInput(versionId, goalId, 'Text', { milestones: [{ title: de('Zeile\nzwei'), dueOn: '2026-01-01' }] })), 'milestones.0.title'],
      ];
      for (const [attempt, field] of cases) {
        const response = await attempt;
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
        expect(fieldErrors(response)?.[field]).toContain('noControlCharacters');
      }
      const impossible = await saveMeasure(measureInput(versionId, goalId, 'Text', { milestones: [{ title: de('Frist'), dueOn: '2026-02-30' }] }));
      expect(fieldErrors(impossible)).toEqual({ 'milestones.0.dueOn': ['invalidDate'] });
      const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM catalogue_measures WHERE version_id = $1`, [versionId]);
      expect(count).toBe(1);
    });
  });
});
