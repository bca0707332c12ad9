import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { isLocale } from '@mitreden/shared/contracts';
import { LanguageService, htmlLang } from '@mitreden/web/core';
import type { PollQuery } from '@mitreden/web/core';
import { PollChartComponent } from './poll-chart.component';
import { numberFormats, pollResultsView } from './poll-results-view';
import type { PollResultsViewModel, Translate } from './poll-results-view';

/** The part of the Poll query this component reads (its `results` spread PollResultsFields). */
export type PollResultsInput = Pick<
  NonNullable<PollQuery['poll']>,
  'slug' | 'question' | 'method' | 'results'
>;

/**
 * Results of a counted poll (renders nothing while `results` is null): the winner in words,
 * turnout, a bar chart with the same figures as a data table, for ranked polls the instant-runoff
 * rounds, and the tally as CSV. Headings start at h2; the page supplies the h1.
 */
@Component({
  selector: 'mr-poll-results',
  imports: [PollChartComponent, TranslocoDirective],
  providers: [provideTranslocoScope('votes')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      @if (poll().results; as results) {
        @let view = viewOf(t);
        <section class="mr-poll-results" aria-labelledby="poll-results-heading">
          <h2 id="poll-results-heading">{{ t('votes.results.heading') }}</h2>
          <p class="mr-poll-results__winner">
            @switch (view.announcement.kind) {
              @case ('one') {
                {{ t('votes.results.winner.one') }} <bdi>{{ view.announcement.options[0] }}</bdi>
              }
              @case ('tie') {
                {{ t('votes.results.winner.tie') }}
                @for (option of view.announcement.options; track $index) {
                  <bdi>{{ option }}</bdi>{{ $last ? '' : ',' }}
                }
              }
              @default {
                {{ t('votes.results.winner.none') }}
              }
            }
          </p>
          <p class="mr-poll-results__meta">
            {{ view.turnout }}
            {{ t('votes.results.countedAt', { date: countedAt() }) }}
          </p>
          @if (view.note) {
            <p class="mr-poll-results__meta">{{ view.note }}</p>
          }

          <h3 class="mr-poll-results__subheading">
            {{ t(view.ranked ? 'votes.results.firstPreferencesHeading' : 'votes.results.votesHeading') }}
          </h3>
          @if (view.chart) {
            <mr-poll-chart [spec]="view.chart" [rtl]="rtl()" />
          }
          <div
            class="mr-poll-results__scroll"
            role="region"
            tabindex="0"
            aria-labelledby="poll-results-caption"
          >
            <table class="mr-poll-results__table">
              <caption id="poll-results-caption">
                {{
                  t('votes.results.table.caption', { question: poll().question })
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ t('votes.results.table.option') }}</th>
                  <th scope="col">
                    {{
                      t(view.ranked ? 'votes.results.table.firstPreferences' : 'votes.results.table.votes')
                    }}
                  </th>
                  <th scope="col">{{ t('votes.results.table.share') }}</th>
                  @if (view.ranked) {
                    <th scope="col">{{ t('votes.results.table.averageRank') }}</th>
                  }
                </tr>
              </thead>
              <tbody>
                @for (row of view.rows; track row.optionId) {
                  <tr [class.mr-poll-results__won]="row.winner">
                    <th scope="row">
                      <bdi>{{ row.label }}</bdi>
                      @if (row.winner) {
                        <span class="mr-poll-results__mark"> – {{ t('votes.results.table.winner') }}</span>
                      }
                    </th>
                    <td class="mr-poll-results__number">{{ row.votes }}</td>
                    <td class="mr-poll-results__number">{{ row.share }}</td>
                    @if (view.ranked) {
                      <td class="mr-poll-results__number">{{ row.averageRank }}</td>
                    }
                  </tr>
                }
              </tbody>
            </table>
          </div>

          @if (view.roundTable; as rounds) {
            <h3 class="mr-poll-results__subheading">{{ t('votes.results.rounds.heading') }}</h3>
            <p class="mr-poll-results__meta">{{ t('votes.results.rounds.explain') }}</p>
            <div
              class="mr-poll-results__scroll"
              role="region"
              tabindex="0"
              aria-labelledby="poll-rounds-caption"
            >
              <table class="mr-poll-results__table">
                <caption id="poll-rounds-caption">
                  {{
                    t('votes.results.rounds.caption')
                  }}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{{ t('votes.results.table.option') }}</th>
                    @for (round of rounds.rounds; track round) {
                      <th scope="col">
                        {{ t('votes.results.rounds.round', { round: formats().count(round) }) }}
                      </th>
                    }
                  </tr>
                </thead>
                <tbody>
                  @for (row of rounds.rows; track row.optionId) {
                    <tr>
                      <th scope="row">
                        <bdi>{{ row.label }}</bdi>
                      </th>
                      @for (cell of row.cells; track $index) {
                        @if (cell.votes === null) {
                          <td class="mr-poll-results__out">
                            <span aria-hidden="true">—</span>
                            <span class="mr-visually-hidden">{{ t('votes.results.rounds.out') }}</span>
                          </td>
                        } @else {
                          <td
                            class="mr-poll-results__number"
                            [class.mr-poll-results__elected]="cell.mark === 'elected'"
                            [class.mr-poll-results__eliminated]="cell.mark === 'eliminated'"
                          >
                            {{ cell.votes }}
                            @if (cell.mark) {
                              <span class="mr-poll-results__mark">
                                – {{ t('votes.results.rounds.' + cell.mark) }}
                              </span>
                            }
                          </td>
                        }
                      }
                    </tr>
                  }
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{{ t('votes.results.rounds.continuing') }}</th>
                    @for (value of rounds.continuing; track $index) {
                      <td class="mr-poll-results__number">{{ value }}</td>
                    }
                  </tr>
                  <tr>
                    <th scope="row">{{ t('votes.results.rounds.exhausted') }}</th>
                    @for (value of rounds.exhausted; track $index) {
                      <td class="mr-poll-results__number">{{ value }}</td>
                    }
                  </tr>
                </tfoot>
              </table>
            </div>
            <h4 class="mr-poll-results__steps-heading">{{ t('votes.results.rounds.stepsHeading') }}</h4>
            <ol class="mr-poll-results__steps">
              @for (step of rounds.steps; track $index) {
                <li>{{ step }}</li>
              }
            </ol>
          }

          <p class="mr-poll-results__download">
            <a [href]="tallyUrl()" download>{{ t('votes.results.download') }}</a>
          </p>
        </section>
      }
    </ng-container>
  `,
  styles: `
    .mr-poll-results__winner {
      font: var(--mat-sys-title-large);
      margin-block: 0 0.5rem;
    }
    .mr-poll-results__meta {
      margin-block: 0 0.75rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .mr-poll-results__subheading {
      font: var(--mat-sys-title-medium);
      margin-block: 1.5rem 0.5rem;
    }
    .mr-poll-results__steps-heading {
      font: var(--mat-sys-title-small);
      margin-block: 1rem 0.5rem;
    }
    .mr-poll-results__scroll {
      overflow-x: auto;
      margin-block: 0.75rem;
    }
    .mr-poll-results__scroll:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .mr-poll-results__table {
      border-collapse: collapse;
      min-inline-size: min(100%, 24rem);
    }
    .mr-poll-results__table caption {
      text-align: start;
      font-weight: 600;
      padding-block-end: 0.5rem;
    }
    .mr-poll-results__table th,
    .mr-poll-results__table td {
      padding: 0.375rem 0.75rem;
      text-align: start;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .mr-poll-results__table tfoot th {
      font-weight: 400;
    }
    .mr-poll-results__number {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .mr-poll-results__won th,
    .mr-poll-results__elected {
      font-weight: 700;
    }
    .mr-poll-results__eliminated {
      text-decoration: line-through;
      text-decoration-thickness: 1px;
    }
    .mr-poll-results__mark {
      font-weight: 400;
      white-space: nowrap;
      display: inline-block;
      text-decoration: none;
    }
    .mr-poll-results__out {
      color: var(--mat-sys-on-surface-variant);
    }
    .mr-poll-results__steps {
      margin: 0 0 1rem;
      padding-inline-start: 1.5rem;
    }
    .mr-poll-results__steps li {
      margin-block-end: 0.375rem;
    }
  `,
})
export class PollResultsComponent {
  readonly poll = input.required<PollResultsInput>();

  private readonly language = inject(LanguageService);
  protected readonly rtl = computed(() => this.language.direction() === 'rtl');
  private readonly lang = computed(() => {
    const locale = this.language.current();
    return isLocale(locale) ? htmlLang(locale) : 'de';
  });
  protected readonly formats = computed(() => numberFormats(this.lang()));
  protected readonly countedAt = computed(() => {
    const results = this.poll().results;
    if (!results) return '';
    return new Intl.DateTimeFormat(this.lang(), { dateStyle: 'long', timeStyle: 'short' }).format(
      new Date(results.countedAt),
    );
  });
  protected readonly tallyUrl = computed(
    () => `/api/polls/${encodeURIComponent(this.poll().slug)}/tally.csv`,
  );

  private cache: { key: readonly unknown[]; view: PollResultsViewModel } | null = null;

  /** Memoised so change detection does not hand the chart a new spec (and redraw it) every time. */
  protected viewOf(t: Translate): PollResultsViewModel {
    const poll = this.poll();
    const key = [poll.results, poll.method, this.formats(), t] as const;
    if (this.cache && this.cache.key.every((part, index) => part === key[index])) return this.cache.view;
    if (!poll.results) throw new Error('viewOf without results');
    const view = pollResultsView(poll.method, poll.results, t, this.formats());
    this.cache = { key, view };
    return view;
  }
}
