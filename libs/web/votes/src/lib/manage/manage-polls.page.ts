import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective, TranslocoPipe } from '@jsverse/transloco';
import { catchError, map, of } from 'rxjs';
import { errorMessageKey, LanguageService, ManagedPollsGQL, toUiError } from '@mitreden/web/core';
import type { ManagePollListItemFragment } from '@mitreden/web/core';
import { pickText } from './poll-form';

type ListState =
  | { status: 'loading' }
  | { status: 'failed'; key: string }
  | { status: 'loaded'; polls: ManagePollListItemFragment[] };

/** /manage/polls: every poll with status, times and turnout; never results. */
@Component({
  selector: 'mr-manage-polls-page',
  imports: [MatAnchor, RouterLink, TranslocoDirective, TranslocoPipe],
  providers: [provideTranslocoScope('votes')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './manage.scss',
  template: `
    <ng-container *transloco="let t; prefix: 'votes.manage'">
      <h1 tabindex="-1">{{ t('heading') }}</h1>
      <p>{{ t('intro') }}</p>
      <p><a mat-flat-button routerLink="/manage/polls/new">{{ t('create') }}</a></p>

      @switch (state().status) {
        @case ('loading') {
          <p role="status">{{ t('loading') }}</p>
        }
        @case ('failed') {
          <p role="alert">{{ $any(state()).key | transloco }}</p>
        }
        @default {
          @if (polls().length) {
            <div class="mr-pm-table-wrap" tabindex="0" role="region" aria-labelledby="pm-list-caption">
              <table class="mr-pm-table">
                <caption id="pm-list-caption">{{ t('caption', { count: polls().length }) }}</caption>
                <thead>
                  <tr>
                    <th scope="col">{{ t('colQuestion') }}</th>
                    <th scope="col">{{ t('colStatus') }}</th>
                    <th scope="col">{{ t('colTimes') }}</th>
                    <th scope="col">{{ t('colTurnout') }}</th>
                    <th scope="col">{{ t('colLinks') }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (poll of polls(); track poll.id) {
                    <tr>
                      <th scope="row">
                        <a [routerLink]="['/manage/polls', poll.id]"><bdi>{{ question(poll) }}</bdi></a>
                        <div class="mr-pm-muted" dir="ltr">/votes/{{ poll.slug }}</div>
                      </th>
                      <td>{{ t('status.' + poll.status) }}</td>
                      <td>
                        <div>{{ t('opens', { date: formatDate(poll.opensAt) }) }}</div>
                        <div>{{ t('closes', { date: formatDate(poll.closesAt) }) }}</div>
                      </td>
                      <td>{{ t('turnout', { count: poll.turnout }) }}</td>
                      <td>
                        <ul class="mr-pm-links">
                          <li>
                            <a [routerLink]="['/manage/polls', poll.id]"
                              >{{ poll.status === 'DRAFT' ? t('edit') : t('view') }}<span class="mr-visually-hidden">: <bdi>{{ question(poll) }}</bdi></span></a
                            >
                          </li>
                          <li>
                            <a [routerLink]="['/manage/polls', poll.id, 'codes']"
                              >{{ t('codes') }}<span class="mr-visually-hidden">: <bdi>{{ question(poll) }}</bdi></span></a
                            >
                          </li>
                          @if (poll.status !== 'DRAFT') {
                            <li>
                              <a [routerLink]="['/votes', poll.slug]"
                                >{{ t('publicPage') }}<span class="mr-visually-hidden">: <bdi>{{ question(poll) }}</bdi></span></a
                              >
                            </li>
                          }
                        </ul>
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          } @else {
            <p>{{ t('none') }}</p>
          }
        }
      }
    </ng-container>
  `,
})
export class ManagePollsPage {
  private readonly query = inject(ManagedPollsGQL);
  private readonly language = inject(LanguageService);

  protected readonly state = toSignal(
    this.query.watch({ fetchPolicy: 'cache-and-network' }).valueChanges.pipe(
      map((result): ListState => {
        if (result.error) return { status: 'failed', key: errorMessageKey(toUiError(result.error)) };
        if (result.dataState !== 'complete' || !result.data?.managedPolls) return { status: 'loading' };
        return { status: 'loaded', polls: result.data.managedPolls as ManagePollListItemFragment[] };
      }),
      catchError((error: unknown) => of<ListState>({ status: 'failed', key: errorMessageKey(toUiError(error)) })),
    ),
    { initialValue: { status: 'loading' } as ListState },
  );
  protected readonly polls = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.polls : [];
  });
  private readonly dateFormat = computed(
    () => new Intl.DateTimeFormat(this.language.current(), { dateStyle: 'medium', timeStyle: 'short' }),
  );

  protected question(poll: ManagePollListItemFragment): string {
    return pickText(poll.question, this.language.current());
  }

  protected formatDate(value: string): string {
    return this.dateFormat().format(new Date(value));
  }
}
