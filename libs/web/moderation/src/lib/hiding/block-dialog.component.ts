import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import {
  BlockUserGQL,
  FieldErrorPipe,
  FormController,
  FormStatusComponent,
  noBidiOverrides,
  notBlank,
} from '@mitreden/web/core';
import type { BlockUserMutation } from '@mitreden/web/core';
import { MODERATION_TEXT_MAX } from './hiding-rules';

export interface BlockDialogData {
  userId: string;
  displayName: string;
}

export type BlockedUser = BlockUserMutation['blockUser'];

/**
 * Blocks an account: its login and sessions end at once; optionally all its proposals and
 * comments are hidden. Closes with the blocked account. Moderators cannot block the project group
 * or admins; the server refuses (FORBIDDEN), the queue only offers it where `canBlock` is true.
 */
@Component({
  selector: 'mr-block-dialog',
  imports: [
    FieldErrorPipe,
    FormStatusComponent,
    MatButton,
    MatCheckbox,
    MatDialogActions,
    MatDialogContent,
    MatDialogTitle,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    ReactiveFormsModule,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h2 mat-dialog-title>{{ t('moderation.block.heading') }}</h2>
      <form [formGroup]="form" (ngSubmit)="save()" novalidate>
        <mat-dialog-content>
          <mr-form-status
            [message]="controller.status() ? t(controller.status()!.key, controller.status()!.params) : null"
            [kind]="controller.status()?.kind ?? 'info'"
          />
          <p>
            {{ t('moderation.block.intro') }} <bdi class="mr-block-name">{{ data.displayName }}</bdi>
          </p>
          <mat-form-field appearance="outline" class="mr-dialog-field">
            <mat-label>{{ t('moderation.block.reason') }}</mat-label>
            <textarea matInput formControlName="reason" required rows="4" dir="auto"></textarea>
            <mat-hint>{{ t('moderation.block.reasonHint') }}</mat-hint>
            @if (form.controls.reason.errors | mrFieldError; as e) {
              <mat-error>{{ t(e.key, e.params) }}</mat-error>
            }
          </mat-form-field>
          <mat-checkbox formControlName="hideContent">{{ t('moderation.block.hideContent') }}</mat-checkbox>
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" (click)="cancel()" cdkFocusInitial>{{ t('moderation.common.cancel') }}</button>
          <button mat-flat-button type="submit" [disabled]="controller.submitting()">{{ t('moderation.block.submit') }}</button>
        </mat-dialog-actions>
      </form>
    </ng-container>
  `,
  styles: `
    .mr-dialog-field {
      inline-size: 100%;
    }
    .mr-block-name {
      font-weight: 600;
    }
  `,
})
export class BlockDialogComponent {
  protected readonly data = inject<BlockDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<BlockDialogComponent, BlockedUser>>(MatDialogRef);
  private readonly blockMutation = inject(BlockUserGQL);
  protected readonly controller = new FormController();

  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [Validators.required, notBlank, Validators.maxLength(MODERATION_TEXT_MAX), noBidiOverrides]],
    hideContent: [false],
  });

  protected cancel(): void {
    this.dialogRef.close();
  }

  protected save(): Promise<void> {
    const { reason, hideContent } = this.form.getRawValue();
    return this.controller.submit(
      this.form,
      () => firstValueFrom(this.blockMutation.mutate({ variables: { input: { userId: this.data.userId, reason: reason.trim(), hideContent } } })),
      { done: (result) => this.dialogRef.close(result.data?.blockUser ?? undefined) },
    );
  }
}
