import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatInput, MatLabel } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { CreateForumGQL, FormStatusComponent, LanguageService, noForbiddenCharacters, UpdateForumGQL } from '@mitreden/web/core';
import type { ForumFormat, ForumInput, ManagedProcessFragment } from '@mitreden/web/core';
import { LocalDatePipe } from '../common/local-date.pipe';
import { InlineEditor, editorFieldError } from './editor-form';
import { translatedControls } from './process-form';
import { TranslatedFieldsComponent } from './translated-fields.component';
import { DESCRIPTION_MAX, fromLocalInput, TITLE_MAX, toLocalInput, translationInput, translationValues } from './translations';

type ManagedForum = ManagedProcessFragment['forums'][number];

export const FORUM_FORMATS: readonly ForumFormat[] = ['ON_SITE', 'ONLINE', 'HYBRID'];
const PLACE_MAX = 200;
const MUNICIPALITY_MAX = 120;

/** Forums of a process: list by date, add and edit in an inline form. */
@Component({
  selector: 'mr-forums-editor',
  imports: [
    FormStatusComponent,
    LocalDatePipe,
    MatButton,
    MatCheckbox,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    ReactiveFormsModule,
    RouterLink,
    TranslatedFieldsComponent,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <section class="mr-manage-section" aria-labelledby="forums-heading">
        <h2 id="forums-heading">{{ t('processes.page.forumsHeading') }}</h2>
        @if (process().forums.length) {
          <ul class="mr-manage-list">
            @for (forum of process().forums; track forum.id) {
              <li class="mr-manage-list__item">
                <div>
                  <h3 class="mr-manage-list__title">
                    <a [routerLink]="['/forums', forum.id]" dir="auto">{{ forum.title }}</a>
                  </h3>
                  <p class="mr-manage-list__meta">
                    {{ forum.startsAt | mrLocalDate: language.current() : 'dateTime' }} · <bdi>{{ forum.municipality }}</bdi> ·
                    {{ t('processes.format.' + forum.format) }} · <span dir="auto">{{ forum.actionField.title }}</span> ·
                    {{ t(forum.acceptsInput ? 'processes.manage.acceptsInput' : 'processes.manage.noInput') }}
                  </p>
                </div>
                <button mat-stroked-button type="button" [attr.data-edit]="forum.id" (click)="edit(forum)">
                  {{ t('processes.manage.edit') }}<span class="mr-visually-hidden">: {{ forum.title }}</span>
                </button>
              </li>
            }
          </ul>
        } @else {
          <p>{{ t('processes.page.noForums') }}</p>
        }

        @if (editing(); as editing) {
          <form class="mr-inline-form" [formGroup]="form" (ngSubmit)="editor.save(form)" novalidate aria-labelledby="forum-form-heading">
            <h3 id="forum-form-heading" tabindex="-1">{{ t(editing === 'new' ? 'processes.manage.addForum' : 'processes.manage.editForum') }}</h3>
            <mr-form-status [message]="editor.status() ? t(editor.status()!.key) : null" [kind]="editor.status()?.kind ?? 'info'" />
            <mat-form-field appearance="outline">
              <mat-label>{{ t('processes.forum.actionField') }}</mat-label>
              <mat-select formControlName="actionFieldId" required>
                @for (field of process().actionFields; track field.id) {
                  <mat-option [value]="field.id">{{ field.position }}. {{ field.title }}</mat-option>
                }
              </mat-select>
              @if (errorOf('actionFieldId'); as e) {
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
            <div class="mr-inline-form__row">
              <mat-form-field appearance="outline">
                <mat-label>{{ t('processes.manage.fields.startsAt') }}</mat-label>
                <input matInput type="datetime-local" formControlName="startsAt" required />
                @if (errorOf('startsAt'); as e) {
                  <mat-error>{{ t(e.key, e.params) }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field appearance="outline">
                <mat-label>{{ t('processes.manage.fields.endsAtOptional') }}</mat-label>
                <input matInput type="datetime-local" formControlName="endsAt" />
                @if (errorOf('endsAt'); as e) {
                  <mat-error>{{ t(e.key, e.params) }}</mat-error>
                }
              </mat-form-field>
            </div>
            <div class="mr-inline-form__row">
              <mat-form-field appearance="outline">
                <mat-label>{{ t('processes.forum.place') }}</mat-label>
                <input matInput formControlName="place" />
                @if (errorOf('place'); as e) {
                  <mat-error>{{ t(e.key, e.params) }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field appearance="outline">
                <mat-label>{{ t('processes.forum.municipality') }}</mat-label>
                <input matInput formControlName="municipality" required />
                @if (errorOf('municipality'); as e) {
                  <mat-error>{{ t(e.key, e.params) }}</mat-error>
                }
              </mat-form-field>
            </div>
            <mat-form-field appearance="outline">
              <mat-label>{{ t('processes.forum.format') }}</mat-label>
              <mat-select formControlName="format" required>
                @for (format of formats; track format) {
                  <mat-option [value]="format">{{ t('processes.format.' + format) }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-checkbox class="mr-checkbox" formControlName="acceptsInput">{{ t('processes.manage.fields.acceptsInput') }}</mat-checkbox>
            <div class="mr-inline-form__buttons">
              <button mat-flat-button type="submit" [disabled]="editor.submitting()">{{ t('processes.manage.saveForum') }}</button>
              <button mat-button type="button" (click)="editor.cancel()">{{ t('processes.manage.cancel') }}</button>
            </div>
          </form>
        } @else if (process().actionFields.length) {
          <button mat-stroked-button type="button" id="forum-add" (click)="add()">{{ t('processes.manage.addForum') }}</button>
        } @else {
          <p>{{ t('processes.manage.forumsNeedField') }}</p>
        }
      </section>
    </ng-container>
  `,
  styleUrl: './manage.scss',
})
export class ForumsEditorComponent {
  readonly process = input.required<ManagedProcessFragment>();
  readonly changed = output<void>();

  private readonly createMutation = inject(CreateForumGQL);
  private readonly updateMutation = inject(UpdateForumGQL);
  protected readonly language = inject(LanguageService);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly formats = FORUM_FORMATS;
  protected readonly limits = { title: TITLE_MAX, description: DESCRIPTION_MAX };
  protected readonly editor = new InlineEditor<ForumInput>({
    headingId: 'forum-form-heading',
    addButtonId: 'forum-add',
    savedMessageKey: 'processes.manage.forumSaved',
    input: () => this.input(),
    create: (input) => firstValueFrom(this.createMutation.mutate({ variables: { processId: this.process().id, input } })),
    update: (id, input) => firstValueFrom(this.updateMutation.mutate({ variables: { id, input } })),
    saved: () => this.changed.emit(),
  });
  protected readonly editing = this.editor.editing;

  protected readonly form = this.fb.group({
    actionFieldId: this.fb.control('', Validators.required),
    ...translatedControls(this.fb, 'title', TITLE_MAX),
    ...translatedControls(this.fb, 'description', DESCRIPTION_MAX, { required: false, singleLine: false }),
    startsAt: this.fb.control('', Validators.required),
    endsAt: this.fb.control(''),
    place: this.fb.control('', [Validators.maxLength(PLACE_MAX), noForbiddenCharacters]),
    municipality: this.fb.control('', [Validators.required, Validators.maxLength(MUNICIPALITY_MAX), noForbiddenCharacters]),
    format: this.fb.control<ForumFormat>('ON_SITE', Validators.required),
    acceptsInput: this.fb.control(true),
  });

  protected errorOf(name: 'actionFieldId' | 'startsAt' | 'endsAt' | 'place' | 'municipality') {
    const control = this.form.controls[name];
    return control.invalid && control.touched ? editorFieldError(control.errors) : null;
  }

  protected add(): void {
    this.form.reset({ actionFieldId: this.process().actionFields[0]?.id ?? '', format: 'ON_SITE', acceptsInput: true });
    this.editor.open('new');
  }

  protected edit(forum: ManagedForum): void {
    this.form.reset({
      actionFieldId: forum.actionField.id,
      ...translationValues('title', forum.titleTranslations),
      ...translationValues('description', forum.descriptionTranslations),
      startsAt: toLocalInput(forum.startsAt),
      endsAt: toLocalInput(forum.endsAt),
      place: forum.place,
      municipality: forum.municipality,
      format: forum.format,
      acceptsInput: forum.acceptsInput,
    });
    this.editor.open(forum.id);
  }





  private input(): ForumInput {
    const values = this.form.getRawValue() as Record<string, unknown>;
    const controls = this.form.controls;
    return {
      actionFieldId: controls.actionFieldId.value,
      title: translationInput(values, 'title'),
      description: translationInput(values, 'description'),
      startsAt: fromLocalInput(controls.startsAt.value) ?? '',
      endsAt: fromLocalInput(controls.endsAt.value),
      place: controls.place.value.trim(),
      municipality: controls.municipality.value.trim(),
      format: controls.format.value,
      acceptsInput: controls.acceptsInput.value,
    };
  }
}
