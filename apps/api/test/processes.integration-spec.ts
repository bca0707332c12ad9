import { DataSource } from 'typeorm';
import { seedDemoProcess } from '@mitreden/api/processes';
import { startTestApi } from './support/test-api';
import type { TestApi } from './support/test-api';
import { countQueries } from './support/query-counter';

const CURRENT_PROCESS = `{ currentProcess { slug title summary actionFields { position title description crossCutting } } }`;

interface CurrentProcess {
  currentProcess: {
    slug: string;
    title: string;
    summary: string;
    actionFields: { position: number; title: string; description: string; crossCutting: boolean }[];
  } | null;
}

describe('current process (home page)', () => {
  let api: TestApi;
  let dataSource: DataSource;

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
  });
  afterAll(() => api?.close());

  it('is null before the demo is seeded', async () => {
    const response = await api.client().request<CurrentProcess>(CURRENT_PROCESS);
    expect(response.errors).toBeUndefined();
    expect(response.data?.currentProcess).toBeNull();
  });

  it('serves the seeded Hannover process with its 8 action fields in order, seeding twice changes nothing', async () => {
    await seedDemoProcess(dataSource.manager);
    await seedDemoProcess(dataSource.manager);
    const [{ count: processCount }] = await dataSource.query(`SELECT count(*)::int AS count FROM processes`);
    const [{ count: fieldCount }] = await dataSource.query(`SELECT count(*)::int AS count FROM action_fields`);
    expect([processCount, fieldCount]).toEqual([1, 8]);

    const response = await api.client().request<CurrentProcess>(CURRENT_PROCESS);
    const process = response.data?.currentProcess;
    expect(process?.title).toBe('Wir sind Hannover – Zusammenleben in der Stadt');
    expect(process?.actionFields.map((field) => field.title)).toEqual([
      'Partizipation und Teilhabe',
      'Willkommenskultur',
      'Geflüchtete',
      'Bildung und Sprache',
      'Wirtschaft und Arbeit',
      'Gesundheit und Pflege',
      'Vernetzung',
      'Interkulturelle Öffnung',
    ]);
    expect(process?.actionFields.map((field) => field.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(process?.actionFields.filter((field) => field.crossCutting).map((field) => field.title)).toEqual([
      'Interkulturelle Öffnung',
    ]);
  });

  it('answers in the language the client asks for, German when it has no translation', async () => {
    const english = await api.client().request<CurrentProcess>(CURRENT_PROCESS, {}, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(english.data?.currentProcess?.title).toBe('We are Hannover – Living together in the city');
    expect(english.data?.currentProcess?.actionFields[1].title).toBe('Welcoming culture');

    const arabic = await api.client().request<CurrentProcess>(CURRENT_PROCESS, {}, { 'accept-language': 'ar' });
    expect(arabic.data?.currentProcess?.title).toMatch(/هانوفر/);

    const turkish = await api.client().request<CurrentProcess>(CURRENT_PROCESS, {}, { 'accept-language': 'tr' });
    expect(turkish.data?.currentProcess?.title).toBe('Wir sind Hannover – Zusammenleben in der Stadt');
  });

  it('loads the process and all its action fields with one SQL statement', async () => {
    const { queries } = await countQueries(dataSource, () => api.client().request<CurrentProcess>(CURRENT_PROCESS));
    expect(queries).toHaveLength(1);
  });
});
