import { ChangeDetectionStrategy, Component, inject, input, linkedSignal, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { FollowGQL, SessionService, UnfollowGQL, errorMessageKey, toUiError } from '@mitreden/web/core';
import type { FollowTarget } from '@mitreden/web/core';

/**
 * Follow / stop following a proposal, forum or action field: one toggle button (aria-pressed).
 * Logged-out visitors get a login link that brings them back here.
 */
@Component({
  selector: 'mr-follow-button',
  imports: [MatButton, RouterLink, TranslocoDirective],
  providers: [provideTranslocoScope('follows')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      @if (session.loggedIn()) {
        <button
          mat-stroked-button
          type="button"
          class="mr-follow"
          [attr.aria-pressed]="isFollowing()"
          [attr.aria-describedby]="hintId"
          [attr.aria-busy]="busy() || null"
          (click)="toggle()"
        >
          <span aria-hidden="true" class="mr-follow__icon">{{ isFollowing() ? '✓' : '+' }}</span>{{ t('follows.button.label') }}
          @if (name(); as name) {
            <span class="mr-visually-hidden">: {{ name }}</span>
          }
        </button>
        <span class="mr-visually-hidden" [id]="hintId">{{ t('follows.button.hint.' + target()) }}</span>
      } @else if (session.known()) {
        <a mat-stroked-button routerLink="/login" [queryParams]="{ returnUrl: router.url }">{{ t('follows.button.login') }}@if (name(); as name) {<span class="mr-visually-hidden">: {{ name }}</span>}</a>
      }
      <span class="mr-visually-hidden" role="status" aria-live="polite">{{ message() ? t(message()!) : '' }}</span>
    </ng-container>
  `,
  styles: `
    :host {
      display: inline-block;
    }
    .mr-follow[aria-pressed='true'] {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      border-color: currentColor;
    }
    .mr-follow__icon {
      margin-inline-end: 0.375rem;
      font-weight: 700;
    }
  `,
})
export class FollowButtonComponent {
  private static nextId = 0;

  readonly target = input.required<FollowTarget>();
  readonly targetId = input.required<string>();
  /** The followed item's title, when several follow buttons share a page: keeps their names apart. */
  readonly name = input<string>();
  /** What the host's query said (e.g. `followedByMe`); the button keeps its own state afterwards. */
  readonly following = input(false);

  protected readonly session = inject(SessionService);
  protected readonly router = inject(Router);
  private readonly followMutation = inject(FollowGQL);
  private readonly unfollowMutation = inject(UnfollowGQL);

  protected readonly hintId = `mr-follow-hint-${FollowButtonComponent.nextId++}`;
  protected readonly isFollowing = linkedSignal(() => this.following());
  protected readonly busy = signal(false);
  protected readonly message = signal<string | null>(null);

  /** Not disabled while the request runs (that would drop the keyboard focus); presses meanwhile are ignored. */
  protected async toggle(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    const follow = !this.isFollowing();
    const variables = { target: this.target(), id: this.targetId() };
    try {
      if (follow) await firstValueFrom(this.followMutation.mutate({ variables }));
      else await firstValueFrom(this.unfollowMutation.mutate({ variables }));
      this.isFollowing.set(follow);
      this.message.set(follow ? 'follows.button.followed' : 'follows.button.unfollowed');
    } catch (error) {
      this.message.set(errorMessageKey(toUiError(error)));
    } finally {
      this.busy.set(false);
    }
  }
}
