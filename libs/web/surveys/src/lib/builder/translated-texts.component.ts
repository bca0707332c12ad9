import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { LANGUAGE_NATIVE_NAMES } from '@mitreden/web/core';
import { textDirection } from '@mitreden/shared/contracts';
import { ruleKey } from './builder-store';
import { EDIT_LOCALES } from './survey-draft';
import type { EditLocale, Texts } from './survey-draft';

export interface TextChange {
  locale: EditLocale;
  text: string;
}

/**
 * One translatable text: a field per editor language, German first (the source; required where
 * the text is). Each field carries its language and direction so screen readers and the caret behave.
 */
@Component({
  selector: 'mr-sb-texts',
  imports: [MatFormField, MatHint, MatInput, MatLabel, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <fieldset class="mr-sb-texts" [class.mr-sb-texts--compact]="compact()">
        <legend>{{ label() }}</legend>
        @for (entry of entries(); track entry.locale) {
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ entry.language }}</mat-label>
            @if (multiline()) {
              <textarea
                matInput
                rows="3"
                [id]="(entry.locale === 'de' && fieldId()) || ''"
                [value]="texts()[entry.locale]"
                [attr.maxlength]="max()"
                [attr.lang]="entry.locale"
                [attr.dir]="entry.dir"
                [required]="entry.locale === 'de' && required()"
                [attr.aria-invalid]="entry.locale === 'de' && errors().length > 0"
                (input)="emit(entry.locale, $event)"
              ></textarea>
            } @else {
              <input
                matInput
                [id]="(entry.locale === 'de' && fieldId()) || ''"
                [value]="texts()[entry.locale]"
                [attr.maxlength]="max()"
                [attr.lang]="entry.locale"
                [attr.dir]="entry.dir"
                [required]="entry.locale === 'de' && required()"
                [attr.aria-invalid]="entry.locale === 'de' && errors().length > 0"
                (input)="emit(entry.locale, $event)"
              />
            }
            @if (entry.locale === 'de' && errors().length) {
              <mat-hint class="mr-sb-error">{{ t('surveys.builder.editor.' + firstRule()) }}</mat-hint>
            } @else if (entry.locale !== 'de' && !texts()[entry.locale]) {
              <mat-hint>{{ t('surveys.builder.editor.fallbackGerman') }}</mat-hint>
            }
          </mat-form-field>
        }
      </fieldset>
    </ng-container>
  `,
  styles: `
    .mr-sb-texts {
      display: grid;
      gap: 0.5rem;
      margin: 0 0 0.75rem;
      padding: 0.5rem 0.75rem 0.75rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 0.5rem;
      min-inline-size: 0;
    }
    .mr-sb-texts legend {
      padding-inline: 0.25rem;
      font: var(--mat-sys-title-small);
    }
    .mr-sb-texts mat-form-field {
      inline-size: 100%;
    }
    .mr-sb-error {
      color: var(--mat-sys-error);
      font-weight: 600;
    }
  `,
})
export class TranslatedTextsComponent {
  readonly texts = input.required<Texts>();
  /** Already translated. */
  readonly label = input.required<string>();
  /** Id of the German field (error summary links and focus land there); the others get generated ids. */
  readonly fieldId = input<string | null>(null);
  readonly multiline = input(false);
  readonly required = input(false);
  readonly compact = input(false);
  readonly max = input(200);
  readonly errors = input<string[]>([]);
  readonly changed = output<TextChange>();
  /** The message of the first rule broken (the German field carries it). */
  protected readonly firstRule = computed(() => ruleKey(this.errors()[0] ?? 'invalid'));

  protected readonly entries = computed(() =>
    EDIT_LOCALES.map((locale) => ({ locale, language: LANGUAGE_NATIVE_NAMES[locale], dir: textDirection(locale) })),
  );

  protected emit(locale: EditLocale, event: Event): void {
    this.changed.emit({ locale, text: (event.target as HTMLInputElement).value });
  }
}
