import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import {
  FieldErrorPipe,
  FormController,
  FormStatusComponent,
  ReportContentGQL,
  noBidiOverrides,
} from '@mitreden/web/core';
import type { ReportReason, ReportTargetType } from '@mitreden/web/core';

export interface ReportDialogData {
  targetType: ReportTargetType;
  targetId: string;
  targetLabel: string;
}

/** Same limit as the server (reports.details ≤ 2000). */
export const REPORT_DETAILS_MAX = 2000;

/** The reasons in the order people read them; "other" last, as it asks for words. */
export const REPORT_REASONS: readonly ReportReason[] = [
  'SPAM',
  'OFFENSIVE',
  'DISCRIMINATORY',
  'OFF_TOPIC',
  'PERSONAL_DATA',
  'OTHER',
];

/** A reason (radio group) and, for "other" required, a few words; the moderators see both. */
@Component({
  selector: 'mr-report-dialog',
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
    MatRadioButton,
    MatRadioGroup,
    ReactiveFormsModule,
    TranslocoDirective,
  ],
  // Opened through MatDialog, outside the button's injector: it loads the scope itself.
  providers: [provideTranslocoScope('moderation')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h2 mat-dialog-title>{{ t('moderation.report.heading.' + data.targetType) }}</h2>
      <form [formGroup]="form" (ngSubmit)="send()" novalidate>
        <mat-dialog-content>
          <mr-form-status
            [message]="controller.status() ? t(controller.status()!.key, controller.status()!.params) : null"
            [kind]="controller.status()?.kind ?? 'info'"
          />
          @if (data.targetLabel) {
            <p class="mr-report__target"><bdi>{{ data.targetLabel }}</bdi></p>
          }
          <p>{{ t('moderation.report.intro') }}</p>
          <p id="report-reason-label" class="mr-report__legend">{{ t('moderation.report.reasonLabel') }}</p>
          <mat-radio-group
            formControlName="reason"
            class="mr-report__reasons"
            aria-labelledby="report-reason-label"
            [attr.aria-describedby]="reasonMissing() ? 'report-reason-error' : null"
            required
          >
            @for (reason of reasons; track reason) {
              <mat-radio-button [value]="reason">{{ t('moderation.report.reasons.' + reason) }}</mat-radio-button>
            }
          </mat-radio-group>
          @if (reasonMissing()) {
            <p id="report-reason-error" class="mr-report__error">{{ t('moderation.report.reasonRequired') }}</p>
          }
          <mat-form-field appearance="outline" class="mr-report__details">
            <mat-label>{{ detailsRequired() ? t('moderation.report.detailsRequired') : t('moderation.report.details') }}</mat-label>
            <textarea
              matInput
              formControlName="details"
              rows="4"
              dir="auto"
              [required]="detailsRequired()"
              [attr.maxlength]="detailsMax"
            ></textarea>
            <mat-hint>{{ t('moderation.report.detailsHint', { max: detailsMax }) }}</mat-hint>
            @if (form.controls.details.errors | mrFieldError; as e) {
              <mat-error>{{ t(e.key === 'validation.required' ? 'moderation.report.detailsMissing' : e.key, e.params) }}</mat-error>
            }
          </mat-form-field>
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" (click)="cancel()">{{ t('moderation.report.cancel') }}</button>
          <button mat-flat-button type="submit" [attr.aria-busy]="controller.submitting() || null">{{ t('moderation.report.submit') }}</button>
        </mat-dialog-actions>
      </form>
    </ng-container>
  `,
  styles: `
    .mr-report__reasons {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      margin-block-end: 1rem;
    }
    .mr-report__legend {
      font-weight: 600;
      margin-block-end: 0.25rem;
    }
    .mr-report__target {
      font-weight: 600;
    }
    .mr-report__error {
      color: var(--mat-sys-error);
      margin-block-start: 0;
    }
    .mr-report__details {
      inline-size: 100%;
    }
  `,
})
export class ReportDialogComponent {
  protected readonly data = inject<ReportDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<ReportDialogComponent, boolean>>(MatDialogRef);
  private readonly reportMutation = inject(ReportContentGQL);
  protected readonly controller = new FormController();
  protected readonly reasons = REPORT_REASONS;
  protected readonly detailsMax = REPORT_DETAILS_MAX;

  private readonly formBuilder = inject(NonNullableFormBuilder);
  protected readonly form = this.formBuilder.group({
    reason: this.formBuilder.control<ReportReason | null>(null, Validators.required),
    details: ['', [Validators.maxLength(REPORT_DETAILS_MAX), noBidiOverrides]],
  });

  private readonly reason = toSignal(this.form.controls.reason.valueChanges, { initialValue: null });
  protected readonly detailsRequired = computed(() => this.reason() === 'OTHER');
  private readonly formEvents = toSignal(this.form.events);
  /** Shown once the person tried to send (markAllAsTouched) without choosing. */
  protected readonly reasonMissing = computed(() => {
    this.formEvents();
    return this.form.controls.reason.touched && this.form.controls.reason.invalid;
  });

  constructor() {
    // "Other" needs words (as on the server); the other reasons take them optionally.
    this.form.controls.reason.valueChanges.subscribe((reason) => {
      const details = this.form.controls.details;
      details.setValidators([
        Validators.maxLength(REPORT_DETAILS_MAX),
        noBidiOverrides,
        ...(reason === 'OTHER' ? [Validators.required, blankIsMissing] : []),
      ]);
      details.updateValueAndValidity({ emitEvent: false });
    });
  }

  protected cancel(): void {
    this.dialogRef.close(false);
  }

  protected send(): Promise<void> {
    const { reason, details } = this.form.getRawValue();
    return this.controller.submit(
      this.form,
      () =>
        firstValueFrom(
          this.reportMutation.mutate({
            variables: {
              input: {
                targetType: this.data.targetType,
                targetId: this.data.targetId,
                reason: reason ?? 'OTHER',
                details: details.trim() || null,
              },
            },
          }),
        ),
      { done: () => this.dialogRef.close(true) },
    );
  }
}

/** Only spaces counts as missing, as on the server (which trims). */
function blankIsMissing(control: AbstractControl): ValidationErrors | null {
  return typeof control.value === 'string' && control.value.trim() === '' ? { required: true } : null;
}
