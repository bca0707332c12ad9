import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  ViewContainerRef,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import {
  DismissReportsGQL,
  FormStatusComponent,
  LanguageService,
  ModerationQueueGQL,
  errorMessageKey,
  htmlLang,
  toUiError,
} from '@mitreden/web/core';
import type {
  FormStatusKind,
  ModerationCaseFragment,
  ModerationQueueKind,
  ModerationQueueQuery,
  ReportReason,
  ReportTargetType,
} from '@mitreden/web/core';
import { BlockDialogComponent } from '../hiding/block-dialog.component';
import type { BlockDialogData } from '../hiding/block-dialog.component';
import { HideDialogComponent } from '../hiding/hide-dialog.component';
import type { HideDialogData } from '../hiding/hide-dialog.component';
import { REPORT_REASONS } from '../report/report-dialog.component';

/** Cases per page: enough to work through, few enough to read. */
export const QUEUE_PAGE_SIZE = 20;

const KINDS: readonly ModerationQueueKind[] = ['REPORTS', 'REVIEW_REQUESTS', 'HIDDEN'];
const TARGET_TYPES: readonly ReportTargetType[] = ['PROPOSAL', 'COMMENT', 'USER'];

type Counts = ModerationQueueQuery['moderationQueue']['counts'];
type LoadState =
  | { status: 'loading' }
  | { status: 'loaded'; cases: ModerationCaseFragment[]; total: number }
  | { status: 'failed'; key: string };

const caseKey = (entry: ModerationCaseFragment): string => `${entry.targetType}:${entry.targetId}`;

/**
 * /moderation: reported items, review requests and everything hidden, each with its content in
 * context (proposal, comment with its proposal and the comment it answers, account with counts),
 * the reasons, who reported and when, and the actions: dismiss, hide (H2's dialog), block.
 */
@Component({
  selector: 'mr-moderation-queue-page',
  imports: [
    FormStatusComponent,
    MatButton,
    MatButtonToggle,
    MatButtonToggleGroup,
    MatFormField,
    MatLabel,
    MatOption,
    MatSelect,
    RouterLink,
    TranslocoDirective,
  ],
  providers: [provideTranslocoScope('moderation')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h1 id="moderation-heading" tabindex="-1">{{ t('moderation.queue.heading') }}</h1>
      <p>{{ t('moderation.queue.intro') }}</p>
      <mr-form-status [message]="status() ? t(status()!.key, status()!.params) : null" [kind]="status()?.kind ?? 'info'" />

      <mat-button-toggle-group
        class="mr-queue__kinds"
        [attr.aria-label]="t('moderation.queue.kindsLabel')"
        [value]="kind()"
        (change)="chooseKind($event.value)"
        hideSingleSelectionIndicator
      >
        @for (option of kinds; track option) {
          <mat-button-toggle [value]="option">
            {{ t('moderation.queue.kinds.' + option) }}
            <span class="mr-queue__count">{{ countOf(option) }}</span>
          </mat-button-toggle>
        }
      </mat-button-toggle-group>

      <div class="mr-queue__filters" role="group" [attr.aria-label]="t('moderation.queue.filtersLabel')">
        <mat-form-field appearance="outline">
          <mat-label>{{ t('moderation.queue.filterType') }}</mat-label>
          <mat-select [value]="targetType()" (selectionChange)="chooseType($event.value)">
            <mat-option [value]="null">{{ t('moderation.queue.all') }}</mat-option>
            @for (type of targetTypes; track type) {
              <mat-option [value]="type">{{ t('moderation.queue.types.' + type) }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ t('moderation.queue.filterReason') }}</mat-label>
          <mat-select [value]="reason()" (selectionChange)="chooseReason($event.value)">
            <mat-option [value]="null">{{ t('moderation.queue.all') }}</mat-option>
            @for (option of reasons; track option) {
              <mat-option [value]="option">{{ t('moderation.report.reasons.' + option) }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </div>

      @switch (state().status) {
        @case ('loading') {
          <p role="status">{{ t('moderation.queue.loading') }}</p>
        }
        @case ('failed') {
          <p role="alert">{{ t(failureKey()) }}</p>
        }
        @default {
          <p class="mr-queue__summary" role="status">{{ t('moderation.queue.total', { count: total() }) }}</p>
          @if (cases().length === 0) {
            <p>{{ t('moderation.queue.empty.' + kind()) }}</p>
          }
          <ol class="mr-queue__cases">
            @for (entry of cases(); track caseKey(entry); let index = $index) {
              <li>
                <article class="mr-case" [attr.aria-labelledby]="'case-heading-' + index">
                  <h2 class="mr-case__heading" [id]="'case-heading-' + index">
                    <span class="mr-case__type">{{ t('moderation.queue.types.' + entry.targetType) }}</span>
                    <bdi>{{ titleOf(entry) }}</bdi>
                  </h2>

                  @if (entry.proposal; as proposal) {
                    <p class="mr-case__meta">
                      {{ t('moderation.queue.by', { name: proposal.author?.displayName ?? t('moderation.queue.noAuthor') }) }}
                    </p>
                    <div class="mr-case__content" dir="auto" [innerHTML]="proposal.bodyHtml"></div>
                  }
                  @if (entry.comment; as comment) {
                    <p class="mr-case__meta">
                      {{ t('moderation.queue.commentOn') }}
                      <a [routerLink]="['/proposals', comment.proposalId]" dir="auto">#{{ comment.proposalNumber }} {{ comment.proposalTitle }}</a>
                      · {{ t('moderation.queue.by', { name: comment.author?.displayName ?? t('moderation.queue.noAuthor') }) }}
                      · {{ formatDate(comment.createdAt) }}
                    </p>
                    @if (comment.parentBody; as parent) {
                      <blockquote class="mr-case__parent">
                        <span class="mr-case__label">{{ t('moderation.queue.inReplyTo') }}</span>
                        <span dir="auto">{{ parent }}</span>
                      </blockquote>
                    }
                    @if (comment.deleted) {
                      <p class="mr-case__content">{{ t('moderation.queue.deleted') }}</p>
                    } @else {
                      <p class="mr-case__content mr-case__comment" dir="auto">{{ comment.body }}</p>
                    }
                  }
                  @if (entry.user; as user) {
                    <p class="mr-case__meta">
                      {{ t('moderation.queue.accountFacts', { proposals: user.proposalCount, comments: user.commentCount, since: formatDate(user.createdAt) }) }}
                      · {{ t('moderation.queue.roles.' + user.role) }}
                    </p>
                    @if (user.blockedAt) {
                      <p class="mr-case__flag">{{ t('moderation.queue.blocked', { date: formatDate(user.blockedAt) }) }}</p>
                    }
                  }

                  @if (entry.hiding; as hiding) {
                    <div class="mr-case__flag">
                      <p>
                        <strong>{{ t(hiding.automatic ? 'moderation.queue.hiddenAutomatically' : 'moderation.queue.hidden') }}</strong>
                        · {{ formatDate(hiding.hiddenAt) }}
                        @if (hiding.hiddenBy; as by) {
                          · {{ t('moderation.queue.hiddenBy', { name: by.displayName }) }}
                        }
                      </p>
                      <p dir="auto">{{ hiding.reason }}</p>
                      @if (hiding.reviewRequest; as request) {
                        <p>
                          <span class="mr-case__label">{{ t('moderation.queue.reviewRequest') }}</span>
                          <span dir="auto">{{ request }}</span>
                        </p>
                      }
                    </div>
                  }

                  @if (entry.openReportCount > 0) {
                    <p class="mr-case__label">{{ t('moderation.queue.reporters', { count: entry.openReportCount }) }}</p>
                    <ul class="mr-case__reasons">
                      @for (item of entry.reasons; track item.reason) {
                        <li>{{ t('moderation.report.reasons.' + item.reason) }}: {{ item.count }}</li>
                      }
                    </ul>
                    <details class="mr-case__reports">
                      <summary>{{ t('moderation.queue.showReports', { count: entry.reports.length }) }}</summary>
                      <ul>
                        @for (report of entry.reports; track report.id) {
                          <li>
                            <span>{{ report.reporter.displayName }}</span>
                            · {{ formatDate(report.createdAt) }} · {{ t('moderation.report.reasons.' + report.reason) }}
                            @if (report.details) {
                              <p class="mr-case__details" dir="auto">{{ report.details }}</p>
                            }
                          </li>
                        }
                      </ul>
                    </details>
                  }

                  <div class="mr-case__actions">
                    @if (linkOf(entry); as link) {
                      <a mat-stroked-button [routerLink]="link">
                        {{ t('moderation.queue.open') }}<span class="mr-visually-hidden">: {{ titleOf(entry) }}</span>
                      </a>
                    }
                    @if (entry.openReportCount > 0) {
                      <button mat-stroked-button type="button" [id]="'dismiss-' + index" (click)="dismiss(entry, index)">
                        {{ t('moderation.queue.dismiss') }}<span class="mr-visually-hidden">: {{ titleOf(entry) }}</span>
                      </button>
                    }
                    @if (!entry.hiding && entry.targetType !== 'USER' && !entry.comment?.deleted) {
                      <button mat-flat-button type="button" (click)="hide(entry, index)">
                        {{ t('moderation.queue.hide') }}<span class="mr-visually-hidden">: {{ titleOf(entry) }}</span>
                      </button>
                    }
                    @if (entry.user?.canBlock && !entry.user?.blockedAt) {
                      <button mat-flat-button type="button" (click)="block(entry, index)">
                        {{ t('moderation.queue.block') }}<span class="mr-visually-hidden">: {{ titleOf(entry) }}</span>
                      </button>
                    }
                  </div>
                </article>
              </li>
            }
          </ol>
          @if (total() > pageSize) {
            <nav class="mr-queue__pages" [attr.aria-label]="t('moderation.queue.pagesLabel')">
              <button mat-stroked-button type="button" [disabled]="offset() === 0" (click)="page(-1)">{{ t('moderation.queue.previous') }}</button>
              <span>{{ t('moderation.queue.pageOf', { page: offset() / pageSize + 1, pages: pages() }) }}</span>
              <button mat-stroked-button type="button" [disabled]="offset() + pageSize >= total()" (click)="page(1)">{{ t('moderation.queue.next') }}</button>
            </nav>
          }
        }
      }
    </ng-container>
  `,
  styles: `
    .mr-queue__kinds {
      flex-wrap: wrap;
      margin-block: 0.5rem 1rem;
    }
    .mr-queue__count {
      display: inline-block;
      min-inline-size: 1.5rem;
      margin-inline-start: 0.375rem;
      padding-inline: 0.375rem;
      border-radius: 0.75rem;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font-weight: 600;
    }
    .mr-queue__filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
    .mr-queue__cases {
      margin: 0;
      padding: 0;
      list-style: none;
      max-inline-size: 56rem;
    }
    .mr-case {
      padding-block: 1rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .mr-case__heading {
      font: var(--mat-sys-title-medium);
      margin-block: 0 0.25rem;
    }
    .mr-case__type {
      display: block;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .mr-case__meta {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .mr-case__content {
      padding: 0.5rem 0.75rem;
      border-inline-start: 3px solid var(--mat-sys-outline-variant);
      overflow-wrap: anywhere;
    }
    .mr-case__comment,
    .mr-case__details {
      white-space: pre-line;
    }
    .mr-case__parent {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .mr-case__label {
      font-weight: 600;
      margin-inline-end: 0.375rem;
    }
    .mr-case__flag {
      padding: 0.5rem 0.75rem;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      border-radius: 0.5rem;
    }
    .mr-case__reasons {
      margin-block: 0.25rem;
    }
    .mr-case__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-block-start: 0.75rem;
    }
    .mr-queue__pages {
      display: flex;
      align-items: center;
      gap: 1rem;
      margin-block: 1rem;
    }
  `,
})
export class ModerationQueuePage {
  private readonly queueQuery = inject(ModerationQueueGQL);
  private readonly dismissMutation = inject(DismissReportsGQL);
  private readonly dialog = inject(MatDialog);
  private readonly viewContainerRef = inject(ViewContainerRef);
  private readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly kinds = KINDS;
  protected readonly targetTypes = TARGET_TYPES;
  protected readonly reasons = REPORT_REASONS;
  protected readonly pageSize = QUEUE_PAGE_SIZE;
  protected readonly caseKey = caseKey;

  protected readonly kind = signal<ModerationQueueKind>('REPORTS');
  protected readonly targetType = signal<ReportTargetType | null>(null);
  protected readonly reason = signal<ReportReason | null>(null);
  protected readonly offset = signal(0);
  protected readonly state = signal<LoadState>({ status: 'loading' });
  private readonly counts = signal<Counts | null>(null);
  protected readonly status = signal<{ kind: FormStatusKind; key: string; params?: Record<string, unknown> } | null>(null);

  protected readonly cases = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.cases : [];
  });
  protected readonly total = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.total : 0;
  });
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / QUEUE_PAGE_SIZE)));
  protected readonly failureKey = computed(() => {
    const state = this.state();
    return state.status === 'failed' ? state.key : 'errors.NETWORK';
  });
  // Intl rather than Angular's DatePipe: the app registers no Angular locale data.
  private readonly dateFormat = computed(
    () => new Intl.DateTimeFormat(htmlLang(this.language.current()), { dateStyle: 'medium', timeStyle: 'short' }),
  );

  constructor() {
    void this.load();
  }

  protected countOf(kind: ModerationQueueKind): number | string {
    const counts = this.counts();
    if (!counts) return '…';
    if (kind === 'REPORTS') return counts.reported;
    if (kind === 'REVIEW_REQUESTS') return counts.reviewRequests;
    return counts.hidden;
  }

  protected formatDate(value: string): string {
    return this.dateFormat().format(new Date(value));
  }

  protected titleOf(entry: ModerationCaseFragment): string {
    if (entry.proposal) return `#${entry.proposal.number} ${entry.proposal.title}`;
    if (entry.comment) return entry.comment.body.length > 80 ? `${entry.comment.body.slice(0, 80)}…` : entry.comment.body;
    return entry.user?.displayName ?? '';
  }

  protected linkOf(entry: ModerationCaseFragment): string[] | null {
    if (entry.proposal) return ['/proposals', entry.proposal.id];
    if (entry.comment) return ['/proposals', entry.comment.proposalId];
    return null;
  }

  protected chooseKind(kind: ModerationQueueKind): void {
    this.kind.set(kind);
    this.offset.set(0);
    void this.load();
  }

  protected chooseType(type: ReportTargetType | null): void {
    this.targetType.set(type);
    this.offset.set(0);
    void this.load();
  }

  protected chooseReason(reason: ReportReason | null): void {
    this.reason.set(reason);
    this.offset.set(0);
    void this.load();
  }

  protected page(step: number): void {
    this.offset.update((offset) => Math.max(0, offset + step * QUEUE_PAGE_SIZE));
    void this.load().then(() => this.focusLater('#moderation-heading'));
  }

  protected async dismiss(entry: ModerationCaseFragment, index: number): Promise<void> {
    try {
      const result = await firstValueFrom(
        this.dismissMutation.mutate({ variables: { targetType: entry.targetType, targetId: entry.targetId } }),
      );
      this.status.set({ kind: 'success', key: 'moderation.queue.dismissed', params: { count: result.data?.dismissReports ?? 0 } });
      await this.afterAction(index);
    } catch (error) {
      this.status.set({ kind: 'error', key: errorMessageKey(toUiError(error)) });
    }
  }

  protected hide(entry: ModerationCaseFragment, index: number): void {
    if (entry.targetType === 'USER') return;
    const data: HideDialogData = {
      targetType: entry.targetType,
      targetId: entry.targetId,
      label: this.titleOf(entry),
    };
    this.dialog
      .open(HideDialogComponent, { data, viewContainerRef: this.viewContainerRef, width: 'min(36rem, calc(100vw - 2rem))', maxWidth: '100vw' })
      .afterClosed()
      .subscribe((hidden: unknown) => {
        if (!hidden) return;
        this.status.set({ kind: 'success', key: 'moderation.queue.hiddenDone' });
        void this.afterAction(index);
      });
  }

  protected block(entry: ModerationCaseFragment, index: number): void {
    if (!entry.user) return;
    const data: BlockDialogData = { userId: entry.user.id, displayName: entry.user.displayName };
    this.dialog
      .open(BlockDialogComponent, { data, viewContainerRef: this.viewContainerRef, width: 'min(36rem, calc(100vw - 2rem))', maxWidth: '100vw' })
      .afterClosed()
      .subscribe((blocked: unknown) => {
        if (!blocked) return;
        this.status.set({ kind: 'success', key: 'moderation.queue.blockedDone' });
        void this.afterAction(index);
      });
  }

  /** The handled case usually leaves the list: reload, then put focus on the next case (or the heading). */
  private async afterAction(index: number): Promise<void> {
    await this.load();
    const count = this.cases().length;
    this.focusLater(count === 0 ? '#moderation-heading' : `#case-heading-${Math.min(index, count - 1)}`);
  }

  private async load(): Promise<void> {
    this.state.set({ status: 'loading' });
    try {
      const result = await firstValueFrom(
        this.queueQuery.fetch({
          variables: {
            filter: { kind: this.kind(), targetType: this.targetType(), reason: this.reason() },
            first: QUEUE_PAGE_SIZE,
            offset: this.offset(),
          },
          fetchPolicy: 'network-only',
        }),
      );
      const queue = result.data?.moderationQueue;
      if (!queue) throw result.error ?? new Error('No moderation queue');
      this.counts.set(queue.counts);
      this.state.set({ status: 'loaded', cases: queue.cases, total: queue.totalCount });
    } catch (error) {
      this.state.set({ status: 'failed', key: errorMessageKey(toUiError(error)) });
    }
  }

  private focusLater(selector: string): void {
    afterNextRender(
      () => {
        const target = this.host.nativeElement.querySelector<HTMLElement>(selector);
        if (target && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        target?.focus();
      },
      { injector: this.injector },
    );
  }
}
