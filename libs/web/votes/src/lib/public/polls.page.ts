import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { catchError, map, of } from 'rxjs';
import { LanguageService, PollsGQL, errorMessageKey, toUiError } from '@mitreden/web/core';
import type { PollStatus, PublicPollItemFragment } from '@mitreden/web/core';
import { formatCount, formatPollDate, pluralCategory } from './ballot-state';

type LoadState =
  | { status: 'loading' }
  | { status: 'loaded'; polls: PublicPollItemFragment[] }
  | { status: 'failed'; key: string };

interface PollSection {
  key: 'open' | 'upcoming' | 'closed';
  polls: PublicPollItemFragment[];
}

const SECTION_OF: Partial<Record<PollStatus, PollSection['key']>> = {
  OPEN: 'open',
  SCHEDULED: 'upcoming',
  COUNTING: 'closed',
  CLOSED: 'closed',
};

/** Groups polls (already ordered by the API) into open, upcoming and closed. */
export function pollSections(polls: readonly PublicPollItemFragment[]): PollSection[] {
  const sections: PollSection[] = [
    { key: 'open', polls: [] },
    { key: 'upcoming', polls: [] },
    { key: 'closed', polls: [] },
  ];
  for (const poll of polls) {
    const key = SECTION_OF[poll.status];
    if (key) sections.find((section) => section.key === key)?.polls.push(poll);
  }
  return sections;
}

/** /votes: published polls in three sections. */
@Component({
  selector: 'mr-polls-page',
  imports: [RouterLink, TranslocoDirective],
  providers: [provideTranslocoScope('votes')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h1 tabindex="-1">{{ t('votes.list.heading') }}</h1>
      <p>{{ t('votes.list.intro') }}</p>
      @switch (state().status) {
        @case ('loading') {
          <p role="status">{{ t('votes.list.loading') }}</p>
        }
        @case ('failed') {
          <p role="alert">{{ t(failureKey()) }}</p>
        }
        @default {
          @for (section of sections(); track section.key) {
            <section class="mr-polls__section" [attr.aria-labelledby]="'polls-' + section.key">
              <h2 [id]="'polls-' + section.key">{{ t('votes.list.sections.' + section.key) }}</h2>
              @if (section.polls.length) {
                <ul class="mr-polls">
                  @for (poll of section.polls; track poll.id) {
                    <li class="mr-polls__item">
                      <h3 class="mr-polls__title">
                        <a [routerLink]="['/votes', poll.slug]"><bdi>{{ poll.question }}</bdi></a>
                      </h3>
                      <p class="mr-polls__meta">
                        <bdi>{{ poll.processTitle }}</bdi>
                        @if (poll.phaseTitle) {
                          · <bdi>{{ poll.phaseTitle }}</bdi>
                        }
                      </p>
                      <p class="mr-polls__meta">
                        {{ t('votes.poll.method.' + poll.method, { max: poll.maxChoices ?? 1 }) }}
                        ·
                        @switch (poll.status) {
                          @case ('SCHEDULED') {
                            {{ t('votes.list.opens', { date: date(poll.opensAt) }) }}
                          }
                          @case ('OPEN') {
                            {{ t('votes.list.closes', { date: date(poll.closesAt) }) }}
                          }
                          @case ('COUNTING') {
                            {{ t('votes.list.counting') }}
                          }
                          @default {
                            {{ t('votes.list.closed', { date: date(poll.closesAt) }) }}
                          }
                        }
                      </p>
                      @if (poll.status !== 'SCHEDULED') {
                        <p class="mr-polls__meta">{{ t('votes.list.turnout.' + plural(poll.turnout), { count: count(poll.turnout) }) }}</p>
                      }
                    </li>
                  }
                </ul>
              } @else {
                <p>{{ t('votes.list.empty.' + section.key) }}</p>
              }
            </section>
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
    .mr-polls {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .mr-polls__item {
      padding-block: 0.75rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .mr-polls__title {
      font: var(--mat-sys-title-large);
      margin: 0 0 0.25rem;
      overflow-wrap: anywhere;
    }
    .mr-polls__meta {
      margin: 0;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .mr-polls__section {
      margin-block-end: 1.5rem;
    }
  `,
})
export class PollsPage {
  private readonly query = inject(PollsGQL);
  private readonly language = inject(LanguageService);

  protected readonly state = toSignal(
    this.query.watch({ variables: { processSlug: null }, fetchPolicy: 'cache-and-network' }).valueChanges.pipe(
      map((result): LoadState => {
        if (result.error) return { status: 'failed', key: errorMessageKey(toUiError(result.error)) };
        if (result.dataState !== 'complete') return { status: 'loading' };
        return { status: 'loaded', polls: result.data.polls };
      }),
      catchError((error: unknown) => of<LoadState>({ status: 'failed', key: errorMessageKey(toUiError(error)) })),
    ),
    { initialValue: { status: 'loading' } as LoadState },
  );
  protected readonly sections = computed(() => {
    const state = this.state();
    return pollSections(state.status === 'loaded' ? state.polls : []);
  });
  protected readonly failureKey = computed(() => {
    const state = this.state();
    return state.status === 'failed' ? state.key : 'errors.NETWORK';
  });

  protected date(value: string): string {
    return formatPollDate(value, this.language.current());
  }

  protected plural(count: number): string {
    return pluralCategory(count, this.language.current());
  }

  protected count(count: number): string {
    return formatCount(count, this.language.current());
  }
}
