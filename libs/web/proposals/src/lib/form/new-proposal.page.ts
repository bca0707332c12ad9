import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { catchError, combineLatest, debounceTime, distinctUntilChanged, firstValueFrom, from, map, of, startWith, switchMap } from 'rxjs';
import { COMPLETE_LOCALES, LOCALES } from '@mitreden/shared/contracts';
import {
  CreateProposalGQL,
  FieldErrorPipe,
  FormController,
  FormStatusComponent,
  LANGUAGE_NATIVE_NAMES,
  LanguageService,
  ProposalFormForumGQL,
  ProposalGoalsGQL,
  ProposalListProcessGQL,
  SimilarProposalsGQL,
  SupportProposalGQL,
  errorMessageKey,
  noBidiOverrides,
  noForbiddenCharacters,
  notBlank,
  toUiError,
} from '@mitreden/web/core';
import type { ProposalGoalsQuery, ProposalListProcessQuery, SimilarProposalsQuery, UiError } from '@mitreden/web/core';
import { BODY_MAX, TITLE_MAX, enumKey } from '../common/labels';
import { DRAFT_STORAGE, draftKey, isWorthKeeping, parseDraft } from './draft-storage';
import type { ProposalDraft } from './draft-storage';

type Process = NonNullable<ProposalListProcessQuery['process']>;
type Goal = ProposalGoalsQuery['proposals']['nodes'][number];
type Similar = SimilarProposalsQuery['similarProposals'][number];
type ProcessState = { status: 'loading' } | { status: 'loaded'; process: Process } | { status: 'missing' } | { status: 'failed'; error: UiError };

export const SIMILAR_DEBOUNCE_MS = 300;
/** Shorter titles match almost anything; suggestions would be noise. */
const SIMILAR_MIN_TITLE = 4;
const SIMILAR_MAX = 5;

/**
 * Writing a new goal or measure. While the title (and body) is typed, similar proposals are
 * suggested so people can support one instead; the draft is kept in the tab's session storage so
 * following a suggestion and coming back loses nothing.
 */
@Component({
  selector: 'mr-new-proposal-page',
  imports: [
    FieldErrorPipe,
    FormStatusComponent,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatRadioButton,
    MatRadioGroup,
    MatSelect,
    ReactiveFormsModule,
    RouterLink,
    TranslocoDirective,
  ],
  providers: [provideTranslocoScope('proposals')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './new-proposal.page.html',
  styleUrl: './proposal-form.scss',
})
export class NewProposalPage {
  /** Query parameters: the process's URL name, and optionally a forum and action field to preselect. */
  readonly process = input<string | undefined>();
  readonly forum = input<string | undefined>();
  readonly actionField = input<string | undefined>();

  private readonly router = inject(Router);
  private readonly processQuery = inject(ProposalListProcessGQL);
  private readonly goalsQuery = inject(ProposalGoalsGQL);
  private readonly forumQuery = inject(ProposalFormForumGQL);
  private readonly similarQuery = inject(SimilarProposalsGQL);
  private readonly createMutation = inject(CreateProposalGQL);
  private readonly supportMutation = inject(SupportProposalGQL);
  private readonly storage = inject(DRAFT_STORAGE);
  private readonly language = inject(LanguageService);
  protected readonly lang = this.language.current;
  protected readonly controller = new FormController();
  protected readonly key = enumKey;
  protected readonly titleMax = TITLE_MAX;
  protected readonly bodyMax = BODY_MAX;
  /** The complete languages first: they are the ones most proposals are written in. */
  protected readonly languages = [...COMPLETE_LOCALES, ...LOCALES.filter((locale) => !COMPLETE_LOCALES.includes(locale))].map(
    (locale) => ({ value: locale, label: LANGUAGE_NATIVE_NAMES[locale] }),
  );

  protected readonly form = inject(NonNullableFormBuilder).group({
    kind: ['MEASURE' as 'GOAL' | 'MEASURE', [Validators.required]],
    goalId: [''],
    actionFieldId: ['', [Validators.required]],
    forumId: [''],
    title: ['', [Validators.required, notBlank, Validators.maxLength(TITLE_MAX), noForbiddenCharacters]],
    body: ['', [Validators.required, notBlank, Validators.maxLength(BODY_MAX), noBidiOverrides]],
    language: [this.language.current() as string, [Validators.required]],
  });
  private readonly values = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });

  protected readonly processState = toSignal(
    toObservable(computed(() => ({ process: this.process(), forum: this.forum(), lang: this.lang() }))).pipe(
      switchMap(({ process, forum }) =>
        from(this.findProcess(process, forum)).pipe(
          map((found): ProcessState => (found ? { status: 'loaded', process: found } : { status: 'missing' })),
          catchError((error: unknown) => of<ProcessState>({ status: 'failed', error: toUiError(error) })),
          startWith<ProcessState>({ status: 'loading' }),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as ProcessState },
  );
  protected readonly loadedProcess = computed(() => {
    const state = this.processState();
    return state.status === 'loaded' ? state.process : null;
  });
  protected readonly processFailureKey = computed(() => {
    const state = this.processState();
    return state.status === 'failed' ? errorMessageKey(state.error) : null;
  });
  protected readonly phaseOpen = computed(() => this.loadedProcess()?.currentPhase?.kind === 'FORUMS');

  protected readonly actionFields = computed(() =>
    [...(this.loadedProcess()?.actionFields ?? [])].sort((a, b) => a.position - b.position),
  );
  /** Only forums that still take input can be named. */
  protected readonly forums = computed(() => (this.loadedProcess()?.forums ?? []).filter((forum) => forum.acceptsInput));

  private readonly allGoals = signal<readonly Goal[]>([]);
  protected readonly goals = computed(() => {
    const actionFieldId = this.values().actionFieldId;
    return this.allGoals().filter((goal) => !actionFieldId || goal.actionField.id === actionFieldId);
  });
  protected readonly isMeasure = computed(() => this.values().kind === 'MEASURE');

  protected readonly similar = signal<readonly Similar[]>([]);
  protected readonly supported = signal<ReadonlySet<string>>(new Set());
  protected readonly supportNotice = signal<{ kind: 'success' | 'error'; key: string } | null>(null);
  protected readonly restored = signal(false);

  constructor() {
    const destroyRef = inject(DestroyRef);

    // Once the process is known: restore a kept draft, or apply the preselection from the link.
    effect(() => {
      const process = this.loadedProcess();
      if (!process) return;
      untracked(() => {
        this.prefill(process);
        void this.loadGoals(process.id);
      });
    });

    // Changing the action field drops a goal from another field; naming a forum sets its field.
    this.form.controls.forumId.valueChanges.pipe(takeUntilDestroyed(destroyRef)).subscribe((forumId) => {
      const forum = this.forums().find((candidate) => candidate.id === forumId);
      if (forum && this.form.controls.actionFieldId.value !== forum.actionField.id) {
        this.form.controls.actionFieldId.setValue(forum.actionField.id);
      }
    });
    this.form.controls.actionFieldId.valueChanges.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => {
      const goalId = this.form.controls.goalId.value;
      if (goalId && !this.goals().some((goal) => goal.id === goalId)) this.form.controls.goalId.setValue('');
    });

    this.form.valueChanges.pipe(debounceTime(SIMILAR_DEBOUNCE_MS), takeUntilDestroyed(destroyRef)).subscribe(() => this.saveDraft());

    const title = this.form.controls.title;
    const body = this.form.controls.body;
    combineLatest([
      toObservable(computed(() => this.loadedProcess()?.id ?? null)),
      title.valueChanges.pipe(startWith(title.value)),
      body.valueChanges.pipe(startWith(body.value)),
    ])
      .pipe(
        debounceTime(SIMILAR_DEBOUNCE_MS),
        map(([processId, titleText, bodyText]) => ({ processId, title: titleText.trim(), body: bodyText.trim() })),
        distinctUntilChanged((a, b) => a.processId === b.processId && a.title === b.title && a.body === b.body),
        switchMap(({ processId, title: titleText, body: bodyText }) => {
          if (!processId || titleText.length < SIMILAR_MIN_TITLE) return of([] as Similar[]);
          return from(
            firstValueFrom(
              this.similarQuery.fetch({
                variables: { processId, title: titleText, body: bodyText || null },
                fetchPolicy: 'network-only',
              }),
            ),
          ).pipe(
            map((result) => (result.data?.similarProposals ?? []).slice(0, SIMILAR_MAX)),
            // Suggestions are a help, not a requirement: a failure leaves the form usable.
            catchError(() => of([] as Similar[])),
          );
        }),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((list) => this.similar.set(list));
  }

  protected async supportInstead(item: Similar): Promise<void> {
    this.supportNotice.set(null);
    try {
      const result = await firstValueFrom(this.supportMutation.mutate({ variables: { id: item.proposal.id } }));
      if (!result.data?.supportProposal.supportedByMe) throw new Error('support was not recorded');
      this.supported.update((ids) => new Set([...ids, item.proposal.id]));
      this.supportNotice.set({ kind: 'success', key: 'proposals.form.supportedInstead' });
    } catch (error) {
      this.supportNotice.set({ kind: 'error', key: errorMessageKey(toUiError(error)) });
    }
  }

  protected discardDraft(): void {
    const process = this.loadedProcess();
    if (process) this.storage?.removeItem(draftKey(process.slug));
    this.form.reset({ kind: 'MEASURE', language: this.language.current() });
    this.restored.set(false);
    this.prefillLink();
    this.controller.focusLater('#proposal-title');
  }

  protected submit(): Promise<void> {
    const process = this.loadedProcess();
    if (!process) return Promise.resolve();
    const value = this.form.getRawValue();
    const input = {
      processId: process.id,
      kind: value.kind,
      goalId: value.kind === 'MEASURE' && value.goalId ? value.goalId : null,
      actionFieldId: value.actionFieldId,
      forumId: value.forumId || null,
      title: value.title.trim(),
      body: value.body.trim(),
      language: value.language,
    };
    return this.controller.submit(this.form, () => firstValueFrom(this.createMutation.mutate({ variables: { input } })), {
      done: async (result) => {
        const created = result.data?.createProposal;
        if (!created) throw new Error('createProposal returned nothing');
        this.storage?.removeItem(draftKey(process.slug));
        await this.router.navigate(['/proposals', created.id]);
      },
    });
  }

  /**
   * The process named by the link: `process` is its URL name; a link that carries the process id
   * instead still works through its forum, which knows the process's URL name.
   */
  private async findProcess(processParam: string | undefined, forumId: string | undefined): Promise<Process | null> {
    const bySlug = async (slug: string) =>
      (await firstValueFrom(this.processQuery.fetch({ variables: { slug }, fetchPolicy: 'network-only' }))).data?.process ?? null;
    const found = processParam ? await bySlug(processParam) : null;
    if (found || !forumId) return found;
    const forum = (await firstValueFrom(this.forumQuery.fetch({ variables: { id: forumId }, fetchPolicy: 'network-only' }))).data?.forum;
    return forum?.processSlug ? bySlug(forum.processSlug) : null;
  }

  private prefill(process: Process): void {
    const draft = parseDraft(this.storage?.getItem(draftKey(process.slug)) ?? null);
    if (draft && isWorthKeeping(draft)) {
      this.form.setValue(draft);
      this.restored.set(true);
      return;
    }
    this.prefillLink();
  }

  private prefillLink(): void {
    const forumId = this.forum();
    const actionFieldId = this.actionField();
    if (actionFieldId && this.actionFields().some((field) => field.id === actionFieldId)) {
      this.form.controls.actionFieldId.setValue(actionFieldId);
    }
    if (forumId && this.forums().some((forum) => forum.id === forumId)) this.form.controls.forumId.setValue(forumId);
  }

  private saveDraft(): void {
    const process = this.loadedProcess();
    if (!process) return;
    const draft: ProposalDraft = this.form.getRawValue();
    try {
      if (isWorthKeeping(draft)) this.storage?.setItem(draftKey(process.slug), JSON.stringify(draft));
    } catch {
      // Storage full or disabled: the form still works, only the draft is not kept.
    }
  }

  /** Every published goal of the process, fetched once and filtered by action field locally. */
  private async loadGoals(processId: string): Promise<void> {
    const goals: Goal[] = [];
    let after: string | null = null;
    try {
      do {
        const result: { data?: ProposalGoalsQuery | undefined } = await firstValueFrom(
          this.goalsQuery.fetch({
            variables: { filter: { processId, kind: 'GOAL' }, after },
            fetchPolicy: 'network-only',
          }),
        );
        const page: ProposalGoalsQuery['proposals'] | undefined = result.data?.proposals;
        if (!page) break;
        goals.push(...page.nodes);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
    } catch {
      // Without the list a measure can still be proposed; naming the goal is optional.
    }
    this.allGoals.set(goals.sort((a, b) => a.number - b.number));
  }
}
