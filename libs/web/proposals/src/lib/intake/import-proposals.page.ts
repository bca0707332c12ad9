import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { catchError, firstValueFrom, from, map, merge, of, startWith, switchMap } from 'rxjs';
import {
  ImportProposalsGQL,
  LanguageService,
  ProposalImportPreviewGQL,
  errorMessageKey,
  toUiError,
} from '@mitreden/web/core';
import type {
  ImportField,
  ImportProposalsMutation,
  ProposalImportInput,
  ProposalImportPreviewQuery,
  UiError,
} from '@mitreden/web/core';
import { DatePipe } from '../common/date.pipe';
import { enumKey } from '../common/labels';
import { INTAKE_LINKS, IntakeData, forumsByDate } from './intake-data';
import type { IntakeProcess } from './intake-data';
import {
  ACCEPTED_FILES,
  MAX_FILE_BYTES,
  fileToBase64,
  importErrorKey,
  isAcceptedFileName,
  rowRuleKey,
} from './intake-messages';

type ProcessState =
  | { status: 'loading' }
  | { status: 'loaded'; process: IntakeProcess }
  | { status: 'missing' }
  | { status: 'failed'; error: UiError };
type Preview = ProposalImportPreviewQuery['proposalImportPreview'];
type Result = ImportProposalsMutation['importProposals'];

/** Fields in the order the mapping offers them. */
export const IMPORT_FIELDS: readonly ImportField[] = [
  'TITLE',
  'BODY',
  'KIND',
  'ACTION_FIELD',
  'FORUM',
  'GOAL',
  'LANGUAGE',
  'SOURCE',
  'PARTICIPANT_COUNT',
];

interface ChosenFile {
  name: string;
  size: number;
  base64: string;
}

/**
 * Bulk import of forum and paper input from a CSV or XLSX: choose the file, see a dry run with the
 * column mapping (guessed from the headers, adjustable) and every row's problems, then import.
 * The API refuses while a row is invalid and skips rows imported before.
 */
@Component({
  selector: 'mr-import-proposals-page',
  imports: [
    DatePipe,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatRadioButton,
    MatRadioGroup,
    MatSelect,
    ReactiveFormsModule,
    RouterLink,
    RouterLinkActive,
    TranslocoDirective,
  ],
  providers: [provideTranslocoScope('proposals')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-proposals.page.html',
  styleUrl: './intake.scss',
})
export class ImportProposalsPage {
  /** Query parameters: the process's URL name (default: the current process) and a default forum. */
  readonly process = input<string | undefined>();
  readonly forum = input<string | undefined>();

  private readonly data = inject(IntakeData);
  private readonly previewQuery = inject(ProposalImportPreviewGQL);
  private readonly importMutation = inject(ImportProposalsGQL);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly lang = inject(LanguageService).current;
  protected readonly links = INTAKE_LINKS;
  protected readonly accept = ACCEPTED_FILES;
  protected readonly fields = IMPORT_FIELDS;
  protected readonly key = enumKey;
  protected readonly ruleKey = rowRuleKey;

  protected readonly setup = inject(NonNullableFormBuilder).group({
    forumId: [''],
    defaultSource: ['FORUM' as 'FORUM' | 'PAPER'],
  });

  protected readonly processState = toSignal(
    toObservable(computed(() => ({ slug: this.process(), lang: this.lang() }))).pipe(
      switchMap(({ slug }) =>
        from(this.data.process(slug)).pipe(
          map((found): ProcessState =>
            found ? { status: 'loaded', process: found } : { status: 'missing' },
          ),
          catchError((error: unknown) => of<ProcessState>({ status: 'failed', error: toUiError(error) })),
          startWith<ProcessState>({ status: 'loading' }),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as ProcessState },
  );
  protected readonly loadedProcess = computed(() => {
    const state = this.processState();
    return state.status === 'loaded' ? state.process : null;
  });
  protected readonly processFailureKey = computed(() => {
    const state = this.processState();
    return state.status === 'failed' ? errorMessageKey(state.error) : null;
  });
  protected readonly forums = computed(() => forumsByDate(this.loadedProcess()?.forums ?? []));

  protected readonly file = signal<ChosenFile | null>(null);
  protected readonly preview = signal<Preview | null>(null);
  protected readonly result = signal<Result | null>(null);
  protected readonly busy = signal<'reading' | 'preview' | 'import' | null>(null);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly onlyProblems = signal(false);

  /** Column chosen per field, as the last preview used it ('' = not used). */
  protected readonly mappedColumn = computed(() => {
    const mapping = new Map<ImportField, string>();
    for (const entry of this.preview()?.mapping ?? []) mapping.set(entry.field, entry.column);
    return mapping;
  });
  protected readonly shownRows = computed(() => {
    const rows = this.preview()?.rows ?? [];
    return this.onlyProblems() ? rows.filter((row) => row.status === 'INVALID') : rows;
  });
  protected readonly canImport = computed(() => {
    const preview = this.preview();
    return !!preview && preview.invalidCount === 0 && preview.validCount > 0 && this.busy() === null;
  });

  constructor() {
    const destroyRef = inject(DestroyRef);
    effect(() => {
      const process = this.loadedProcess();
      if (!process) return;
      untracked(() => {
        const forumId = this.forum();
        if (forumId && process.forums.some((forum) => forum.id === forumId))
          this.setup.controls.forumId.setValue(forumId);
      });
    });
    // A preview belongs to the settings it was made with; changing them asks for a new one.
    merge(this.setup.controls.forumId.valueChanges, this.setup.controls.defaultSource.valueChanges)
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe(() => this.clearOutcome());
  }

  protected async chooseFile(event: Event): Promise<void> {
    const element = event.target as HTMLInputElement;
    const chosen = element.files?.[0] ?? null;
    this.file.set(null);
    this.clearOutcome();
    if (!chosen) return;
    if (!isAcceptedFileName(chosen.name))
      return this.errorKey.set('proposals.intake.fileRules.unsupportedFileType');
    if (chosen.size > MAX_FILE_BYTES) return this.errorKey.set('proposals.intake.fileRules.fileTooLarge');
    this.busy.set('reading');
    try {
      this.file.set({ name: chosen.name, size: chosen.size, base64: await fileToBase64(chosen) });
    } catch {
      this.errorKey.set('proposals.intake.fileRules.unreadableFile');
    } finally {
      this.busy.set(null);
    }
  }

  /** Dry run with the guessed mapping (first time) or the one chosen in the selects. */
  protected async runPreview(mapping?: { field: ImportField; column: string }[]): Promise<void> {
    const input = this.input(mapping);
    if (!input) {
      this.errorKey.set('proposals.intake.import.chooseFileFirst');
      this.focusLater('#import-file');
      return;
    }
    this.busy.set('preview');
    this.errorKey.set(null);
    this.result.set(null);
    try {
      const response = await firstValueFrom(
        this.previewQuery.fetch({ variables: { input }, fetchPolicy: 'no-cache' }),
      );
      const preview = response.data?.proposalImportPreview;
      if (!preview) throw new Error('proposalImportPreview returned nothing');
      this.preview.set(preview);
      if (preview.invalidCount === 0) this.onlyProblems.set(false);
      if (!mapping) this.focusLater('#import-preview-heading');
    } catch (error) {
      this.preview.set(null);
      this.errorKey.set(importErrorKey(toUiError(error)));
    } finally {
      this.busy.set(null);
    }
  }

  protected remapFrom(field: ImportField, event: Event): Promise<void> {
    return this.remap(field, (event.target as HTMLSelectElement).value);
  }

  protected remap(field: ImportField, column: string): Promise<void> {
    const mapping = IMPORT_FIELDS.map((candidate) => ({
      field: candidate,
      column: candidate === field ? column : (this.mappedColumn().get(candidate) ?? ''),
    })).filter((entry) => entry.column !== '');
    return this.runPreview(mapping);
  }

  protected async runImport(): Promise<void> {
    const preview = this.preview();
    const input = this.input(preview?.mapping.map(({ field, column }) => ({ field, column })));
    if (!input || !this.canImport()) return;
    this.busy.set('import');
    this.errorKey.set(null);
    try {
      const response = await firstValueFrom(this.importMutation.mutate({ variables: { input } }));
      const result = response.data?.importProposals;
      if (!result) throw new Error('importProposals returned nothing');
      this.result.set(result);
      this.preview.set(null);
      this.focusLater('#import-result-heading');
    } catch (error) {
      this.errorKey.set(importErrorKey(toUiError(error)));
    } finally {
      this.busy.set(null);
    }
  }

  /** Back to the start for the next file; the forum and source stay as they were. */
  protected startOver(): void {
    this.file.set(null);
    this.clearOutcome();
    const element = this.host.nativeElement.querySelector<HTMLInputElement>('#import-file');
    if (element) element.value = '';
    this.focusLater('#import-file');
  }

  protected fileSize(bytes: number): string {
    return new Intl.NumberFormat(this.lang(), { maximumFractionDigits: 1 }).format(bytes / 1024);
  }

  private input(mapping?: { field: ImportField; column: string }[]): ProposalImportInput | null {
    const process = this.loadedProcess();
    const file = this.file();
    if (!process || !file) return null;
    const setup = this.setup.getRawValue();
    return {
      processId: process.id,
      forumId: setup.forumId || null,
      defaultSource: setup.defaultSource,
      fileName: file.name,
      fileBase64: file.base64,
      ...(mapping ? { mapping } : {}),
    };
  }

  private clearOutcome(): void {
    this.preview.set(null);
    this.result.set(null);
    this.errorKey.set(null);
    this.onlyProblems.set(false);
  }

  private focusLater(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
