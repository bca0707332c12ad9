import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { Router, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import {
  CurationCandidatesGQL,
  CurationMergeGQL,
  CurationMergePreviewGQL,
  CurationProposalGQL,
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

const MAX_SOURCES = 20;
const SEARCH_RESULTS = 10;
/** The radio value for "write a new proposal" (ids are UUIDs, so this never collides). */
const NEW_RESULT = 'new';

/**
 * Merge duplicates: pick proposals of one process, choose a new result or one of them as the
 * target, edit the wording and see how many distinct people will support the result.
 */
@Component({
  selector: 'mr-merge-page',
  imports: [
    FieldErrorPipe,
    FormStatusComponent,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatRadioButton,
    MatRadioGroup,
    ReactiveFormsModule,
    RouterLink,
    TranslocoDirective,
  ],
  providers: [provideTranslocoScope('curation')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h1 id="merge-heading">{{ t('curation.merge.heading') }}</h1>
      <p>{{ t('curation.merge.intro') }}</p>
      @if (loadFailure(); as key) {
        <p role="alert" class="mr-notice mr-notice--error">{{ t(key) }}</p>
      }

      <section aria-labelledby="merge-selected-heading">
        <h2 id="merge-selected-heading">{{ t('curation.merge.selected', { count: selected().length }) }}</h2>
        @if (selected().length) {
          <ul class="mr-merge__list" data-testid="merge-selected">
            @for (p of selected(); track p.id) {
              <li class="mr-merge__item">
                <a [routerLink]="['/proposals', p.id]">{{ t('curation.lineage.number', { number: p.number }) }} <bdi>{{ p.title }}</bdi></a>
                <span class="mr-merge__meta">{{ t('curation.lineage.supports', { count: p.supportCount }) }}</span>
                <button mat-button type="button" (click)="remove(p.id)">
                  {{ t('curation.merge.remove') }}<span class="mr-visually-hidden">: {{ p.title }}</span>
                </button>
              </li>
            }
          </ul>
        } @else {
          <p>{{ t('curation.merge.noneSelected') }}</p>
        }
        <p role="status" aria-live="polite" class="mr-merge__preview" data-testid="merge-preview">
          @if (preview(); as pr) {
            {{ t('curation.merge.preview', { distinct: pr.distinct, sum: pr.sum }) }}
          }
        </p>
      </section>

      <section aria-labelledby="merge-search-heading">
        <h2 id="merge-search-heading">{{ t('curation.merge.searchHeading') }}</h2>
        <form class="mr-merge__search" role="search" (ngSubmit)="search()" [formGroup]="searchForm">
          <mat-form-field appearance="outline">
            <mat-label>{{ t('curation.merge.search') }}</mat-label>
            <input matInput formControlName="text" type="search" />
            <mat-hint>{{ t('curation.merge.searchHint') }}</mat-hint>
          </mat-form-field>
          <button mat-stroked-button type="submit" [disabled]="!processId()">{{ t('curation.merge.searchSubmit') }}</button>
        </form>
        <div role="status" aria-live="polite">
          @if (candidates(); as list) {
            @if (list.length) {
              <ul class="mr-merge__list" data-testid="merge-candidates">
                @for (p of list; track p.id) {
                  <li class="mr-merge__item">
                    <span>{{ t('curation.lineage.number', { number: p.number }) }} <bdi>{{ p.title }}</bdi></span>
                    <span class="mr-merge__meta">{{ p.actionField.title }} · {{ t('curation.lineage.supports', { count: p.supportCount }) }}</span>
                    <button mat-stroked-button type="button" (click)="add(p)" [disabled]="isSelected(p.id)">
                      {{ t('curation.merge.add') }}<span class="mr-visually-hidden">: {{ p.title }}</span>
                    </button>
                  </li>
                }
              </ul>
            } @else {
              <p>{{ t('curation.merge.noResults') }}</p>
            }
          }
        </div>
      </section>

      <form [formGroup]="form" (ngSubmit)="save()" novalidate aria-labelledby="merge-result-heading">
        <h2 id="merge-result-heading">{{ t('curation.merge.resultHeading') }}</h2>
        <mr-form-status
          [message]="controller.status() ? t(controller.status()!.key, controller.status()!.params) : null"
          [kind]="controller.status()?.kind ?? 'info'"
        />
        <p id="merge-target-label">{{ t('curation.merge.target') }}</p>
        <mat-radio-group formControlName="target" class="mr-merge__targets" aria-labelledby="merge-target-label">
          <mat-radio-button value="new">{{ t('curation.merge.newProposal') }}</mat-radio-button>
          @for (p of selected(); track p.id) {
            <mat-radio-button [value]="p.id">{{ t('curation.merge.keep', { number: p.number }) }} <bdi>{{ p.title }}</bdi></mat-radio-button>
          }
        </mat-radio-group>
        <mat-form-field appearance="outline" class="mr-merge__field">
          <mat-label>{{ t('curation.merge.title') }}</mat-label>
          <input matInput formControlName="title" required dir="auto" />
          @if (form.controls.title.errors | mrFieldError; as e) {
            <mat-error>{{ t(e.key, e.params) }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" class="mr-merge__field">
          <mat-label>{{ t('curation.merge.body') }}</mat-label>
          <textarea matInput formControlName="body" rows="8" dir="auto"></textarea>
          @if (form.controls.body.errors | mrFieldError; as e) {
            <mat-error>{{ t(e.key, e.params) }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" class="mr-merge__field">
          <mat-label>{{ t('curation.merge.note') }}</mat-label>
          <textarea matInput formControlName="note" rows="2" dir="auto"></textarea>
          <mat-hint>{{ t('curation.merge.noteHint') }}</mat-hint>
          @if (form.controls.note.errors | mrFieldError; as e) {
            <mat-error>{{ t(e.key, e.params) }}</mat-error>
          }
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="selected().length < 2" id="merge-submit">
          {{ t('curation.merge.submit', { count: selected().length }) }}
        </button>
        @if (selected().length < 2) {
          <p class="mr-merge__meta">{{ t('curation.merge.needTwo') }}</p>
        }
      </form>
    </ng-container>
  `,
  styles: `
    .mr-merge__list {
      padding-inline-start: 1.25rem;
    }
    .mr-merge__item {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin-block: 0.25rem;
    }
    .mr-merge__meta {
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .mr-merge__preview {
      font-weight: 600;
    }
    .mr-merge__search {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: baseline;
    }
    .mr-merge__targets {
      display: flex;
      flex-direction: column;
      margin-block-end: 1rem;
    }
    .mr-merge__field {
      display: block;
      inline-size: 100%;
      max-inline-size: 48rem;
    }
  `,
})
export class MergePage {
  /** Query parameter: comma-separated ids to start with (the proposal the moderator came from). */
  readonly ids = input<string | undefined>(undefined);

  private readonly proposalQuery = inject(CurationProposalGQL);
  private readonly candidatesQuery = inject(CurationCandidatesGQL);
  private readonly previewQuery = inject(CurationMergePreviewGQL);
  private readonly mergeMutation = inject(CurationMergeGQL);
  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly controller = new FormController();

  protected readonly selected = signal<readonly CurationProposalFragment[]>([]);
  protected readonly candidates = signal<readonly CurationProposalFragment[] | null>(null);
  protected readonly preview = signal<{ distinct: number; sum: number } | null>(null);
  protected readonly loadFailure = signal<string | null>(null);
  protected readonly processId = computed(() => this.selected()[0]?.processId ?? null);

  protected readonly searchForm = this.fb.group({ text: [''] });
  protected readonly form = this.fb.group({
    target: [NEW_RESULT],
    title: ['', [Validators.required, notBlank, Validators.maxLength(CURATED_TITLE_MAX)]],
    body: ['', [Validators.maxLength(CURATED_BODY_MAX), noBidiOverrides]],
    note: ['', [Validators.maxLength(CURATION_NOTE_MAX), noBidiOverrides]],
  });

  constructor() {
    effect(() => {
      const ids = (this.ids() ?? '').split(',').filter((id) => id.length > 0).slice(0, MAX_SOURCES);
      untracked(() => void this.loadInitial(ids));
    });
    effect(() => {
      const ids = this.selected().map((proposal) => proposal.id);
      untracked(() => void this.refreshPreview(ids));
    });
    // Choosing a target offers its wording to start from.
    this.form.controls.target.valueChanges.subscribe((target) => {
      const chosen = this.selected().find((proposal) => proposal.id === target);
      if (chosen) this.form.patchValue({ title: chosen.title, body: chosen.body });
    });
  }

  protected isSelected(id: string): boolean {
    return this.selected().some((proposal) => proposal.id === id);
  }

  protected add(proposal: CurationProposalFragment): void {
    if (this.isSelected(proposal.id) || this.selected().length >= MAX_SOURCES) return;
    this.selected.update((list) => [...list, proposal]);
    this.prefill();
  }

  protected remove(id: string): void {
    this.selected.update((list) => list.filter((proposal) => proposal.id !== id));
    if (this.form.controls.target.value === id) this.form.controls.target.setValue(NEW_RESULT);
  }

  protected async search(): Promise<void> {
    const processId = this.processId();
    if (!processId) return;
    const text = this.searchForm.controls.text.value.trim();
    try {
      const result = await firstValueFrom(
        this.candidatesQuery.fetch({
          variables: { filter: { processId, ...(text ? { search: text } : {}) }, first: SEARCH_RESULTS },
          fetchPolicy: 'network-only',
        }),
      );
      this.candidates.set(result.data?.proposals.nodes ?? []);
    } catch (error) {
      this.candidates.set(null);
      this.loadFailure.set(errorMessageKey(toUiError(error)));
    }
  }

  protected save(): Promise<void> {
    const { target, title, body, note } = this.form.getRawValue();
    const sourceIds = this.selected().map((proposal) => proposal.id);
    return this.controller.submit(
      this.form,
      () =>
        firstValueFrom(
          this.mergeMutation.mutate({
            variables: {
              input: {
                sourceIds,
                ...(target !== NEW_RESULT ? { targetId: target } : {}),
                title: title.trim(),
                body: body.trim(),
                ...(note.trim() ? { note: note.trim() } : {}),
              },
            },
          }),
        ),
      {
        done: async (result) => {
          const merged = result.data?.mergeProposals;
          if (merged) await this.router.navigate(['/proposals', merged.id]);
        },
      },
    );
  }

  private async loadInitial(ids: string[]): Promise<void> {
    try {
      const loaded = await Promise.all(
        ids.map((id) => firstValueFrom(this.proposalQuery.fetch({ variables: { id }, fetchPolicy: 'network-only' }))),
      );
      const proposals = loaded.flatMap((result) => (result.data?.proposal ? [result.data.proposal] : []));
      this.selected.set(proposals.filter((proposal) => proposal.state === 'PUBLISHED'));
      this.prefill();
      // Something to pick from right away: the process's newest proposals.
      if (proposals.length) await this.search();
    } catch (error) {
      this.loadFailure.set(errorMessageKey(toUiError(error)));
    }
  }

  /** The first source's wording is the starting point until the moderator types. */
  private prefill(): void {
    const first = this.selected()[0];
    if (first && this.form.controls.title.pristine && this.form.controls.body.pristine)
      this.form.patchValue({ title: first.title, body: first.body });
  }

  private async refreshPreview(sourceIds: string[]): Promise<void> {
    if (sourceIds.length === 0) {
      this.preview.set(null);
      return;
    }
    const sum = this.selected().reduce((total, proposal) => total + proposal.supportCount, 0);
    try {
      const result = await firstValueFrom(
        this.previewQuery.fetch({ variables: { sourceIds }, fetchPolicy: 'network-only' }),
      );
      this.preview.set({ distinct: result.data?.mergePreview ?? 0, sum });
    } catch {
      this.preview.set(null);
    }
  }
}
