import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { catchError, map, of, switchMap } from 'rxjs';
import { LanguageService, PublicAssessmentsGQL } from '@mitreden/web/core';
import type { PublicAssessmentsQuery } from '@mitreden/web/core';
import { formatInstant } from './labels';

type PublicAssessment = PublicAssessmentsQuery['publicAssessments'][number];

/** Submitted department assessments as the public sees them (never the internal comment). */
@Component({
  selector: 'mr-public-assessments',
  imports: [TranslocoDirective],
  providers: [provideTranslocoScope('assessments')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (assessments().length) {
      <section class="mr-public-assessments" aria-labelledby="public-assessments-heading" *transloco="let t">
        <h2 id="public-assessments-heading">{{ t('assessments.public.heading') }}</h2>
        @for (assessment of assessments(); track assessment.department) {
          <article class="mr-public-assessment">
            <h3 dir="auto">{{ assessment.department }}</h3>
            <dl>
              <dt>{{ t('assessments.fields.feasibility') }}</dt>
              <dd>{{ t('assessments.feasibility.' + assessment.feasibility) }}</dd>
              <dt>{{ t('assessments.fields.responsibility') }}</dt>
              <dd>{{ t('assessments.responsibility.' + assessment.responsibility) }}</dd>
            </dl>
            @if (assessment.publicComment) {
              <p class="mr-public-assessment__comment" dir="auto">{{ assessment.publicComment }}</p>
            }
            <p class="mr-public-assessment__date">
              {{ t('assessments.public.assessedOn', { date: format(assessment.assessedAt) }) }}
            </p>
          </article>
        }
      </section>
    }
  `,
  styles: `
    .mr-public-assessments {
      margin-block: 1.5rem;
      padding: 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 0.5rem;
    }
    .mr-public-assessment + .mr-public-assessment {
      margin-block-start: 1rem;
      padding-block-start: 1rem;
      border-block-start: 1px solid var(--mat-sys-outline-variant);
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
    .mr-public-assessment__comment {
      white-space: pre-line;
    }
    .mr-public-assessment__date {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class PublicAssessmentsComponent {
  readonly proposalId = input.required<string>();

  private readonly query = inject(PublicAssessmentsGQL);
  private readonly language = inject(LanguageService);

  protected readonly assessments = toSignal(
    toObservable(this.proposalId).pipe(
      switchMap((proposalId) =>
        this.query.watch({ variables: { proposalId }, fetchPolicy: 'cache-and-network' }).valueChanges.pipe(
          map((result): PublicAssessment[] =>
            result.dataState === 'complete' ? result.data.publicAssessments : [],
          ),
          // Nothing to show is better than an error box for an optional section.
          catchError(() => of<PublicAssessment[]>([])),
        ),
      ),
    ),
    { initialValue: [] as PublicAssessment[] },
  );
  private readonly locale = computed(() => this.language.current());

  protected format(value: string): string {
    return formatInstant(value, this.locale());
  }
}
