import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective, TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { catchError, firstValueFrom, map, of } from 'rxjs';
import {
  BuilderCreateSurveyGQL,
  BuilderProcessesGQL,
  BuilderSurveysGQL,
  FieldErrorPipe,
  FormController,
  FormStatusComponent,
  LanguageService,
  errorMessageKey,
  noForbiddenCharacters,
  toUiError,
} from '@mitreden/web/core';
import type { BuilderSurveyListItemFragment, SurveyAudience } from '@mitreden/web/core';
import { keyFromText } from './survey-draft';

const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** "Umfrage Träger 2026" → "umfrage-traeger-2026". */
export function slugFromTitle(title: string): string {
  return keyFromText(title, '', /^[a-z0-9][a-z0-9_]*$/).replace(/_/g, '-').slice(0, 60).replace(/-+$/, '');
}

type ListState =
  | { status: 'loading' }
  | { status: 'failed'; key: string }
  | { status: 'loaded'; surveys: BuilderSurveyListItemFragment[] };

/** /manage/surveys: every survey with status and responses; create one. */
@Component({
  selector: 'mr-manage-surveys-page',
  imports: [
    FieldErrorPipe,
    FormStatusComponent,
    MatButton,
    MatCheckbox,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    ReactiveFormsModule,
    RouterLink,
    TranslocoDirective,
    TranslocoPipe,
  ],
  providers: [provideTranslocoScope('surveys')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './manage-surveys.page.html',
  styleUrl: './builder.scss',
})
export class ManageSurveysPage {
  private readonly surveysQuery = inject(BuilderSurveysGQL);
  private readonly processesQuery = inject(BuilderProcessesGQL);
  private readonly createMutation = inject(BuilderCreateSurveyGQL);
  private readonly router = inject(Router);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  private readonly watched = this.surveysQuery.watch({ variables: { processId: null }, fetchPolicy: 'cache-and-network' });
  protected readonly list = toSignal(
    this.watched.valueChanges.pipe(
      map((result): ListState => {
        if (result.error) return { status: 'failed', key: errorMessageKey(toUiError(result.error)) };
        if (result.dataState !== 'complete' || !result.data?.surveys) return { status: 'loading' };
        return { status: 'loaded', surveys: result.data.surveys as BuilderSurveyListItemFragment[] };
      }),
      catchError((error: unknown) => of<ListState>({ status: 'failed', key: errorMessageKey(toUiError(error)) })),
    ),
    { initialValue: { status: 'loading' } as ListState },
  );
  protected readonly surveys = computed(() => {
    const state = this.list();
    return state.status === 'loaded' ? state.surveys : [];
  });

  protected readonly processes = toSignal(
    this.processesQuery
      .watch({ fetchPolicy: 'cache-first' })
      .valueChanges.pipe(
        map((result) => (result.dataState === 'complete' ? result.data.processes : [])),
        catchError(() => of([])),
      ),
    { initialValue: [] },
  );

  protected readonly audiences: SurveyAudience[] = ['PUBLIC', 'ANONYMOUS', 'INVITED'];
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    processId: ['', Validators.required],
    title: ['', [Validators.required, Validators.maxLength(200), noForbiddenCharacters]],
    slug: ['', [Validators.required, Validators.maxLength(80), Validators.pattern(SLUG_PATTERN)]],
    audience: this.fb.control<SurveyAudience>('INVITED', Validators.required),
    anonymous: false,
  });
  protected readonly controller = new FormController();
  private readonly slugEdited = signal(false);
  protected readonly audience = toSignal(this.form.controls.audience.valueChanges, { initialValue: this.form.controls.audience.value });

  private readonly dateFormat = computed(
    () => new Intl.DateTimeFormat(this.language.current(), { dateStyle: 'medium', timeStyle: 'short' }),
  );

  constructor() {
    // The current process is the usual home of a new survey.
    effect(() => {
      const processes = this.processes();
      const current = processes.find((p) => p.isCurrent) ?? processes[0];
      if (current && !this.form.controls.processId.value) this.form.controls.processId.setValue(current.id);
    });
    this.form.controls.title.valueChanges.subscribe((title) => {
      if (!this.slugEdited()) this.form.controls.slug.setValue(slugFromTitle(title), { emitEvent: false });
    });
  }

  protected isSlugTaken(errors: Record<string, unknown>): boolean {
    const server = errors['server'];
    return Array.isArray(server) && server.includes('slugTaken');
  }

  protected slugTyped(): void {
    this.slugEdited.set(true);
  }

  protected formatDate(value: string | null): string {
    return value ? this.dateFormat().format(new Date(value)) : '';
  }

  protected create(): Promise<void> {
    return this.controller.submit(
      this.form,
      async () => {
        const value = this.form.getRawValue();
        const result = await firstValueFrom(
          this.createMutation.mutate({
            variables: {
              input: {
                processId: value.processId,
                slug: value.slug.trim(),
                title: [{ locale: 'de', text: value.title.trim() }],
                audience: value.audience,
                anonymous: value.audience === 'ANONYMOUS' ? true : value.audience === 'INVITED' ? value.anonymous : false,
              },
            },
          }),
        );
        return result.data?.createSurvey ?? null;
      },
      {
        done: async (created) => {
          if (!created) return;
          void this.announcer.announce(this.transloco.translate('surveys.builder.list.created'), 'polite');
          await this.router.navigate(['/manage/surveys', created.id]);
        },
      },
    );
  }
}
