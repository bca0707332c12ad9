import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import {
  FieldErrorPipe,
  FormController,
  FormStatusComponent,
  WordingReviseGQL,
  noBidiOverrides,
  notBlank,
} from '@mitreden/web/core';
import type { WordingReviseMutation } from '@mitreden/web/core';
import { CURATED_BODY_MAX, CURATED_TITLE_MAX, CURATION_NOTE_MAX } from './curation-validators';

export interface ReviseDialogData {
  proposalId: string;
  number: number;
  title: string;
  body: string;
}

export type RevisedProposal = WordingReviseMutation['reviseProposal'];

/** The editorial form: new title and body plus the note everyone sees with the revision. */
@Component({
  selector: 'mr-revise-dialog',
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
  providers: [provideTranslocoScope('curation')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h2 mat-dialog-title>{{ t('curation.revise.heading', { number: data.number }) }}</h2>
      <form [formGroup]="form" (ngSubmit)="save()" novalidate>
        <mat-dialog-content>
          <mr-form-status
            [message]="controller.status() ? t(controller.status()!.key, controller.status()!.params) : null"
            [kind]="controller.status()?.kind ?? 'info'"
          />
          <p>{{ t('curation.revise.intro') }}</p>
          <mat-form-field appearance="outline" class="mr-revise__field">
            <mat-label>{{ t('curation.wording.title') }}</mat-label>
            <input matInput formControlName="title" required dir="auto" id="revise-title" />
            @if (form.controls.title.errors | mrFieldError; as e) {
              <mat-error>{{ t(e.key, e.params) }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline" class="mr-revise__field">
            <mat-label>{{ t('curation.wording.body') }}</mat-label>
            <textarea matInput formControlName="body" rows="8" dir="auto" id="revise-body"></textarea>
            <mat-hint>{{ t('curation.revise.bodyHint') }}</mat-hint>
            @if (form.controls.body.errors | mrFieldError; as e) {
              <mat-error>{{ t(e.key, e.params) }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline" class="mr-revise__field">
            <mat-label>{{ t('curation.revise.note') }}</mat-label>
            <textarea matInput formControlName="note" required rows="2" dir="auto" id="revise-note"></textarea>
            <mat-hint>{{ t('curation.revise.noteHint') }}</mat-hint>
            @if (form.controls.note.errors | mrFieldError; as e) {
              <mat-error>{{ t(e.key, e.params) }}</mat-error>
            }
          </mat-form-field>
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" (click)="cancel()">{{ t('curation.revise.cancel') }}</button>
          <button mat-flat-button type="submit" id="revise-submit">{{ t('curation.revise.submit') }}</button>
        </mat-dialog-actions>
      </form>
    </ng-container>
  `,
  styles: `
    .mr-revise__field {
      display: block;
      inline-size: 100%;
    }
  `,
})
export class ReviseDialogComponent {
  protected readonly data = inject<ReviseDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<ReviseDialogComponent, RevisedProposal>>(MatDialogRef);
  private readonly revise = inject(WordingReviseGQL);
  protected readonly controller = new FormController();

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: [this.data.title, [Validators.required, notBlank, Validators.maxLength(CURATED_TITLE_MAX)]],
    body: [this.data.body, [Validators.maxLength(CURATED_BODY_MAX), noBidiOverrides]],
    note: ['', [Validators.required, notBlank, Validators.maxLength(CURATION_NOTE_MAX), noBidiOverrides]],
  });

  protected cancel(): void {
    this.dialogRef.close();
  }

  protected save(): Promise<void> {
    const { title, body, note } = this.form.getRawValue();
    return this.controller.submit(
      this.form,
      () =>
        firstValueFrom(
          this.revise.mutate({
            variables: {
              input: { proposalId: this.data.proposalId, title: title.trim(), body: body.trim(), note: note.trim() },
            },
          }),
        ),
      { done: (result) => this.dialogRef.close(result.data?.reviseProposal ?? undefined) },
    );
  }
}
