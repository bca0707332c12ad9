import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';

/** Already translated: the dialog opens outside the page's injector and its translation scope. */
export interface ConfirmActionData {
  heading: string;
  text: string;
  confirm: string;
  cancel: string;
}

/** Asks before mails go out (they cannot be called back); closes with `true` to go ahead. Focus starts on "Cancel". */
@Component({
  selector: 'mr-survey-confirm-action',
  imports: [MatButton, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.heading }}</h2>
    <mat-dialog-content>
      <p>{{ data.text }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" cdkFocusInitial>{{ data.cancel }}</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true">{{ data.confirm }}</button>
    </mat-dialog-actions>
  `,
})
export class ConfirmActionDialog {
  protected readonly data = inject<ConfirmActionData>(MAT_DIALOG_DATA);
}
