import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  OnInit,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { checkAnswers, visibleQuestionKeys } from '@mitreden/shared/surveys';
import type { AnswerMap, AnswerValue, SurveyModel } from '@mitreden/shared/surveys';
import {
  LanguageService,
  SaveSurveyAnswersGQL,
  StartSurveyGQL,
  SurveyPreviewSlugGQL,
  errorMessageKey,
  toUiError,
} from '@mitreden/web/core';
import type { SurveyAccessInput, SurveyFormSessionFragment, UiError } from '@mitreden/web/core';
import { SurveyManageNavComponent } from '../common/survey-manage-nav.component';
import { SurveyQuestionComponent } from './survey-question.component';
import {
  formErrors,
  fromStoredAnswers,
  splitServerErrors,
  toAnswerInputs,
  toSurveyModel,
  visiblePages,
} from './survey-form';
import type { FormSection, QuestionErrors } from './survey-form';

type Phase =
  | { status: 'loading' }
  | { status: 'failed'; code: string }
  | { status: 'form' }
  /** Submitted just now (thanks) or before (read-only notice). */
  | { status: 'complete'; earlier: boolean };

/** Codes that get a page of their own instead of a one-line message. */
const FRIENDLY_FAILURES = new Set(['INVALID_TOKEN', 'SURVEY_CLOSED', 'SURVEY_COMPLETED', 'UNAUTHENTICATED', 'NOT_FOUND']);

/**
 * The form: /surveys/answer/:token (invitation or code), /surveys/:slug/answer (account),
 * /manage/surveys/:id/preview. One section per page; which pages and questions show follows the
 * shared rules live as answers change. Every move between pages saves (except in the preview),
 * so the same link resumes where the respondent stopped. The server re-checks everything.
 */
@Component({
  selector: 'mr-survey-answer-page',
  imports: [MatButton, MatProgressBar, RouterLink, SurveyManageNavComponent, SurveyQuestionComponent, TranslocoDirective],
  providers: [provideTranslocoScope('surveys')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      @if (id()) {
        <mr-survey-manage-nav [surveyId]="id()!" />
      }
      @if (preview()) {
        <p class="mr-answer__banner" role="note">{{ t('surveys.answer.preview.banner') }}</p>
      }
      @switch (phase().status) {
        @case ('loading') {
          <h1 tabindex="-1" class="mr-answer__heading">{{ t('surveys.answer.heading') }}</h1>
          <p role="status">{{ t('surveys.answer.loading') }}</p>
        }
        @case ('failed') {
          <h1 tabindex="-1" class="mr-answer__heading">{{ t('surveys.answer.failure.' + failureKind() + '.heading') }}</h1>
          <p role="alert">{{ failureText() === null ? t('surveys.answer.failure.' + failureKind() + '.text') : t(failureText()!) }}</p>
          @if (failureKind() === 'UNAUTHENTICATED') {
            <a mat-flat-button routerLink="/login" [queryParams]="{ returnUrl: returnUrl() }">{{ t('surveys.answer.failure.login') }}</a>
          } @else {
            <a routerLink="/surveys">{{ t('surveys.answer.failure.toList') }}</a>
          }
        }
        @case ('complete') {
          @if (session(); as s) {
            <h1 tabindex="-1" class="mr-answer__heading">{{ s.survey.title }}</h1>
            <div role="status">
              <h2>{{ t(completeEarlier() ? 'surveys.answer.complete.earlierHeading' : 'surveys.answer.complete.heading') }}</h2>
              @if (completeEarlier()) {
                <p>{{ t('surveys.answer.complete.earlierText') }}</p>
              }
              @if (s.survey.thanks) {
                <p class="mr-answer__text">{{ s.survey.thanks }}</p>
              } @else {
                <p>{{ t('surveys.answer.complete.thanks') }}</p>
              }
              @if (preview()) {
                <p>{{ t('surveys.answer.preview.nothingStored') }}</p>
              }
            </div>
            @if (preview()) {
              <button mat-stroked-button type="button" (click)="restartPreview()">{{ t('surveys.answer.preview.again') }}</button>
            } @else {
              <a routerLink="/surveys">{{ t('surveys.answer.failure.toList') }}</a>
            }
          }
        }
        @default {
          @if (session(); as s) {
            <h1 tabindex="-1" class="mr-answer__heading">{{ s.survey.title }}</h1>
            @if (s.organisationName) {
              <p>{{ t('surveys.answer.forOrganisation') }} <bdi>{{ s.organisationName }}</bdi></p>
            }
            @if (s.survey.anonymous) {
              <p class="mr-answer__note">{{ t('surveys.answer.anonymousNote') }}</p>
            }
            @if (pageIndex() === 0 && s.survey.intro) {
              <p class="mr-answer__text">{{ s.survey.intro }}</p>
            }

            <div class="mr-answer__progress">
              <p [id]="'progress-label'">{{ t('surveys.answer.progress', { page: pageIndex() + 1, total: pages().length }) }}</p>
              <mat-progress-bar
                mode="determinate"
                [value]="progress()"
                aria-labelledby="progress-label"
                [attr.aria-valuetext]="t('surveys.answer.progress', { page: pageIndex() + 1, total: pages().length })"
              />
            </div>

            @if (errorCount() || pageMessage()) {
              <div class="mr-answer__summary" role="alert" tabindex="-1" #summary>
                @if (pageMessage(); as message) {
                  <p>{{ t(message) }}</p>
                }
                @if (pageErrorKeys().length) {
                  <p>{{ t('surveys.answer.summary', { count: pageErrorKeys().length }) }}</p>
                  <ul>
                    @for (key of pageErrorKeys(); track key) {
                      <li>
                        <button type="button" class="mr-answer__link" (click)="focusQuestion(key)">{{ questionTitle(key) }}</button>
                      </li>
                    }
                  </ul>
                }
              </div>
            }

            @if (currentPage(); as page) {
              <form class="mr-answer__form" novalidate (submit)="$event.preventDefault(); isLast() ? submit() : next()">
                <h2 tabindex="-1" class="mr-answer__page-heading" #pageHeading>
                  {{ page.title || t('surveys.answer.pageFallback', { page: pageIndex() + 1 }) }}
                </h2>
                @if (page.description) {
                  <p class="mr-answer__text">{{ page.description }}</p>
                }
                @for (question of pageQuestions(); track question.key) {
                  <mr-survey-question
                    [question]="question"
                    [value]="answers()[question.key]"
                    [errors]="errorsFor(question.key)"
                    (changed)="setAnswer(question.key, $event)"
                  />
                }
                <div class="mr-answer__actions">
                  @if (pageIndex() > 0) {
                    <button mat-stroked-button type="button" [disabled]="saving()" (click)="back()">
                      {{ t('surveys.answer.back') }}
                    </button>
                  }
                  @if (isLast()) {
                    <button mat-flat-button type="submit" [disabled]="saving()">{{ t('surveys.answer.submit') }}</button>
                  } @else {
                    <button mat-flat-button type="submit" [disabled]="saving()">{{ t('surveys.answer.next') }}</button>
                  }
                  @if (!preview()) {
                    <button mat-button type="button" [disabled]="saving()" (click)="saveForLater()">
                      {{ t('surveys.answer.later') }}
                    </button>
                  }
                </div>
              </form>
            }
            <div role="status" class="mr-answer__status">
              @if (saving()) {
                {{ t('surveys.answer.saving') }}
              } @else if (savedForLater()) {
                <p>{{ t('surveys.answer.savedForLater.' + s.accessKind) }}</p>
                @if (s.accessKind !== 'ACCOUNT') {
                  <p class="mr-answer__resume"><bdi dir="ltr">{{ resumeLink() }}</bdi></p>
                }
              }
            </div>
          }
        }
      }
    </ng-container>
  `,
  styles: `
    :host {
      display: block;
      max-inline-size: 48rem;
    }
    .mr-answer__banner {
      padding: 0.75rem 1rem;
      border: 2px dashed var(--mat-sys-outline);
      border-radius: 0.5rem;
      font-weight: 700;
    }
    .mr-answer__heading:focus,
    .mr-answer__page-heading:focus {
      outline: none;
    }
    .mr-answer__heading:focus-visible,
    .mr-answer__page-heading:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
    }
    .mr-answer__text {
      white-space: pre-line;
    }
    .mr-answer__note {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .mr-answer__progress {
      margin-block: 1rem 1.5rem;
    }
    .mr-answer__progress p {
      margin: 0 0 0.25rem;
      font: var(--mat-sys-label-large);
    }
    .mr-answer__summary {
      padding: 0.75rem 1rem;
      margin-block-end: 1rem;
      border: 2px solid var(--mat-sys-error);
      border-radius: 0.5rem;
    }
    .mr-answer__summary ul {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .mr-answer__link {
      background: none;
      border: 0;
      padding: 0;
      color: var(--mat-sys-primary);
      text-decoration: underline;
      font: inherit;
      cursor: pointer;
      text-align: start;
    }
    .mr-answer__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      margin-block-start: 1rem;
    }
    .mr-answer__resume {
      overflow-wrap: anywhere;
      font-family: monospace;
    }
  `,
})
export class SurveyAnswerPage implements OnInit {
  /** Route parameters (component input binding): exactly one of them is set. */
  readonly token = input<string>();
  readonly slug = input<string>();
  readonly id = input<string>();

  private readonly startMutation = inject(StartSurveyGQL);
  private readonly saveMutation = inject(SaveSurveyAnswersGQL);
  private readonly previewSlug = inject(SurveyPreviewSlugGQL);
  private readonly language = inject(LanguageService);
  private readonly document = inject(DOCUMENT);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly phase = signal<Phase>({ status: 'loading' });
  protected readonly session = signal<SurveyFormSessionFragment | null>(null);
  protected readonly answers = signal<AnswerMap>({});
  protected readonly errors = signal<QuestionErrors>({});
  /** Page-level message key (e.g. errors.NETWORK) after a failed save. */
  protected readonly pageMessage = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly savedForLater = signal(false);
  private readonly currentKey = signal<string | null>(null);
  private access: SurveyAccessInput | null = null;
  private failure: UiError | null = null;

  protected readonly preview = computed(() => !!this.id());
  private readonly sections = computed<FormSection[]>(() => this.session()?.survey.sections ?? []);
  private readonly model = computed<SurveyModel>(() => toSurveyModel(this.sections()));
  protected readonly pages = computed(() => visiblePages(this.sections(), this.model(), this.answers()));
  protected readonly pageIndex = computed(() => {
    const index = this.pages().findIndex((page) => page.key === this.currentKey());
    return index < 0 ? 0 : index;
  });
  protected readonly currentPage = computed<FormSection | null>(() => this.pages()[this.pageIndex()] ?? null);
  /** Questions the conditions show now on this page. */
  protected readonly pageQuestions = computed(() => {
    const page = this.currentPage();
    const shown = this.visibleQuestions();
    return page ? page.questions.filter((question) => shown.has(question.key)) : [];
  });
  private readonly visibleQuestions = computed(() => visibleQuestionKeys(this.model(), this.answers()));
  protected readonly isLast = computed(() => this.pageIndex() >= this.pages().length - 1);
  protected readonly progress = computed(() => {
    const total = this.pages().length;
    return total ? Math.round(((this.pageIndex() + 1) / total) * 100) : 0;
  });
  protected readonly errorCount = computed(() => Object.keys(this.errors()).length);
  protected readonly pageErrorKeys = computed(() => {
    const errors = this.errors();
    return this.pageQuestions()
      .map((question) => question.key)
      .filter((key) => errors[key]?.length);
  });
  protected readonly completeEarlier = computed(() => {
    const phase = this.phase();
    return phase.status === 'complete' && phase.earlier;
  });
  protected readonly failureKind = computed(() => {
    const phase = this.phase();
    if (phase.status !== 'failed') return 'OTHER';
    return FRIENDLY_FAILURES.has(phase.code) ? phase.code : 'OTHER';
  });
  /** For codes without their own page: the shell's message for the code. */
  protected readonly failureText = computed(() => {
    const phase = this.phase();
    if (phase.status !== 'failed' || FRIENDLY_FAILURES.has(phase.code)) return null;
    return this.failure ? errorMessageKey(this.failure) : 'errors.NETWORK';
  });
  protected readonly returnUrl = computed(() => (this.slug() ? `/surveys/${this.slug()}/answer` : '/surveys'));
  protected readonly resumeLink = computed(() => {
    const token = this.token();
    return token ? `${this.document.location.origin}/surveys/answer/${encodeURIComponent(token)}` : '';
  });

  constructor() {
    // The survey's texts come in the page language; reload them when it changes, keeping the answers.
    let first = true;
    effect(() => {
      this.language.current();
      if (first) {
        first = false;
        return;
      }
      untracked(() => {
        if (this.phase().status === 'form') void this.start(true);
      });
    });
  }

  async ngOnInit(): Promise<void> {
    await this.resolveAccess();
    if (this.access) await this.start(false);
  }

  private async resolveAccess(): Promise<void> {
    const token = this.token();
    const slug = this.slug();
    const id = this.id();
    if (token) this.access = { token };
    else if (slug) this.access = { slug };
    else if (id) {
      try {
        const result = await firstValueFrom(this.previewSlug.fetch({ variables: { id }, fetchPolicy: 'network-only' }));
        const survey = result.data?.survey;
        if (!survey) return this.fail({ code: 'NOT_FOUND', fields: {} });
        this.access = { slug: survey.slug, preview: true };
      } catch (error) {
        this.fail(toUiError(error));
      }
    }
  }

  private fail(error: UiError): void {
    this.failure = error;
    this.phase.set({ status: 'failed', code: error.code });
    this.focusHeading('h1');
  }

  /** Opens the form; `keepAnswers` after a language change keeps what is typed but not saved yet. */
  private async start(keepAnswers: boolean): Promise<void> {
    if (!this.access) return;
    try {
      const result = await firstValueFrom(this.startMutation.mutate({ variables: { access: this.access } }));
      const session = result.data?.startSurvey;
      if (!session) return this.fail({ code: 'INTERNAL_SERVER_ERROR', fields: {} });
      this.session.set(session);
      if (session.complete) {
        this.phase.set({ status: 'complete', earlier: true });
        this.focusHeading('h1');
        return;
      }
      if (!keepAnswers) {
        this.answers.set(fromStoredAnswers(session.answers));
        const pages = this.pages();
        const resumeAt = Math.min(Math.max(session.reachedSection, 1), pages.length) - 1;
        this.currentKey.set(pages[resumeAt]?.key ?? null);
      }
      this.phase.set({ status: 'form' });
      if (!keepAnswers) this.focusHeading('h1');
    } catch (error) {
      this.fail(toUiError(error));
    }
  }

  protected setAnswer(key: string, value: AnswerValue | undefined): void {
    this.answers.update((answers) => {
      const next = { ...answers };
      if (value === undefined) delete next[key];
      else next[key] = value;
      return next;
    });
    this.savedForLater.set(false);
    if (this.errors()[key]) {
      this.errors.update((errors) => {
        const next = { ...errors };
        delete next[key];
        return next;
      });
    }
  }

  protected async next(): Promise<void> {
    const page = this.currentPage();
    if (!page || !this.checkPage(formErrors(this.model(), this.answers(), true, this.pageQuestions()))) return;
    const index = this.pageIndex();
    const reached = Math.max(this.session()?.reachedSection ?? 1, index + 2);
    if (!(await this.persist(false, reached))) return;
    // Answers on this page may have changed which pages follow; take the next one shown now.
    const following = this.pages()[index + 1];
    if (following) this.goTo(following.key);
  }

  protected async back(): Promise<void> {
    if (!this.checkPage(formErrors(this.model(), this.answers(), false, this.pageQuestions()))) return;
    if (!(await this.persist(false, this.session()?.reachedSection ?? 1))) return;
    const previous = this.pages()[this.pageIndex() - 1];
    if (previous) this.goTo(previous.key);
  }

  protected async saveForLater(): Promise<void> {
    if (!this.checkPage(formErrors(this.model(), this.answers(), false))) return;
    const reached = Math.max(this.session()?.reachedSection ?? 1, this.pageIndex() + 1);
    if (await this.persist(false, reached)) this.savedForLater.set(true);
  }

  protected async submit(): Promise<void> {
    const errors = formErrors(this.model(), this.answers(), true);
    if (Object.keys(errors).length) {
      // Show the first page that needs attention, with its problems listed.
      const firstPage = this.pages().find((page) => page.questions.some((question) => errors[question.key]));
      this.errors.set(errors);
      this.pageMessage.set(null);
      if (firstPage && firstPage.key !== this.currentPage()?.key) this.currentKey.set(firstPage.key);
      this.focusSummary();
      return;
    }
    if (!(await this.persist(true, this.pages().length))) return;
    this.phase.set({ status: 'complete', earlier: false });
    this.focusHeading('h1');
  }

  protected restartPreview(): void {
    this.answers.set({});
    this.errors.set({});
    this.currentKey.set(this.pages()[0]?.key ?? null);
    this.phase.set({ status: 'form' });
    this.focusHeading('h1');
  }

  /** True when the page has no problems; otherwise shows them and moves focus to the summary. */
  private checkPage(errors: QuestionErrors): boolean {
    this.errors.set(errors);
    this.pageMessage.set(null);
    if (!Object.keys(errors).length) return true;
    this.focusSummary();
    return false;
  }

  /** Saves everything answered so far. The preview validates on the client only and stores nothing. */
  private async persist(submit: boolean, reachedSection: number): Promise<boolean> {
    if (this.preview() || !this.access) return true;
    const { cleaned } = checkAnswers(this.model(), this.answers(), { submit });
    this.saving.set(true);
    this.pageMessage.set(null);
    try {
      const result = await firstValueFrom(
        this.saveMutation.mutate({
          variables: {
            input: { access: this.access, answers: toAnswerInputs(cleaned), reachedSection: Math.min(reachedSection, 100), submit },
          },
        }),
      );
      const session = result.data?.saveSurveyAnswers;
      if (session) this.session.set(session);
      return true;
    } catch (error) {
      const uiError = toUiError(error);
      if (uiError.code === 'SURVEY_COMPLETED') {
        this.phase.set({ status: 'complete', earlier: true });
        this.focusHeading('h1');
      } else if (uiError.code === 'SURVEY_CLOSED' || uiError.code === 'INVALID_TOKEN') {
        this.fail(uiError);
      } else {
        const { byQuestion } = splitServerErrors(uiError.fields, new Set(this.sections().flatMap((s) => s.questions.map((q) => q.key))));
        this.errors.set(byQuestion);
        this.pageMessage.set(errorMessageKey(uiError));
        const firstPage = this.pages().find((page) => page.questions.some((question) => byQuestion[question.key]));
        if (firstPage) this.currentKey.set(firstPage.key);
        this.focusSummary();
      }
      return false;
    } finally {
      this.saving.set(false);
    }
  }

  private goTo(key: string): void {
    this.currentKey.set(key);
    this.errors.set({});
    this.savedForLater.set(false);
    this.focusHeading('h2');
  }

  protected errorsFor(key: string): readonly string[] {
    return this.errors()[key] ?? [];
  }

  protected questionTitle(key: string): string {
    for (const section of this.sections()) for (const question of section.questions) if (question.key === key) return question.title;
    return key;
  }

  protected focusQuestion(key: string): void {
    const fieldset = this.host.nativeElement.querySelector<HTMLElement>(`#q-${CSS.escape(key)}`);
    const target = fieldset?.querySelector<HTMLElement>('input:not([disabled]), textarea, button:not([disabled])');
    (target ?? fieldset)?.focus();
  }

  private focusHeading(level: 'h1' | 'h2'): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(`${level}[tabindex="-1"]`)?.focus(), {
      injector: this.injector,
    });
  }

  private focusSummary(): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('.mr-answer__summary')?.focus(), {
      injector: this.injector,
    });
  }
}
