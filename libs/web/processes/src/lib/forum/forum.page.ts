import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { switchMap } from 'rxjs';
import { errorMessageKey, ForumPageGQL, LanguageService, SessionService } from '@mitreden/web/core';
import { FollowButtonComponent } from '@mitreden/web/follows';
import type { ForumPageQuery } from '@mitreden/web/core';
import { isoDate, LocalDatePipe } from '../common/local-date.pipe';
import { loadState } from '../common/watch-state';
import type { LoadState } from '../common/watch-state';

type PageForum = NonNullable<ForumPageQuery['forum']>;

/** Public page of one forum: details, a way to submit a proposal while it is open, and its proposals. */
@Component({
  selector: 'mr-forum-page',
  imports: [FollowButtonComponent, LocalDatePipe, RouterLink, TranslocoDirective],
  providers: [provideTranslocoScope('processes')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './forum.page.html',
  styleUrl: './forum.page.scss',
})
export class ForumPage {
  /** Route parameter (component input binding). */
  readonly id = input.required<string>();

  private readonly query = inject(ForumPageGQL);
  protected readonly language = inject(LanguageService);
  protected readonly iso = isoDate;

  protected readonly state = toSignal(
    toObservable(this.id).pipe(
      switchMap((id) => loadState(this.query.watch({ variables: { id }, fetchPolicy: 'cache-and-network' }).valueChanges, (data: ForumPageQuery) => data.forum)),
    ),
    { initialValue: { status: 'loading' } as LoadState<PageForum> },
  );

  protected readonly forum = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.value : null;
  });

  protected readonly failureKey = computed(() => {
    const state = this.state();
    return state.status === 'failed' ? errorMessageKey(state.error) : null;
  });

  /** Query parameters of the proposal form: process, this forum and its action field preselected. */
  protected readonly newProposalParams = computed(() => {
    const forum = this.forum();
    return forum ? { process: forum.processSlug, forum: forum.id, actionField: forum.actionField.id } : null;
  });

  private readonly session = inject(SessionService);

  /** Moderators bring in what was collected on site and on paper; the server checks the role again. */
  protected readonly canEnterInput = computed(() => ['MODERATOR', 'PROJECT_GROUP', 'ADMIN'].includes(this.session.user()?.role ?? ''));

  protected readonly intakeParams = computed(() => {
    const forum = this.forum();
    return forum ? { process: forum.processSlug, forum: forum.id } : null;
  });

  protected readonly descriptionParagraphs = computed(() =>
    (this.forum()?.description ?? '')
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter((paragraph) => paragraph !== ''),
  );
}
