import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { catchError, firstValueFrom, from, map, of, startWith, switchMap } from 'rxjs';
import { COMPLETE_LOCALES, LOCALES } from '@mitreden/shared/contracts';
import {
  EnterProposalGQL,
  FormController,
  FormStatusComponent,
  LANGUAGE_NATIVE_NAMES,
  LanguageService,
  errorMessageKey,
  noBidiOverrides,
  noForbiddenCharacters,
  notBlank,
  toUiError,
} from '@mitreden/web/core';
import type { UiError } from '@mitreden/web/core';
import { DatePipe } from '../common/date.pipe';
import { BODY_MAX, TITLE_MAX } from '../common/labels';
import { INTAKE_LINKS, IntakeData, forumsByDate } from './intake-data';
import type { IntakeGoal, IntakeProcess } from './intake-data';
import { PARTICIPANTS_MAX } from './intake-messages';
import { IntakeFieldErrorPipe } from './intake-field-error.pipe';

type ProcessState =
  | { status: 'loading' }
  | { status: 'loaded'; process: IntakeProcess }
  | { status: 'missing' }
  | { status: 'failed'; error: UiError };

const wholeNumber = (control: AbstractControl): ValidationErrors | null =>
  control.value === null || control.value === '' || Number.isInteger(Number(control.value))
    ? null
    : { integer: true };

/**
 * A moderator types in one proposal collected at a forum or on a paper form, on behalf of the
 * people behind it. After saving, the form keeps forum, source, kind and language and empties the
 * rest, ready for the next slip of the stack.
 */
@Component({
  selector: 'mr-enter-proposal-page',
  imports: [
    DatePipe,
    FormStatusComponent,
    IntakeFieldErrorPipe,
    MatButton,
    MatError,
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
  templateUrl: './enter-proposal.page.html',
  styleUrl: './intake.scss',
})
export class EnterProposalPage {
  /** Query parameters: the process's URL name (default: the current process) and a forum to preselect. */
  readonly process = input<string | undefined>();
  readonly forum = input<string | undefined>();

  private readonly data = inject(IntakeData);
  private readonly enterMutation = inject(EnterProposalGQL);
  private readonly language = inject(LanguageService);
  protected readonly lang = this.language.current;
  protected readonly controller = new FormController();
  protected readonly links = INTAKE_LINKS;
  protected readonly titleMax = TITLE_MAX;
  protected readonly bodyMax = BODY_MAX;
  protected readonly participantsMax = PARTICIPANTS_MAX;
  protected readonly languages = [
    ...COMPLETE_LOCALES,
    ...LOCALES.filter((locale) => !COMPLETE_LOCALES.includes(locale)),
  ].map((locale) => ({ value: locale, label: LANGUAGE_NATIVE_NAMES[locale] }));

  protected readonly form = inject(NonNullableFormBuilder).group({
    forumId: ['', [Validators.required]],
    source: ['FORUM' as 'FORUM' | 'PAPER', [Validators.required]],
    kind: ['MEASURE' as 'GOAL' | 'MEASURE', [Validators.required]],
    actionFieldId: ['', [Validators.required]],
    goalId: [''],
    title: ['', [Validators.required, notBlank, Validators.maxLength(TITLE_MAX), noForbiddenCharacters]],
    body: ['', [Validators.maxLength(BODY_MAX), noBidiOverrides]],
    language: ['de', [Validators.required]],
    participantCount: [
      null as number | null,
      [Validators.min(1), Validators.max(PARTICIPANTS_MAX), wholeNumber],
    ],
  });
  private readonly values = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
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
  /** Every forum: paper forms of a forum closed for online input still arrive. */
  protected readonly forums = computed(() => forumsByDate(this.loadedProcess()?.forums ?? []));
  protected readonly actionFields = computed(() =>
    [...(this.loadedProcess()?.actionFields ?? [])].sort((a, b) => a.position - b.position),
  );
  private readonly allGoals = signal<readonly IntakeGoal[]>([]);
  protected readonly goals = computed(() => {
    const actionFieldId = this.values().actionFieldId;
    return this.allGoals().filter((goal) => !actionFieldId || goal.actionField.id === actionFieldId);
  });
  protected readonly isMeasure = computed(() => this.values().kind === 'MEASURE');
  /** Resetting through the directive also forgets the submit, so the emptied fields show no errors. */
  private readonly formDirective = viewChild.required(FormGroupDirective);
  /** The proposal saved last, shown with a link until the next one is saved. */
  protected readonly saved = signal<{ id: string; number: number; title: string } | null>(null);

  constructor() {
    const destroyRef = inject(DestroyRef);
    effect(() => {
      const process = this.loadedProcess();
      if (!process) return;
      untracked(() => {
        const forumId = this.forum();
        if (forumId && process.forums.some((forum) => forum.id === forumId))
          this.form.controls.forumId.setValue(forumId);
        void this.loadGoals(process.id);
      });
    });
    // A forum's input belongs to its action field unless the moderator picks another one.
    this.form.controls.forumId.valueChanges.pipe(takeUntilDestroyed(destroyRef)).subscribe((forumId) => {
      const forum = this.forums().find((candidate) => candidate.id === forumId);
      if (forum) this.form.controls.actionFieldId.setValue(forum.actionField.id);
    });
    this.form.controls.actionFieldId.valueChanges.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => {
      const goalId = this.form.controls.goalId.value;
      if (goalId && !this.goals().some((goal) => goal.id === goalId)) this.form.controls.goalId.setValue('');
    });
  }

  protected submit(): Promise<void> {
    const process = this.loadedProcess();
    if (!process) return Promise.resolve();
    const value = this.form.getRawValue();
    const participants =
      value.participantCount === null || `${value.participantCount}` === ''
        ? null
        : Number(value.participantCount);
    const input = {
      processId: process.id,
      forumId: value.forumId,
      actionFieldId: value.actionFieldId || null,
      kind: value.kind,
      goalId: value.kind === 'MEASURE' && value.goalId ? value.goalId : null,
      title: value.title.trim(),
      body: value.body.trim(),
      language: value.language,
      source: value.source,
      participantCount: participants,
    };
    this.saved.set(null);
    return this.controller.submit(
      this.form,
      () => firstValueFrom(this.enterMutation.mutate({ variables: { input } })),
      {
        done: (result) => {
          const entered = result.data?.enterProposal;
          if (!entered) throw new Error('enterProposal returned nothing');
          this.saved.set(entered);
          this.controller.status.set(null);
          // Ready for the next slip: same forum, source, kind, field and language.
          this.formDirective().resetForm({
            ...value,
            goalId: value.kind === 'MEASURE' ? value.goalId : '',
            title: '',
            body: '',
            participantCount: null,
          });
          this.controller.focusLater('#intake-title');
          // A goal just entered can be named by the next measure.
          if (value.kind === 'GOAL') void this.loadGoals(process.id);
        },
      },
    );
  }

  private async loadGoals(processId: string): Promise<void> {
    try {
      this.allGoals.set(await this.data.goals(processId));
    } catch {
      // Without the list a measure can still be entered; naming the goal is optional.
    }
  }
}
