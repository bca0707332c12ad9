import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle } from '@angular/material/dialog';
import { TranslocoDirective } from '@jsverse/transloco';

/** Asks before a comment is deleted; closes with `true` to go ahead. Focus starts on "Cancel". */
@Component({
  selector: 'mr-confirm-delete-comment',
  imports: [MatButton, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h2 mat-dialog-title>{{ t('comments.delete.heading') }}</h2>
      <mat-dialog-content>
        <p>{{ t('comments.delete.text') }}</p>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="false" cdkFocusInitial>{{ t('comments.delete.cancel') }}</button>
        <button mat-flat-button type="button" [mat-dialog-close]="true">{{ t('comments.delete.confirm') }}</button>
      </mat-dialog-actions>
    </ng-container>
  `,
})
export class ConfirmDeleteCommentDialog {}
