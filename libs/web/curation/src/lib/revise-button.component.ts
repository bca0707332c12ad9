import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { SessionService } from '@mitreden/web/core';
import { isCuratorRole } from './curation-roles';
import { ReviseDialogComponent } from './revise-dialog.component';
import type { ReviseDialogData, RevisedProposal } from './revise-dialog.component';

/** "Wortlaut überarbeiten" for moderators and the project group; opens the editorial form. */
@Component({
  selector: 'mr-revise-button',
  imports: [MatButton, TranslocoDirective],
  providers: [provideTranslocoScope('curation')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      @if (visible()) {
        <button mat-stroked-button type="button" id="curation-revise" (click)="openDialog()">
          {{ t('curation.revise.button') }}
        </button>
      }
    </ng-container>
  `,
})
export class ReviseButtonComponent {
  readonly proposalId = input.required<string>();
  readonly number = input.required<number>();
  readonly title = input.required<string>();
  readonly body = input.required<string>();
  readonly state = input.required<string>();
  /** After a saved revision, so the page can reload the proposal. */
  readonly revised = output<RevisedProposal>();

  private readonly session = inject(SessionService);
  private readonly dialog = inject(MatDialog);
  /** Merged and split proposals keep their wording (the server says PROPOSAL_READ_ONLY). */
  protected readonly visible = computed(
    () => this.state() === 'PUBLISHED' && isCuratorRole(this.session.user()?.role),
  );

  protected openDialog(): void {
    const data: ReviseDialogData = {
      proposalId: this.proposalId(),
      number: this.number(),
      title: this.title(),
      body: this.body(),
    };
    this.dialog
      .open<ReviseDialogComponent, ReviseDialogData, RevisedProposal>(ReviseDialogComponent, {
        data,
        width: 'min(48rem, calc(100vw - 2rem))',
        maxWidth: '100vw',
        restoreFocus: true,
      })
      .afterClosed()
      .subscribe((revised) => {
        if (revised) this.revised.emit(revised);
      });
  }
}
