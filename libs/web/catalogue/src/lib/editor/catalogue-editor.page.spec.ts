import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { CombinedGraphQLErrors } from '@apollo/client';
import { of, throwError } from 'rxjs';
import {
  EditorCatalogueGQL,
  EditorDeleteGoalGQL,
  EditorDeleteMeasureGQL,
  EditorProposalPicksGQL,
  EditorReorderFieldGQL,
  EditorSaveGoalGQL,
  EditorSaveMeasureGQL,
  EditorUpdateMeasureStatusGQL,
  LanguageService,
} from '@mitreden/web/core';
import type { EditorCatalogueQuery, EditorGoalFragment, EditorMeasureFragment, ReorderCatalogueFieldInput } from '@mitreden/web/core';
import catalogueDe from '../../i18n/de.json';
import { CatalogueEditorPage } from '../manage/catalogue-editor.page';

// The scope file is served as it is; while the i18n tool still wraps sections in a "catalogue" key, unwrap it.
const catalogueScope = ((catalogueDe as Record<string, unknown>)['catalogue'] ?? catalogueDe) as Record<string, unknown>;

type Catalogue = NonNullable<EditorCatalogueQuery['managedCatalogue']>;

function measure(id: string, goalId: string, number: number): EditorMeasureFragment {
  return {
    id,
    key: `k-${id}`,
    goalId,
    number,
    code: `3.${number}`,
    text: `Maßnahme ${id}`,
    textTranslations: [{ locale: 'de', text: `Maßnahme ${id}` }],
    responsibility: '',
    department: '',
    costNote: '',
    priority: null,
    status: 'PLANNED',
    progress: 0,
    milestones: [],
    provenance: { proposalCount: 0, proposals: [] },
    statusHistory: [],
  };
}

function goal(id: string, position: number, measures: EditorMeasureFragment[]): EditorGoalFragment {
  return { id, key: `k-${id}`, position, title: `Ziel ${id}`, titleTranslations: [{ locale: 'de', text: `Ziel ${id}` }], sources: [], measures };
}

function catalogue(status: 'DRAFT' | 'ADOPTED'): Catalogue {
  return {
    processId: 'p',
    processTitle: 'Klimaplan',
    version: {
      id: 'v1',
      number: 2,
      status,
      basedOnNumber: 1,
      adoptedOn: status === 'ADOPTED' ? '2026-03-05' : null,
      councilReference: status === 'ADOPTED' ? 'Drucksache 1234/2026' : null,
      adoptedAt: null,
      updatedAt: '2026-03-05T10:00:00Z',
    },
    actionFields: [
      { id: 'f1', position: 1, title: 'Energie', measureCount: 0, goals: [] },
      {
        id: 'f3',
        position: 3,
        title: 'Mobilität',
        measureCount: 3,
        goals: [goal('A', 1, [measure('m1', 'A', 1), measure('m2', 'A', 2)]), goal('B', 2, [measure('m3', 'B', 3)])],
      },
    ],
  };
}

const updateStatus = jest.fn((request: { variables: { input: { measureId: string; progress: number; status: string } } }) =>
  of({ data: { updateMeasureStatus: { ...measure('m1', 'A', 1), status: request.variables.input.status, progress: request.variables.input.progress } } }),
);

async function render(status: 'DRAFT' | 'ADOPTED', reorderResult = () => of({ data: { reorderCatalogueField: catalogue(status).actionFields[1] } })) {
  const reorder = jest.fn((_: { variables: { input: ReorderCatalogueFieldInput } }) => reorderResult());
  TestBed.configureTestingModule({
    imports: [
      CatalogueEditorPage,
      TranslocoTestingModule.forRoot({
        langs: { de: {}, 'catalogue/de': catalogueScope },
        translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
        preloadLangs: true,
      }),
    ],
    providers: [
      provideRouter([]),
      provideNoopAnimations(),
      { provide: EditorCatalogueGQL, useValue: { fetch: () => of({ data: { managedCatalogue: catalogue(status) } }) } },
      { provide: EditorReorderFieldGQL, useValue: { mutate: reorder } },
      { provide: EditorProposalPicksGQL, useValue: { fetch: () => of({ data: { catalogueProposalPicks: [] } }) } },
      { provide: EditorSaveGoalGQL, useValue: { mutate: jest.fn() } },
      { provide: EditorSaveMeasureGQL, useValue: { mutate: jest.fn() } },
      { provide: EditorDeleteGoalGQL, useValue: { mutate: jest.fn() } },
      { provide: EditorDeleteMeasureGQL, useValue: { mutate: jest.fn() } },
      { provide: EditorUpdateMeasureStatusGQL, useValue: { mutate: updateStatus } },
      { provide: LanguageService, useValue: { current: signal('de'), direction: signal('ltr') } },
    ],
  });
  const fixture = TestBed.createComponent(CatalogueEditorPage);
  fixture.componentRef.setInput('versionId', 'v1');
  fixture.componentRef.setInput('field', '3');
  fixture.autoDetectChanges();
  await settle(fixture);
  const el = fixture.nativeElement as HTMLElement;
  const click = async (selector: string) => {
    const target = el.querySelector<HTMLButtonElement>(selector);
    if (!target) throw new Error(`missing ${selector}`);
    target.click();
    await settle(fixture);
  };
  return { fixture, el, reorder, click };
}

async function settle(fixture: { whenStable: () => Promise<unknown> }): Promise<void> {
  await fixture.whenStable();
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

// JIT-compiling Material on the first render is slow on CI machines.
jest.setTimeout(60_000);

describe('CatalogueEditorPage', () => {
  afterEach(() => TestBed.resetTestingModule());

  it('shows the field from ?field= with goals as headings and measure codes', async () => {
    const { el } = await render('DRAFT');
    expect(el.querySelector('h1')?.textContent).toContain('Version 2');
    expect(Array.from(el.querySelectorAll('h2')).map((h) => h.textContent?.trim())).toEqual(['Ziel A', 'Ziel B']);
    expect(Array.from(el.querySelectorAll('h3')).map((h) => h.textContent?.trim())).toEqual(['Maßnahme 3.1', 'Maßnahme 3.2', 'Maßnahme 3.3']);
    expect(el.querySelector('#add-goal')).not.toBeNull();
  });

  it('reorders with a preview of the new codes, keeps focus on the moved button and saves the whole order', async () => {
    const { el, click, reorder } = await render('DRAFT');
    await click('#start-reorder');
    const summary = () => el.querySelector('.mr-ce-summary')?.textContent?.trim();
    expect(summary()).toBe('Noch nichts verschoben.');
    await click('#reorder-measure-m3-up');
    // m3 crossed into goal A at its end: same reading order, no number changes yet.
    expect(summary()).toBe('Die Reihenfolge ist geändert, die Nummern bleiben gleich.');
    expect(document.activeElement?.id).toBe('reorder-measure-m3-up');
    await click('#reorder-measure-m3-up');
    expect(summary()).toBe('2 Maßnahmen erhalten neue Nummern.');
    expect(el.textContent).toContain('Maßnahme 3.3 wird zu 3.2');
    expect(el.textContent).toContain('Maßnahme 3.2 wird zu 3.3');
    await click('#reorder-goal-B-up');
    expect(document.activeElement?.id).toBe('reorder-goal-B-down');
    await click('#save-reorder');
    expect(reorder).toHaveBeenCalledTimes(1);
    expect(reorder.mock.calls[0]?.[0].variables.input).toEqual({
      versionId: 'v1',
      actionFieldId: 'f3',
      goals: [
        { goalId: 'B', measureIds: [] },
        { goalId: 'A', measureIds: ['m1', 'm3', 'm2'] },
      ],
    });
    expect(el.querySelector('#start-reorder')).not.toBeNull();
  });

  it('cancel restores the stored order', async () => {
    const { el, click, reorder } = await render('DRAFT');
    await click('#start-reorder');
    await click('#reorder-measure-m1-down');
    const cancel = Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.includes('forms.cancel'));
    cancel?.click();
    await settle({ whenStable: () => Promise.resolve() });
    await click('#start-reorder');
    expect(el.querySelector('.mr-ce-summary')?.textContent?.trim()).toBe('Noch nichts verschoben.');
    expect(reorder).not.toHaveBeenCalled();
  });

  it('shows a conflict when saving the order fails', async () => {
    const conflict = new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code: 'CONFLICT' } }] });
    const { el, click } = await render('DRAFT', () => throwError(() => conflict));
    await click('#start-reorder');
    await click('#reorder-measure-m2-down');
    await click('#save-reorder');
    expect(el.textContent).toContain('Der Katalog wurde inzwischen geändert');
  });

  it('shows an adopted version read-only with the banner and a status form per measure', async () => {
    const { el, fixture } = await render('ADOPTED');
    expect(el.textContent).toContain('Drucksache 1234/2026');
    expect(el.querySelector('#add-goal')).toBeNull();
    expect(el.querySelector('#start-reorder')).toBeNull();
    expect(el.querySelectorAll('mr-catalogue-measure-status').length).toBe(3);
    const progress = el.querySelector<HTMLInputElement>('#status-m1-progress');
    if (!progress) throw new Error('progress field missing');
    progress.value = '150';
    progress.dispatchEvent(new Event('input'));
    progress.closest('form')?.dispatchEvent(new Event('submit'));
    await settle(fixture);
    // Out of range: refused on the client with the message next to the field.
    expect(updateStatus).not.toHaveBeenCalled();
    expect(el.textContent).toContain('ganze Zahl von 0 bis 100');
    progress.value = '40';
    progress.dispatchEvent(new Event('input'));
    progress.closest('form')?.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(updateStatus).toHaveBeenCalledTimes(1);
    expect(updateStatus.mock.calls[0]?.[0].variables.input).toMatchObject({ measureId: 'm1', status: 'PLANNED', progress: 40, note: '', milestonesDone: [] });
    expect(el.textContent).toContain('Der Stand von Maßnahme 3.1 wurde gespeichert.');
  });
});
