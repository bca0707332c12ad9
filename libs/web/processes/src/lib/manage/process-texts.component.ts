import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import type { FormControl, FormGroup } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { switchMap } from 'rxjs';
import { editorFieldError } from './editor-form';
import { TranslatedFieldsComponent } from './translated-fields.component';
import { DESCRIPTION_MAX, SUMMARY_MAX, TITLE_MAX } from './translations';

/** The fields of a process (URL name and texts), shared by the create and the edit form. */
@Component({
  selector: 'mr-process-texts',
  imports: [MatError, MatFormField, MatHint, MatInput, MatLabel, ReactiveFormsModule, TranslatedFieldsComponent, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <mat-form-field appearance="outline" class="mr-slug">
        <mat-label>{{ t('processes.manage.fields.slug') }}</mat-label>
        <input matInput [formControl]="slug()" required autocomplete="off" spellcheck="false" dir="ltr" />
        <mat-hint>{{ t('processes.manage.fields.slugHint') }}</mat-hint>
        @if (slugError(); as e) {
          <mat-error>{{ t(e.key, e.params) }}</mat-error>
        }
      </mat-form-field>
      <mr-translated-fields [group]="form()" name="title" labelKey="processes.manage.fields.title" [max]="limits.title" />
      <mr-translated-fields
        [group]="form()"
        name="summary"
        labelKey="processes.manage.fields.summary"
        [max]="limits.summary"
        [multiline]="true"
        [required]="false"
      />
      <mr-translated-fields
        [group]="form()"
        name="description"
        labelKey="processes.manage.fields.description"
        [max]="limits.description"
        [multiline]="true"
        [required]="false"
      />
    </ng-container>
  `,
  styles: `
    .mr-slug {
      inline-size: 100%;
    }
  `,
})
export class ProcessTextsComponent {
  readonly form = input.required<FormGroup>();
  protected readonly limits = { title: TITLE_MAX, summary: SUMMARY_MAX, description: DESCRIPTION_MAX };
  protected readonly formEvents = toSignal(toObservable(this.form).pipe(switchMap((group) => group.events)));

  protected slug() {
    return this.form().controls['slug'] as FormControl<string>;
  }

  protected slugError() {
    // Read in the template, so this OnPush view re-renders when the parent marks fields touched or invalid.
    this.formEvents();
    const control = this.slug();
    if (!(control.invalid && control.touched)) return null;
    if (control.errors?.['pattern']) return { key: 'processes.rules.matches', params: {} };
    return editorFieldError(control.errors);
  }
}
