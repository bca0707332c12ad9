import { TestBed } from '@angular/core/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CombinedGraphQLErrors } from '@apollo/client';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of, throwError } from 'rxjs';
import { ImportProposalsGQL, ProposalImportPreviewGQL } from '@mitreden/web/core';
import type { ProposalImportPreviewQuery } from '@mitreden/web/core';
import { IntakeData } from './intake-data';
import type { IntakeProcess } from './intake-data';
import { ImportProposalsPage } from './import-proposals.page';

type Preview = ProposalImportPreviewQuery['proposalImportPreview'];

const PROCESS: IntakeProcess = {
  id: 'process-1',
  slug: 'wir-sind-hannover',
  title: 'Wir sind Hannover',
  actionFields: [{ id: 'field-4', position: 4, title: 'Bildung und Sprache' }],
  forums: [
    {
      id: 'forum-4',
      title: 'Forum 4: Bildung und Sprache',
      startsAt: '2014-07-12T08:00:00.000Z',
      municipality: 'Ronnenberg',
      acceptsInput: true,
      actionField: { id: 'field-4', title: 'Bildung und Sprache' },
    },
  ],
};

function preview(over: Partial<Preview> = {}): Preview {
  return {
    columns: ['Titel', 'Art', 'Notiz'],
    mapping: [
      { field: 'TITLE', column: 'Titel' },
      { field: 'KIND', column: 'Art' },
    ],
    rows: [
      {
        rowNumber: 2,
        status: 'VALID',
        title: 'Sprachcafés',
        kind: 'GOAL',
        actionField: 'Bildung und Sprache',
        forum: 'Forum 4',
        errors: [],
      },
      {
        rowNumber: 3,
        status: 'DUPLICATE',
        title: 'Lesepaten',
        kind: 'MEASURE',
        actionField: 'Bildung und Sprache',
        forum: 'Forum 4',
        errors: [],
      },
    ],
    rowCount: 2,
    validCount: 1,
    invalidCount: 0,
    duplicateCount: 1,
    ...over,
  };
}

function render(fetch: jest.Mock, mutate: jest.Mock = jest.fn()) {
  TestBed.configureTestingModule({
    imports: [
      ImportProposalsPage,
      TranslocoTestingModule.forRoot({
        langs: { de: {}, 'proposals/de': {} },
        translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
        preloadLangs: true,
      }),
    ],
    providers: [
      provideRouter([]),
      {
        provide: IntakeData,
        useValue: { process: jest.fn().mockResolvedValue(PROCESS), goals: jest.fn().mockResolvedValue([]) },
      },
      { provide: ProposalImportPreviewGQL, useValue: { fetch } },
      { provide: ImportProposalsGQL, useValue: { mutate } },
    ],
  });
  const fixture = TestBed.createComponent(ImportProposalsPage);
  fixture.autoDetectChanges();
  return fixture;
}

async function settle(fixture: ComponentFixture<ImportProposalsPage>): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
  }
}

async function chooseFile(fixture: ComponentFixture<ImportProposalsPage>, file: File): Promise<void> {
  const input: HTMLInputElement = fixture.nativeElement.querySelector('#import-file');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
  await settle(fixture);
}

function text(fixture: ComponentFixture<ImportProposalsPage>): string {
  return (fixture.nativeElement as HTMLElement).textContent ?? '';
}

function button(fixture: ComponentFixture<ImportProposalsPage>, label: string): HTMLButtonElement {
  const found = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('button')).find(
    (candidate) => candidate.textContent?.includes(label),
  );
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

const csv = (content: string, name = 'bögen.csv') => new File([content], name, { type: 'text/csv' });

describe('ImportProposalsPage', () => {
  it('refuses files that are not CSV or XLSX, or too large, without asking the server', async () => {
    const fetch = jest.fn();
    const fixture = render(fetch);
    await settle(fixture);

    await chooseFile(fixture, csv('x', 'liste.xls'));
    expect(text(fixture)).toContain('proposals.intake.fileRules.unsupportedFileType');

    await chooseFile(fixture, new File([new Uint8Array(2 * 1024 * 1024 + 1)], 'gross.csv'));
    expect(text(fixture)).toContain('proposals.intake.fileRules.fileTooLarge');

    button(fixture, 'proposals.intake.import.showPreview').click();
    await settle(fixture);
    expect(text(fixture)).toContain('proposals.intake.import.chooseFileFirst');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('previews with the guessed mapping, re-runs with the changed one and imports the same file', async () => {
    const fetch = jest.fn().mockReturnValue(of({ data: { proposalImportPreview: preview() } }));
    const mutate = jest
      .fn()
      .mockReturnValue(
        of({ data: { importProposals: { importId: 'import-1', createdCount: 1, skippedCount: 1 } } }),
      );
    const fixture = render(fetch, mutate);
    await settle(fixture);
    await chooseFile(fixture, csv('Titel;Art\nSprachcafés;Ziel\n'));

    button(fixture, 'proposals.intake.import.showPreview').click();
    await settle(fixture);
    const first = fetch.mock.calls[0][0].variables.input;
    expect(first).toEqual({
      processId: 'process-1',
      forumId: null,
      defaultSource: 'FORUM',
      fileName: 'bögen.csv',
      fileBase64: Buffer.from('Titel;Art\nSprachcafés;Ziel\n').toString('base64'),
    });
    expect(fixture.nativeElement.querySelectorAll('.mr-import-table tbody tr')).toHaveLength(2);
    expect(document.activeElement?.id).toBe('import-preview-heading');

    // Choosing the "Notiz" column for the body keeps the other fields as they were.
    const body: HTMLSelectElement = fixture.nativeElement.querySelectorAll('.mr-mapping select')[1];
    body.value = 'Notiz';
    body.dispatchEvent(new Event('change'));
    await settle(fixture);
    expect(fetch.mock.calls[1][0].variables.input.mapping).toEqual([
      { field: 'TITLE', column: 'Titel' },
      { field: 'BODY', column: 'Notiz' },
      { field: 'KIND', column: 'Art' },
    ]);

    button(fixture, 'proposals.intake.import.importButtonOne').click();
    await settle(fixture);
    expect(mutate.mock.calls[0][0].variables.input).toMatchObject({
      fileName: 'bögen.csv',
      fileBase64: first.fileBase64,
    });
    expect(text(fixture)).toContain('proposals.intake.import.resultHeading');
    expect(document.activeElement?.id).toBe('import-result-heading');
  });

  it('offers no import while a row has a problem, and explains file problems the server names', async () => {
    const invalid = preview({
      rows: [
        {
          rowNumber: 2,
          status: 'INVALID',
          title: '',
          kind: null,
          actionField: null,
          forum: null,
          errors: [{ field: 'TITLE', code: 'required' }],
        },
      ],
      rowCount: 1,
      validCount: 0,
      invalidCount: 1,
      duplicateCount: 0,
    });
    const refusal = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'Invalid input',
          extensions: { code: 'BAD_USER_INPUT', fields: { fileBase64: ['tooManyRows'] } },
        },
      ],
    });
    const fetch = jest
      .fn()
      .mockReturnValueOnce(of({ data: { proposalImportPreview: invalid } }))
      .mockReturnValueOnce(throwError(() => refusal));
    const fixture = render(fetch);
    await settle(fixture);
    await chooseFile(fixture, csv(';Ziel\n'));

    button(fixture, 'proposals.intake.import.showPreview').click();
    await settle(fixture);
    expect(text(fixture)).toContain('proposals.intake.importFields.TITLE: proposals.intake.rules.required');
    expect(text(fixture)).toContain('proposals.intake.import.fixFirst');
    expect(() => button(fixture, 'proposals.intake.import.importButton')).toThrow();

    button(fixture, 'proposals.intake.import.showPreview').click();
    await settle(fixture);
    expect(fixture.nativeElement.querySelector('[role="alert"]').textContent).toContain(
      'proposals.intake.fileRules.tooManyRows',
    );
    expect(fixture.nativeElement.querySelector('.mr-import-table')).toBeNull();
  });
});
