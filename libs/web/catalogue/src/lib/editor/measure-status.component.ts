import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, untracked } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import type { AbstractControl } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel, MatSuffix } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslocoDirective, TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { EditorUpdateMeasureStatusGQL, FormController, FormStatusComponent, htmlLang, LanguageService } from '@mitreden/web/core';
import type { EditorMeasureFragment, ImplementationStatus } from '@mitreden/web/core';
import { applyServerErrors, editorFieldError } from './editor-controls';
import { IMPLEMENTATION_STATUSES, STATUS_NOTE_MAX, statusInputFrom } from './editor-form';
import type { StatusFormValue } from './editor-form';

/**
 * The one thing that still changes on an adopted catalogue: implementation status, progress and
 * milestone completion of a measure, each save kept in the history shown below the form.
 */
@Component({
  selector: 'mr-catalogue-measure-status',
  imports: [
    FormStatusComponent,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    MatSuffix,
    ReactiveFormsModule,
    TranslocoDirective,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'catalogue.editor'">
      @let m = measure();
      <form [formGroup]="form" (ngSubmit)="save()" novalidate class="mr-ce-status-form" [attr.aria-labelledby]="prefix() + '-legend'">
        <fieldset class="mr-ce-fieldset">
          <legend [id]="prefix() + '-legend'">{{ t('statusLegend', { code: m.code }) }}</legend>
          <div class="mr-ce-grid">
            <mat-form-field appearance="outline">
              <mat-label>{{ t('status') }}</mat-label>
              <mat-select [id]="prefix() + '-status'" formControlName="status" required>
                @for (s of statuses; track s) {
                  <mat-option [value]="s">{{ t('statuses.' + s) }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ t('progress') }}</mat-label>
              <input matInput type="number" inputmode="numeric" min="0" max="100" step="5" [id]="prefix() + '-progress'" formControlName="progress" required />
              <span matTextSuffix>%</span>
              <mat-hint>{{ t('progressHint') }}</mat-hint>
              @if (errorOf(form.controls.progress); as e) {
                <mat-error>{{ e.key | transloco: e.params }}</mat-error>
              }
            </mat-form-field>
          </div>
          <mat-form-field appearance="outline" class="mr-ce-wide">
            <mat-label>{{ t('statusNote') }}</mat-label>
            <textarea matInput rows="2" [id]="prefix() + '-note'" formControlName="note" [attr.maxlength]="noteMax"></textarea>
            <mat-hint>{{ t('statusNoteHint') }}</mat-hint>
            @if (errorOf(form.controls.note); as e) {
              <mat-error>{{ e.key | transloco: e.params }}</mat-error>
            }
          </mat-form-field>
          @if (m.milestones.length) {
            <fieldset class="mr-ce-fieldset" formArrayName="milestonesDone">
              <legend>{{ t('milestones') }}</legend>
              @for (milestone of sortedMilestones(); track milestone.id; let i = $index) {
                <div class="mr-ce-grid" [formGroupName]="i">
                  <p>
                    <bdi>{{ milestone.title }}</bdi><br />
                    <span class="mr-ce-muted">{{ t('due', { date: formatDate(milestone.dueOn) }) }}</span>
                  </p>
                  <mat-form-field appearance="outline">
                    <mat-label>{{ t('doneOnFor', { title: milestone.title }) }}</mat-label>
                    <input matInput type="date" [id]="prefix() + '-milestone-' + i" formControlName="doneOn" />
                    @if (errorOf(form.get('milestonesDone.' + i + '.doneOn')); as e) {
                      <mat-error>{{ e.key | transloco: e.params }}</mat-error>
                    }
                  </mat-form-field>
                </div>
              }
            </fieldset>
          }
          <mr-form-status [message]="controller.status() ? (controller.status()!.key | transloco: controller.status()!.params) : null" [kind]="controller.status()?.kind ?? 'info'" />
          <button mat-flat-button type="submit" [disabled]="controller.submitting()">
            {{ t('saveStatus') }}<span class="mr-visually-hidden">: {{ t('measureCode', { code: m.code }) }}</span>
          </button>
        </fieldset>
      </form>
      <details class="mr-ce-history">
        <summary>{{ t('history', { count: m.statusHistory.length }) }}<span class="mr-visually-hidden">: {{ t('measureCode', { code: m.code }) }}</span></summary>
        @if (m.statusHistory.length) {
          <ol class="mr-ce-plain">
            @for (change of m.statusHistory; track $index) {
              <li>
                <strong>{{ formatDateTime(change.changedAt) }}</strong>: {{ t('statuses.' + change.status) }}, {{ change.progress }} %
                @if (change.changedBy) {
                  · <bdi>{{ change.changedBy }}</bdi>
                }
                @if (change.note) {
                  <br /><bdi>{{ change.note }}</bdi>
                }
              </li>
            }
          </ol>
        } @else {
          <p>{{ t('noHistory') }}</p>
        }
      </details>
    </ng-container>
  `,
  styleUrl: './editor.scss',
})
export class MeasureStatusComponent {
  readonly measure = input.required<EditorMeasureFragment>();
  readonly saved = output<EditorMeasureFragment>();

  private readonly statusMutation = inject(EditorUpdateMeasureStatusGQL);
  private readonly language = inject(LanguageService);
  protected readonly controller = new FormController();
  protected readonly statuses = IMPLEMENTATION_STATUSES;
  protected readonly noteMax = STATUS_NOTE_MAX;
  protected readonly prefix = computed(() => `status-${this.measure().id}`);
  protected readonly sortedMilestones = computed(() => [...this.measure().milestones].sort((a, b) => a.position - b.position));

  protected readonly form = new FormGroup({
    status: new FormControl<ImplementationStatus>('PLANNED', { nonNullable: true, validators: [Validators.required] }),
    progress: new FormControl<number | null>(0, { validators: [Validators.required, Validators.min(0), Validators.max(100)] }),
    note: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(STATUS_NOTE_MAX)] }),
    milestonesDone: new FormArray<FormGroup<{ milestoneId: FormControl<string>; doneOn: FormControl<string> }>>([]),
  });

  private readonly dateFormat = computed(() => new Intl.DateTimeFormat(htmlLang(this.language.current()), { dateStyle: 'medium', timeZone: 'UTC' }));
  private readonly dateTimeFormat = computed(
    () => new Intl.DateTimeFormat(htmlLang(this.language.current()), { dateStyle: 'medium', timeStyle: 'short' }),
  );

  constructor() {
    effect(() => {
      const measure = this.measure();
      untracked(() => this.fill(measure));
    });
  }

  private fill(measure: EditorMeasureFragment): void {
    this.form.controls.milestonesDone.clear({ emitEvent: false });
    for (const milestone of [...measure.milestones].sort((a, b) => a.position - b.position)) {
      this.form.controls.milestonesDone.push(
        new FormGroup({
          milestoneId: new FormControl(milestone.id, { nonNullable: true }),
          doneOn: new FormControl(milestone.doneOn ?? '', { nonNullable: true }),
        }),
        { emitEvent: false },
      );
    }
    this.form.reset({ status: measure.status, progress: measure.progress, note: '' });
  }

  protected errorOf(control: AbstractControl | null) {
    return editorFieldError(control);
  }

  /** Date-only values (YYYY-MM-DD) are calendar days: formatted in UTC so no timezone shifts them. */
  protected formatDate(value: string): string {
    const date = new Date(`${value}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? value : this.dateFormat().format(date);
  }

  protected formatDateTime(value: string): string {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : this.dateTimeFormat().format(date);
  }

  protected save(): Promise<void> {
    const measureId = this.measure().id;
    return this.controller.submit(
      this.form,
      async () => {
        const input = statusInputFrom(measureId, this.form.getRawValue() as StatusFormValue);
        const result = await firstValueFrom(this.statusMutation.mutate({ variables: { input } }));
        return result.data?.updateMeasureStatus ?? null;
      },
      {
        done: (measure) => {
          if (!measure) return;
          this.controller.succeed('catalogue.editor.statusSaved', { code: measure.code });
          this.saved.emit(measure);
        },
        failed: (error) => applyServerErrors(this.form, error, this.controller),
      },
    );
  }
}
