import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { EMPTY, catchError, firstValueFrom, map, of, switchMap } from 'rxjs';
import {
  ApproveOfficialAnswerGQL,
  DraftOfficialAnswerGQL,
  FormController,
  FormStatusComponent,
  LANGUAGE_NATIVE_NAMES,
  LanguageService,
  OfficialAnswerDocument,
  OfficialAnswerGQL,
  PublishOfficialAnswerGQL,
  SessionService,
  fieldErrorMessage,
  htmlLang,
  noForbiddenTextCharacters,
} from '@mitreden/web/core';
import type { AnswerOutcome, OfficialAnswerItemFragment, OfficialAnswerQuery } from '@mitreden/web/core';
import { textDirection } from '@mitreden/shared/contracts';
import type { ApolloCache } from '@apollo/client';
import { ANSWER_EDIT_LOCALES, ANSWER_OUTCOMES, ANSWER_TEXT_MAX } from './answer-labels';
import type { AnswerEditLocale } from './answer-labels';

type TextControls = Record<`text_${AnswerEditLocale}`, FormControl<string>>;

/**
 * Project group and admins: write the official answer (outcome + German text, English and Arabic
 * optional), approve someone else's draft (four eyes) and publish an approved one. Nothing renders
 * for anyone else; the server checks every step again.
 */
@Component({
  selector: 'mr-answer-editor',
  imports: [
    FormStatusComponent,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    ReactiveFormsModule,
    TranslocoDirective,
  ],
  providers: [provideTranslocoScope('answers')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (isStaff()) {
      <section class="mr-answer-editor" [attr.aria-labelledby]="headingId" *transloco="let t">
        <h2 [id]="headingId" tabindex="-1">{{ t('answers.editor.heading') }}</h2>
        @switch (loadState()) {
          @case ('loading') {
            <p role="status">{{ t('answers.editor.loading') }}</p>
          }
          @case ('failed') {
            <p role="alert">{{ t('answers.editor.loadFailed') }}</p>
          }
          @default {
            <p class="mr-answer-editor__state">
              <strong>{{ t('answers.editor.statusLabel') }}:</strong>
              {{ answer() ? t('answers.status.' + answer()!.status) : t('answers.editor.none') }}
              @if (answer()?.draftedBy; as drafter) {
                – {{ t('answers.editor.draftedBy') }} <bdi>{{ drafter.displayName }}</bdi>
              }
              @if (answer()?.approvedBy; as approver) {
                – {{ t('answers.editor.approvedBy') }} <bdi>{{ approver.displayName }}</bdi>
              }
              @if (answer()?.publishedAt; as publishedAt) {
                – {{ formatDate(publishedAt) }}
              }
            </p>
            @if (answer()?.status === 'PUBLISHED') {
              <p>{{ t('answers.editor.publishedLocked') }}</p>
            } @else {
              <form [formGroup]="form" (ngSubmit)="save()" novalidate>
                <mat-form-field appearance="outline" class="mr-answer-editor__outcome">
                  <mat-label>{{ t('answers.editor.outcome') }}</mat-label>
                  <select matNativeControl formControlName="outcome" required>
                    <option value="" disabled>{{ t('answers.editor.chooseOutcome') }}</option>
                    @for (outcome of outcomes; track outcome) {
                      <option [value]="outcome">{{ t('answers.outcome.' + outcome) }}</option>
                    }
                  </select>
                  @if (errorOf('outcome'); as e) {
                    <mat-error>{{ t(e.key, e.params) }}</mat-error>
                  }
                </mat-form-field>
                <fieldset class="mr-answer-editor__texts">
                  <legend>{{ t('answers.editor.text') }}</legend>
                  @for (language of languages; track language.locale) {
                    <mat-form-field appearance="outline">
                      <mat-label>{{ t('answers.editor.textIn', { language: language.name }) }}</mat-label>
                      <textarea
                        matInput
                        rows="5"
                        [formControlName]="'text_' + language.locale"
                        [attr.lang]="language.locale"
                        [attr.dir]="language.dir"
                        [required]="language.locale === 'de'"
                      ></textarea>
                      <mat-hint>{{
                        language.locale === 'de'
                          ? t('answers.editor.germanRequired', { max: max })
                          : t('answers.editor.optional', { max: max })
                      }}</mat-hint>
                      @if (errorOf('text_' + language.locale); as e) {
                        <mat-error>{{ t(e.key, e.params) }}</mat-error>
                      }
                    </mat-form-field>
                  }
                </fieldset>
                <div class="mr-answer-editor__actions">
                  <button mat-flat-button type="submit" [attr.aria-busy]="busy() || null">
                    {{ t('answers.editor.save') }}
                  </button>
                  @if (answer(); as a) {
                    @if (dirty()) {
                      <p class="mr-answer-editor__hint">{{ t('answers.editor.saveFirst') }}</p>
                    } @else if (a.status === 'DRAFT') {
                      @if (a.canApprove) {
                        <button mat-stroked-button type="button" (click)="approve(a.id)">
                          {{ t('answers.editor.approve') }}
                        </button>
                      } @else {
                        <p class="mr-answer-editor__hint">{{ t('answers.editor.ownDraft') }}</p>
                      }
                    } @else if (a.canPublish) {
                      <button mat-flat-button type="button" (click)="publish(a.id)">
                        {{ t('answers.editor.publish') }}
                      </button>
                      <p class="mr-answer-editor__hint">{{ t('answers.editor.publishHint') }}</p>
                    }
                  }
                </div>
              </form>
            }
          }
        }
        <mr-form-status
          [message]="status() ? t(status()!.key, status()!.params ?? {}) : null"
          [kind]="status()?.kind ?? 'info'"
        />
      </section>
    }
  `,
  styles: `
    .mr-answer-editor {
      margin-block: 2rem;
      padding: 1rem 1.25rem;
      border: 1px dashed var(--mat-sys-outline);
      border-radius: 0.5rem;
    }
    .mr-answer-editor h2 {
      margin-block-start: 0;
    }
    .mr-answer-editor form {
      display: grid;
      gap: 0.5rem;
      max-inline-size: 48rem;
    }
    .mr-answer-editor__texts {
      display: grid;
      gap: 0.25rem;
      margin: 0;
      padding: 0.75rem 1rem 0;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 0.5rem;
    }
    .mr-answer-editor__texts legend {
      padding-inline: 0.25rem;
      font: var(--mat-sys-title-small);
    }
    .mr-answer-editor__actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75rem;
    }
    .mr-answer-editor__hint {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class AnswerEditorComponent {
  private static nextId = 0;

  readonly proposalId = input.required<string>();

  private readonly session = inject(SessionService);
  private readonly language = inject(LanguageService);
  private readonly query = inject(OfficialAnswerGQL);
  private readonly draftMutation = inject(DraftOfficialAnswerGQL);
  private readonly approveMutation = inject(ApproveOfficialAnswerGQL);
  private readonly publishMutation = inject(PublishOfficialAnswerGQL);
  private readonly controller = new FormController();

  protected readonly headingId = `mr-answer-editor-${AnswerEditorComponent.nextId++}`;
  protected readonly outcomes = ANSWER_OUTCOMES;
  protected readonly max = ANSWER_TEXT_MAX;
  protected readonly languages = ANSWER_EDIT_LOCALES.map((locale) => ({
    locale,
    name: LANGUAGE_NATIVE_NAMES[locale],
    dir: textDirection(locale),
  }));
  protected readonly isStaff = computed(() => {
    const role = this.session.user()?.role;
    return role === 'PROJECT_GROUP' || role === 'ADMIN';
  });

  protected readonly form = new FormGroup({
    outcome: new FormControl<AnswerOutcome | ''>('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    ...(Object.fromEntries(
      ANSWER_EDIT_LOCALES.map((locale) => [
        `text_${locale}`,
        new FormControl('', {
          nonNullable: true,
          validators: [
            Validators.maxLength(ANSWER_TEXT_MAX),
            noForbiddenTextCharacters,
            ...(locale === 'de' ? [Validators.required] : []),
          ],
        }),
      ]),
    ) as TextControls),
  });
  private readonly formEvents = toSignal(this.form.events);
  protected readonly dirty = computed(() => {
    this.formEvents();
    return this.form.dirty;
  });

  private readonly result = toSignal(
    toObservable(computed(() => (this.isStaff() ? this.proposalId() : null))).pipe(
      switchMap((proposalId) =>
        proposalId === null
          ? EMPTY
          : this.query
              .watch({ variables: { proposalId }, fetchPolicy: 'cache-and-network' })
              .valueChanges.pipe(
                map((result) =>
                  result.error
                    ? ({ state: 'failed' } as const)
                    : result.dataState === 'complete'
                      ? ({ state: 'loaded', answer: result.data.officialAnswer ?? null } as const)
                      : ({ state: 'loading' } as const),
                ),
                catchError(() => of({ state: 'failed' } as const)),
              ),
      ),
    ),
    { initialValue: { state: 'loading' } as const },
  );
  protected readonly loadState = computed(() => this.result().state);
  protected readonly answer = computed(() => {
    const result = this.result();
    return result.state === 'loaded' ? result.answer : null;
  });
  protected readonly busy = this.controller.submitting;
  protected readonly status = this.controller.status;
  private readonly dateFormat = computed(
    () => new Intl.DateTimeFormat(htmlLang(this.language.current()), { dateStyle: 'long' }),
  );

  constructor() {
    // The stored answer fills the form, unless the person is in the middle of editing it.
    effect(() => {
      const answer = this.answer();
      untracked(() => {
        if (!this.form.dirty) this.fill(answer);
      });
    });
  }

  protected errorOf(name: string) {
    this.formEvents();
    const control = this.form.get(name);
    return control && control.invalid && control.touched ? fieldErrorMessage(control.errors) : null;
  }

  protected formatDate(value: string): string {
    return this.dateFormat().format(new Date(value));
  }

  protected async save(): Promise<void> {
    const values = this.form.getRawValue();
    const text = ANSWER_EDIT_LOCALES.flatMap((locale) => {
      const value = values[`text_${locale}`].trim();
      return value ? [{ locale, text: value }] : [];
    });
    await this.controller.submit(
      this.form,
      () =>
        firstValueFrom(
          this.draftMutation.mutate({
            variables: {
              input: { proposalId: this.proposalId(), outcome: values.outcome as AnswerOutcome, text },
            },
            update: (cache, { data }) => this.store(cache, data?.draftOfficialAnswer),
          }),
        ),
      {
        done: (result) => {
          this.form.markAsPristine();
          this.fill(result.data?.draftOfficialAnswer ?? null);
          this.controller.succeed('answers.editor.saved');
        },
      },
    );
  }

  protected async approve(id: string): Promise<void> {
    await this.run(
      () => firstValueFrom(this.approveMutation.mutate({ variables: { id } })),
      'answers.editor.approved',
    );
  }

  protected async publish(id: string): Promise<void> {
    await this.run(
      () => firstValueFrom(this.publishMutation.mutate({ variables: { id } })),
      'answers.editor.published',
    );
  }

  /** Approve and publish change no form field: same cycle, without field validation. */
  private async run(request: () => Promise<unknown>, successKey: string): Promise<void> {
    if (this.controller.submitting()) return;
    this.controller.submitting.set(true);
    this.controller.status.set(null);
    try {
      await request();
      this.controller.succeed(successKey);
      this.controller.focusLater(`#${this.headingId}`);
    } catch (error) {
      this.controller.fail(error);
    } finally {
      this.controller.submitting.set(false);
    }
  }

  /** A first draft: the proposal's answer query held null, so write the new answer into it. */
  private store(cache: ApolloCache, answer: OfficialAnswerItemFragment | undefined): void {
    if (!answer) return;
    cache.writeQuery<OfficialAnswerQuery>({
      query: OfficialAnswerDocument,
      variables: { proposalId: this.proposalId() },
      data: { officialAnswer: answer },
    });
  }

  private fill(answer: OfficialAnswerItemFragment | null): void {
    const text = (locale: string) =>
      answer?.textTranslations.find((entry) => entry.locale === locale)?.text ?? '';
    this.form.reset({
      outcome: answer?.outcome ?? '',
      text_de: text('de'),
      text_en: text('en'),
      text_ar: text('ar'),
    });
  }
}
