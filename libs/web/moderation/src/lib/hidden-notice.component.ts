import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import {
  ContentHidingGQL,
  DecideHidingReviewGQL,
  FieldErrorPipe,
  FormController,
  FormStatusComponent,
  LanguageService,
  RequestHidingReviewGQL,
  SessionService,
  UnhideContentGQL,
  htmlLang,
  noBidiOverrides,
  notBlank,
  toUiError,
} from '@mitreden/web/core';
import type { HidingDetailsFragment, ReviewOutcome } from '@mitreden/web/core';
import { HideDialogComponent } from './hiding/hide-dialog.component';
import type { HideDialogData } from './hiding/hide-dialog.component';
import { MODERATION_TEXT_MAX, isModerating } from './hiding/hiding-rules';

/**
 * For hidden content: tells its author why, when, and offers the one review request (then shows
 * its state); marks it for moderators with who hid it, the review request and unhide/decide
 * buttons. For moderators on visible content it offers "Hide" (the hide dialog). Everyone else
 * sees nothing: the server answers them no hiding.
 */
@Component({
  selector: 'mr-hidden-notice',
  imports: [FieldErrorPipe, FormStatusComponent, MatButton, MatError, MatFormField, MatHint, MatInput, MatLabel, ReactiveFormsModule, TranslocoDirective],
  providers: [provideTranslocoScope('moderation')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      @if (moderating() && !isHidden()) {
        <div class="mr-hidden-notice__actions">
          <button mat-stroked-button type="button" class="mr-hide-button" (click)="openHide()">
            {{ t(targetType() === 'PROPOSAL' ? 'moderation.hide.openProposal' : 'moderation.hide.openComment') }}
          </button>
          <mr-form-status [message]="controller.status() ? t(controller.status()!.key, controller.status()!.params) : null" [kind]="controller.status()?.kind ?? 'info'" />
        </div>
      } @else if (hiding(); as h) {
        <section class="mr-hidden-notice" [attr.aria-labelledby]="headingId()">
          <h2 class="mr-hidden-notice__heading" [id]="headingId()">
            {{ t(moderating() ? 'moderation.notice.moderatorHeading' : 'moderation.notice.authorHeading') }}
          </h2>
          <p>{{ t(moderating() ? 'moderation.notice.moderatorIntro' : 'moderation.notice.authorIntro', { date: formatDate(h.hiddenAt) }) }}</p>
          <p class="mr-hidden-notice__reason" dir="auto"><strong>{{ t('moderation.notice.reason') }}</strong> {{ h.reason }}</p>
          @if (moderating()) {
            <p>
              @if (h.automatic) {
                {{ t('moderation.notice.automatic') }}
              } @else if (h.hiddenBy) {
                {{ t('moderation.notice.hiddenBy') }} <bdi>{{ h.hiddenBy.displayName }}</bdi>
              }
            </p>
          }
          @if (h.reviewRequestedAt) {
            <p class="mr-hidden-notice__review">
              {{ t('moderation.notice.reviewRequested', { date: formatDate(h.reviewRequestedAt) }) }}
              @if (h.reviewRequest) {
                <q dir="auto">{{ h.reviewRequest }}</q>
              }
            </p>
            @if (h.reviewOutcome) {
              <p>{{ t('moderation.notice.reviewOutcome.' + h.reviewOutcome) }}</p>
            } @else if (!moderating()) {
              <p>{{ t('moderation.notice.reviewPending') }}</p>
            }
          }
          <mr-form-status [message]="controller.status() ? t(controller.status()!.key, controller.status()!.params) : null" [kind]="controller.status()?.kind ?? 'info'" />
          @if (h.canRequestReview) {
            <form [formGroup]="reviewForm" (ngSubmit)="requestReview(h)" novalidate class="mr-hidden-notice__form">
              <mat-form-field appearance="outline" class="mr-hidden-notice__field">
                <mat-label>{{ t('moderation.notice.reviewLabel') }}</mat-label>
                <textarea matInput formControlName="text" required rows="3" dir="auto"></textarea>
                <mat-hint>{{ t('moderation.notice.reviewHint') }}</mat-hint>
                @if (reviewForm.controls.text.errors | mrFieldError; as e) {
                  <mat-error>{{ t(e.key, e.params) }}</mat-error>
                }
              </mat-form-field>
              <button mat-flat-button type="submit" [disabled]="controller.submitting()">{{ t('moderation.notice.reviewSubmit') }}</button>
            </form>
          }
          @if (moderating()) {
            <div class="mr-hidden-notice__actions">
              @if (h.reviewRequestedAt && !h.reviewOutcome) {
                <button mat-flat-button type="button" (click)="decide(h, 'LIFTED')">{{ t('moderation.notice.lift') }}</button>
                <button mat-stroked-button type="button" (click)="decide(h, 'UPHELD')">{{ t('moderation.notice.uphold') }}</button>
              } @else {
                <button mat-stroked-button type="button" (click)="unhide()">{{ t('moderation.notice.unhide') }}</button>
              }
            </div>
          }
        </section>
      }
    </ng-container>
  `,
  styles: `
    .mr-hidden-notice {
      border: 1px solid var(--mat-sys-error);
      border-radius: 0.75rem;
      padding: 0.75rem 1rem;
      margin-block: 0.75rem;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .mr-hidden-notice__heading {
      font-size: 1.05rem;
      margin-block: 0 0.5rem;
    }
    .mr-hidden-notice__reason {
      white-space: pre-line;
    }
    .mr-hidden-notice__field {
      inline-size: 100%;
    }
    .mr-hidden-notice__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      margin-block: 0.5rem;
    }
  `,
})
export class HiddenNoticeComponent {
  readonly targetType = input.required<'PROPOSAL' | 'COMMENT'>();
  readonly targetId = input.required<string>();
  readonly hidden = input.required<boolean>();
  /** How moderators recognise the item in the hide dialog (a title, a comment's opening words). */
  readonly label = input('');
  /** After this component hid or unhid the item, so the host can reload what it shows. */
  readonly changed = output<boolean>();

  private readonly session = inject(SessionService);
  private readonly language = inject(LanguageService);
  private readonly dialog = inject(MatDialog);
  private readonly hidingQuery = inject(ContentHidingGQL);
  private readonly unhideMutation = inject(UnhideContentGQL);
  private readonly reviewMutation = inject(RequestHidingReviewGQL);
  private readonly decideMutation = inject(DecideHidingReviewGQL);
  protected readonly controller = new FormController();

  protected readonly moderating = computed(() => isModerating(this.session.user()?.role));
  protected readonly hiding = signal<HidingDetailsFragment | null>(null);
  /** The input, until this component changes it. */
  private readonly hiddenNow = signal(false);
  protected readonly isHidden = computed(() => this.hiddenNow());
  protected readonly headingId = computed(() => `hidden-notice-${this.targetId()}`);
  private readonly dateFormat = computed(() => new Intl.DateTimeFormat(htmlLang(this.language.current()), { dateStyle: 'medium' }));

  protected readonly reviewForm = inject(NonNullableFormBuilder).group({
    text: ['', [Validators.required, notBlank, Validators.maxLength(MODERATION_TEXT_MAX), noBidiOverrides]],
  });

  constructor() {
    effect(() => {
      const hidden = this.hidden();
      const targetId = this.targetId();
      const loggedIn = this.session.loggedIn();
      untracked(() => {
        this.hiddenNow.set(hidden);
        this.hiding.set(null);
        if (hidden && loggedIn) void this.load(targetId);
      });
    });
  }

  protected formatDate(value: string): string {
    return this.dateFormat().format(new Date(value));
  }

  protected async openHide(): Promise<void> {
    const data: HideDialogData = { targetType: this.targetType(), targetId: this.targetId(), label: this.label() };
    const result = await firstValueFrom(this.dialog.open(HideDialogComponent, { data, width: '36rem' }).afterClosed());
    if (!result) return;
    this.hiddenNow.set(true);
    this.hiding.set(result);
    this.controller.succeed('moderation.status.hidden');
    this.changed.emit(true);
  }

  protected async unhide(): Promise<void> {
    await this.run(async () => {
      await firstValueFrom(this.unhideMutation.mutate({ variables: { targetType: this.targetType(), targetId: this.targetId(), note: null } }));
      this.hiddenNow.set(false);
      this.hiding.set(null);
      this.controller.succeed('moderation.status.unhidden');
      this.changed.emit(false);
    });
  }

  protected async decide(hiding: HidingDetailsFragment, outcome: ReviewOutcome): Promise<void> {
    await this.run(async () => {
      const result = await firstValueFrom(this.decideMutation.mutate({ variables: { input: { hidingId: hiding.id, outcome } } }));
      const decided = result.data?.decideHidingReview ?? null;
      if (outcome === 'LIFTED') {
        this.hiddenNow.set(false);
        this.hiding.set(null);
        this.changed.emit(false);
      } else {
        this.hiding.set(decided);
      }
      this.controller.succeed(outcome === 'LIFTED' ? 'moderation.status.unhidden' : 'moderation.status.upheld');
    });
  }

  protected requestReview(hiding: HidingDetailsFragment): Promise<void> {
    return this.controller.submit(
      this.reviewForm,
      () => firstValueFrom(this.reviewMutation.mutate({ variables: { hidingId: hiding.id, text: this.reviewForm.controls.text.value.trim() } })),
      {
        done: (result) => {
          this.hiding.set(result.data?.requestHidingReview ?? hiding);
          this.controller.succeed('moderation.status.reviewRequested');
        },
        // Asked already (another tab): show the current state.
        failed: (error) => {
          if (error.code === 'REVIEW_ALREADY_REQUESTED') void this.load(this.targetId());
        },
      },
    );
  }

  private async run(action: () => Promise<void>): Promise<void> {
    if (this.controller.submitting()) return;
    this.controller.submitting.set(true);
    this.controller.status.set(null);
    try {
      await action();
    } catch (error) {
      this.controller.fail(toUiError(error));
    } finally {
      this.controller.submitting.set(false);
    }
  }

  private async load(targetId: string): Promise<void> {
    try {
      const result = await firstValueFrom(
        this.hidingQuery.fetch({ variables: { targetType: this.targetType(), targetId }, fetchPolicy: 'network-only' }),
      );
      this.hiding.set(result.data?.hiding ?? null);
    } catch (error) {
      this.controller.fail(toUiError(error));
    }
  }
}
