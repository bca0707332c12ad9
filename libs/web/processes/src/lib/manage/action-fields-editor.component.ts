import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatInput, MatLabel } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { CreateActionFieldGQL, FormStatusComponent, UpdateActionFieldGQL } from '@mitreden/web/core';
import type { ActionFieldInput, ManagedProcessFragment } from '@mitreden/web/core';
import { InlineEditor, editorFieldError } from './editor-form';
import { translatedControls } from './process-form';
import { TranslatedFieldsComponent } from './translated-fields.component';
import { DESCRIPTION_MAX, TITLE_MAX, translationInput, translationValues } from './translations';

type ManagedField = ManagedProcessFragment['actionFields'][number];

/** Action fields of a process: list by position, add and edit in an inline form. */
@Component({
  selector: 'mr-action-fields-editor',
  imports: [
    FormStatusComponent,
    MatButton,
    MatCheckbox,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    ReactiveFormsModule,
    TranslatedFieldsComponent,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <section class="mr-manage-section" aria-labelledby="fields-heading">
        <h2 id="fields-heading">{{ t('processes.home.actionFieldsHeading') }}</h2>
        @if (process().actionFields.length) {
          <ol class="mr-manage-list">
            @for (field of process().actionFields; track field.id) {
              <li class="mr-manage-list__item">
                <div>
                  <h3 class="mr-manage-list__title">{{ field.position }}. <span dir="auto">{{ field.title }}</span></h3>
                  @if (field.crossCutting) {
                    <p class="mr-manage-list__meta">{{ t('processes.home.crossCutting') }}</p>
                  }
                </div>
                <button mat-stroked-button type="button" [attr.data-edit]="field.id" (click)="edit(field)">
                  {{ t('processes.manage.edit') }}<span class="mr-visually-hidden">: {{ field.title }}</span>
                </button>
              </li>
            }
          </ol>
        } @else {
          <p>{{ t('processes.manage.noFields') }}</p>
        }

        @if (editing(); as editing) {
          <form class="mr-inline-form" [formGroup]="form" (ngSubmit)="editor.save(form)" novalidate aria-labelledby="field-form-heading">
            <h3 id="field-form-heading" tabindex="-1">{{ t(editing === 'new' ? 'processes.manage.addField' : 'processes.manage.editField') }}</h3>
            <mr-form-status [message]="editor.status() ? t(editor.status()!.key) : null" [kind]="editor.status()?.kind ?? 'info'" />
            <mat-form-field appearance="outline">
              <mat-label>{{ t('processes.manage.fields.position') }}</mat-label>
              <input matInput type="number" min="1" formControlName="position" required />
              @if (positionError(); as e) {
                <mat-error>{{ t(e.key, e.params) }}</mat-error>
              }
            </mat-form-field>
            <mr-translated-fields [group]="form" name="title" labelKey="processes.manage.fields.title" [max]="limits.title" />
            <mr-translated-fields
              [group]="form"
              name="description"
              labelKey="processes.manage.fields.description"
              [max]="limits.description"
              [multiline]="true"
              [required]="false"
            />
            <mat-checkbox class="mr-checkbox" formControlName="crossCutting">{{ t('processes.manage.fields.crossCutting') }}</mat-checkbox>
            <div class="mr-inline-form__buttons">
              <button mat-flat-button type="submit" [disabled]="editor.submitting()">{{ t('processes.manage.saveField') }}</button>
              <button mat-button type="button" (click)="editor.cancel()">{{ t('processes.manage.cancel') }}</button>
            </div>
          </form>
        } @else {
          <button mat-stroked-button type="button" id="field-add" (click)="add()">{{ t('processes.manage.addField') }}</button>
        }
      </section>
    </ng-container>
  `,
  styleUrl: './manage.scss',
})
export class ActionFieldsEditorComponent {
  readonly process = input.required<ManagedProcessFragment>();
  readonly changed = output<void>();

  private readonly createMutation = inject(CreateActionFieldGQL);
  private readonly updateMutation = inject(UpdateActionFieldGQL);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly limits = { title: TITLE_MAX, description: DESCRIPTION_MAX };
  protected readonly editor = new InlineEditor<ActionFieldInput>({
    headingId: 'field-form-heading',
    addButtonId: 'field-add',
    savedMessageKey: 'processes.manage.fieldSaved',
    input: () => this.input(),
    create: (input) => firstValueFrom(this.createMutation.mutate({ variables: { processId: this.process().id, input } })),
    update: (id, input) => firstValueFrom(this.updateMutation.mutate({ variables: { id, input } })),
    saved: () => this.changed.emit(),
  });
  protected readonly editing = this.editor.editing;

  protected readonly form = this.fb.group({
    position: this.fb.control(1, [Validators.required, Validators.min(1)]),
    ...translatedControls(this.fb, 'title', TITLE_MAX),
    ...translatedControls(this.fb, 'description', DESCRIPTION_MAX, { required: false, singleLine: false }),
    crossCutting: this.fb.control(false),
  });

  protected positionError() {
    const control = this.form.controls.position;
    return control.invalid && control.touched ? editorFieldError(control.errors) : null;
  }

  protected add(): void {
    const next = Math.max(0, ...this.process().actionFields.map((field) => field.position)) + 1;
    this.form.reset({ position: next, crossCutting: false });
    this.editor.open('new');
  }

  protected edit(field: ManagedField): void {
    this.form.reset({
      position: field.position,
      ...translationValues('title', field.titleTranslations),
      ...translationValues('description', field.descriptionTranslations),
      crossCutting: field.crossCutting,
    });
    this.editor.open(field.id);
  }





  private input(): ActionFieldInput {
    const values = this.form.getRawValue() as Record<string, unknown>;
    return {
      position: Number(this.form.controls.position.value),
      title: translationInput(values, 'title'),
      description: translationInput(values, 'description'),
      crossCutting: this.form.controls.crossCutting.value,
    };
  }
}
