import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { FormGroup, FormControl } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import {
  CurationProposalGQL,
  CurationSplitGQL,
  FieldErrorPipe,
  FormController,
  FormStatusComponent,
  errorMessageKey,
  noBidiOverrides,
  notBlank,
  toUiError,
} from '@mitreden/web/core';
import type { CurationProposalFragment } from '@mitreden/web/core';
import { CURATED_BODY_MAX, CURATED_TITLE_MAX, CURATION_NOTE_MAX } from './curation-validators';

const PARTS_MIN = 2;
const PARTS_MAX = 10;

type PartForm = FormGroup<{ title: FormControl<string>; body: FormControl<string> }>;

/** Split one proposal into parts; each part links back and inherits the original's supporters. */
@Component({
  selector: 'mr-split-page',
  imports: [
    FieldErrorPipe,
    FormStatusComponent,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    ReactiveFormsModule,
    RouterLink,
    TranslocoDirective,
  ],
  providers: [provideTranslocoScope('curation')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h1>{{ t('curation.split.heading') }}</h1>
      @if (loadFailure(); as key) {
        <p role="alert" class="mr-notice mr-notice--error">{{ t(key) }}</p>
      }
      @if (original(); as o) {
        <p>
          {{ t('curation.split.intro') }}
          <a [routerLink]="['/proposals', o.id]">{{ t('curation.lineage.number', { number: o.number }) }} <bdi>{{ o.title }}</bdi></a>
          ({{ t('curation.lineage.supports', { count: o.supportCount }) }})
        </p>
        <form [formGroup]="form" (ngSubmit)="save()" novalidate>
          <mr-form-status
            [message]="controller.status() ? t(controller.status()!.key, controller.status()!.params) : null"
            [kind]="controller.status()?.kind ?? 'info'"
          />
          @for (part of form.controls.parts.controls; track part; let i = $index) {
            <fieldset class="mr-split__part" [formGroup]="part">
              <legend>{{ t('curation.split.part', { number: i + 1 }) }}</legend>
              <mat-form-field appearance="outline" class="mr-split__field">
                <mat-label>{{ t('curation.merge.title') }}</mat-label>
                <input matInput formControlName="title" required dir="auto" />
                @if (part.controls.title.errors | mrFieldError; as e) {
                  <mat-error>{{ t(e.key, e.params) }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field appearance="outline" class="mr-split__field">
                <mat-label>{{ t('curation.merge.body') }}</mat-label>
                <textarea matInput formControlName="body" rows="5" dir="auto"></textarea>
                @if (part.controls.body.errors | mrFieldError; as e) {
                  <mat-error>{{ t(e.key, e.params) }}</mat-error>
                }
              </mat-form-field>
              @if (form.controls.parts.length > partsMin) {
                <button mat-button type="button" (click)="removePart(i)">
                  {{ t('curation.split.removePart', { number: i + 1 }) }}
                </button>
              }
            </fieldset>
          }
          @if (form.controls.parts.length < partsMax) {
            <button mat-stroked-button type="button" (click)="addPart()">{{ t('curation.split.addPart') }}</button>
          }
          <mat-form-field appearance="outline" class="mr-split__field">
            <mat-label>{{ t('curation.merge.note') }}</mat-label>
            <textarea matInput formControlName="note" rows="2" dir="auto"></textarea>
            <mat-hint>{{ t('curation.merge.noteHint') }}</mat-hint>
            @if (form.controls.note.errors | mrFieldError; as e) {
              <mat-error>{{ t(e.key, e.params) }}</mat-error>
            }
          </mat-form-field>
          <p>{{ t('curation.split.supportersCarry') }}</p>
          <button mat-flat-button type="submit" id="split-submit">
            {{ t('curation.split.submit', { count: form.controls.parts.length }) }}
          </button>
        </form>
      } @else if (!loadFailure()) {
        <p role="status">{{ t('curation.split.loading') }}</p>
      }
    </ng-container>
  `,
  styles: `
    .mr-split__part {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 0.5rem;
      margin-block: 0 1rem;
      padding: 0.5rem 1rem;
    }
    .mr-split__field {
      display: block;
      inline-size: 100%;
      max-inline-size: 48rem;
    }
  `,
})
export class SplitPage {
  /** Route parameter. */
  readonly id = input.required<string>();

  private readonly proposalQuery = inject(CurationProposalGQL);
  private readonly splitMutation = inject(CurationSplitGQL);
  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly controller = new FormController();
  protected readonly partsMin = PARTS_MIN;
  protected readonly partsMax = PARTS_MAX;

  protected readonly original = signal<CurationProposalFragment | null>(null);
  protected readonly loadFailure = signal<string | null>(null);
  protected readonly form = this.fb.group({
    parts: this.fb.array<PartForm>([]),
    note: ['', [Validators.maxLength(CURATION_NOTE_MAX), noBidiOverrides]],
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected addPart(title = '', body = ''): void {
    if (this.form.controls.parts.length >= PARTS_MAX) return;
    this.form.controls.parts.push(
      this.fb.group({
        title: [title, [Validators.required, notBlank, Validators.maxLength(CURATED_TITLE_MAX)]],
        body: [body, [Validators.maxLength(CURATED_BODY_MAX), noBidiOverrides]],
      }),
    );
  }

  protected removePart(index: number): void {
    if (this.form.controls.parts.length > PARTS_MIN) this.form.controls.parts.removeAt(index);
  }

  protected save(): Promise<void> {
    const original = this.original();
    if (!original) return Promise.resolve();
    const { parts, note } = this.form.getRawValue();
    return this.controller.submit(
      this.form,
      () =>
        firstValueFrom(
          this.splitMutation.mutate({
            variables: {
              input: {
                proposalId: original.id,
                parts: parts.map((part) => ({ title: part.title.trim(), body: part.body.trim() })),
                ...(note.trim() ? { note: note.trim() } : {}),
              },
            },
          }),
        ),
      { done: async () => void (await this.router.navigate(['/proposals', original.id])) },
    );
  }

  private async load(id: string): Promise<void> {
    try {
      const result = await firstValueFrom(this.proposalQuery.fetch({ variables: { id }, fetchPolicy: 'network-only' }));
      const proposal = result.data?.proposal ?? null;
      if (!proposal) {
        this.loadFailure.set('errors.NOT_FOUND');
        return;
      }
      this.original.set(proposal);
      this.form.controls.parts.clear();
      // Both parts start from the original; the moderator cuts each down to its share.
      this.addPart(proposal.title, proposal.body);
      this.addPart(proposal.title, proposal.body);
    } catch (error) {
      this.loadFailure.set(errorMessageKey(toUiError(error)));
    }
  }
}
