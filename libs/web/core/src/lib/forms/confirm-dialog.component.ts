import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle } from '@angular/material/dialog';
import { TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

export interface ConfirmDialogData {
  /** Already translated texts: the caller owns the wording. */
  title: string;
  message: string;
  confirm: string;
}

/**
 * Asks before an action that is hard to undo (publish, close, delete, send mails). The dialog traps
 * focus, starts on the cancel button (the safe choice) and returns focus to the opener when it closes.
 */
@Component({
  selector: 'mr-confirm-dialog',
  imports: [MatButton, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h2 mat-dialog-title>{{ data.title }}</h2>
      <mat-dialog-content>
        <p>{{ data.message }}</p>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="false" cdkFocusInitial>{{ t('forms.cancel') }}</button>
        <button mat-flat-button type="button" [mat-dialog-close]="true">{{ data.confirm }}</button>
      </mat-dialog-actions>
    </ng-container>
  `,
})
export class ConfirmDialogComponent {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
}

/** Opens the confirmation and resolves to true only when the person confirmed. */
export async function confirmAction(dialog: MatDialog, data: ConfirmDialogData): Promise<boolean> {
  const ref = dialog.open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
    data,
    role: 'alertdialog',
    autoFocus: 'first-tabbable',
    restoreFocus: true,
    maxWidth: '32rem',
  });
  return (await firstValueFrom(ref.afterClosed())) === true;
}
