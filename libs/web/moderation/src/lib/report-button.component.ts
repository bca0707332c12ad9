import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { SessionService } from '@mitreden/web/core';
import type { ReportTargetType } from '@mitreden/web/core';
import { ReportDialogComponent } from './report/report-dialog.component';
import type { ReportDialogData } from './report/report-dialog.component';

/**
 * Lets a logged-in person report a proposal, comment or account with a reason (dialog). Logged-out
 * visitors see nothing: reporting needs an account, and a login link on every comment would be noise.
 */
@Component({
  selector: 'mr-report-button',
  imports: [MatButton, TranslocoDirective],
  providers: [provideTranslocoScope('moderation')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      @if (session.loggedIn() && session.user()?.id !== targetId()) {
        <button mat-button type="button" class="mr-report-button" (click)="open()">
          <!-- An account is reported next to its name: "Report account" says what, "Report" would not. -->
          {{ targetType() === 'USER' ? t('moderation.report.heading.USER') : t('moderation.report.button') }}
          @if (shortLabel(); as label) {
            <span class="mr-visually-hidden">: <bdi>{{ label }}</bdi></span>
          }
        </button>
      }
      <span class="mr-visually-hidden" role="status" aria-live="polite">{{ reported() ? t('moderation.report.done') : '' }}</span>
      @if (reported()) {
        <span class="mr-report-button__done" aria-hidden="true">{{ t('moderation.report.doneShort') }}</span>
      }
    </ng-container>
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
    }
    .mr-report-button__done {
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ReportButtonComponent {
  readonly targetType = input.required<ReportTargetType>();
  readonly targetId = input.required<string>();
  /** Names the item when many report buttons share a page (comments); the dialog shows it too. */
  readonly targetLabel = input<string>('');
  /** A comment's whole text would make a very long button name: its opening words are enough. */
  protected readonly shortLabel = computed(() => {
    const label = this.targetLabel().trim();
    return label.length > 60 ? `${label.slice(0, 60)}…` : label;
  });

  protected readonly session = inject(SessionService);
  private readonly dialog = inject(MatDialog);
  protected readonly reported = signal(false);

  protected open(): void {
    const data: ReportDialogData = {
      targetType: this.targetType(),
      targetId: this.targetId(),
      targetLabel: this.targetLabel(),
    };
    this.reported.set(false);
    this.dialog
      .open<ReportDialogComponent, ReportDialogData, boolean>(ReportDialogComponent, {
        data,
        width: 'min(36rem, calc(100vw - 2rem))',
        maxWidth: '100vw',
        restoreFocus: true,
      })
      .afterClosed()
      .subscribe((sent) => this.reported.set(sent === true));
  }
}
