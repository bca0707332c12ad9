import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { DISPLAY_NAME_MAX } from '@mitreden/shared/contracts';
import { FieldErrorPipe, FormController, FormStatusComponent, noForbiddenCharacters, SetUserRoleGQL } from '@mitreden/web/core';
import type { AdminUserRowFragment, Role } from '@mitreden/web/core';
import { ROLE_OPTIONS } from './role-labels';

/** Changes one person's role; a department is required for department experts. */
@Component({
  selector: 'mr-role-dialog',
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
    MatOption,
    MatSelect,
    ReactiveFormsModule,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h2 mat-dialog-title>{{ t('identity.admin.dialog.heading', { name: user.displayName }) }}</h2>
      <form [formGroup]="form" (ngSubmit)="save()" novalidate>
        <mat-dialog-content>
          <mr-form-status
            [message]="controller.status() ? t(controller.status()!.key, controller.status()!.params) : null"
            [kind]="controller.status()?.kind ?? 'info'"
          />
          <p class="mr-form__note">{{ t('forms.requiredNote') }}</p>
          <mat-form-field appearance="outline" class="mr-dialog-field">
            <mat-label>{{ t('identity.fields.role') }}</mat-label>
            <mat-select formControlName="role" required>
              @for (role of roles; track role) {
                <mat-option [value]="role">{{ t('roles.' + role) }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          @if (role() === 'DEPARTMENT_EXPERT') {
            <mat-form-field appearance="outline" class="mr-dialog-field">
              <mat-label>{{ t('identity.fields.department') }}</mat-label>
              <input matInput formControlName="department" required autocomplete="off" />
              <mat-hint>{{ t('identity.admin.dialog.departmentHint') }}</mat-hint>
              @if (form.controls.department.errors | mrFieldError; as e) {
                <mat-error>{{ t(e.key, e.params) }}</mat-error>
              }
            </mat-form-field>
          }
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" (click)="cancel()">{{ t('identity.admin.dialog.cancel') }}</button>
          <button mat-flat-button type="submit">{{ t('identity.admin.dialog.save') }}</button>
        </mat-dialog-actions>
      </form>
    </ng-container>
  `,
  styles: `
    .mr-dialog-field {
      inline-size: 100%;
    }
  `,
})
export class RoleDialogComponent {
  protected readonly user = inject<AdminUserRowFragment>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<RoleDialogComponent, AdminUserRowFragment>>(MatDialogRef);
  private readonly setUserRole = inject(SetUserRoleGQL);
  protected readonly controller = new FormController();
  protected readonly roles = ROLE_OPTIONS;

  protected readonly form = inject(NonNullableFormBuilder).group({
    role: [this.user.role as Role, [Validators.required]],
    department: [this.user.department ?? '', [Validators.maxLength(DISPLAY_NAME_MAX), noForbiddenCharacters]],
  });
  protected readonly role = toSignal(this.form.controls.role.valueChanges, { initialValue: this.user.role });

  constructor() {
    this.form.controls.role.valueChanges.subscribe((role) => {
      const department = this.form.controls.department;
      department.setValidators(
        role === 'DEPARTMENT_EXPERT'
          ? [Validators.required, Validators.maxLength(DISPLAY_NAME_MAX), noForbiddenCharacters]
          : [Validators.maxLength(DISPLAY_NAME_MAX), noForbiddenCharacters],
      );
      department.updateValueAndValidity();
    });
    this.form.controls.role.updateValueAndValidity({ onlySelf: false });
  }

  protected cancel(): void {
    this.dialogRef.close();
  }

  protected save(): Promise<void> {
    const { role, department } = this.form.getRawValue();
    const input = { userId: this.user.id, role, department: role === 'DEPARTMENT_EXPERT' ? department.trim() : null };
    return this.controller.submit(this.form, () => firstValueFrom(this.setUserRole.mutate({ variables: { input } })), {
      done: (result) => this.dialogRef.close(result.data?.setUserRole ?? undefined),
    });
  }
}
