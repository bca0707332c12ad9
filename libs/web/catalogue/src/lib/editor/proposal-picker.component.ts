import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { TranslocoDirective, TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { EditorProposalPicksGQL, errorMessageKey, toUiError } from '@mitreden/web/core';
import type { EditorProposalPicksQuery } from '@mitreden/web/core';

export type ProposalPick = EditorProposalPicksQuery['catalogueProposalPicks'][number];

/** What the picker knows about a chosen proposal, also when the current search does not list it. */
export interface PickedProposal {
  id: string;
  number: number;
  title: string;
}

const SEARCH_DELAY_MS = 300;

/**
 * Chooses source proposals for a goal or measure: a search over the field's proposals (most
 * supported first) with a checkbox each, and the chosen ones listed above with a remove button.
 */
@Component({
  selector: 'mr-catalogue-proposal-picker',
  imports: [MatButton, MatCheckbox, MatFormField, MatHint, MatInput, MatLabel, TranslocoDirective, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'catalogue.editor'">
      <fieldset class="mr-ce-fieldset">
        <legend>{{ kind() === 'goal' ? t('goalSources') : t('measureSources') }}</legend>
        <p class="mr-ce-muted" [id]="idPrefix() + '-hint'">{{ t('sourcesHint') }}</p>
        @if (picked().length) {
          <ul class="mr-ce-plain" [attr.aria-label]="t('chosenSources')">
            @for (proposal of picked(); track proposal.id) {
              <li class="mr-ce-chosen">
                <span>#{{ proposal.number }} <bdi>{{ proposal.title }}</bdi></span>
                <button mat-button type="button" (click)="toggle(proposal, false)">
                  {{ t('removeSource') }}<span class="mr-visually-hidden">: #{{ proposal.number }}</span>
                </button>
              </li>
            }
          </ul>
        } @else {
          <p>{{ t('noSources') }}</p>
        }
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="mr-ce-wide">
          <mat-label>{{ t('searchProposals') }}</mat-label>
          <input
            matInput
            type="search"
            [id]="idPrefix() + '-search'"
            autocomplete="off"
            maxlength="200"
            [attr.aria-describedby]="idPrefix() + '-hint ' + idPrefix() + '-count'"
            (input)="search($event)"
          />
          <mat-hint>{{ t('searchHint') }}</mat-hint>
        </mat-form-field>
        <p [id]="idPrefix() + '-count'" role="status" aria-live="polite" class="mr-ce-muted">
          @switch (state()) {
            @case ('loading') {
              {{ t('searching') }}
            }
            @case ('failed') {
              {{ t('searchFailed') }}
              @if (errorKey(); as key) {
                {{ key | transloco }}
              }
            }
            @default {
              {{ t('resultCount', { count: results().length }) }}
            }
          }
        </p>
        @if (results().length) {
          <ul class="mr-ce-plain mr-ce-picks">
            @for (pick of results(); track pick.id) {
              <li>
                <mat-checkbox [checked]="isPicked(pick.id)" (change)="toggle(pick, $event.checked)" [aria-describedby]="idPrefix() + '-pick-' + pick.id">
                  #{{ pick.number }} <bdi>{{ pick.title }}</bdi>
                </mat-checkbox>
                <p class="mr-ce-muted mr-ce-pick-meta" [id]="idPrefix() + '-pick-' + pick.id">
                  {{ t('supports', { count: pick.supportCount }) }} · {{ t('proposalState.' + pick.state) }}
                  @if (pick.usedIn.length) {
                    · {{ t('usedIn', { codes: pick.usedIn.join(', ') }) }}
                  }
                </p>
              </li>
            }
          </ul>
        }
      </fieldset>
    </ng-container>
  `,
  styleUrl: './editor.scss',
})
export class ProposalPickerComponent {
  readonly versionId = input.required<string>();
  readonly actionFieldId = input.required<string>();
  readonly kind = input.required<'goal' | 'measure'>();
  readonly idPrefix = input.required<string>();
  /** The sources chosen when the form opened (an existing goal's or measure's direct sources). */
  readonly initial = input<readonly PickedProposal[]>([]);
  readonly changed = output<string[]>();

  private readonly picksQuery = inject(EditorProposalPicksGQL);

  protected readonly picked = signal<PickedProposal[]>([]);
  protected readonly results = signal<ProposalPick[]>([]);
  protected readonly state = signal<'loading' | 'loaded' | 'failed'>('loading');
  protected readonly errorKey = signal<string | null>(null);
  private readonly term = signal('');
  private readonly pickedIds = computed(() => new Set(this.picked().map((proposal) => proposal.id)));
  private timer: ReturnType<typeof setTimeout> | null = null;
  private requestSeq = 0;

  constructor() {
    effect(() => {
      const initial = this.initial();
      untracked(() => this.picked.set([...initial]));
    });
    effect(() => {
      const query = { versionId: this.versionId(), actionFieldId: this.actionFieldId(), kind: this.kind(), search: this.term() };
      untracked(() => void this.load(query));
    });
  }

  protected isPicked(id: string): boolean {
    return this.pickedIds().has(id);
  }

  protected search(event: Event): void {
    const value = (event.target as HTMLInputElement).value.trim();
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.term.set(value), SEARCH_DELAY_MS);
  }

  protected toggle(proposal: PickedProposal, checked: boolean): void {
    const without = this.picked().filter((entry) => entry.id !== proposal.id);
    const next = checked ? [...without, { id: proposal.id, number: proposal.number, title: proposal.title }] : without;
    this.picked.set(next);
    this.changed.emit(next.map((entry) => entry.id));
  }

  private async load(query: { versionId: string; actionFieldId: string; kind: string; search: string }): Promise<void> {
    // Only the latest search may fill the list: answers can arrive out of order.
    const seq = ++this.requestSeq;
    this.state.set('loading');
    try {
      const result = await firstValueFrom(
        this.picksQuery.fetch({
          variables: { input: { ...query, search: query.search || null, first: 50 } },
          fetchPolicy: 'network-only',
        }),
      );
      if (seq !== this.requestSeq) return;
      this.results.set(result.data?.catalogueProposalPicks ?? []);
      this.state.set('loaded');
    } catch (error) {
      if (seq !== this.requestSeq) return;
      this.results.set([]);
      this.errorKey.set(errorMessageKey(toUiError(error)));
      this.state.set('failed');
    }
  }
}
