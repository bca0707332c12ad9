import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import {
  FieldErrorPipe,
  FormController,
  FormStatusComponent,
  HideContentGQL,
  NetiquetteTemplatesGQL,
  noBidiOverrides,
  toUiError,
} from '@mitreden/web/core';
import type { HideTargetType, HidingDetailsFragment, NetiquetteTemplateDetailsFragment } from '@mitreden/web/core';
import { MODERATION_TEXT_MAX } from './hiding-rules';

export interface HideDialogData {
  targetType: HideTargetType;
  targetId: string;
  /** How the moderator recognises the item: a proposal title or a comment's opening words. */
  label: string;
}

/** A template, the moderator's own words, or both: the server requires one of them. */
function templateOrNote(group: AbstractControl): ValidationErrors | null {
  const { templateId, note } = group.value as { templateId: string; note: string };
  return templateId || note.trim() ? null : { templateOrNote: true };
}

/**
 * Hides a proposal or comment with a netiquette template and/or a note; the author is mailed the
 * template text in their language plus the note. Closes with the new hiding. Reusable from the
 * moderation queue: `dialog.open(HideDialogComponent, { data })`.
 */
@Component({
  selector: 'mr-hide-dialog',
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
      <h2 mat-dialog-title>{{ t('moderation.hide.heading') }}</h2>
      <form [formGroup]="form" (ngSubmit)="save()" novalidate>
        <mat-dialog-content>
          <mr-form-status
            [message]="controller.status() ? t(controller.status()!.key, controller.status()!.params) : null"
            [kind]="controller.status()?.kind ?? 'info'"
          />
          <p>
            {{ t(data.targetType === 'PROPOSAL' ? 'moderation.hide.introProposal' : 'moderation.hide.introComment') }}
            <bdi class="mr-hide-label">{{ data.label }}</bdi>
          </p>
          <mat-form-field appearance="outline" class="mr-dialog-field">
            <mat-label>{{ t('moderation.hide.template') }}</mat-label>
            <mat-select formControlName="templateId">
              <mat-option value="">{{ t('moderation.hide.noTemplate') }}</mat-option>
              @for (template of templates(); track template.id) {
                <mat-option [value]="template.id">{{ template.title }}</mat-option>
              }
            </mat-select>
            <mat-hint>{{ t('moderation.hide.templateHint') }}</mat-hint>
          </mat-form-field>
          @if (selectedBody(); as body) {
            <p class="mr-hide-preview" dir="auto">{{ body }}</p>
          }
          <mat-form-field appearance="outline" class="mr-dialog-field">
            <mat-label>{{ t('moderation.hide.note') }}</mat-label>
            <textarea matInput formControlName="note" rows="4" dir="auto"></textarea>
            <mat-hint>{{ t('moderation.hide.noteHint') }}</mat-hint>
            @if (form.controls.note.errors | mrFieldError; as e) {
              <mat-error>{{ t(e.key, e.params) }}</mat-error>
            }
          </mat-form-field>
          @if (form.touched && form.hasError('templateOrNote')) {
            <p class="mr-hide-error" role="alert">{{ t('moderation.hide.templateOrNote') }}</p>
          }
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" (click)="cancel()">{{ t('moderation.common.cancel') }}</button>
          <button mat-flat-button type="submit" [disabled]="controller.submitting()">{{ t('moderation.hide.submit') }}</button>
        </mat-dialog-actions>
      </form>
    </ng-container>
  `,
  styles: `
    .mr-dialog-field {
      inline-size: 100%;
    }
    .mr-hide-label {
      font-weight: 600;
    }
    .mr-hide-preview {
      border-inline-start: 3px solid var(--mat-sys-outline-variant);
      padding-inline-start: 0.75rem;
      white-space: pre-line;
    }
    .mr-hide-error {
      color: var(--mat-sys-error);
    }
  `,
})
export class HideDialogComponent {
  protected readonly data = inject<HideDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<HideDialogComponent, HidingDetailsFragment>>(MatDialogRef);
  private readonly hideMutation = inject(HideContentGQL);
  private readonly templatesQuery = inject(NetiquetteTemplatesGQL);
  protected readonly controller = new FormController();
  protected readonly templates = signal<NetiquetteTemplateDetailsFragment[]>([]);
  protected readonly selectedBody = signal<string | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      templateId: [''],
      note: ['', [Validators.maxLength(MODERATION_TEXT_MAX), noBidiOverrides]],
    },
    { validators: templateOrNote },
  );

  constructor() {
    void this.loadTemplates();
    this.form.controls.templateId.valueChanges.subscribe((id) =>
      this.selectedBody.set(this.templates().find((template) => template.id === id)?.body ?? null),
    );
  }

  protected cancel(): void {
    this.dialogRef.close();
  }

  protected save(): Promise<void> {
    const { templateId, note } = this.form.getRawValue();
    return this.controller.submit(
      this.form,
      () =>
        firstValueFrom(
          this.hideMutation.mutate({
            variables: {
              input: {
                targetType: this.data.targetType,
                targetId: this.data.targetId,
                templateId: templateId || null,
                note: note.trim() || null,
              },
            },
          }),
        ),
      { done: (result) => this.dialogRef.close(result.data?.hideContent ?? undefined) },
    );
  }

  private async loadTemplates(): Promise<void> {
    try {
      const result = await firstValueFrom(this.templatesQuery.fetch({ variables: { includeInactive: false }, fetchPolicy: 'network-only' }));
      this.templates.set(result.data?.netiquetteTemplates ?? []);
    } catch (error) {
      this.controller.fail(toUiError(error));
    }
  }
}
