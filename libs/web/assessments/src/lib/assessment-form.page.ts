import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { catchError, firstValueFrom, map, of, switchMap } from 'rxjs';
import {
  AssessmentGQL,
  FormController,
  FormStatusComponent,
  LanguageService,
  RecordAssessmentGQL,
  errorMessageKey,
  noBidiOverrides,
  toUiError,
} from '@mitreden/web/core';
import type { AssessmentDetailFragment, Feasibility, ResponsibilityLevel } from '@mitreden/web/core';
import { AssessmentFieldErrorPipe } from './field-message';
import { COMMENT_MAX, COST_NOTE_MAX, FEASIBILITIES, RESPONSIBILITIES, formatDay, formatInstant } from './labels';

type LoadState =
  | { status: 'loading' }
  | { status: 'loaded'; assessment: AssessmentDetailFragment }
  | { status: 'failed'; key: string };

/** /assessments/:id: the proposal in context and the expert's assessment (draft or submitted). */
@Component({
  selector: 'mr-assessment-form-page',
  imports: [
    AssessmentFieldErrorPipe,
    FormStatusComponent,
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
    TranslocoDirective,
  ],
  providers: [provideTranslocoScope('assessments')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      @switch (state().status) {
        @case ('loading') {
          <h1>{{ t('assessments.form.heading') }}</h1>
          <p role="status">{{ t('assessments.loading') }}</p>
        }
        @case ('failed') {
          <h1>{{ t('assessments.form.heading') }}</h1>
          <p role="alert">{{ t(failureKey()) }}</p>
          <p><a routerLink="/assessments">{{ t('assessments.form.back') }}</a></p>
        }
        @default {
          @if (assessment(); as a) {
            <h1>{{ t('assessments.form.heading') }}</h1>
            <p><a routerLink="/assessments">{{ t('assessments.form.back') }}</a></p>
            <section class="mr-assessment-context" aria-labelledby="assessment-proposal-heading">
              <h2 id="assessment-proposal-heading">
                <a [routerLink]="['/proposals', a.proposal.id]">
                  {{ t('assessments.number', { number: a.proposal.number }) }} <bdi>{{ a.proposal.title }}</bdi>
                </a>
              </h2>
              <dl>
                <dt>{{ t('assessments.fields.kind') }}</dt>
                <dd>{{ t('assessments.kind.' + a.proposal.kind) }}</dd>
                <dt>{{ t('assessments.fields.actionField') }}</dt>
                <dd dir="auto">{{ a.proposal.actionFieldTitle }}</dd>
                <dt>{{ t('assessments.fields.supports') }}</dt>
                <dd>{{ a.proposal.supportCount }}</dd>
                <dt>{{ t('assessments.fields.department') }}</dt>
                <dd dir="auto">{{ a.department }}</dd>
                <dt>{{ t('assessments.fields.dueOn') }}</dt>
                <dd [class.mr-overdue]="a.overdue">
                  {{ day(a.dueOn) }}
                  @if (a.overdue) {
                    ({{ t('assessments.overdue') }})
                  }
                </dd>
                <dt>{{ t('assessments.fields.status') }}</dt>
                <dd>{{ t('assessments.status.' + a.status) }}</dd>
                @if (a.assignedBy) {
                  <dt>{{ t('assessments.fields.assignedBy') }}</dt>
                  <dd><bdi>{{ a.assignedBy.displayName }}</bdi>, {{ instant(a.assignedAt) }}</dd>
                }
                @if (a.assessedBy) {
                  <dt>{{ t('assessments.fields.assessedBy') }}</dt>
                  <dd><bdi>{{ a.assessedBy.displayName }}</bdi>@if (a.assessedAt) {, {{ instant(a.assessedAt) }}}</dd>
                }
              </dl>
            </section>

            @if (a.canRecord) {
              <mr-form-status
                [message]="controller.status() ? t(controller.status()!.key, controller.status()!.params) : null"
                [kind]="controller.status()?.kind ?? 'info'"
              />
              <form class="mr-form mr-assessment-form" [formGroup]="form" (ngSubmit)="save(true)" novalidate>
                <p class="mr-form__note">{{ t('assessments.form.requiredNote') }}</p>
                <fieldset class="mr-fieldset" [attr.aria-invalid]="form.controls.feasibility.invalid && form.controls.feasibility.touched">
                  <legend>{{ t('assessments.fields.feasibility') }} *</legend>
                  <mat-radio-group formControlName="feasibility" class="mr-radios" [attr.aria-label]="t('assessments.fields.feasibility')">
                    @for (value of feasibilities; track value) {
                      <mat-radio-button [value]="value">{{ t('assessments.feasibility.' + value) }}</mat-radio-button>
                    }
                  </mat-radio-group>
                  @if (form.controls.feasibility.touched && (form.controls.feasibility.errors | mrAssessmentFieldError); as e) {
                    <p class="mr-fieldset__error" role="alert">{{ t(e.key, e.params) }}</p>
                  }
                </fieldset>

                <mat-form-field appearance="outline">
                  <mat-label>{{ t('assessments.fields.responsibility') }}</mat-label>
                  <mat-select formControlName="responsibility">
                    @for (value of responsibilities; track value) {
                      <mat-option [value]="value">{{ t('assessments.responsibility.' + value) }}</mat-option>
                    }
                  </mat-select>
                  <mat-hint>{{ t('assessments.form.responsibilityHint') }}</mat-hint>
                  @if (form.controls.responsibility.errors | mrAssessmentFieldError; as e) {
                    <mat-error>{{ t(e.key, e.params) }}</mat-error>
                  }
                </mat-form-field>

                <mat-form-field appearance="outline">
                  <mat-label>{{ t('assessments.fields.costNote') }}</mat-label>
                  <textarea matInput formControlName="costNote" rows="2" dir="auto" [attr.maxlength]="costNoteMax"></textarea>
                  <mat-hint>{{ t('assessments.form.costNoteHint') }}</mat-hint>
                  @if (form.controls.costNote.errors | mrAssessmentFieldError; as e) {
                    <mat-error>{{ t(e.key, e.params) }}</mat-error>
                  }
                </mat-form-field>

                <mat-form-field appearance="outline">
                  <mat-label>{{ t('assessments.fields.publicComment') }}</mat-label>
                  <textarea matInput formControlName="publicComment" rows="5" dir="auto" [attr.maxlength]="commentMax"></textarea>
                  <mat-hint>{{ t('assessments.form.publicHint') }}</mat-hint>
                  @if (form.controls.publicComment.errors | mrAssessmentFieldError; as e) {
                    <mat-error>{{ t(e.key, e.params) }}</mat-error>
                  }
                </mat-form-field>

                <mat-form-field appearance="outline">
                  <mat-label>{{ t('assessments.fields.internalComment') }}</mat-label>
                  <textarea matInput formControlName="internalComment" rows="4" dir="auto" [attr.maxlength]="commentMax"></textarea>
                  <mat-hint>{{ t('assessments.form.internalHint') }}</mat-hint>
                  @if (form.controls.internalComment.errors | mrAssessmentFieldError; as e) {
                    <mat-error>{{ t(e.key, e.params) }}</mat-error>
                  }
                </mat-form-field>

                <div class="mr-form__actions">
                  @if (a.status !== 'SUBMITTED') {
                    <button mat-stroked-button type="button" (click)="save(false)">{{ t('assessments.form.saveDraft') }}</button>
                  }
                  <button mat-flat-button type="submit">
                    {{ t(a.status === 'SUBMITTED' ? 'assessments.form.update' : 'assessments.form.submit') }}
                  </button>
                  @if (controller.submitting()) {
                    <span>{{ t('forms.sending') }}</span>
                  }
                </div>
              </form>
            } @else {
              <section aria-labelledby="assessment-readonly-heading">
                <h2 id="assessment-readonly-heading">{{ t('assessments.form.resultHeading') }}</h2>
                <dl>
                  <dt>{{ t('assessments.fields.feasibility') }}</dt>
                  <dd>{{ a.feasibility ? t('assessments.feasibility.' + a.feasibility) : '–' }}</dd>
                  <dt>{{ t('assessments.fields.responsibility') }}</dt>
                  <dd>{{ a.responsibility ? t('assessments.responsibility.' + a.responsibility) : '–' }}</dd>
                  <dt>{{ t('assessments.fields.costNote') }}</dt>
                  <dd class="mr-multiline" dir="auto">{{ a.costNote || '–' }}</dd>
                  <dt>{{ t('assessments.fields.publicComment') }}</dt>
                  <dd class="mr-multiline" dir="auto">{{ a.publicComment || '–' }}</dd>
                  <dt>{{ t('assessments.fields.internalComment') }}</dt>
                  <dd class="mr-multiline" dir="auto">{{ a.internalComment || '–' }}</dd>
                </dl>
              </section>
            }
          }
        }
      }
    </ng-container>
  `,
  styles: `
    .mr-assessment-context {
      margin-block: 1rem 1.5rem;
      padding: 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 0.5rem;
    }
    .mr-assessment-context h2 {
      margin-block-start: 0;
      font: var(--mat-sys-title-large);
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 1rem;
      margin: 0;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
    .mr-multiline {
      white-space: pre-line;
    }
    .mr-overdue {
      color: var(--mat-sys-error);
      font-weight: 600;
    }
    .mr-fieldset {
      border: none;
      margin: 0 0 1rem;
      padding: 0;
    }
    .mr-fieldset legend {
      font: var(--mat-sys-title-small);
      margin-block-end: 0.5rem;
    }
    .mr-radios {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
    }
    .mr-fieldset__error {
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
    .mr-assessment-form {
      max-inline-size: 48rem;
    }
  `,
})
export class AssessmentFormPage {
  /** Route parameter. */
  readonly id = input.required<string>();

  private readonly query = inject(AssessmentGQL);
  private readonly recordMutation = inject(RecordAssessmentGQL);
  private readonly language = inject(LanguageService);

  protected readonly controller = new FormController();
  protected readonly feasibilities = FEASIBILITIES;
  protected readonly responsibilities = RESPONSIBILITIES;
  protected readonly costNoteMax = COST_NOTE_MAX;
  protected readonly commentMax = COMMENT_MAX;
  protected readonly form = inject(NonNullableFormBuilder).group({
    feasibility: ['' as Feasibility | ''],
    responsibility: ['' as ResponsibilityLevel | ''],
    costNote: ['', [Validators.maxLength(COST_NOTE_MAX), noBidiOverrides]],
    publicComment: ['', [Validators.maxLength(COMMENT_MAX), noBidiOverrides]],
    internalComment: ['', [Validators.maxLength(COMMENT_MAX), noBidiOverrides]],
  });

  /** The saved state replaces the loaded one without another round trip. */
  private readonly saved = signal<AssessmentDetailFragment | null>(null);
  private readonly loaded = toSignal(
    toObservable(this.id).pipe(
      switchMap((id) =>
        this.query.fetch({ variables: { id }, fetchPolicy: 'network-only' }).pipe(
          map((result): LoadState =>
            result.data?.assessment ? { status: 'loaded', assessment: result.data.assessment } : { status: 'loading' },
          ),
          catchError((error: unknown) => of<LoadState>({ status: 'failed', key: errorMessageKey(toUiError(error)) })),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState },
  );
  protected readonly state = computed<LoadState>(() => {
    const saved = this.saved();
    return saved ? { status: 'loaded', assessment: saved } : this.loaded();
  });
  protected readonly assessment = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.assessment : null;
  });
  protected readonly failureKey = computed(() => {
    const state = this.loaded();
    return state.status === 'failed' ? state.key : 'errors.NETWORK';
  });

  constructor() {
    // Fill the form once per loaded assessment; later saves keep what the expert typed.
    effect(() => {
      const state = this.loaded();
      if (state.status !== 'loaded') return;
      const a = state.assessment;
      untracked(() =>
        this.form.reset({
          feasibility: a.feasibility ?? '',
          responsibility: a.responsibility ?? '',
          costNote: a.costNote,
          publicComment: a.publicComment,
          internalComment: a.internalComment,
        }),
      );
    });
  }

  protected day(value: string): string {
    return formatDay(value, this.language.current());
  }

  protected instant(value: string): string {
    return formatInstant(value, this.language.current());
  }

  /** Submitting needs feasibility and responsibility; a draft takes whatever is there. */
  protected save(submit: boolean): Promise<void> {
    const { feasibility, responsibility } = this.form.controls;
    for (const control of [feasibility, responsibility]) {
      control.setValidators(submit ? Validators.required : null);
      control.updateValueAndValidity();
    }
    const value = this.form.getRawValue();
    return this.controller.submit(
      this.form,
      () =>
        firstValueFrom(
          this.recordMutation.mutate({
            variables: {
              input: {
                assessmentId: this.id(),
                feasibility: value.feasibility || null,
                responsibility: value.responsibility || null,
                costNote: value.costNote,
                publicComment: value.publicComment,
                internalComment: value.internalComment,
                submit,
              },
            },
          }),
        ),
      {
        done: (result) => {
          const saved = result.data?.recordAssessment;
          if (saved) this.saved.set(saved);
          this.controller.succeed(submit ? 'assessments.form.submitted' : 'assessments.form.draftSaved');
        },
      },
    );
  }
}
