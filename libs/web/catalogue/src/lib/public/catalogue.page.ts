import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { switchMap } from 'rxjs';
import { CatalogueGQL, LanguageService } from '@mitreden/web/core';
import type { CatalogueQuery } from '@mitreden/web/core';
import {
  formatCount,
  formatDay,
  formatPercent,
  loadState,
  pluralCategory,
  statusSummary,
  versionNumberParam,
  versionQueryParams,
} from './catalogue-view';
import type { LoadState } from './catalogue-view';

export type PublicCatalogue = NonNullable<CatalogueQuery['catalogue']>;
type PublicActionField = PublicCatalogue['actionFields'][number];

/**
 * /catalogue: the adopted catalogue of the current process — what it is, which version, how far
 * its measures are implemented, and its action fields. `?version=N` shows an earlier adopted version.
 */
@Component({
  selector: 'mr-catalogue-page',
  imports: [RouterLink, TranslocoDirective],
  providers: [provideTranslocoScope('catalogue')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'catalogue.public'">
      <h1 tabindex="-1">{{ t('heading') }}</h1>
      @switch (state().status) {
        @case ('loading') {
          <p role="status">{{ t('loading') }}</p>
        }
        @case ('failed') {
          <p role="alert" *transloco="let root">{{ root(failureKey()) }}</p>
        }
        @case ('missing') {
          @if (requestedVersion() !== null) {
            <p role="status">{{ t('versionMissing', { number: count(requestedVersion() ?? 0) }) }}</p>
            <p>
              <a routerLink="/catalogue">{{ t('toLatest') }}</a>
            </p>
          } @else {
            <section class="mr-catalogue__empty" aria-labelledby="catalogue-empty-heading">
              <h2 id="catalogue-empty-heading">{{ t('notAdopted.heading') }}</h2>
              <p>{{ t('notAdopted.text') }}</p>
              <p>{{ t('notAdopted.proposals') }}</p>
              <p>
                <a routerLink="/">{{ t('notAdopted.home') }}</a>
              </p>
            </section>
          }
        }
        @default {
          @if (catalogue(); as c) {
            <p class="mr-catalogue__process">
              <bdi>{{ c.processTitle }}</bdi>
            </p>
            <p class="mr-catalogue__intro">{{ t('intro.what') }}</p>
            <p class="mr-catalogue__intro">{{ t('intro.origin') }}</p>

            <p class="mr-catalogue__version" data-testid="version-line">
              {{ t('version.line', { number: count(c.version.number), date: day(c.version.adoptedOn) }) }}
              @if (c.version.councilReference) {
                · {{ t('version.reference') }} <bdi>{{ c.version.councilReference }}</bdi>
              }
            </p>
            @if (!isLatest()) {
              <p class="mr-catalogue__notice" role="note">
                {{ t('version.earlier') }}
                <a routerLink="/catalogue">{{ t('toLatest') }}</a>
              </p>
            }
            @if (c.versions.length > 1) {
              <nav class="mr-catalogue__versions" aria-labelledby="catalogue-versions-heading">
                <h2 id="catalogue-versions-heading" class="mr-catalogue__small-heading">
                  {{ t('version.others') }}
                </h2>
                <ul>
                  @for (version of c.versions; track version.id) {
                    <li>
                      <a
                        routerLink="/catalogue"
                        [queryParams]="versionLinkParams(version.number)"
                        [attr.aria-current]="version.id === c.version.id ? 'page' : null"
                      >
                        {{
                          t('version.item', { number: count(version.number), date: day(version.adoptedOn) })
                        }}
                      </a>
                      @if (version.councilReference) {
                        (<bdi>{{ version.councilReference }}</bdi
                        >)
                      }
                    </li>
                  }
                </ul>
              </nav>
            }

            <section aria-labelledby="catalogue-status-heading">
              <h2 id="catalogue-status-heading">{{ t('summary.heading') }}</h2>
              <p>{{ t('summary.total.' + plural(measureTotal()), { count: count(measureTotal()) }) }}</p>
              <ul class="mr-status-summary">
                @for (row of summary(); track row.status) {
                  <li class="mr-status-summary__row">
                    <span class="mr-status-summary__label">{{ t('status.' + row.status) }}</span>
                    <span class="mr-status-summary__bar" aria-hidden="true">
                      <span
                        class="mr-status-summary__fill"
                        [class]="'mr-status--' + row.status"
                        [style.inline-size.%]="row.percent"
                      ></span>
                    </span>
                    <span class="mr-status-summary__value">
                      {{ t('summary.measures.' + plural(row.count), { count: count(row.count) }) }} ({{
                        percent(row.percent)
                      }})
                    </span>
                  </li>
                }
              </ul>
            </section>

            <section aria-labelledby="catalogue-fields-heading">
              <h2 id="catalogue-fields-heading">{{ t('fields.heading') }}</h2>
              <ol class="mr-catalogue-fields">
                @for (field of c.actionFields; track field.id) {
                  <li class="mr-catalogue-field">
                    <h3 class="mr-catalogue-field__title">
                      <span class="mr-catalogue-field__number" aria-hidden="true">{{
                        count(field.position)
                      }}</span>
                      <a [routerLink]="['/catalogue', field.position]" [queryParams]="linkParams()">
                        <span class="mr-visually-hidden"
                          >{{ t('fields.number', { number: count(field.position) }) }}:
                        </span>
                        <bdi>{{ field.title }}</bdi>
                      </a>
                    </h3>
                    <p class="mr-catalogue-field__meta">
                      {{
                        t('fields.goals.' + plural(field.goals.length), { count: count(field.goals.length) })
                      }}
                      ·
                      {{
                        t('fields.measures.' + plural(measuresOf(field)), { count: count(measuresOf(field)) })
                      }}
                    </p>
                  </li>
                }
              </ol>
            </section>
          }
        }
      }
    </ng-container>
  `,
  styles: `
    :host {
      display: block;
      max-inline-size: 60rem;
    }
    .mr-catalogue__process {
      margin-block: 0 0.5rem;
      font: var(--mat-sys-title-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .mr-catalogue__intro {
      max-inline-size: 48rem;
      font: var(--mat-sys-body-large);
    }
    .mr-catalogue__version {
      font: var(--mat-sys-title-small);
    }
    .mr-catalogue__notice {
      padding: 0.75rem 1rem;
      border-inline-start: 0.25rem solid var(--mat-sys-tertiary);
      background: var(--mat-sys-surface-container);
    }
    .mr-catalogue__small-heading {
      font: var(--mat-sys-title-small);
      margin-block: 1rem 0.25rem;
    }
    .mr-catalogue__versions ul {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .mr-catalogue__versions a[aria-current='page'] {
      font-weight: 700;
    }
    /* One grid for all rows (rows are subgrids), so every bar starts and ends at the same place and
       the lengths compare; a grid per row would size each bar by the width of its own figures. */
    .mr-status-summary {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: minmax(8rem, 12rem) minmax(6rem, 1fr) auto;
      gap: 0.5rem 0.75rem;
    }
    .mr-status-summary__row {
      display: grid;
      grid-column: 1 / -1;
      grid-template-columns: subgrid;
      align-items: center;
      row-gap: 0.25rem;
    }
    .mr-status-summary__bar {
      display: block;
      block-size: 0.75rem;
      border-radius: 0.375rem;
      background: var(--mat-sys-surface-container-highest);
      overflow: hidden;
    }
    .mr-status-summary__fill {
      display: block;
      block-size: 100%;
      background: var(--mat-sys-primary);
    }
    .mr-status--IN_PROGRESS {
      background: var(--mat-sys-tertiary);
    }
    .mr-status--IMPLEMENTED {
      background: var(--mat-sys-primary);
    }
    .mr-status--PLANNED {
      background: var(--mat-sys-secondary);
    }
    .mr-status--DROPPED {
      background: var(--mat-sys-outline);
    }
    @media (max-width: 36rem) {
      .mr-status-summary {
        grid-template-columns: 1fr auto;
      }
      .mr-status-summary__bar {
        grid-column: 1 / -1;
        grid-row: 2;
      }
    }
    .mr-catalogue-fields {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
      gap: 1rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .mr-catalogue-field {
      padding: 1rem 1.25rem;
      background: var(--mat-sys-surface-container-low);
      border: 1px solid var(--mat-sys-outline-variant);
      border-inline-start: 0.375rem solid var(--mat-sys-primary);
      border-radius: 0.75rem;
    }
    .mr-catalogue-field__title {
      display: flex;
      align-items: baseline;
      gap: 0.625rem;
      margin: 0 0 0.5rem;
      font: var(--mat-sys-title-large);
      overflow-wrap: anywhere;
    }
    .mr-catalogue-field__number {
      flex: none;
      display: inline-grid;
      place-items: center;
      min-inline-size: 2rem;
      block-size: 2rem;
      border-radius: 50%;
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
      font: var(--mat-sys-label-large);
    }
    .mr-catalogue-field__meta {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .mr-visually-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `,
})
export class CataloguePage {
  /** `?version=N` (component input binding). */
  readonly version = input<string | undefined>(undefined);

  private readonly query = inject(CatalogueGQL);
  private readonly language = inject(LanguageService);

  protected readonly requestedVersion = computed(() => versionNumberParam(this.version()));

  protected readonly state = toSignal(
    toObservable(this.requestedVersion).pipe(
      switchMap((versionNumber) =>
        loadState(
          this.query.watch({
            variables: { processSlug: null, versionNumber },
            fetchPolicy: 'cache-and-network',
          }).valueChanges,
          (data: CatalogueQuery) => data.catalogue,
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState<PublicCatalogue> },
  );

  protected readonly catalogue = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.value : null;
  });

  protected readonly failureKey = computed(() => {
    const state = this.state();
    return state.status === 'failed' ? state.key : 'errors.NETWORK';
  });

  protected readonly summary = computed(() => statusSummary(this.catalogue()?.actionFields ?? []));
  protected readonly measureTotal = computed(() => this.summary().reduce((sum, row) => sum + row.count, 0));

  /** The newest adopted version is the highest number the API lists. */
  protected readonly isLatest = computed(() => {
    const catalogue = this.catalogue();
    if (!catalogue) return true;
    return catalogue.versions.every((version) => version.number <= catalogue.version.number);
  });

  /** Links into the fields keep an explicitly chosen version. */
  protected readonly linkParams = computed(() =>
    versionQueryParams(this.isLatest() ? null : (this.catalogue()?.version.number ?? null)),
  );

  protected versionLinkParams(versionNumber: number): Record<string, number> {
    const newest = Math.max(
      ...(this.catalogue()?.versions.map((version) => version.number) ?? [versionNumber]),
    );
    return versionQueryParams(versionNumber === newest ? null : versionNumber);
  }

  protected measuresOf(field: PublicActionField): number {
    return field.goals.reduce((sum, goal) => sum + goal.measures.length, 0);
  }

  protected day(value: string | null | undefined): string {
    return formatDay(value, this.language.current());
  }

  protected plural(count: number): string {
    return pluralCategory(count, this.language.current());
  }

  protected count(count: number): string {
    return formatCount(count, this.language.current());
  }

  protected percent(percent: number): string {
    return formatPercent(percent, this.language.current());
  }
}
