import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { catchError, debounceTime, distinctUntilChanged, filter, firstValueFrom, map, of, startWith, switchMap } from 'rxjs';
import { LANGUAGE_NATIVE_NAMES, LanguageService, ProposalListGQL, ProposalListProcessGQL, errorMessageKey, toUiError } from '@mitreden/web/core';
import type { ProposalCardFragment, ProposalListProcessQuery, ProposalListQuery, UiError } from '@mitreden/web/core';
import { isLocale } from '@mitreden/shared/contracts';
import { ProposalCardComponent } from '../common/proposal-card.component';
import { enumKey } from '../common/labels';
import {
  EMPTY_STATE,
  KINDS,
  SORTS,
  SOURCES,
  STATES,
  facetCount,
  hasFilters,
  parseListState,
  randomSeed,
  sameList,
  toFilter,
  toQueryParams,
  withChange,
} from './list-state';
import type { ListState } from './list-state';
import { appendPage, emptyPaging, firstPage, nextCursor } from './paging';
import type { Page, PagingState } from './paging';

type Process = NonNullable<ProposalListProcessQuery['process']>;
type Facets = ProposalListQuery['proposals']['facets'];
type ProcessState = { status: 'loading' } | { status: 'loaded'; process: Process } | { status: 'missing' } | { status: 'failed'; error: UiError };
type ListStatus = 'loading' | 'loaded' | 'failed';

export const PAGE_SIZE = 20;
const SEARCH_DEBOUNCE_MS = 300;

interface Option {
  value: string;
  label: string;
  /** Untranslated text (titles from the server) is shown with its own direction. */
  userText: boolean;
  count: number;
}

function toPage(connection: ProposalListQuery['proposals']): Page<ProposalCardFragment> {
  return {
    nodes: connection.nodes,
    endCursor: connection.pageInfo.endCursor,
    hasNextPage: connection.pageInfo.hasNextPage,
    totalCount: connection.totalCount,
  };
}

/**
 * The proposals of a process with filters, search, sort and "load more". The URL is the single
 * source of truth for what is shown, so a filtered list can be shared, reloaded and navigated with
 * the back button.
 */
@Component({
  selector: 'mr-proposal-list-page',
  imports: [
    FormsModule,
    MatAnchor,
    MatButton,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    ProposalCardComponent,
    RouterLink,
    TranslocoDirective,
  ],
  providers: [provideTranslocoScope('proposals')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './proposal-list.page.html',
  styleUrl: './proposal-list.page.scss',
})
export class ProposalListPage {
  /** Route parameter. */
  readonly slug = input.required<string>();

  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly listQuery = inject(ProposalListGQL);
  private readonly processQuery = inject(ProposalListProcessGQL);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly lang = inject(LanguageService).current;

  protected readonly kinds = KINDS;
  protected readonly states = STATES;
  protected readonly sources = SOURCES;
  protected readonly sorts = SORTS;
  protected readonly key = enumKey;
  /** A real option value, so a select shows "all" instead of looking empty. */
  protected readonly all = '';

  protected readonly state = toSignal(this.route.queryParamMap.pipe(map(parseListState)), { initialValue: EMPTY_STATE });

  protected readonly processState = toSignal(
    toObservable(computed(() => ({ slug: this.slug(), lang: this.lang() }))).pipe(
      switchMap(({ slug }) =>
        this.processQuery.fetch({ variables: { slug }, fetchPolicy: 'network-only' }).pipe(
          map((result): ProcessState => {
            const process = result.data?.process;
            return process ? { status: 'loaded', process } : { status: 'missing' };
          }),
          catchError((error: unknown) => of<ProcessState>({ status: 'failed', error: toUiError(error) })),
          startWith<ProcessState>({ status: 'loading' }),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as ProcessState },
  );
  protected readonly process = computed(() => {
    const state = this.processState();
    return state.status === 'loaded' ? state.process : null;
  });

  protected readonly failureOfProcess = computed(() => {
    const state = this.processState();
    return state.status === 'failed' ? errorMessageKey(state.error) : 'errors.INTERNAL_SERVER_ERROR';
  });

  protected readonly paging = signal<PagingState<ProposalCardFragment>>(emptyPaging());
  protected readonly facets = signal<Facets | null>(null);
  protected readonly status = signal<ListStatus>('loading');
  protected readonly failure = signal<string | null>(null);
  protected readonly loadingMore = signal(false);
  protected readonly moreFailure = signal<string | null>(null);
  /** Bumped by "try again". */
  private readonly retry = signal(0);

  /** The search box text; written to the URL after a pause in typing. */
  protected readonly searchText = signal('');

  protected readonly filtered = computed(() => hasFilters(this.state()));

  protected readonly actionFieldOptions = computed<Option[]>(() => {
    const facet = this.facets()?.actionField;
    return [...(this.process()?.actionFields ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((field) => ({ value: field.id, label: field.title, userText: true, count: facetCount(facet, field.id) }));
  });
  protected readonly forumOptions = computed<Option[]>(() => {
    const facet = this.facets()?.forum;
    return (this.process()?.forums ?? []).map((forum) => ({
      value: forum.id,
      label: forum.title,
      userText: true,
      count: facetCount(facet, forum.id),
    }));
  });
  protected readonly languageOptions = computed<Option[]>(() => {
    const values = new Set((this.facets()?.language ?? []).map((entry) => entry.value));
    const selected = this.state().language;
    if (selected) values.add(selected);
    return [...values].sort().map((value) => ({
      value,
      label: isLocale(value) ? LANGUAGE_NATIVE_NAMES[value] : value,
      userText: true,
      count: facetCount(this.facets()?.language, value),
    }));
  });

  constructor() {
    const destroyRef = inject(DestroyRef);

    // Keep the box in step with the URL (back button, shared link) unless the person is typing.
    effect(() => {
      const search = this.state().search;
      untracked(() => {
        if (this.searchText().trim() !== search) this.searchText.set(search);
      });
    });
    toObservable(this.searchText)
      .pipe(
        debounceTime(SEARCH_DEBOUNCE_MS),
        map((text) => text.trim()),
        distinctUntilChanged(),
        filter((text) => text !== this.state().search),
        takeUntilDestroyed(destroyRef),
      )
      // Typing is one history entry, not one per pause.
      .subscribe((search) => this.change({ search }, true));

    const request = computed(
      () => {
        const process = this.process();
        return process ? { processId: process.id, state: this.state(), lang: this.lang(), retry: this.retry() } : null;
      },
      {
        equal: (a, b) =>
          a === b ||
          (!!a && !!b && a.processId === b.processId && a.lang === b.lang && a.retry === b.retry && sameList(a.state, b.state)),
      },
    );
    toObservable(request)
      .pipe(
        filter((value) => value !== null),
        filter(({ state }) => {
          if (state.sort !== 'RANDOM' || state.seed) return true;
          // A random order needs its seed in the URL before the first page, so reload and paging keep it.
          void this.navigate(withChange(state, {}, randomSeed), true);
          return false;
        }),
        switchMap(({ processId, state }) => {
          this.status.set('loading');
          return this.listQuery
            .fetch({
              variables: { filter: toFilter(processId, state), sort: state.sort, seed: state.seed, first: PAGE_SIZE, after: null },
              fetchPolicy: 'network-only',
            })
            .pipe(
              map((result) => ({ ok: true as const, connection: result.data?.proposals ?? null })),
              catchError((error: unknown) => of({ ok: false as const, error: toUiError(error) })),
            );
        }),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((result) => {
        this.moreFailure.set(null);
        const connection = result.ok ? result.connection : null;
        if (connection) {
          this.paging.update((previous) => firstPage(previous, toPage(connection)));
          this.facets.set(connection.facets);
          this.failure.set(null);
          this.status.set('loaded');
        } else {
          this.paging.update((previous) => emptyPaging(previous.generation + 1));
          this.failure.set(result.ok ? 'errors.INTERNAL_SERVER_ERROR' : errorMessageKey(result.error));
          this.status.set('failed');
        }
      });
  }

  protected select(name: 'actionField' | 'forum' | 'kind' | 'state' | 'source' | 'language' | 'sort', value: string): void {
    this.change({ [name]: value === this.all ? null : value } as Partial<ListState>);
  }

  protected submitSearch(event: Event): void {
    event.preventDefault();
    const search = this.searchText().trim();
    if (search !== this.state().search) this.change({ search });
  }

  protected clearFilters(): void {
    this.searchText.set('');
    void this.navigate({ ...EMPTY_STATE, sort: this.state().sort, seed: this.state().seed });
    this.focusLater('#proposal-search');
  }

  protected tryAgain(): void {
    this.retry.update((count) => count + 1);
  }

  protected async loadMore(): Promise<void> {
    const process = this.process();
    const current = this.paging();
    const after = nextCursor(current);
    if (!process || !after || this.loadingMore()) return;
    const state = this.state();
    this.loadingMore.set(true);
    this.moreFailure.set(null);
    try {
      const result = await firstValueFrom(
        this.listQuery.fetch({
          variables: { filter: toFilter(process.id, state), sort: state.sort, seed: state.seed, first: PAGE_SIZE, after },
          fetchPolicy: 'network-only',
        }),
      );
      const connection = result.data?.proposals;
      if (!connection) throw new Error('proposals returned no data');
      this.paging.update((paging) => appendPage(paging, toPage(connection), current.generation));
      // The new cards appear below the button's old place; continue reading at the first of them.
      const index = this.paging().firstNewIndex;
      if (index !== null) this.focusLater(`.mr-results li:nth-child(${index + 1}) a`);
    } catch (error) {
      this.moreFailure.set(errorMessageKey(toUiError(error)));
    } finally {
      this.loadingMore.set(false);
    }
  }

  protected countOf(facet: 'kind' | 'state' | 'source', value: string): number {
    return facetCount(this.facets()?.[facet], value);
  }

  protected readonly trackById = (_index: number, item: { id: string }): string => item.id;

  private change(change: Partial<ListState>, replaceUrl = false): void {
    void this.navigate(withChange(this.state(), change, randomSeed), replaceUrl);
  }

  private navigate(state: ListState, replaceUrl = false): Promise<boolean> {
    return this.router.navigate([], { relativeTo: this.route, queryParams: toQueryParams(state), replaceUrl });
  }

  private focusLater(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
