import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { catchError, map, of, switchMap } from 'rxjs';
import { ProposalInCatalogueGQL } from '@mitreden/web/core';
import type { ProposalInCatalogueQuery } from '@mitreden/web/core';
import { measureAnchor } from './catalogue-view';

type MeasureReference = ProposalInCatalogueQuery['proposalInCatalogue'][number];

/**
 * On a proposal page: the measures of the adopted catalogue this proposal became part of, with
 * links to them — what became of a resident's idea. Renders nothing when there are none.
 */
@Component({
  selector: 'mr-proposal-in-catalogue',
  imports: [RouterLink, TranslocoDirective],
  providers: [provideTranslocoScope('catalogue')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (measures().length) {
      <section class="mr-in-catalogue" aria-labelledby="in-catalogue-heading" *transloco="let t; prefix: 'catalogue.public'">
        <h2 id="in-catalogue-heading" class="mr-in-catalogue__heading">{{ t('inCatalogue.heading') }}</h2>
        <p>{{ t('inCatalogue.intro', { number: measures()[0].versionNumber, reference: measures()[0].councilReference }) }}</p>
        <ul class="mr-in-catalogue__list">
          @for (measure of measures(); track measure.measureId) {
            <li>
              <a [routerLink]="['/catalogue', measure.actionFieldPosition]" [fragment]="anchor(measure.code)">
                {{ t('inCatalogue.measure', { code: measure.code }) }}</a
              >:
              <bdi [attr.lang]="measure.textLocale">{{ measure.text }}</bdi>
              <span class="mr-in-catalogue__meta">
                (<bdi>{{ measure.actionFieldTitle }}</bdi> · {{ t('status.' + measure.status) }})</span
              >
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    .mr-in-catalogue {
      margin-block: 1.5rem;
      padding: 1rem 1.25rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-inline-start: 0.375rem solid var(--mat-sys-tertiary);
      border-radius: 0.5rem;
      background: var(--mat-sys-surface-container-low);
    }
    .mr-in-catalogue__heading {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-title-large);
    }
    .mr-in-catalogue__list {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .mr-in-catalogue__list li {
      margin-block-end: 0.5rem;
      overflow-wrap: anywhere;
    }
    .mr-in-catalogue__meta {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ProposalInCatalogueComponent {
  readonly proposalId = input.required<string>();
  private readonly query = inject(ProposalInCatalogueGQL);

  protected readonly measures = toSignal(
    toObservable(this.proposalId).pipe(
      switchMap((proposalId) =>
        this.query.fetch({ variables: { proposalId } }).pipe(
          map((result): MeasureReference[] => result.data?.proposalInCatalogue ?? []),
          // A failure here must not break the proposal page: the section simply stays away.
          catchError(() => of<MeasureReference[]>([])),
        ),
      ),
    ),
    { initialValue: [] as MeasureReference[] },
  );

  protected anchor(code: string): string {
    return measureAnchor(code);
  }
}
