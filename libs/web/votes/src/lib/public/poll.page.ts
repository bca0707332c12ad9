import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  PendingTasks,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import type { Subscription } from 'rxjs';
import {
  CastVoteGQL,
  LanguageService,
  PollGQL,
  PollTurnoutGQL,
  SessionService,
  errorMessageKey,
  toUiError,
} from '@mitreden/web/core';
import type { PollQuery, UiError, VoteReceiptView } from '@mitreden/web/core';
import { BallotFormComponent } from './ballot-form.component';
import type { BallotCast } from './ballot-form.component';
import { formatCount, formatPollDate, pluralCategory } from './ballot-state';
import { PollReceiptsComponent } from '../results/poll-receipts.component';
import { PollResultsComponent } from '../results/poll-results.component';

export type PublicPoll = NonNullable<PollQuery['poll']>;

type LoadState = { status: 'loading' } | { status: 'loaded'; poll: PublicPoll | null } | { status: 'failed'; key: string };

const BALLOT_PROBLEMS = new Set(['EMPTY', 'ONE_ONLY', 'TOO_MANY', 'DUPLICATE', 'UNKNOWN_OPTION']);

/** Message key for a refused vote; code voters get code-specific wording. */
export function castErrorKey(error: UiError, withCode: boolean): string {
  const problem = error.code === 'BAD_USER_INPUT' ? error.fields['choices']?.[0] : undefined;
  if (problem && BALLOT_PROBLEMS.has(problem)) return `votes.ballot.problem.${problem}`;
  if (withCode && error.code === 'INVALID_TOKEN') return 'votes.ballot.code.rejected';
  if (withCode && error.code === 'ALREADY_VOTED') return 'votes.ballot.code.used';
  return errorMessageKey(error);
}

/** While the ballot box is being counted the page asks again this often. */
export const COUNTING_REFRESH_MS = 5000;
/** Timers beyond this are not set (the page reloads at the next visit anyway). */
const MAX_TIMER_MS = 24 * 60 * 60 * 1000;

/**
 * /votes/:slug: the question, who may vote, the ballot (with the account or a voting code), the
 * receipt after voting, live turnout while open, and the results and receipts after the count.
 */
@Component({
  selector: 'mr-poll-page',
  imports: [BallotFormComponent, MatButton, PollReceiptsComponent, PollResultsComponent, RouterLink, TranslocoDirective],
  providers: [provideTranslocoScope('votes')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      @switch (state().status) {
        @case ('loading') {
          <h1 tabindex="-1" class="mr-poll__title">{{ t('votes.poll.heading') }}</h1>
          <p role="status">{{ t('votes.poll.loading') }}</p>
        }
        @case ('failed') {
          <h1 tabindex="-1" class="mr-poll__title">{{ t('votes.poll.heading') }}</h1>
          <p role="alert">{{ t(failureKey()) }}</p>
          <a routerLink="/votes">{{ t('votes.poll.toList') }}</a>
        }
        @default {
          @if (poll(); as p) {
            <p class="mr-poll__process">
              <a [routerLink]="['/processes', p.processSlug]"><bdi>{{ p.processTitle }}</bdi></a>
              @if (p.phaseTitle) {
                · <bdi>{{ p.phaseTitle }}</bdi>
              }
            </p>
            <h1 tabindex="-1" class="mr-poll__title"><bdi>{{ p.question }}</bdi></h1>
            @if (p.description) {
              <p class="mr-poll__description">{{ p.description }}</p>
            }

            <dl class="mr-poll__facts">
              <dt>{{ t('votes.poll.statusLabel') }}</dt>
              <dd>{{ t('votes.poll.status.' + p.status) }}</dd>
              <dt>{{ t('votes.poll.methodLabel') }}</dt>
              <dd>{{ t('votes.poll.method.' + p.method, { max: p.maxChoices ?? 1 }) }}</dd>
              <dt>{{ t('votes.poll.opensAt') }}</dt>
              <dd>{{ date(p.opensAt) }}</dd>
              <dt>{{ t('votes.poll.closesAt') }}</dt>
              <dd>{{ date(p.closesAt) }}</dd>
              <dt>{{ t('votes.poll.whoLabel') }}</dt>
              <dd>
                @if (p.acceptsAccounts) {
                  {{ p.municipality ? t('votes.poll.who.accountsIn', { municipality: p.municipality }) : t('votes.poll.who.accounts') }}
                }
                @if (p.acceptsAccounts && p.acceptsCodes) {
                  <br />
                }
                @if (p.acceptsCodes) {
                  {{ t('votes.poll.who.codes') }}
                }
              </dd>
            </dl>

            @if (p.status === 'OPEN' || p.status === 'COUNTING') {
              <p class="mr-poll__turnout" role="status" aria-live="polite">{{ t('votes.poll.turnout.' + turnoutCategory(), { count: turnoutCount() }) }}</p>
            }

            @if (castError() && !showBallot()) {
              <p class="mr-poll__notice" role="alert">{{ t(castError() ?? '') }}</p>
            }

            @if (receipt(); as r) {
              <section class="mr-receipt" aria-labelledby="receipt-heading">
                <h2 id="receipt-heading" tabindex="-1" class="mr-receipt__heading">{{ t('votes.receipt.heading') }}</h2>
                @if (r.replacedEarlierVote) {
                  <p class="mr-receipt__replaced">{{ t('votes.receipt.replaced') }}</p>
                }
                <p>{{ t('votes.receipt.codeLabel') }}</p>
                <p class="mr-receipt__code" dir="ltr" translate="no" id="receipt-code">{{ r.receipt }}</p>
                <div class="mr-receipt__actions">
                  <button mat-stroked-button type="button" (click)="copyReceipt(r.receipt)">{{ t('votes.receipt.copy') }}</button>
                  <button mat-stroked-button type="button" (click)="print()">{{ t('votes.receipt.print') }}</button>
                </div>
                <p role="status" class="mr-receipt__copied">
                  @if (copied() === 'done') {
                    {{ t('votes.receipt.copied') }}
                  } @else if (copied() === 'failed') {
                    {{ t('votes.receipt.copyFailed') }}
                  }
                </p>
                <p>{{ t('votes.receipt.explainList') }}</p>
                <p>{{ t('votes.receipt.explainSecret') }}</p>
                <p>{{ t('votes.receipt.keep') }}</p>
              </section>
            }

            @switch (p.status) {
              @case ('DRAFT') {
                <p class="mr-poll__notice" role="note">{{ t('votes.poll.draft') }}</p>
              }
              @case ('SCHEDULED') {
                <p class="mr-poll__notice">{{ t('votes.poll.scheduled', { date: date(p.opensAt) }) }}</p>
              }
              @case ('COUNTING') {
                <p class="mr-poll__notice" role="status">{{ t('votes.poll.counting') }}</p>
              }
              @case ('CLOSED') {
                <mr-poll-results [poll]="p" />
                <mr-poll-receipts [pollId]="p.id" [slug]="p.slug" />
              }
              @case ('OPEN') {
                @if (!receipt() && !p.viewer.canVote && !p.viewer.hasVoted && p.viewer.block; as block) {
                  <div class="mr-poll__notice mr-poll__eligibility">
                    @switch (block) {
                      @case ('LOGIN_REQUIRED') {
                        <p>{{ t(p.acceptsCodes ? 'votes.poll.block.LOGIN_OR_CODE' : 'votes.poll.block.LOGIN_REQUIRED') }}</p>
                        <a mat-flat-button routerLink="/login" [queryParams]="{ returnUrl: '/votes/' + p.slug }">{{ t('votes.poll.login') }}</a>
                      }
                      @case ('EMAIL_NOT_CONFIRMED') {
                        <p>{{ t('votes.poll.block.EMAIL_NOT_CONFIRMED') }}</p>
                        <a routerLink="/account">{{ t('votes.poll.toAccount') }}</a>
                      }
                      @case ('MUNICIPALITY_MISSING') {
                        <p>{{ t('votes.poll.block.MUNICIPALITY_MISSING', { municipality: p.municipality ?? '' }) }}</p>
                        <a routerLink="/account">{{ t('votes.poll.setMunicipality') }}</a>
                      }
                      @case ('WRONG_MUNICIPALITY') {
                        <p>{{ t('votes.poll.block.WRONG_MUNICIPALITY', { municipality: p.municipality ?? '' }) }}</p>
                        <a routerLink="/account">{{ t('votes.poll.toAccount') }}</a>
                      }
                      @case ('CODE_REQUIRED') {
                        <p>{{ t('votes.poll.block.CODE_REQUIRED') }}</p>
                      }
                      @default {
                        <p>{{ t('votes.poll.block.' + block) }}</p>
                      }
                    }
                  </div>
                }
                @if (receipt()) {
                  <!-- the receipt panel is above -->
                } @else if (showBallot()) {
                  @if (changing()) {
                    <p class="mr-poll__notice">{{ t('votes.poll.changeNote') }}</p>
                  }
                  <mr-ballot-form
                    [poll]="p"
                    [askCode]="ballotWithCode()"
                    [initialCode]="code() ?? ''"
                    [busy]="casting()"
                    [error]="castError()"
                    (cast)="castVote($event)"
                  />
                  @if (changing()) {
                    <button mat-button type="button" class="mr-poll__cancel" (click)="changing.set(false)">{{ t('votes.poll.keepVote') }}</button>
                  }
                } @else if (p.viewer.hasVoted) {
                  <div class="mr-poll__notice">
                    <h2>{{ t('votes.poll.voted.heading') }}</h2>
                    <p>{{ t(p.allowVoteChange ? 'votes.poll.voted.canChange' : 'votes.poll.voted.final') }}</p>
                    @if (p.allowVoteChange && p.viewer.canVote) {
                      <button mat-stroked-button type="button" (click)="changing.set(true)">{{ t('votes.poll.voted.change') }}</button>
                    }
                  </div>
                }
              }
            }
            <p class="mr-poll__back"><a routerLink="/votes">{{ t('votes.poll.toList') }}</a></p>
          } @else {
            <h1 tabindex="-1" class="mr-poll__title">{{ t('votes.poll.notFoundHeading') }}</h1>
            <p>{{ t('votes.poll.notFound') }}</p>
            <a routerLink="/votes">{{ t('votes.poll.toList') }}</a>
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
    .mr-poll__title:focus,
    .mr-receipt__heading:focus {
      outline: none;
    }
    .mr-poll__title:focus-visible,
    .mr-receipt__heading:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
    }
    .mr-poll__title {
      overflow-wrap: anywhere;
    }
    .mr-poll__process {
      margin: 0;
      font: var(--mat-sys-label-large);
    }
    .mr-poll__description {
      white-space: pre-line;
    }
    .mr-poll__facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 1rem;
      margin-block: 1rem;
    }
    .mr-poll__facts dt {
      font-weight: 700;
    }
    .mr-poll__facts dd {
      margin: 0;
    }
    @media (max-width: 30rem) {
      .mr-poll__facts {
        grid-template-columns: 1fr;
      }
      .mr-poll__facts dd {
        margin-block-end: 0.5rem;
      }
    }
    .mr-poll__turnout {
      font: var(--mat-sys-title-medium);
    }
    .mr-poll__notice {
      padding: 0.75rem 1rem;
      margin-block: 1rem;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 0.5rem;
    }
    .mr-poll__notice h2 {
      margin-block-start: 0;
    }
    .mr-poll__cancel {
      margin-block-start: 0.5rem;
    }
    .mr-poll__back {
      margin-block-start: 2rem;
    }
    .mr-receipt {
      padding: 1rem;
      margin-block: 1rem;
      border: 2px solid var(--mat-sys-primary);
      border-radius: 0.5rem;
    }
    .mr-receipt__heading {
      margin-block-start: 0;
    }
    .mr-receipt__code {
      font-family: monospace;
      font-size: clamp(1.5rem, 7vw, 2.5rem);
      font-weight: 700;
      letter-spacing: 0.05em;
      user-select: all;
      overflow-wrap: anywhere;
      margin-block: 0.5rem;
      text-align: start;
    }
    .mr-receipt__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    @media print {
      .mr-receipt__actions,
      .mr-receipt__copied {
        display: none;
      }
    }
  `,
})
export class PollPage {
  readonly slug = input.required<string>();
  /** `?code=` from a voting-code letter (bound by the router). */
  readonly code = input<string | undefined>(undefined);

  private readonly query = inject(PollGQL);
  private readonly castMutation = inject(CastVoteGQL);
  private readonly turnoutSubscription = inject(PollTurnoutGQL);
  private readonly language = inject(LanguageService);
  private readonly session = inject(SessionService);
  private readonly document = inject(DOCUMENT);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly pendingTasks = inject(PendingTasks);

  readonly state = signal<LoadState>({ status: 'loading' });
  /** Voters so far: from the poll, then from the subscription. */
  readonly turnout = signal<number | null>(null);
  readonly receipt = signal<VoteReceiptView | null>(null);
  readonly casting = signal(false);
  readonly castError = signal<string | null>(null);
  /** The voter chose to change an earlier vote (polls that allow it). */
  readonly changing = signal(false);
  protected readonly copied = signal<'idle' | 'done' | 'failed'>('idle');

  private turnoutFor: string | null = null;
  private turnoutSub: Subscription | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private loadCount = 0;

  readonly poll = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.poll : null;
  });
  protected readonly failureKey = computed(() => {
    const state = this.state();
    return state.status === 'failed' ? state.key : 'errors.NETWORK';
  });
  /** Anonymous (or account-blocked) voters on a poll that takes codes vote with a code. */
  readonly ballotWithCode = computed(() => {
    const poll = this.poll();
    return !!poll && poll.acceptsCodes && !poll.viewer.canVote && !poll.viewer.hasVoted;
  });
  readonly showBallot = computed(() => {
    const poll = this.poll();
    if (!poll || poll.status !== 'OPEN') return false;
    if (poll.viewer.hasVoted) return this.changing() && poll.allowVoteChange && poll.viewer.canVote;
    return poll.viewer.canVote || this.ballotWithCode();
  });
  private readonly turnoutValue = computed(() => this.turnout() ?? this.poll()?.turnout ?? 0);
  protected readonly turnoutCategory = computed(() => pluralCategory(this.turnoutValue(), this.language.current()));
  protected readonly turnoutCount = computed(() => formatCount(this.turnoutValue(), this.language.current()));

  constructor() {
    effect(() => {
      const slug = this.slug();
      this.language.current();
      this.session.loggedIn();
      untracked(() => void this.pendingTasks.run(() => this.load(slug, true)));
    });
    inject(DestroyRef).onDestroy(() => {
      this.turnoutSub?.unsubscribe();
      if (this.timer) clearTimeout(this.timer);
    });
  }

  protected date(value: string): string {
    return formatPollDate(value, this.language.current());
  }

  private async load(slug: string, focus: boolean): Promise<void> {
    const load = ++this.loadCount;
    if (this.timer) clearTimeout(this.timer);
    let next: LoadState;
    try {
      const result = await firstValueFrom(this.query.fetch({ variables: { slug }, fetchPolicy: 'network-only' }));
      next = result.error
        ? { status: 'failed', key: errorMessageKey(toUiError(result.error)) }
        : { status: 'loaded', poll: result.data?.poll ?? null };
    } catch (error) {
      next = { status: 'failed', key: errorMessageKey(toUiError(error)) };
    }
    if (load !== this.loadCount) return;
    const firstShow = this.state().status !== 'loaded';
    this.state.set(next);
    const poll = next.status === 'loaded' ? next.poll : null;
    if (poll) {
      this.turnout.set(poll.turnout);
      this.followTurnout(poll);
      this.scheduleRefresh(poll, slug);
    }
    if (focus && firstShow) this.focus('h1');
  }

  /** Live turnout while the poll is open; one subscription per poll for the life of the page. */
  private followTurnout(poll: PublicPoll): void {
    if (poll.status !== 'OPEN' || this.turnoutFor === poll.id) return;
    this.turnoutSub?.unsubscribe();
    this.turnoutFor = poll.id;
    this.turnoutSub = this.turnoutSubscription.subscribe({ variables: { pollId: poll.id } }).subscribe({
      next: (result) => {
        const voters = result.data?.pollTurnout?.voters;
        if (typeof voters === 'number') this.turnout.set(voters);
      },
      // Turnout is a nicety; the page works without it.
      error: () => undefined,
    });
  }

  /** Counting: ask again every few seconds; scheduled/open: reload when the poll opens or closes. */
  private scheduleRefresh(poll: PublicPoll, slug: string): void {
    let wait: number | null = null;
    if (poll.status === 'COUNTING') wait = COUNTING_REFRESH_MS;
    else if (poll.status === 'SCHEDULED') wait = new Date(poll.opensAt).getTime() - Date.now() + 1000;
    else if (poll.status === 'OPEN') wait = new Date(poll.closesAt).getTime() - Date.now() + 1000;
    if (wait === null || wait > MAX_TIMER_MS) return;
    this.timer = setTimeout(() => void this.load(slug, false), Math.max(wait, 1000));
  }

  castVote(cast: BallotCast): void {
    this.pendingTasks.run(() => this.sendVote(cast));
  }

  private async sendVote(cast: BallotCast): Promise<void> {
    const poll = this.poll();
    if (!poll || this.casting()) return;
    this.casting.set(true);
    this.castError.set(null);
    try {
      const result = await firstValueFrom(
        this.castMutation.mutate({ variables: { input: { pollId: poll.id, choices: cast.choices, code: cast.code } } }),
      );
      const receipt = result.data?.castVote;
      if (!receipt) throw result.error ?? new Error('no receipt');
      this.receipt.set(receipt);
      this.changing.set(false);
      this.focus('#receipt-heading');
      void this.load(this.slug(), false);
    } catch (error) {
      const uiError = toUiError(error);
      this.castError.set(castErrorKey(uiError, cast.code !== null));
      if (uiError.code === 'ALREADY_VOTED' || uiError.code === 'POLL_NOT_OPEN') void this.load(this.slug(), false);
    } finally {
      this.casting.set(false);
    }
  }

  protected async copyReceipt(receipt: string): Promise<void> {
    try {
      await this.document.defaultView?.navigator.clipboard.writeText(receipt);
      this.copied.set('done');
    } catch {
      this.copied.set('failed');
    }
  }

  protected print(): void {
    this.document.defaultView?.print();
  }

  private focus(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
