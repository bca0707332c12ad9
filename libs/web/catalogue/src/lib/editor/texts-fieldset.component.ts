import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { AbstractControl } from '@angular/forms';
import { MatError, MatFormField, MatInput, MatLabel } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { editorFieldError, localeEntries } from './editor-controls';

/**
 * One translatable text of the editor's dialogs: a textarea per editing language, German first and
 * required, each with its language and direction so screen readers and the caret behave.
 */
@Component({
  selector: 'mr-catalogue-texts',
  imports: [MatError, MatFormField, MatInput, MatLabel, ReactiveFormsModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="mr-ce-fieldset" [formGroup]="group()">
      <legend>{{ label() }}</legend>
      @for (l of locales; track l.locale) {
        <mat-form-field appearance="outline" class="mr-ce-wide">
          <mat-label>{{ label() }} ({{ l.name }})</mat-label>
          <textarea
            matInput
            [rows]="rows()"
            [id]="idPrefix() + '-' + l.locale"
            [formControlName]="l.locale"
            [attr.lang]="l.locale"
            [attr.dir]="l.dir"
            [attr.maxlength]="maxLength()"
            [required]="l.locale === 'de'"
          ></textarea>
          @if (errorOf(group().get(l.locale)); as e) {
            <mat-error>{{ e.key | transloco: e.params }}</mat-error>
          }
        </mat-form-field>
      }
    </fieldset>
  `,
  styleUrl: './editor.scss',
})
export class TextsFieldsetComponent {
  /** The per-language controls (textsGroup). */
  readonly group = input.required<FormGroup>();
  /** Already translated. */
  readonly label = input.required<string>();
  readonly idPrefix = input.required<string>();
  readonly maxLength = input.required<number>();
  readonly rows = input(2);
  protected readonly locales = localeEntries();

  protected errorOf(control: AbstractControl | null) {
    return editorFieldError(control);
  }
}
