import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import {
  FieldErrorPipe,
  FormController,
  FormStatusComponent,
  WithdrawProposalGQL,
  noBidiOverrides,
  notBlank,
} from '@mitreden/web/core';
import type { ProposalDetailFragment } from '@mitreden/web/core';
import { REASON_MAX } from '../common/labels';

export interface WithdrawDialogData {
  id: string;
  title: string;
}

/** Withdrawing needs a reason; it is shown to everyone on the proposal page. */
@Component({
  selector: 'mr-withdraw-dialog',
  imports: [
    FieldErrorPipe,
    FormStatusComponent,
    MatButton,
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
      <h2 mat-dialog-title>{{ t('proposals.withdraw.heading') }}</h2>
      <form [formGroup]="form" (ngSubmit)="save()" novalidate>
        <mat-dialog-content>
          <mr-form-status
            [message]="controller.status() ? t(controller.status()!.key, controller.status()!.params) : null"
            [kind]="controller.status()?.kind ?? 'info'"
          />
          <p>
            {{ t('proposals.withdraw.intro') }} <bdi class="mr-withdraw-title">{{ data.title }}</bdi>
          </p>
          <mat-form-field appearance="outline" class="mr-dialog-field">
            <mat-label>{{ t('proposals.withdraw.reason') }}</mat-label>
            <textarea matInput formControlName="reason" required rows="5" dir="auto"></textarea>
            <mat-hint>{{ t('proposals.withdraw.reasonHint') }}</mat-hint>
            @if (form.controls.reason.errors | mrFieldError; as e) {
              <mat-error>{{ t(e.key, e.params) }}</mat-error>
            }
          </mat-form-field>
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" (click)="cancel()">{{ t('proposals.withdraw.cancel') }}</button>
          <button mat-flat-button type="submit">{{ t('proposals.withdraw.submit') }}</button>
        </mat-dialog-actions>
      </form>
    </ng-container>
  `,
  styles: `
    .mr-dialog-field {
      inline-size: 100%;
    }
    .mr-withdraw-title {
      font-weight: 600;
    }
  `,
})
export class WithdrawDialogComponent {
  protected readonly data = inject<WithdrawDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<WithdrawDialogComponent, ProposalDetailFragment>>(MatDialogRef);
  private readonly withdraw = inject(WithdrawProposalGQL);
  protected readonly controller = new FormController();

  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [Validators.required, notBlank, Validators.maxLength(REASON_MAX), noBidiOverrides]],
  });

  protected cancel(): void {
    this.dialogRef.close();
  }

  protected save(): Promise<void> {
    const reason = this.form.controls.reason.value.trim();
    return this.controller.submit(
      this.form,
      () => firstValueFrom(this.withdraw.mutate({ variables: { id: this.data.id, reason } })),
      { done: (result) => this.dialogRef.close(result.data?.withdrawProposal ?? undefined) },
    );
  }
}
