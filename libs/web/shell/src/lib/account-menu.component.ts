import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { filter, map } from 'rxjs';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import { MatButton } from '@angular/material/button';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { SessionService } from '@mitreden/web/core';

@Component({
  selector: 'mr-account-menu',
  imports: [MatButton, MatMenu, MatMenuItem, MatMenuTrigger, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      @if (session.user(); as user) {
        <button
          mat-button
          type="button"
          class="mr-account-button"
          [matMenuTriggerFor]="accountMenu"
          [attr.aria-label]="t('shell.account.menuButton', { name: user.displayName })"
        >
          <svg class="mr-icon" aria-hidden="true" viewBox="0 0 24 24" focusable="false">
            <path
              fill="currentColor"
              d="M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9Zm0 2.25c-3 0-9 1.5-9 4.5V21h18v-2.25c0-3-6-4.5-9-4.5Z"
            />
          </svg>
          <bdi class="mr-account-name">{{ user.displayName }}</bdi>
        </button>
        <mat-menu #accountMenu="matMenu">
          <a mat-menu-item routerLink="/account">{{ t('shell.account.myAccount') }}</a>
          <a mat-menu-item routerLink="/account/follows">{{ t('titles.follows') }}</a>
          @if (canModerate()) {
            <a mat-menu-item routerLink="/moderation/input">{{ t('titles.enterProposal') }}</a>
            <a mat-menu-item routerLink="/moderation/import">{{ t('titles.importProposals') }}</a>
          }
          @if (canSteer()) {
            <a mat-menu-item routerLink="/manage/answers">{{ t('titles.manageAnswers') }}</a>
            <a mat-menu-item routerLink="/manage/netiquette">{{ t('titles.manageNetiquette') }}</a>
            <a mat-menu-item routerLink="/manage/audit">{{ t('titles.auditLog') }}</a>
          }
          <button mat-menu-item type="button" (click)="logout()">{{ t('shell.account.logout') }}</button>
        </mat-menu>
      } @else {
        <div class="mr-account-links">
          <a mat-button routerLink="/login" [queryParams]="loginQueryParams()">{{ t('shell.account.login') }}</a>
          <a mat-flat-button routerLink="/register">{{ t('shell.account.register') }}</a>
        </div>
      }
    </ng-container>
  `,
  styles: `
    .mr-account-links {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
    }
    .mr-icon {
      inline-size: 1.25rem;
      block-size: 1.25rem;
      margin-inline-end: 0.375rem;
      vertical-align: middle;
    }
    .mr-account-name {
      display: inline-block;
      max-inline-size: 12rem;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      vertical-align: middle;
    }
  `,
})
export class AccountMenuComponent {
  protected readonly session = inject(SessionService);
  private readonly router = inject(Router);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly transloco = inject(TranslocoService);

  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event): event is NavigationEnd => event instanceof NavigationEnd),
      map((event) => event.urlAfterRedirects),
    ),
    { initialValue: this.router.url },
  );

  /** Moderators and the project group bring in forum and paper input (the API enforces it). */
  protected readonly canModerate = computed(() => ['MODERATOR', 'PROJECT_GROUP', 'ADMIN'].includes(this.session.user()?.role ?? ''));

  /** The project group (and admins) answer proposals officially, set the netiquette and read the audit log. */
  protected readonly canSteer = computed(() => ['PROJECT_GROUP', 'ADMIN'].includes(this.session.user()?.role ?? ''));

  /** Logging in from a page brings the person back to it afterwards. */
  protected readonly loginQueryParams = computed(() => {
    const url = this.url();
    const pointless = url === '/' || ['/login', '/register', '/confirm-email', '/reset-password'].some((p) => url.startsWith(p));
    return pointless ? null : { returnUrl: url };
  });

  protected async logout(): Promise<void> {
    await this.session.logout();
    await this.router.navigateByUrl('/');
    void this.announcer.announce(this.transloco.translate('shell.account.loggedOut'), 'polite');
  }
}
