import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { TranslocoDirective, TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { EditorSaveGoalGQL, FormController, FormStatusComponent } from '@mitreden/web/core';
import type { EditorGoalFragment } from '@mitreden/web/core';
import { applyServerErrors, textsGroup } from './editor-controls';
import { GOAL_TITLE_MAX, goalInputFrom, textsFrom } from './editor-form';
import type { Texts } from './editor-form';
import { ProposalPickerComponent } from './proposal-picker.component';
import { TextsFieldsetComponent } from './texts-fieldset.component';
import type { PickedProposal } from './proposal-picker.component';

export interface GoalDialogData {
  versionId: string;
  actionFieldId: string;
  fieldTitle: string;
  /** Absent when adding a goal. */
  goal?: EditorGoalFragment;
}

/** Adds or edits a goal: its title per language and the goal proposals it comes from. */
@Component({
  selector: 'mr-catalogue-goal-dialog',
  imports: [
    FormStatusComponent,
    MatButton,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    ProposalPickerComponent,
    TextsFieldsetComponent,
    ReactiveFormsModule,
    TranslocoDirective,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'catalogue.editor'">
      <form [formGroup]="form" (ngSubmit)="save()" novalidate>
        <h2 mat-dialog-title>{{ data.goal ? t('editGoalTitle') : t('addGoalTitle') }}</h2>
        <mat-dialog-content>
          <p>{{ t('inField') }} <bdi>{{ data.fieldTitle }}</bdi></p>
          <p class="mr-ce-muted">{{ 'forms.requiredNote' | transloco }} {{ t('germanNote') }}</p>
          <mr-catalogue-texts [group]="form.controls.title" [label]="t('goalTitle')" idPrefix="goal-title" [maxLength]="titleMax" [rows]="2" />
          <mr-catalogue-proposal-picker
            kind="goal"
            idPrefix="goal-sources"
            [versionId]="data.versionId"
            [actionFieldId]="data.actionFieldId"
            [initial]="initialSources"
            (changed)="form.controls.sourceProposalIds.setValue($event)"
          />
          <mr-form-status [message]="controller.status() ? (controller.status()!.key | transloco: controller.status()!.params) : null" [kind]="controller.status()?.kind ?? 'info'" />
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" [mat-dialog-close]="null">{{ 'forms.cancel' | transloco }}</button>
          <button mat-flat-button type="submit" [disabled]="controller.submitting()">{{ t('saveGoal') }}</button>
        </mat-dialog-actions>
      </form>
    </ng-container>
  `,
  styleUrl: './editor.scss',
})
export class GoalDialogComponent {
  protected readonly data = inject<GoalDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<GoalDialogComponent, EditorGoalFragment | null>>(MatDialogRef);
  private readonly saveMutation = inject(EditorSaveGoalGQL);
  protected readonly controller = new FormController();
  protected readonly titleMax = GOAL_TITLE_MAX;
  protected readonly initialSources: PickedProposal[] = (this.data.goal?.sources ?? []).map(({ id, number, title }) => ({ id, number, title }));

  protected readonly form = new FormGroup({
    title: textsGroup(GOAL_TITLE_MAX, textsFrom(this.data.goal?.titleTranslations)),
    sourceProposalIds: new FormControl<string[]>(
      this.initialSources.map((source) => source.id),
      { nonNullable: true },
    ),
  });

  protected save(): Promise<void> {
    return this.controller.submit(
      this.form,
      async () => {
        const input = goalInputFrom(
          { title: this.form.controls.title.getRawValue() as Texts, sourceProposalIds: this.form.controls.sourceProposalIds.value },
          { versionId: this.data.versionId, actionFieldId: this.data.actionFieldId, goalId: this.data.goal?.id ?? null },
          this.data.goal?.titleTranslations,
        );
        const result = await firstValueFrom(this.saveMutation.mutate({ variables: { input } }));
        return result.data?.saveCatalogueGoal ?? null;
      },
      {
        done: (saved) => {
          if (saved) this.ref.close(saved);
        },
        failed: (error) => applyServerErrors(this.form, error, this.controller),
      },
    );
  }
}
