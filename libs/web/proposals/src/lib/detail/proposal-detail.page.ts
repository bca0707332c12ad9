import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { catchError, firstValueFrom, map, of, switchMap } from 'rxjs';
import {
  LANGUAGE_NATIVE_NAMES,
  LanguageService,
  ProposalDetailPageGQL,
  SessionService,
  SupportProposalGQL,
  WithdrawSupportGQL,
  errorMessageKey,
  toUiError,
} from '@mitreden/web/core';
import type { ProposalDetailFragment } from '@mitreden/web/core';
import { isLocale } from '@mitreden/shared/contracts';
import { CommentThreadComponent } from '@mitreden/web/comments';
import { FollowButtonComponent } from '@mitreden/web/follows';
import { HiddenNoticeComponent, ReportButtonComponent } from '@mitreden/web/moderation';
import {
  CurationActionsComponent,
  ProposalLineageComponent,
  ReviseButtonComponent,
  WordingHistoryComponent,
} from '@mitreden/web/curation';
import { AssessmentPanelComponent, PublicAssessmentsComponent } from '@mitreden/web/assessments';
import { AnswerEditorComponent, OfficialAnswerComponent } from '@mitreden/web/answers';
import { ProposalInCatalogueComponent } from '@mitreden/web/catalogue';
import { DatePipe } from '../common/date.pipe';
import { enumKey, isCollectedInput } from '../common/labels';
import { WithdrawDialogComponent } from './withdraw-dialog.component';
import type { WithdrawDialogData } from './withdraw-dialog.component';

type LoadStatus = 'loading' | 'loaded' | 'missing' | 'failed';
type Notice = { kind: 'success' | 'error'; key: string; params?: Record<string, unknown> };
/** Why the support button cannot be used right now, as a `proposals.detail.*` key. */
type SupportBlock = 'supportWithdrawn' | 'supportCurated' | 'supportPhaseClosed' | null;

/** A proposal with its metadata, support, follow, comments, withdrawal and wording history. */
@Component({
  selector: 'mr-proposal-detail-page',
  imports: [
    AnswerEditorComponent,
    AssessmentPanelComponent,
    CommentThreadComponent,
    CurationActionsComponent,
    DatePipe,
    FollowButtonComponent,
    HiddenNoticeComponent,
    MatAnchor,
    MatButton,
    OfficialAnswerComponent,
    ProposalInCatalogueComponent,
    ProposalLineageComponent,
    PublicAssessmentsComponent,
    ReportButtonComponent,
    ReviseButtonComponent,
    RouterLink,
    TranslocoDirective,
    WordingHistoryComponent,
  ],
  providers: [provideTranslocoScope('proposals')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './proposal-detail.page.html',
  styleUrl: './proposal-detail.page.scss',
})
export class ProposalDetailPage {
  /** Route parameter. */
  readonly id = input.required<string>();

  private readonly detailQuery = inject(ProposalDetailPageGQL);
  private readonly supportMutation = inject(SupportProposalGQL);
  private readonly withdrawSupportMutation = inject(WithdrawSupportGQL);
  private readonly dialog = inject(MatDialog);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly session = inject(SessionService);
  protected readonly lang = inject(LanguageService).current;
  protected readonly key = enumKey;

  protected readonly status = signal<LoadStatus>('loading');
  protected readonly failure = signal<string | null>(null);
  protected readonly proposal = signal<ProposalDetailFragment | null>(null);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly supporting = signal(false);
  /** Bumped after an editorial revision, so the page loads the new wording. */
  private readonly reloads = signal(0);

  protected readonly collected = computed(() => {
    const proposal = this.proposal();
    return !!proposal && isCollectedInput(proposal);
  });
  protected readonly withdrawn = computed(() => this.proposal()?.state === 'WITHDRAWN');
  protected readonly languageName = computed(() => {
    const language = this.proposal()?.language ?? '';
    return isLocale(language) ? LANGUAGE_NATIVE_NAMES[language] : language;
  });

  protected readonly supportBlock = computed<SupportBlock>(() => {
    if (this.withdrawn()) return 'supportWithdrawn';
    // Merged and split proposals live on in their successors (see the lineage banner).
    const state = this.proposal()?.state;
    if (state === 'MERGED' || state === 'SPLIT') return 'supportCurated';
    if (this.proposal()?.participationOpen === false) return 'supportPhaseClosed';
    return null;
  });

  /** Comments follow the same rules as supports: open phase, proposal neither withdrawn nor merged or split. */
  protected readonly canComment = computed(() => this.supportBlock() === null);

  protected readonly loginUrl = computed(() => `/proposals/${this.id()}`);

  constructor() {
    toObservable(computed(() => ({ id: this.id(), lang: this.lang(), reload: this.reloads() })))
      .pipe(
        switchMap(({ id }) => {
          this.status.set(this.proposal()?.id === id ? 'loaded' : 'loading');
          return this.detailQuery.fetch({ variables: { id }, fetchPolicy: 'network-only' }).pipe(
            map((result) => ({ ok: true as const, data: result.data ?? null })),
            catchError((error: unknown) =>
              of({ ok: false as const, key: errorMessageKey(toUiError(error)) }),
            ),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((result) => {
        if (!result.ok) {
          this.failure.set(result.key);
          this.status.set('failed');
          return;
        }
        this.failure.set(null);
        const proposal = result.data?.proposal ?? null;
        this.proposal.set(proposal);
        this.status.set(proposal ? 'loaded' : 'missing');
      });
  }

  protected async toggleSupport(): Promise<void> {
    const proposal = this.proposal();
    if (!proposal || this.supporting() || this.supportBlock()) return;
    const withdrawing = proposal.supportedByMe;
    this.supporting.set(true);
    this.notice.set(null);
    try {
      const variables = { id: proposal.id };
      const updated = withdrawing
        ? (await firstValueFrom(this.withdrawSupportMutation.mutate({ variables }))).data?.withdrawSupport
        : (await firstValueFrom(this.supportMutation.mutate({ variables }))).data?.supportProposal;
      if (!updated) throw new Error('support mutation returned no proposal');
      this.proposal.update((current) =>
        current
          ? { ...current, supportCount: updated.supportCount, supportedByMe: updated.supportedByMe }
          : current,
      );
      this.notice.set({
        kind: 'success',
        key: updated.supportedByMe ? 'proposals.detail.supported' : 'proposals.detail.supportWithdrawnByMe',
        params: { count: updated.supportCount },
      });
    } catch (error) {
      this.notice.set({ kind: 'error', key: errorMessageKey(toUiError(error)) });
    } finally {
      this.supporting.set(false);
    }
  }

  protected openWithdraw(): void {
    const proposal = this.proposal();
    if (!proposal) return;
    const data: WithdrawDialogData = { id: proposal.id, title: proposal.title };
    this.dialog
      .open(WithdrawDialogComponent, {
        data,
        width: 'min(36rem, calc(100vw - 2rem))',
        maxWidth: '100vw',
        restoreFocus: true,
      })
      .afterClosed()
      .subscribe((updated: ProposalDetailFragment | undefined) => {
        if (!updated) return;
        this.proposal.set(updated);
        this.notice.set({ kind: 'success', key: 'proposals.detail.withdrawnNotice' });
        // The withdraw button is gone; the banner explaining the new state is the place to continue.
        this.focusLater('#withdrawn-banner');
      });
  }

  protected onRevised(): void {
    this.notice.set({ kind: 'success', key: 'curation.revise.saved' });
    this.reloads.update((count) => count + 1);
  }

  private focusLater(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
