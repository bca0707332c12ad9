import { DataSource } from 'typeorm';
import { errorCode } from '@mitreden/testing';
import type { GraphqlClient, GraphqlResponse } from '@mitreden/testing';
import { createCatalogueProcess, createProposals } from './catalogue-fixtures';
import type { CatalogueProcess } from './catalogue-fixtures';
import { countQueries } from './support/query-counter';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';

const OUTCOME = `query Outcome($proposalId: ID!) {
  proposalInCatalogue(proposalId: $proposalId) {
    code text textLocale actionFieldPosition actionFieldTitle status progress versionNumber adoptedOn councilReference
  }
}`;

interface Reference {
  code: string;
  text: string;
  textLocale: string;
  actionFieldPosition: number;
  actionFieldTitle: string;
  status: string;
  progress: number;
  versionNumber: number;
  adoptedOn: string;
  councilReference: string;
}

function ok<T>(response: GraphqlResponse<T>): T {
  expect(response.errors).toBeUndefined();
  if (!response.data) throw new Error('No data in the response');
  return response.data;
}

/**
 * "What became of my proposal": the measures of the latest adopted version a proposal fed, itself
 * or through the proposals it was merged or split into; drafts, older versions and hidden
 * proposals show nothing.
 */
describe('proposalInCatalogue (what became of a proposal)', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let anonymous: GraphqlClient;
  let process: CatalogueProcess;
  let original: string;
  let partner: string;
  let mergeResult: string;
  let splitOriginal: string;
  let splitPart: string;
  let unused: string;
  let hidden: string;

  const outcome = async (proposalId: string, language = 'de'): Promise<Reference[]> =>
    ok(await anonymous.request<{ proposalInCatalogue: Reference[] }>(OUTCOME, { proposalId }, { 'accept-language': language }))
      .proposalInCatalogue;

  /** A version of the process with one goal per field and the given measures (field index, sources). */
  async function version(number: number, status: 'draft' | 'adopted', measures: { field: number; text: string; sources: string[] }[]): Promise<string> {
    const [{ id }] = await dataSource.query(
      `INSERT INTO catalogue_versions (process_id, number) VALUES ($1, $2) RETURNING id`,
      [process.processId, number],
    );
    const goals: string[] = [];
    for (const [index, fieldId] of process.fieldIds.entries()) {
      const [{ id: goalId }] = await dataSource.query(
        `INSERT INTO catalogue_goals (version_id, process_id, action_field_id, position, title)
         VALUES ($1, $2, $3, 1, jsonb_build_object('de', 'Ziel ' || $4::text)) RETURNING id`,
        [id, process.processId, fieldId, index + 1],
      );
      goals.push(goalId);
    }
    const numbers = new Map<number, number>();
    for (const measure of measures) {
      const next = (numbers.get(measure.field) ?? 0) + 1;
      numbers.set(measure.field, next);
      const [{ id: measureId }] = await dataSource.query(
        `INSERT INTO catalogue_measures (version_id, goal_id, action_field_id, number, text, status, progress)
         VALUES ($1, $2, $3, $4, jsonb_build_object('de', $5::text, 'en', 'EN ' || $5::text), 'in_progress', 30) RETURNING id`,
        [id, goals[measure.field], process.fieldIds[measure.field], next, measure.text],
      );
      for (const source of measure.sources)
        await dataSource.query(`INSERT INTO catalogue_measure_sources (measure_id, proposal_id) VALUES ($1, $2)`, [measureId, source]);
    }
    if (status === 'adopted')
      await dataSource.query(
        `UPDATE catalogue_versions SET status = 'adopted', adopted_on = '2026-10-01', council_reference = $2, adopted_at = now() WHERE id = $1`,
        [id, `Drucksache ${number}/2026`],
      );
    return id;
  }

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    anonymous = api.client();
    process = await createCatalogueProcess(dataSource, 'catalogue-outcome');
    [original, partner, mergeResult, splitOriginal, splitPart, unused, hidden] = await createProposals(dataSource, process, [
      { title: 'Sprachcafé im Stadtteil' },
      { title: 'Sprachtreff in der Bibliothek' },
      { title: 'Sprachcafés in allen Stadtteilen', source: 'curated' },
      { title: 'Beratung und Kurse', field: 1 },
      { title: 'Beratung im Jobcenter', field: 1 },
      { title: 'Nicht aufgenommen' },
      { title: 'Ausgeblendet' },
    ]);
    await dataSource.query(
      `INSERT INTO proposal_lineage (parent_id, child_id, kind) VALUES ($1, $3, 'merge'), ($2, $3, 'merge'), ($4, $5, 'split')`,
      [original, partner, mergeResult, splitOriginal, splitPart],
    );
    await dataSource.query(`UPDATE proposals SET state = 'merged' WHERE id = ANY($1)`, [[original, partner]]);
    await dataSource.query(`UPDATE proposals SET hidden_at = now() WHERE id = $1`, [hidden]);
    // Version 1 (adopted, older): only the original directly. Version 2 (adopted): the merge result
    // and the split part. Version 3: a draft that would list more.
    await version(1, 'adopted', [{ field: 0, text: 'Alt: Sprachcafé', sources: [original] }]);
    await version(2, 'adopted', [
      { field: 0, text: 'Sprachcafés ausbauen', sources: [mergeResult] },
      { field: 0, text: 'Lesepatenschaften', sources: [] },
      { field: 1, text: 'Beratung im Jobcenter verankern', sources: [splitPart, hidden] },
    ]);
    await version(3, 'draft', [{ field: 0, text: 'Entwurf', sources: [unused] }]);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('follows a merged original to the measure of the latest adopted version', async () => {
    for (const id of [original, partner, mergeResult])
      expect(await outcome(id)).toEqual([
        {
          code: '1.1',
          text: 'Sprachcafés ausbauen',
          textLocale: 'de',
          actionFieldPosition: 1,
          actionFieldTitle: 'Bildung und Sprache',
          status: 'IN_PROGRESS',
          progress: 30,
          versionNumber: 2,
          adoptedOn: '2026-10-01',
          councilReference: 'Drucksache 2/2026',
        },
      ]);
  });

  it('follows a split original to the measure its part fed, in the requested language', async () => {
    expect((await outcome(splitOriginal, 'en')).map((reference) => [reference.code, reference.text, reference.textLocale])).toEqual([
      ['2.1', 'EN Beratung im Jobcenter verankern', 'en'],
    ]);
    // No Arabic text: the German one comes back, marked as German.
    expect((await outcome(splitOriginal, 'ar')).map((reference) => [reference.text, reference.textLocale])).toEqual([
      ['Beratung im Jobcenter verankern', 'de'],
    ]);
    expect((await outcome(splitPart)).map((reference) => reference.code)).toEqual(['2.1']);
  });

  it('shows nothing for drafts, unused, hidden or unknown proposals', async () => {
    expect(await outcome(unused)).toEqual([]);
    expect(await outcome(hidden)).toEqual([]);
    expect(await outcome('00000000-0000-4000-8000-000000000000')).toEqual([]);
    expect(await outcome('not-a-uuid')).toEqual([]);
  });

  it('answers in one statement, and malformed queries get a clear error', async () => {
    const { queries } = await countQueries(dataSource, () => outcome(original));
    expect(queries.filter((query) => /catalogue/.test(query))).toHaveLength(1);
    expect(errorCode(await anonymous.request(`query { proposalInCatalogue(proposalId: 1) { code`))).toBe('GRAPHQL_PARSE_FAILED');
  });
});
