import { DOCUMENT, NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink, Scroll } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { filter, switchMap } from 'rxjs';
import { CatalogueFieldDetailGQL, LanguageService } from '@mitreden/web/core';
import type { CatalogueFieldDetailQuery, PublicProvenanceProposalFragment } from '@mitreden/web/core';
import {
  fieldPositionParam,
  formatCount,
  formatDay,
  formatPercent,
  goalAnchor,
  loadState,
  measureAnchor,
  paragraphs,
  pluralCategory,
  proposalTags,
  versionNumberParam,
  versionQueryParams,
} from './catalogue-view';
import type { LoadState } from './catalogue-view';

export type PublicCatalogueDetail = NonNullable<CatalogueFieldDetailQuery['catalogue']>;
export type PublicCatalogueField = PublicCatalogueDetail['actionFields'][number];
type PublicMeasure = PublicCatalogueField['goals'][number]['measures'][number];

/**
 * /catalogue/:field: one action field of the adopted catalogue — its goals and numbered measures,
 * each with implementation status, milestones and the residents' proposals it came from.
 */
@Component({
  selector: 'mr-catalogue-field-page',
  imports: [NgTemplateOutlet, RouterLink, TranslocoDirective],
  providers: [provideTranslocoScope('catalogue')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'catalogue.public'">
      <p class="mr-field-page__back">
        <a routerLink="/catalogue" [queryParams]="linkParams()">{{ t('field.toCatalogue') }}</a>
      </p>
      @switch (state().status) {
        @case ('loading') {
          <h1 tabindex="-1">{{ t('field.heading') }}</h1>
          <p role="status">{{ t('loading') }}</p>
        }
        @case ('failed') {
          <h1 tabindex="-1">{{ t('field.heading') }}</h1>
          <p role="alert" *transloco="let root">{{ root(failureKey()) }}</p>
        }
        @case ('missing') {
          <h1 tabindex="-1">{{ t('heading') }}</h1>
          @if (requestedVersion() !== null) {
            <p role="status">{{ t('versionMissing', { number: count(requestedVersion() ?? 0) }) }}</p>
          } @else {
            <p>{{ t('notAdopted.text') }}</p>
          }
        }
        @default {
          @if (actionField(); as field) {
            @let c = catalogueDetail()!;
            <p class="mr-field-page__eyebrow">
              {{ t('fields.number', { number: count(field.position) }) }} · <bdi>{{ c.processTitle }}</bdi>
            </p>
            <h1 tabindex="-1" class="mr-field-page__title">
              <bdi>{{ field.title }}</bdi>
            </h1>
            <p class="mr-field-page__version">
              {{ t('version.line', { number: count(c.version.number), date: day(c.version.adoptedOn) }) }}
              @if (c.version.councilReference) {
                · {{ t('version.reference') }} <bdi>{{ c.version.councilReference }}</bdi>
              }
            </p>
            @if (!isLatest()) {
              <p class="mr-field-page__notice" role="note">
                {{ t('version.earlier') }}
                <a [routerLink]="['/catalogue', field.position]">{{ t('toLatest') }}</a>
              </p>
            }
            @for (paragraph of descriptionParagraphs(); track $index) {
              <p class="mr-field-page__description" dir="auto">{{ paragraph }}</p>
            }

            @if (field.goals.length) {
              <nav class="mr-field-page__toc" aria-labelledby="field-toc-heading">
                <h2 id="field-toc-heading" class="mr-field-page__toc-heading">{{ t('field.toc') }}</h2>
                <ol>
                  @for (goal of field.goals; track goal.id) {
                    <li>
                      <a
                        [routerLink]="[]"
                        [fragment]="goalAnchor(goal.position)"
                        queryParamsHandling="preserve"
                      >
                        <bdi [attr.lang]="goal.titleLocale">{{ goal.title }}</bdi>
                      </a>
                      ({{
                        t('fields.measures.' + plural(goal.measures.length), {
                          count: count(goal.measures.length),
                        })
                      }})
                    </li>
                  }
                </ol>
              </nav>
            } @else {
              <p>{{ t('field.noGoals') }}</p>
            }

            @for (goal of field.goals; track goal.id) {
              <section class="mr-goal" [attr.aria-labelledby]="goalAnchor(goal.position)">
                <h2 class="mr-goal__title" [id]="goalAnchor(goal.position)" tabindex="-1">
                  <span class="mr-goal__label">{{ t('field.goal', { number: count(goal.position) }) }} </span>
                  <bdi [attr.lang]="goal.titleLocale">{{ goal.title }}</bdi>
                </h2>
                @if (goal.sources.length) {
                  <div class="mr-goal__sources">
                    <p class="mr-goal__sources-label">{{ t('field.goalSources') }}</p>
                    <ul class="mr-proposals">
                      @for (proposal of goal.sources; track proposal.id) {
                        <ng-container *ngTemplateOutlet="proposalItem; context: { $implicit: proposal }" />
                      }
                    </ul>
                  </div>
                }
                @if (goal.measures.length) {
                  <div class="mr-measures">
                    @for (measure of goal.measures; track measure.id) {
                      @let anchor = measureAnchor(measure.code);
                      <article
                        class="mr-measure"
                        [id]="anchor"
                        tabindex="-1"
                        [attr.aria-labelledby]="anchor + '-heading'"
                      >
                        <div class="mr-measure__head">
                          <h3 class="mr-measure__heading" [id]="anchor + '-heading'">
                            <span class="mr-visually-hidden">{{ t('measure.label') }} </span>
                            <span class="mr-measure__code" dir="ltr">{{ measure.code }}</span>
                          </h3>
                          <p class="mr-status-badge" [class]="'mr-status--' + measure.status">
                            <span class="mr-visually-hidden">{{ t('measure.status') }} </span>
                            {{ t('status.' + measure.status) }}
                          </p>
                        </div>
                        <p class="mr-measure__text" dir="auto" [attr.lang]="measure.textLocale">{{ measure.text }}</p>

                        <dl class="mr-measure__facts">
                          @if (measure.responsibility) {
                            <div>
                              <dt>{{ t('measure.responsibility') }}</dt>
                              <dd>
                                <bdi>{{ measure.responsibility }}</bdi>
                              </dd>
                            </div>
                          }
                          @if (measure.department) {
                            <div>
                              <dt>{{ t('measure.department') }}</dt>
                              <dd>
                                <bdi>{{ measure.department }}</bdi>
                              </dd>
                            </div>
                          }
                          @if (measure.costNote) {
                            <div>
                              <dt>{{ t('measure.costNote') }}</dt>
                              <dd>
                                <bdi>{{ measure.costNote }}</bdi>
                              </dd>
                            </div>
                          }
                          @if (measure.priority) {
                            <div>
                              <dt>{{ t('measure.priority') }}</dt>
                              <dd>{{ t('priority.' + measure.priority) }}</dd>
                            </div>
                          }
                          @if (measure.status !== 'DROPPED') {
                            <div>
                              <dt [id]="anchor + '-progress'">{{ t('measure.progress') }}</dt>
                              <dd class="mr-measure__progress">
                                <progress
                                  max="100"
                                  [value]="measure.progress"
                                  [attr.aria-labelledby]="anchor + '-progress'"
                                  [attr.aria-valuetext]="percent(measure.progress)"
                                ></progress>
                                <span>{{ percent(measure.progress) }}</span>
                              </dd>
                            </div>
                          }
                        </dl>

                        @if (measure.milestones.length) {
                          <h4 class="mr-measure__subheading">{{ t('measure.milestones') }}</h4>
                          <ul class="mr-milestones">
                            @for (milestone of measure.milestones; track milestone.id) {
                              <li [class.mr-milestones__done]="!!milestone.doneOn">
                                <bdi [attr.lang]="milestone.titleLocale">{{ milestone.title }}</bdi>:
                                @if (milestone.doneOn) {
                                  {{ t('milestone.done', { date: day(milestone.doneOn) }) }}
                                  <span class="mr-milestones__planned"
                                    >({{ t('milestone.planned', { date: day(milestone.dueOn) }) }})</span
                                  >
                                } @else {
                                  {{ t('milestone.due', { date: day(milestone.dueOn) }) }}
                                }
                              </li>
                            }
                          </ul>
                        }

                        <div class="mr-provenance">
                          @if (measure.provenance.proposals.length) {
                            <p class="mr-provenance__counts">{{ provenanceLine(measure, t) }}</p>
                            <details class="mr-provenance__details">
                              <summary>
                                {{
                                  t('provenance.show.' + plural(measure.provenance.proposals.length), {
                                    count: count(measure.provenance.proposals.length),
                                  })
                                }}
                              </summary>
                              <ul class="mr-proposals">
                                @for (proposal of measure.provenance.proposals; track proposal.id) {
                                  <ng-container
                                    *ngTemplateOutlet="proposalItem; context: { $implicit: proposal }"
                                  />
                                }
                              </ul>
                              @if (measure.provenance.forums.length) {
                                <p class="mr-provenance__forums">
                                  {{ t('provenance.forumLinks') }}
                                  @for (forum of measure.provenance.forums; track forum.id; let last = $last) {
                                    <a [routerLink]="['/forums', forum.id]"><bdi>{{ forum.title }}</bdi></a>{{ last ? '' : ', ' }}
                                  }
                                </p>
                              }
                            </details>
                          } @else {
                            <p class="mr-provenance__counts">{{ t('provenance.none') }}</p>
                          }
                        </div>
                      </article>
                    }
                  </div>
                } @else {
                  <p>{{ t('field.noMeasures') }}</p>
                }
              </section>
            }

            <ng-template #proposalItem let-proposal>
              <li class="mr-proposal">
                <a [routerLink]="['/proposals', proposal.id]">
                  {{ t('proposal.number', { number: proposal.number }) }} <bdi [attr.lang]="proposal.language">{{ proposal.title }}</bdi>
                </a>
                <span class="mr-proposal__meta">
                  @if (proposal.forumTitle) {
                    · {{ t('proposal.fromForum') }} <bdi>{{ proposal.forumTitle }}</bdi>
                  }
                  @for (tag of tags(proposal); track tag) {
                    · <span class="mr-proposal__tag">{{ t('proposal.' + tag) }}</span>
                  }
                  ·
                  {{
                    t('proposal.supports.' + plural(proposal.supportCount), {
                      count: count(proposal.supportCount),
                    })
                  }}
                </span>
              </li>
            </ng-template>

            @if (neighbours().previous || neighbours().next) {
              <nav class="mr-field-page__pager" aria-labelledby="field-pager-heading">
                <h2 id="field-pager-heading" class="mr-visually-hidden">{{ t('field.pager') }}</h2>
                <ul>
                  @if (neighbours().previous; as previous) {
                    <li class="mr-field-page__previous">
                      <a
                        [routerLink]="['/catalogue', previous.position]"
                        [queryParams]="linkParams()"
                        rel="prev"
                      >
                        <span class="mr-field-page__pager-label">{{ t('field.previous') }} </span>
                        <span
                          >{{ count(previous.position) }} <bdi>{{ previous.title }}</bdi></span
                        >
                      </a>
                    </li>
                  }
                  @if (neighbours().next; as next) {
                    <li class="mr-field-page__next">
                      <a [routerLink]="['/catalogue', next.position]" [queryParams]="linkParams()" rel="next">
                        <span class="mr-field-page__pager-label">{{ t('field.next') }} </span>
                        <span
                          >{{ count(next.position) }} <bdi>{{ next.title }}</bdi></span
                        >
                      </a>
                    </li>
                  }
                </ul>
              </nav>
            }
          } @else {
            <h1 tabindex="-1">{{ t('field.notFound.heading') }}</h1>
            <p>{{ t('field.notFound.text') }}</p>
          }
        }
      }
    </ng-container>
  `,
  styles: `
    :host {
      display: block;
      max-inline-size: 52rem;
    }
    .mr-field-page__back {
      margin-block: 0 1rem;
    }
    .mr-field-page__eyebrow {
      margin-block: 0;
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .mr-field-page__title {
      overflow-wrap: anywhere;
    }
    .mr-field-page__version {
      font: var(--mat-sys-title-small);
    }
    .mr-field-page__notice {
      padding: 0.75rem 1rem;
      border-inline-start: 0.25rem solid var(--mat-sys-tertiary);
      background: var(--mat-sys-surface-container);
    }
    .mr-field-page__description {
      font: var(--mat-sys-body-large);
    }
    .mr-field-page__toc {
      margin-block: 1.5rem;
      padding: 1rem 1.25rem;
      background: var(--mat-sys-surface-container-low);
      border-radius: 0.75rem;
    }
    .mr-field-page__toc-heading {
      margin-block: 0 0.5rem;
      font: var(--mat-sys-title-medium);
    }
    .mr-field-page__toc ol {
      margin: 0;
      padding-inline-start: 1.5rem;
    }
    .mr-goal {
      margin-block: 2rem;
    }
    .mr-goal__title {
      display: flex;
      flex-direction: column;
      gap: 0.125rem;
      font: var(--mat-sys-headline-small);
      overflow-wrap: anywhere;
      scroll-margin-block-start: 1rem;
    }
    .mr-goal__label {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .mr-goal__sources-label {
      margin-block: 0;
      font: var(--mat-sys-label-large);
    }
    .mr-measures {
      display: grid;
      gap: 1rem;
    }
    .mr-measure {
      padding: 1rem 1.25rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-inline-start: 0.375rem solid var(--mat-sys-primary);
      border-radius: 0.75rem;
      background: var(--mat-sys-surface);
      scroll-margin-block-start: 1rem;
    }
    .mr-measure:focus-visible,
    .mr-goal__title:focus-visible {
      outline: 3px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .mr-measure__head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75rem;
      margin-block-end: 0.5rem;
    }
    .mr-measure__heading {
      margin: 0;
    }
    .mr-measure__code {
      font: var(--mat-sys-headline-medium);
      font-weight: 700;
      color: var(--mat-sys-primary);
    }
    .mr-measure__text {
      margin-block: 0 0.75rem;
      font: var(--mat-sys-body-large);
      overflow-wrap: anywhere;
    }
    .mr-status-badge {
      margin: 0;
      padding: 0.125rem 0.625rem;
      border-radius: 1rem;
      font: var(--mat-sys-label-large);
      border: 1px solid currentColor;
    }
    .mr-status--PLANNED {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .mr-status--IN_PROGRESS {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .mr-status--IMPLEMENTED {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .mr-status--DROPPED {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
    }
    .mr-measure__facts {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
      gap: 0.5rem 1rem;
      margin: 0 0 0.75rem;
    }
    .mr-measure__facts dt {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .mr-measure__facts dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .mr-measure__progress {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    .mr-measure__progress progress {
      inline-size: 8rem;
      accent-color: var(--mat-sys-primary);
    }
    .mr-measure__subheading {
      margin-block: 0.5rem 0.25rem;
      font: var(--mat-sys-title-small);
    }
    .mr-milestones {
      margin: 0 0 0.75rem;
      padding-inline-start: 1.25rem;
    }
    .mr-milestones__planned {
      color: var(--mat-sys-on-surface-variant);
    }
    .mr-provenance__counts {
      margin-block: 0.25rem;
      font: var(--mat-sys-title-small);
    }
    .mr-provenance__details summary {
      cursor: pointer;
      padding-block: 0.25rem;
      color: var(--mat-sys-primary);
    }
    .mr-provenance__details summary:focus-visible {
      outline: 3px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .mr-proposals {
      margin: 0.25rem 0 0;
      padding-inline-start: 1.25rem;
    }
    .mr-proposal {
      margin-block: 0.25rem;
      overflow-wrap: anywhere;
    }
    .mr-proposal__meta {
      color: var(--mat-sys-on-surface-variant);
    }
    .mr-proposal__tag {
      font-weight: 600;
    }
    .mr-field-page__pager ul {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 1rem;
      margin: 2rem 0 0;
      padding: 0;
      list-style: none;
    }
    .mr-field-page__next {
      margin-inline-start: auto;
      text-align: end;
    }
    .mr-field-page__pager a {
      display: flex;
      flex-direction: column;
      padding: 0.5rem 0;
    }
    .mr-field-page__pager-label {
      font: var(--mat-sys-label-large);
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
export class CatalogueFieldPage {
  /** Route parameter `:field`, the action field's position (component input binding). */
  readonly field = input.required<string>();
  /** `?version=N`. */
  readonly version = input<string | undefined>(undefined);

  private readonly query = inject(CatalogueFieldDetailGQL);
  private readonly language = inject(LanguageService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  protected readonly goalAnchor = goalAnchor;
  protected readonly measureAnchor = measureAnchor;
  protected readonly tags = (proposal: PublicProvenanceProposalFragment) => proposalTags(proposal);

  protected readonly requestedVersion = computed(() => versionNumberParam(this.version()));
  private readonly position = computed(() => fieldPositionParam(this.field()));

  protected readonly state = toSignal(
    toObservable(this.requestedVersion).pipe(
      switchMap((versionNumber) =>
        loadState(
          this.query.watch({
            variables: { processSlug: null, versionNumber },
            fetchPolicy: 'cache-and-network',
          }).valueChanges,
          (data: CatalogueFieldDetailQuery) => data.catalogue,
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState<PublicCatalogueDetail> },
  );

  protected readonly catalogueDetail = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.value : null;
  });

  protected readonly actionField = computed<PublicCatalogueField | null>(() => {
    const position = this.position();
    return this.catalogueDetail()?.actionFields.find((field) => field.position === position) ?? null;
  });

  protected readonly descriptionParagraphs = computed(() => paragraphs(this.actionField()?.description));

  protected readonly neighbours = computed(() => {
    const fields = [...(this.catalogueDetail()?.actionFields ?? [])].sort((a, b) => a.position - b.position);
    const index = fields.findIndex((field) => field.position === this.position());
    if (index < 0) return { previous: null, next: null };
    return { previous: fields[index - 1] ?? null, next: fields[index + 1] ?? null };
  });

  protected readonly failureKey = computed(() => {
    const state = this.state();
    return state.status === 'failed' ? state.key : 'errors.NETWORK';
  });

  protected readonly isLatest = computed(() => {
    const catalogue = this.catalogueDetail();
    if (!catalogue) return this.requestedVersion() === null;
    return catalogue.versions.every((version) => version.number <= catalogue.version.number);
  });

  protected readonly linkParams = computed(() => {
    if (this.isLatest()) return {};
    return versionQueryParams(this.catalogueDetail()?.version.number ?? this.requestedVersion());
  });

  /** Anchor (goal or measure) to bring into view once it is rendered: from the address or a table-of-contents link. */
  private readonly pendingAnchor = signal<string | null>(inject(ActivatedRoute).snapshot.fragment);

  constructor() {
    // The app's router does not scroll to anchors; after its own scroll-to-top, this moves to the target.
    inject(Router)
      .events.pipe(
        filter((event): event is Scroll => event instanceof Scroll),
        takeUntilDestroyed(),
      )
      .subscribe((event) => this.pendingAnchor.set(event.anchor));
    effect(() => {
      const anchor = this.pendingAnchor();
      if (!anchor || !this.actionField()) return;
      afterNextRender(
        () => {
          const target = this.document.getElementById(anchor);
          if (!target) return;
          target.scrollIntoView({ block: 'start' });
          // Keyboard and screen reader users continue reading from the target.
          target.focus({ preventScroll: true });
          this.pendingAnchor.set(null);
        },
        { injector: this.injector },
      );
    });
  }

  protected provenanceLine(
    measure: PublicMeasure,
    t: (key: string, params?: Record<string, unknown>) => string,
  ): string {
    const provenance = measure.provenance;
    return [
      t('provenance.proposals.' + this.plural(provenance.proposalCount), {
        count: this.count(provenance.proposalCount),
      }),
      t('provenance.forums.' + this.plural(provenance.forumCount), {
        count: this.count(provenance.forumCount),
      }),
      t('provenance.contributors.' + this.plural(provenance.contributorCount), {
        count: this.count(provenance.contributorCount),
      }),
      t('provenance.supports.' + this.plural(provenance.supportCount), {
        count: this.count(provenance.supportCount),
      }),
    ].join(' · ');
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
