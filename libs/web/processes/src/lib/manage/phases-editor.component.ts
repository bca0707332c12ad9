import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatInput, MatLabel } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { CreatePhaseGQL, DeletePhaseGQL, errorMessageKey, FormStatusComponent, LanguageService, toUiError, UpdatePhaseGQL } from '@mitreden/web/core';
import type { ManagedProcessFragment, PhaseInput, PhaseKind } from '@mitreden/web/core';
import { LocalDatePipe } from '../common/local-date.pipe';
import { InlineEditor, editorFieldError } from './editor-form';
import { translatedControls } from './process-form';
import { TranslatedFieldsComponent } from './translated-fields.component';
import { DESCRIPTION_MAX, fromLocalInput, TITLE_MAX, toLocalInput, translationInput, translationValues } from './translations';

type ManagedPhase = ManagedProcessFragment['phases'][number];

export const PHASE_KINDS: readonly PhaseKind[] = ['SURVEY', 'FORUMS', 'ASSESSMENT', 'VOTE', 'CATALOGUE'];

/** Phases of a process: list in time order, add, edit and delete in an inline form. */
@Component({
  selector: 'mr-phases-editor',
  imports: [
    FormStatusComponent,
    LocalDatePipe,
    MatButton,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    ReactiveFormsModule,
    TranslatedFieldsComponent,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <section class="mr-manage-section" aria-labelledby="phases-heading">
        <h2 id="phases-heading">{{ t('processes.manage.phasesHeading') }}</h2>
        <mr-form-status [message]="listStatus() ? t(listStatus()!) : null" [kind]="'error'" />
        @if (process().phases.length) {
          <ol class="mr-manage-list">
            @for (phase of process().phases; track phase.id) {
              <li class="mr-manage-list__item">
                <div>
                  <h3 class="mr-manage-list__title" dir="auto">{{ phase.title }}</h3>
                  <p class="mr-manage-list__meta">
                    {{ t('processes.phaseKind.' + phase.kind) }} ·
                    {{ phase.startsAt | mrLocalDate: language.current() : 'dateTime' }} –
                    {{ phase.endsAt | mrLocalDate: language.current() : 'dateTime' }} · {{ t('processes.phaseStatus.' + phase.status) }}
                  </p>
                </div>
                <div class="mr-manage-list__actions">
                  @if (confirming() === phase.id) {
                    <span>{{ t('processes.manage.confirmDelete') }}</span>
                    <button mat-flat-button type="button" [attr.data-confirm]="phase.id" (click)="remove(phase)">
                      {{ t('processes.manage.delete') }}<span class="mr-visually-hidden">: {{ phase.title }}</span>
                    </button>
                    <button mat-button type="button" (click)="cancelDelete(phase)">{{ t('processes.manage.keep') }}</button>
                  } @else {
                    <button mat-stroked-button type="button" [attr.data-edit]="phase.id" (click)="edit(phase)">
                      {{ t('processes.manage.edit') }}<span class="mr-visually-hidden">: {{ phase.title }}</span>
                    </button>
                    <button mat-button type="button" [attr.data-delete]="phase.id" (click)="askDelete(phase)">
                      {{ t('processes.manage.delete') }}<span class="mr-visually-hidden">: {{ phase.title }}</span>
                    </button>
                  }
                </div>
              </li>
            }
          </ol>
        } @else {
          <p>{{ t('processes.page.noPhases') }}</p>
        }

        @if (editing(); as editing) {
          <form class="mr-inline-form" [formGroup]="form" (ngSubmit)="editor.save(form)" novalidate aria-labelledby="phase-form-heading">
            <h3 id="phase-form-heading" tabindex="-1">{{ t(editing === 'new' ? 'processes.manage.addPhase' : 'processes.manage.editPhase') }}</h3>
            <mr-form-status [message]="editor.status() ? t(editor.status()!.key) : null" [kind]="editor.status()?.kind ?? 'info'" />
            <mat-form-field appearance="outline">
              <mat-label>{{ t('processes.manage.fields.kind') }}</mat-label>
              <mat-select formControlName="kind" required>
                @for (kind of kinds; track kind) {
                  <mat-option [value]="kind">{{ t('processes.phaseKind.' + kind) }}</mat-option>
                }
              </mat-select>
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
            <div class="mr-inline-form__row">
              <mat-form-field appearance="outline">
                <mat-label>{{ t('processes.manage.fields.startsAt') }}</mat-label>
                <input matInput type="datetime-local" formControlName="startsAt" required />
                @if (errorOf('startsAt'); as e) {
                  <mat-error>{{ t(e.key, e.params) }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field appearance="outline">
                <mat-label>{{ t('processes.manage.fields.endsAt') }}</mat-label>
                <input matInput type="datetime-local" formControlName="endsAt" required />
                @if (errorOf('endsAt'); as e) {
                  <mat-error>{{ t(e.key, e.params) }}</mat-error>
                }
              </mat-form-field>
            </div>
            <div class="mr-inline-form__buttons">
              <button mat-flat-button type="submit" [disabled]="editor.submitting()">{{ t('processes.manage.savePhase') }}</button>
              <button mat-button type="button" (click)="editor.cancel()">{{ t('processes.manage.cancel') }}</button>
            </div>
          </form>
        } @else {
          <button mat-stroked-button type="button" id="phase-add" (click)="add()">{{ t('processes.manage.addPhase') }}</button>
        }
      </section>
    </ng-container>
  `,
  styleUrl: './manage.scss',
})
export class PhasesEditorComponent {
  readonly process = input.required<ManagedProcessFragment>();
  readonly changed = output<void>();

  private readonly createMutation = inject(CreatePhaseGQL);
  private readonly updateMutation = inject(UpdatePhaseGQL);
  private readonly deleteMutation = inject(DeletePhaseGQL);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageService);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly kinds = PHASE_KINDS;
  protected readonly limits = { title: TITLE_MAX, description: DESCRIPTION_MAX };
  protected readonly editor = new InlineEditor<PhaseInput>({
    headingId: 'phase-form-heading',
    addButtonId: 'phase-add',
    savedMessageKey: 'processes.manage.phaseSaved',
    input: () => this.input(),
    create: (input) => firstValueFrom(this.createMutation.mutate({ variables: { processId: this.process().id, input } })),
    update: (id, input) => firstValueFrom(this.updateMutation.mutate({ variables: { id, input } })),
    saved: () => this.changed.emit(),
  });
  protected readonly editing = this.editor.editing;
  protected readonly confirming = signal<string | null>(null);
  protected readonly listStatus = signal<string | null>(null);

  protected readonly form = this.fb.group({
    kind: this.fb.control<PhaseKind>('FORUMS', Validators.required),
    ...translatedControls(this.fb, 'title', TITLE_MAX),
    ...translatedControls(this.fb, 'description', DESCRIPTION_MAX, { required: false, singleLine: false }),
    startsAt: this.fb.control('', Validators.required),
    endsAt: this.fb.control('', Validators.required),
  });

  protected errorOf(name: 'startsAt' | 'endsAt') {
    const control = this.form.controls[name];
    return control.invalid && control.touched ? editorFieldError(control.errors) : null;
  }

  protected add(): void {
    const last = this.process().phases.at(-1);
    this.form.reset({ kind: 'FORUMS', startsAt: toLocalInput(last?.endsAt), endsAt: '' });
    this.confirming.set(null);
    this.editor.open('new');
  }

  protected edit(phase: ManagedPhase): void {
    this.form.reset({
      kind: phase.kind,
      ...translationValues('title', phase.titleTranslations),
      ...translationValues('description', phase.descriptionTranslations),
      startsAt: toLocalInput(phase.startsAt),
      endsAt: toLocalInput(phase.endsAt),
    });
    this.confirming.set(null);
    this.editor.open(phase.id);
  }



  protected askDelete(phase: ManagedPhase): void {
    this.confirming.set(phase.id);
    this.editor.focusLater(`[data-confirm="${phase.id}"]`);
  }

  protected cancelDelete(phase: ManagedPhase): void {
    this.confirming.set(null);
    this.editor.focusLater(`[data-delete="${phase.id}"]`);
  }

  protected async remove(phase: ManagedPhase): Promise<void> {
    this.listStatus.set(null);
    try {
      await firstValueFrom(this.deleteMutation.mutate({ variables: { id: phase.id } }));
      this.confirming.set(null);
      this.changed.emit();
      void this.announcer.announce(this.transloco.translate('processes.manage.phaseDeleted'), 'polite');
      this.editor.focusLater('#phases-heading');
    } catch (error) {
      this.listStatus.set(errorMessageKey(toUiError(error)));
    }
  }



  private input(): PhaseInput {
    const values = this.form.getRawValue() as Record<string, unknown>;
    return {
      kind: this.form.controls.kind.value,
      title: translationInput(values, 'title'),
      description: translationInput(values, 'description'),
      startsAt: fromLocalInput(this.form.controls.startsAt.value) ?? '',
      endsAt: fromLocalInput(this.form.controls.endsAt.value) ?? '',
    };
  }
}
