import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { switchMap } from 'rxjs';
import { ReactiveFormsModule } from '@angular/forms';
import type { FormControl, FormGroup } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { LANGUAGE_NATIVE_NAMES } from '@mitreden/web/core';
import { textDirection } from '@mitreden/shared/contracts';
import { editorFieldError } from './editor-form';
import { EDIT_LOCALES } from './translations';

/**
 * One translatable text as a group of fields, one per editor language. German is required; each
 * field carries its language (`lang`, `dir`) so screen readers and the caret behave.
 */
@Component({
  selector: 'mr-translated-fields',
  imports: [MatError, MatFormField, MatHint, MatInput, MatLabel, ReactiveFormsModule, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <fieldset class="mr-translated">
        <legend>{{ t(labelKey()) }}</legend>
        @for (entry of entries(); track entry.locale) {
          <mat-form-field appearance="outline">
            <mat-label>{{ t(labelKey()) }} ({{ entry.language }})</mat-label>
            @if (multiline()) {
              <textarea
                matInput
                [formControl]="entry.control"
                [attr.lang]="entry.locale"
                [attr.dir]="entry.dir"
                [required]="entry.locale === 'de' && required()"
                rows="3"
              ></textarea>
            } @else {
              <input
                matInput
                [formControl]="entry.control"
                [attr.lang]="entry.locale"
                [attr.dir]="entry.dir"
                [required]="entry.locale === 'de' && required()"
              />
            }
            <mat-hint>{{ t('processes.manage.maxChars', { max: max() }) }}</mat-hint>
            @if (errorOf(entry.control); as e) {
              <mat-error>{{ t(e.key, e.params) }}</mat-error>
            }
          </mat-form-field>
        }
      </fieldset>
    </ng-container>
  `,
  styles: `
    .mr-translated {
      display: grid;
      gap: 0.25rem;
      margin: 0 0 0.75rem;
      padding: 0.75rem 1rem 0;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 0.5rem;
    }
    .mr-translated legend {
      padding-inline: 0.25rem;
      font: var(--mat-sys-title-small);
    }
  `,
})
export class TranslatedFieldsComponent {
  readonly group = input.required<FormGroup>();
  readonly name = input.required<string>();
  readonly labelKey = input.required<string>();
  readonly max = input.required<number>();
  readonly multiline = input(false);
  readonly required = input(true);

  protected readonly formEvents = toSignal(toObservable(this.group).pipe(switchMap((group) => group.events)));

  protected readonly entries = computed(() =>
    EDIT_LOCALES.map((locale) => ({
      locale,
      language: LANGUAGE_NATIVE_NAMES[locale],
      dir: textDirection(locale),
      control: this.group().get(`${this.name()}_${locale}`) as FormControl<string>,
    })),
  );

  protected errorOf(control: FormControl<string>) {
    // Read in the template, so this OnPush view re-renders when the parent marks fields touched or invalid.
    this.formEvents();
    return control.invalid && control.touched ? editorFieldError(control.errors) : null;
  }
}
