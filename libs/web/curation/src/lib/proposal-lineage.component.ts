import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { NgTemplateOutlet } from '@angular/common';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { catchError, map, of, switchMap } from 'rxjs';
import type { Observable } from 'rxjs';
import { CurationLineageGQL, errorMessageKey, toUiError } from '@mitreden/web/core';
import type { CurationLineageQuery, LineageNodeFragment } from '@mitreden/web/core';

type Lineage = CurationLineageQuery['proposalLineage'];
type Loaded = { lineage: Lineage | null; failure: string | null };

/** "Merged into …" banner and the lineage graph (came from / became), followable both ways. */
@Component({
  selector: 'mr-proposal-lineage',
  imports: [NgTemplateOutlet, RouterLink, TranslocoDirective],
  providers: [provideTranslocoScope('curation')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      @if (lineage(); as l) {
        @if (state() === 'MERGED' && mergedInto(); as target) {
          <div class="mr-banner mr-lineage__banner" role="note" id="merged-banner">
            <p>
              <strong>{{ t('curation.lineage.mergedInto', { number: target.number }) }}</strong>
              <a [routerLink]="['/proposals', target.id]" class="mr-lineage__target"><bdi>{{ target.title }}</bdi></a>
            </p>
            <p>{{ t('curation.lineage.readOnly') }}</p>
          </div>
        }
        @if (state() === 'SPLIT' && l.children.length) {
          <div class="mr-banner mr-lineage__banner" role="note" id="split-banner">
            <p><strong>{{ t('curation.lineage.splitBanner', { count: l.children.length }) }}</strong></p>
            <p>{{ t('curation.lineage.readOnly') }}</p>
          </div>
        }
        @if (l.ancestors.length || l.descendants.length) {
          <section class="mr-lineage" aria-labelledby="lineage-heading">
            <h2 id="lineage-heading" class="mr-lineage__heading">{{ t('curation.lineage.heading') }}</h2>
            @if (l.ancestors.length) {
              <h3 class="mr-lineage__subheading">{{ t('curation.lineage.cameFrom') }}</h3>
              <ul class="mr-lineage__list" data-testid="lineage-ancestors">
                @for (node of l.ancestors; track node.id) {
                  <ng-container *ngTemplateOutlet="item; context: { $implicit: node, direct: isParent(node) }" />
                }
              </ul>
            }
            @if (l.descendants.length) {
              <h3 class="mr-lineage__subheading">{{ t(descendantsKey()) }}</h3>
              <ul class="mr-lineage__list" data-testid="lineage-descendants">
                @for (node of l.descendants; track node.id) {
                  <ng-container *ngTemplateOutlet="item; context: { $implicit: node, direct: isChild(node) }" />
                }
              </ul>
            }
          </section>
        }
        <ng-template #item let-node let-direct="direct">
          <li class="mr-lineage__item">
            <a [routerLink]="['/proposals', node.id]">
              {{ t('curation.lineage.number', { number: node.number }) }} <bdi>{{ node.title }}</bdi>
            </a>
            <span class="mr-lineage__meta">
              {{ t('curation.state.' + node.state) }} ·
              {{ t('curation.lineage.supports', { count: node.supportCount }) }}
              @if (!direct) {
                · {{ t('curation.lineage.indirect') }}
              }
              @if (node.hidden) {
                · <strong>{{ t('curation.lineage.hidden') }}</strong>
              }
            </span>
          </li>
        </ng-template>
      } @else if (failure(); as key) {
        <p role="alert" class="mr-notice mr-notice--error">{{ t(key) }}</p>
      }
    </ng-container>
  `,
  styles: `
    .mr-lineage {
      margin-block: 1rem;
      padding: 0.75rem 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 0.5rem;
    }
    .mr-lineage__heading {
      font-size: 1.125rem;
      margin-block: 0 0.5rem;
    }
    .mr-lineage__subheading {
      font-size: 1rem;
      margin-block: 0.75rem 0.25rem;
    }
    .mr-lineage__list {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .mr-lineage__item {
      margin-block: 0.25rem;
    }
    .mr-lineage__meta {
      display: block;
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .mr-lineage__target {
      margin-inline-start: 0.25rem;
      font-weight: 600;
    }
  `,
})
export class ProposalLineageComponent {
  readonly proposalId = input.required<string>();
  readonly state = input.required<string>();
  readonly mergedIntoId = input<string | null>(null);
  readonly lineageCount = input<number>(0);

  private readonly lineageQuery = inject(CurationLineageGQL);
  protected readonly lineage = signal<Lineage | null>(null);
  protected readonly failure = signal<string | null>(null);

  protected readonly mergedInto = computed(() => {
    const lineage = this.lineage();
    const id = this.mergedIntoId();
    return lineage?.children.find((node) => node.id === id) ?? null;
  });
  protected readonly descendantsKey = computed(() => {
    if (this.state() === 'SPLIT') return 'curation.lineage.splitInto';
    if (this.state() === 'MERGED') return 'curation.lineage.mergedIntoList';
    return 'curation.lineage.becameOf';
  });

  constructor() {
    // Only proposals with lineage edges ask; the rest of the detail page costs no extra request.
    toObservable(computed(() => ({ id: this.proposalId(), count: this.lineageCount(), state: this.state() })))
      .pipe(
        switchMap(({ id, count }): Observable<Loaded> => {
          if (count === 0) return of({ lineage: null, failure: null });
          return this.lineageQuery.fetch({ variables: { id }, fetchPolicy: 'network-only' }).pipe(
            map((result) => ({ lineage: result.data?.proposalLineage ?? null, failure: null })),
            catchError((error: unknown) => of({ lineage: null, failure: errorMessageKey(toUiError(error)) })),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe(({ lineage, failure }: Loaded) => {
        this.lineage.set(lineage);
        this.failure.set(failure);
      });
  }

  protected isParent(node: LineageNodeFragment): boolean {
    return this.lineage()?.parents.some((parent) => parent.id === node.id) ?? false;
  }

  protected isChild(node: LineageNodeFragment): boolean {
    return this.lineage()?.children.some((child) => child.id === node.id) ?? false;
  }
}
