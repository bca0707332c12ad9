import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { FollowButtonComponent } from '@mitreden/web/follows';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { switchMap } from 'rxjs';
import { errorMessageKey, LanguageService, ProcessPageGQL } from '@mitreden/web/core';
import type { ProcessPageQuery } from '@mitreden/web/core';
import { isoDate, LocalDatePipe } from '../common/local-date.pipe';
import { loadState } from '../common/watch-state';
import type { LoadState } from '../common/watch-state';
import { PhaseTimelineComponent } from './phase-timeline.component';

type PageProcess = NonNullable<ProcessPageQuery['process']>;

/** Public page of one process: texts, phase timeline, action fields and forums. */
@Component({
  selector: 'mr-process-page',
  imports: [FollowButtonComponent, LocalDatePipe, PhaseTimelineComponent, RouterLink, TranslocoDirective],
  providers: [provideTranslocoScope('processes')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './process.page.html',
  styleUrl: './process.page.scss',
})
export class ProcessPage {
  /** Route parameter (component input binding). */
  readonly slug = input.required<string>();

  private readonly query = inject(ProcessPageGQL);
  protected readonly language = inject(LanguageService);
  protected readonly iso = isoDate;

  protected readonly state = toSignal(
    toObservable(this.slug).pipe(
      switchMap((slug) =>
        loadState(this.query.watch({ variables: { slug }, fetchPolicy: 'cache-and-network' }).valueChanges, (data: ProcessPageQuery) => data.process),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState<PageProcess> },
  );

  protected readonly process = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.value : null;
  });

  protected readonly failureKey = computed(() => {
    const state = this.state();
    return state.status === 'failed' ? errorMessageKey(state.error) : null;
  });

  protected readonly descriptionParagraphs = computed(() =>
    (this.process()?.description ?? '')
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter((paragraph) => paragraph !== ''),
  );
}
