import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';

export interface AdoptDialogData {
  versionNumber: number;
  /** Today in the city's calendar, YYYY-MM-DD: a council decision cannot lie in the future. */
  today: string;
}

export interface AdoptDialogResult {
  adoptedOn: string;
  councilReference: string;
}

/** Asks for the council decision (date and reference) before a version becomes immutable. */
@Component({
  selector: 'mr-catalogue-adopt-dialog',
  imports: [
    MatButton,
    MatDialogActions,
    MatDialogClose,
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
      <form [formGroup]="form" (ngSubmit)="submit()">
        <h2 mat-dialog-title>{{ t('catalogue.manage.adopt.title', { number: data.versionNumber }) }}</h2>
        <mat-dialog-content>
          <p>{{ t('catalogue.manage.adopt.explanation') }}</p>
          <mat-form-field class="mr-adopt__field">
            <mat-label>{{ t('catalogue.manage.adopt.adoptedOn') }}</mat-label>
            <input matInput id="adopt-date" type="date" formControlName="adoptedOn" [max]="data.today" required />
            @if (form.controls.adoptedOn.hasError('required')) {
              <mat-error>{{ t('catalogue.manage.adopt.adoptedOnRequired') }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field class="mr-adopt__field">
            <mat-label>{{ t('catalogue.manage.adopt.councilReference') }}</mat-label>
            <input matInput id="adopt-reference" formControlName="councilReference" maxlength="120" required />
            <mat-hint>{{ t('catalogue.manage.adopt.councilReferenceHint') }}</mat-hint>
            @if (form.controls.councilReference.hasError('required')) {
              <mat-error>{{ t('catalogue.manage.adopt.councilReferenceRequired') }}</mat-error>
            }
          </mat-form-field>
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" [mat-dialog-close]="null" cdkFocusInitial>{{ t('forms.cancel') }}</button>
          <button mat-flat-button type="submit" id="adopt-confirm">{{ t('catalogue.manage.adopt.confirm') }}</button>
        </mat-dialog-actions>
      </form>
    </ng-container>
  `,
  styles: `
    .mr-adopt__field {
      display: block;
      inline-size: 100%;
    }
  `,
})
export class AdoptDialogComponent {
  protected readonly data = inject<AdoptDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<AdoptDialogComponent, AdoptDialogResult | null>>(MatDialogRef);
  protected readonly form = new FormGroup({
    adoptedOn: new FormControl(this.data.today, { nonNullable: true, validators: [Validators.required] }),
    councilReference: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(120)] }),
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { adoptedOn, councilReference } = this.form.getRawValue();
    this.ref.close({ adoptedOn, councilReference: councilReference.trim() });
  }
}
