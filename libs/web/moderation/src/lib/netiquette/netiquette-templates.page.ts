import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { FormControl, ValidatorFn } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import {
  CreateNetiquetteTemplateGQL,
  FieldErrorPipe,
  FormController,
  FormStatusComponent,
  NetiquetteTemplatesGQL,
  UpdateNetiquetteTemplateGQL,
  noBidiOverrides,
  noForbiddenCharacters,
  notBlank,
  toUiError,
} from '@mitreden/web/core';
import type { NetiquetteTemplateDetailsFragment, NetiquetteTranslationInput } from '@mitreden/web/core';
import { MODERATION_TEXT_MAX } from '../hiding/hiding-rules';

/** The languages edited here; others a template already has are kept as they are. */
const EDITED_LOCALES = ['de', 'en', 'ar'] as const;
type EditedLocale = (typeof EDITED_LOCALES)[number];
const TITLE_MAX = 200;

/**
 * The project group's list of netiquette templates (the reasons moderators pick when hiding
 * content): create, edit wording in German, English and Arabic, reorder by position, deactivate.
 */
@Component({
  selector: 'mr-netiquette-templates-page',
  imports: [
    FieldErrorPipe,
    FormStatusComponent,
    MatButton,
    MatCheckbox,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    ReactiveFormsModule,
    TranslocoDirective,
  ],
  providers: [provideTranslocoScope('moderation')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <div class="mr-netiquette">
        <h1>{{ t('moderation.netiquette.heading') }}</h1>
        <p>{{ t('moderation.netiquette.intro') }}</p>
        @if (loadFailed()) {
          <p role="alert">{{ t('moderation.netiquette.loadFailed') }}</p>
        }
        <ol class="mr-netiquette__list" [attr.aria-label]="t('moderation.netiquette.listLabel')">
          @for (template of templates(); track template.id) {
            <li class="mr-netiquette__item">
              <h2 class="mr-netiquette__title" dir="auto">
                {{ template.title }}
                @if (!template.active) {
                  <span class="mr-netiquette__inactive">({{ t('moderation.netiquette.inactive') }})</span>
                }
              </h2>
              <p class="mr-netiquette__key"><code>{{ template.key }}</code> · {{ t('moderation.netiquette.position') }} {{ template.position }}</p>
              <p class="mr-netiquette__body" dir="auto">{{ template.body }}</p>
              <button mat-stroked-button type="button" [id]="'edit-template-' + template.id" (click)="edit(template)">
                {{ t('moderation.netiquette.edit') }}<span class="mr-visually-hidden">: {{ template.title }}</span>
              </button>
            </li>
          }
        </ol>

        <section class="mr-netiquette__editor" aria-labelledby="netiquette-form-heading">
          <h2 id="netiquette-form-heading" tabindex="-1">
            {{ t(editing() ? 'moderation.netiquette.editHeading' : 'moderation.netiquette.newHeading') }}
          </h2>
          <form [formGroup]="form" (ngSubmit)="save()" novalidate>
            <mr-form-status
              [message]="controller.status() ? t(controller.status()!.key, controller.status()!.params) : null"
              [kind]="controller.status()?.kind ?? 'info'"
            />
            <div class="mr-netiquette__row">
              <mat-form-field appearance="outline">
                <mat-label>{{ t('moderation.netiquette.key') }}</mat-label>
                <input matInput formControlName="key" required autocomplete="off" />
                <mat-hint>{{ t('moderation.netiquette.keyHint') }}</mat-hint>
                @if (form.controls.key.errors | mrFieldError; as e) {
                  <mat-error>{{ t(e.key, e.params) }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field appearance="outline">
                <mat-label>{{ t('moderation.netiquette.position') }}</mat-label>
                <input matInput type="number" formControlName="position" required min="1" max="1000" />
                @if (form.controls.position.errors | mrFieldError; as e) {
                  <mat-error>{{ t(e.key, e.params) }}</mat-error>
                }
              </mat-form-field>
              <mat-checkbox formControlName="active">{{ t('moderation.netiquette.active') }}</mat-checkbox>
            </div>
            @for (locale of locales; track locale) {
              <fieldset class="mr-netiquette__language" [attr.lang]="locale" [attr.dir]="locale === 'ar' ? 'rtl' : 'ltr'">
                <legend>{{ t('moderation.netiquette.language.' + locale) }}</legend>
                <mat-form-field appearance="outline" class="mr-netiquette__wide">
                  <mat-label>{{ t('moderation.netiquette.title') }}</mat-label>
                  <input matInput [formControl]="titles[locale]" [required]="locale === 'de'" />
                  @if (titles[locale].errors | mrFieldError; as e) {
                    <mat-error>{{ t(e.key, e.params) }}</mat-error>
                  }
                </mat-form-field>
                <mat-form-field appearance="outline" class="mr-netiquette__wide">
                  <mat-label>{{ t('moderation.netiquette.body') }}</mat-label>
                  <textarea matInput rows="3" [formControl]="bodies[locale]" [required]="locale === 'de'"></textarea>
                  @if (bodies[locale].errors | mrFieldError; as e) {
                    <mat-error>{{ t(e.key, e.params) }}</mat-error>
                  }
                </mat-form-field>
              </fieldset>
            }
            <div class="mr-netiquette__actions">
              <button mat-flat-button type="submit" [disabled]="controller.submitting()">{{ t('moderation.netiquette.save') }}</button>
              @if (editing()) {
                <button mat-button type="button" (click)="reset()">{{ t('moderation.netiquette.cancelEdit') }}</button>
              }
            </div>
          </form>
        </section>
      </div>
    </ng-container>
  `,
  styles: `
    .mr-netiquette {
      max-inline-size: 60rem;
      margin-inline: auto;
      padding: 1rem;
    }
    .mr-netiquette__list {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 1rem;
    }
    .mr-netiquette__item {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 0.75rem;
      padding: 0.75rem 1rem;
    }
    .mr-netiquette__title {
      font-size: 1.1rem;
      margin: 0;
    }
    .mr-netiquette__body {
      white-space: pre-line;
    }
    .mr-netiquette__row,
    .mr-netiquette__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      align-items: center;
    }
    .mr-netiquette__language {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 0.5rem;
      margin-block: 0.75rem;
    }
    .mr-netiquette__wide {
      inline-size: 100%;
    }
  `,
})
export class NetiquetteTemplatesPage {
  private readonly templatesQuery = inject(NetiquetteTemplatesGQL);
  private readonly createMutation = inject(CreateNetiquetteTemplateGQL);
  private readonly updateMutation = inject(UpdateNetiquetteTemplateGQL);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly controller = new FormController();
  protected readonly locales = EDITED_LOCALES;
  protected readonly templates = signal<NetiquetteTemplateDetailsFragment[]>([]);
  protected readonly loadFailed = signal(false);
  protected readonly editing = signal<NetiquetteTemplateDetailsFragment | null>(null);

  protected readonly titles: Record<EditedLocale, FormControl<string>> = {
    de: this.text(true, TITLE_MAX, noForbiddenCharacters),
    en: this.text(false, TITLE_MAX, noForbiddenCharacters),
    ar: this.text(false, TITLE_MAX, noForbiddenCharacters),
  };
  protected readonly bodies: Record<EditedLocale, FormControl<string>> = {
    de: this.text(true, MODERATION_TEXT_MAX, noBidiOverrides),
    en: this.text(false, MODERATION_TEXT_MAX, noBidiOverrides),
    ar: this.text(false, MODERATION_TEXT_MAX, noBidiOverrides),
  };
  protected readonly form = this.fb.group({
    key: ['', [Validators.required, Validators.pattern(/^[a-z0-9]+(_[a-z0-9]+)*$/), Validators.maxLength(60)]],
    position: [1, [Validators.required, Validators.min(1), Validators.max(1000)]],
    active: [true],
    title: this.fb.group(this.titles),
    body: this.fb.group(this.bodies),
  });

  constructor() {
    void this.load();
  }

  protected edit(template: NetiquetteTemplateDetailsFragment): void {
    this.editing.set(template);
    const text = (list: { locale: string; text: string }[], locale: EditedLocale) => list.find((entry) => entry.locale === locale)?.text ?? '';
    this.form.reset({
      key: template.key,
      position: template.position,
      active: template.active,
      title: Object.fromEntries(EDITED_LOCALES.map((locale) => [locale, text(template.titleTranslations, locale)])),
      body: Object.fromEntries(EDITED_LOCALES.map((locale) => [locale, text(template.bodyTranslations, locale)])),
    });
    this.controller.status.set(null);
    this.controller.focusLater('#netiquette-form-heading');
  }

  protected reset(): void {
    const previous = this.editing();
    this.editing.set(null);
    this.form.reset({ key: '', position: this.nextPosition(), active: true });
    if (previous) this.controller.focusLater(`#edit-template-${previous.id}`);
  }

  protected save(): Promise<void> {
    const editing = this.editing();
    const value = this.form.getRawValue();
    const input = {
      key: value.key.trim(),
      position: Number(value.position),
      active: value.active,
      title: this.translations(value.title, editing?.titleTranslations ?? []),
      body: this.translations(value.body, editing?.bodyTranslations ?? []),
    };
    return this.controller.submit(
      this.form,
      async () =>
        editing
          ? (await firstValueFrom(this.updateMutation.mutate({ variables: { id: editing.id, input } }))).data?.updateNetiquetteTemplate
          : (await firstValueFrom(this.createMutation.mutate({ variables: { input } }))).data?.createNetiquetteTemplate,
      {
        done: async () => {
          await this.load();
          this.editing.set(null);
          this.form.reset({ key: '', position: this.nextPosition(), active: true });
          this.controller.succeed(editing ? 'moderation.netiquette.updated' : 'moderation.netiquette.created');
        },
      },
    );
  }

  /** The edited languages (blank ones left out) plus any other language the template already had. */
  private translations(edited: Record<string, string>, existing: { locale: string; text: string }[]): NetiquetteTranslationInput[] {
    const kept = existing.filter((entry) => !(EDITED_LOCALES as readonly string[]).includes(entry.locale));
    const fresh = EDITED_LOCALES.map((locale) => ({ locale, text: (edited[locale] ?? '').trim() })).filter((entry) => entry.text !== '');
    return [...fresh, ...kept.map((entry) => ({ locale: entry.locale, text: entry.text }))];
  }

  private nextPosition(): number {
    return Math.max(0, ...this.templates().map((template) => template.position)) + 1;
  }

  /** German is required in every template; the other languages may follow later. */
  private text(required: boolean, max: number, characters: ValidatorFn): FormControl<string> {
    return this.fb.control('', [...(required ? [Validators.required, notBlank] : []), Validators.maxLength(max), characters]);
  }

  private async load(): Promise<void> {
    try {
      const result = await firstValueFrom(this.templatesQuery.fetch({ variables: { includeInactive: true }, fetchPolicy: 'network-only' }));
      this.templates.set(result.data?.netiquetteTemplates ?? []);
      this.loadFailed.set(false);
      if (!this.editing()) this.form.controls.position.setValue(this.nextPosition());
    } catch (error) {
      this.loadFailed.set(true);
      this.controller.fail(toUiError(error));
    }
  }
}
