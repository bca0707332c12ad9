import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import type { AbstractControl } from '@angular/forms';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslocoDirective, TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { EditorSaveMeasureGQL, FormController, FormStatusComponent, noForbiddenCharacters } from '@mitreden/web/core';
import type { EditorMeasureFragment, MeasurePriority } from '@mitreden/web/core';
import { applyServerErrors, editorFieldError, localeEntries, textsGroup } from './editor-controls';
import {
  COST_NOTE_MAX,
  DEPARTMENT_MAX,
  emptyTexts,
  MEASURE_TEXT_MAX,
  measureInputFrom,
  MILESTONE_TITLE_MAX,
  PRIORITIES,
  RESPONSIBILITY_MAX,
  textsFrom,
} from './editor-form';
import type { MeasureFormValue } from './editor-form';
import { ProposalPickerComponent } from './proposal-picker.component';
import { TextsFieldsetComponent } from './texts-fieldset.component';
import type { PickedProposal } from './proposal-picker.component';

export interface MeasureDialogData {
  versionId: string;
  actionFieldId: string;
  goalId: string;
  goalTitle: string;
  /** Absent when adding a measure. */
  measure?: EditorMeasureFragment;
}

const MILESTONES_MAX = 50;

function milestoneGroup(milestone?: EditorMeasureFragment['milestones'][number]) {
  return new FormGroup({
    title: textsGroup(MILESTONE_TITLE_MAX, milestone ? textsFrom(milestone.titleTranslations) : emptyTexts()),
    dueOn: new FormControl(milestone?.dueOn ?? '', { nonNullable: true, validators: [Validators.required] }),
    doneOn: new FormControl(milestone?.doneOn ?? '', { nonNullable: true }),
  });
}

/** Adds or edits a measure of a goal: text per language, who does it, cost, priority, sources and milestones. */
@Component({
  selector: 'mr-catalogue-measure-dialog',
  imports: [
    FormStatusComponent,
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
    MatOption,
    MatSelect,
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
        <h2 mat-dialog-title>
          @if (data.measure) {
            {{ t('editMeasureTitle', { code: data.measure.code }) }}
          } @else {
            {{ t('addMeasureTitle') }}
          }
        </h2>
        <mat-dialog-content>
          <p>{{ t('underGoal') }} <bdi>{{ data.goalTitle }}</bdi></p>
          <p class="mr-ce-muted">{{ 'forms.requiredNote' | transloco }} {{ t('germanNote') }}</p>
          <mr-catalogue-texts [group]="form.controls.text" [label]="t('measureText')" idPrefix="measure-text" [maxLength]="textMax" [rows]="3" />

          <fieldset class="mr-ce-fieldset">
            <legend>{{ t('implementationLegend') }}</legend>
            <div class="mr-ce-grid">
              <mat-form-field appearance="outline">
                <mat-label>{{ t('responsibility') }}</mat-label>
                <input matInput id="measure-responsibility" formControlName="responsibility" [attr.maxlength]="responsibilityMax" />
                <mat-hint>{{ t('responsibilityHint') }}</mat-hint>
                @if (errorOf(form.controls.responsibility); as e) {
                  <mat-error>{{ e.key | transloco: e.params }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field appearance="outline">
                <mat-label>{{ t('department') }}</mat-label>
                <input matInput id="measure-department" formControlName="department" [attr.maxlength]="departmentMax" />
                @if (errorOf(form.controls.department); as e) {
                  <mat-error>{{ e.key | transloco: e.params }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field appearance="outline">
                <mat-label>{{ t('priority') }}</mat-label>
                <mat-select id="measure-priority" formControlName="priority">
                  <mat-option value="">{{ t('noPriority') }}</mat-option>
                  @for (p of priorities; track p) {
                    <mat-option [value]="p">{{ t('priorities.' + p) }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
            </div>
            <mat-form-field appearance="outline" class="mr-ce-wide">
              <mat-label>{{ t('costNote') }}</mat-label>
              <textarea matInput rows="2" id="measure-cost" formControlName="costNote" [attr.maxlength]="costNoteMax"></textarea>
              @if (errorOf(form.controls.costNote); as e) {
                <mat-error>{{ e.key | transloco: e.params }}</mat-error>
              }
            </mat-form-field>
          </fieldset>

          <mr-catalogue-proposal-picker
            kind="measure"
            idPrefix="measure-sources"
            [versionId]="data.versionId"
            [actionFieldId]="data.actionFieldId"
            [initial]="initialSources"
            (changed)="form.controls.sourceProposalIds.setValue($event)"
          />

          <fieldset class="mr-ce-fieldset">
            <legend>{{ t('milestones') }}</legend>
            @if (!milestones.length) {
              <p>{{ t('noMilestones') }}</p>
            }
            <ol class="mr-ce-plain" formArrayName="milestones">
              @for (milestone of milestones.controls; track milestone; let i = $index) {
                <li class="mr-ce-milestone" [formGroupName]="i">
                  <fieldset class="mr-ce-fieldset">
                    <legend>{{ t('milestoneNumber', { number: i + 1 }) }}</legend>
                    <div class="mr-ce-grid" formGroupName="title">
                      @for (l of locales; track l.locale) {
                        <mat-form-field appearance="outline">
                          <mat-label>{{ t('milestoneTitle', { number: i + 1 }) }} ({{ l.name }})</mat-label>
                          <input
                            matInput
                            [id]="'milestone-' + i + '-title-' + l.locale"
                            [formControlName]="l.locale"
                            [attr.lang]="l.locale"
                            [attr.dir]="l.dir"
                            [attr.maxlength]="milestoneTitleMax"
                            [required]="l.locale === 'de'"
                          />
                          @if (errorOf(milestone.get('title.' + l.locale)); as e) {
                            <mat-error>{{ e.key | transloco: e.params }}</mat-error>
                          }
                        </mat-form-field>
                      }
                    </div>
                    <div class="mr-ce-grid">
                      <mat-form-field appearance="outline">
                        <mat-label>{{ t('dueOn', { number: i + 1 }) }}</mat-label>
                        <input matInput type="date" [id]="'milestone-' + i + '-due'" formControlName="dueOn" required />
                        @if (errorOf(milestone.get('dueOn')); as e) {
                          <mat-error>{{ e.key | transloco: e.params }}</mat-error>
                        }
                      </mat-form-field>
                      <mat-form-field appearance="outline">
                        <mat-label>{{ t('doneOn', { number: i + 1 }) }}</mat-label>
                        <input matInput type="date" [id]="'milestone-' + i + '-done'" formControlName="doneOn" />
                        <mat-hint>{{ t('doneOnHint') }}</mat-hint>
                        @if (errorOf(milestone.get('doneOn')); as e) {
                          <mat-error>{{ e.key | transloco: e.params }}</mat-error>
                        }
                      </mat-form-field>
                    </div>
                    <button mat-stroked-button type="button" (click)="removeMilestone(i)">
                      {{ t('removeMilestone') }}<span class="mr-visually-hidden">: {{ t('milestoneNumber', { number: i + 1 }) }}</span>
                    </button>
                  </fieldset>
                </li>
              }
            </ol>
            <button mat-stroked-button type="button" id="measure-add-milestone" [disabled]="milestones.length >= milestonesMax" (click)="addMilestone()">
              {{ t('addMilestone') }}
            </button>
          </fieldset>
          <mr-form-status [message]="controller.status() ? (controller.status()!.key | transloco: controller.status()!.params) : null" [kind]="controller.status()?.kind ?? 'info'" />
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" [mat-dialog-close]="null">{{ 'forms.cancel' | transloco }}</button>
          <button mat-flat-button type="submit" [disabled]="controller.submitting()">{{ t('saveMeasure') }}</button>
        </mat-dialog-actions>
      </form>
    </ng-container>
  `,
  styleUrl: './editor.scss',
})
export class MeasureDialogComponent {
  protected readonly data = inject<MeasureDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<MeasureDialogComponent, EditorMeasureFragment | null>>(MatDialogRef);
  private readonly saveMutation = inject(EditorSaveMeasureGQL);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly transloco = inject(TranslocoService);
  protected readonly controller = new FormController();
  protected readonly locales = localeEntries();
  protected readonly priorities = PRIORITIES;
  protected readonly textMax = MEASURE_TEXT_MAX;
  protected readonly responsibilityMax = RESPONSIBILITY_MAX;
  protected readonly departmentMax = DEPARTMENT_MAX;
  protected readonly costNoteMax = COST_NOTE_MAX;
  protected readonly milestoneTitleMax = MILESTONE_TITLE_MAX;
  protected readonly milestonesMax = MILESTONES_MAX;
  /** Only the direct sources are the measure's own; ancestors come with them through the lineage. */
  protected readonly initialSources: PickedProposal[] = (this.data.measure?.provenance.proposals ?? [])
    .filter((proposal) => proposal.direct)
    .map(({ id, number, title }) => ({ id, number, title }));

  protected readonly form = new FormGroup({
    text: textsGroup(MEASURE_TEXT_MAX, textsFrom(this.data.measure?.textTranslations)),
    responsibility: new FormControl(this.data.measure?.responsibility ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(RESPONSIBILITY_MAX), noForbiddenCharacters],
    }),
    department: new FormControl(this.data.measure?.department ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(DEPARTMENT_MAX), noForbiddenCharacters],
    }),
    costNote: new FormControl(this.data.measure?.costNote ?? '', { nonNullable: true, validators: [Validators.maxLength(COST_NOTE_MAX)] }),
    priority: new FormControl<MeasurePriority | ''>(this.data.measure?.priority ?? '', { nonNullable: true }),
    sourceProposalIds: new FormControl<string[]>(
      this.initialSources.map((source) => source.id),
      { nonNullable: true },
    ),
    milestones: new FormArray(
      [...(this.data.measure?.milestones ?? [])].sort((a, b) => a.position - b.position).map((milestone) => milestoneGroup(milestone)),
    ),
  });

  protected get milestones() {
    return this.form.controls.milestones;
  }

  protected errorOf(control: AbstractControl | null) {
    return editorFieldError(control);
  }

  protected addMilestone(): void {
    if (this.milestones.length >= MILESTONES_MAX) return;
    this.milestones.push(milestoneGroup());
    const number = this.milestones.length;
    this.controller.focusLater(`#milestone-${number - 1}-title-de`);
    void this.announcer.announce(this.transloco.translate('catalogue.editor.milestoneAdded', { number }), 'polite');
  }

  protected removeMilestone(index: number): void {
    this.milestones.removeAt(index);
    this.controller.focusLater('#measure-add-milestone');
    void this.announcer.announce(this.transloco.translate('catalogue.editor.milestoneRemoved', { number: index + 1 }), 'polite');
  }

  protected save(): Promise<void> {
    return this.controller.submit(
      this.form,
      async () => {
        const input = measureInputFrom(
          this.form.getRawValue() as MeasureFormValue,
          { versionId: this.data.versionId, goalId: this.data.goalId, measureId: this.data.measure?.id ?? null },
          this.data.measure?.textTranslations,
        );
        const result = await firstValueFrom(this.saveMutation.mutate({ variables: { input } }));
        return result.data?.saveCatalogueMeasure ?? null;
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
