import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { MatButton } from '@angular/material/button';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { LanguageService, WordingHistoryGQL, errorMessageKey, toUiError } from '@mitreden/web/core';
import type { WordingRevisionFragment } from '@mitreden/web/core';
import { wordDiff } from './word-diff';
import type { DiffSegment } from './word-diff';
import { formatWhen } from './format-when';

interface History {
  original: WordingRevisionFragment;
  current: WordingRevisionFragment;
  titleDiff: DiffSegment[];
  bodyDiff: DiffSegment[];
  /** Newest first. */
  revisions: WordingRevisionFragment[];
}

/**
 * The wording's history: the Originalfassung (revision 1) one click away, a word-level diff to the
 * current wording, and every revision with who, when and (for editorial ones) why.
 */
@Component({
  selector: 'mr-wording-history',
  imports: [MatButton, NgTemplateOutlet, TranslocoDirective],
  providers: [provideTranslocoScope('curation')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <section class="mr-wording" aria-labelledby="wording-heading">
        <h2 id="wording-heading" class="mr-wording__heading">{{ t('curation.wording.heading') }}</h2>
        @if (revisionCount() <= 1) {
          <p class="mr-wording__meta">{{ t('curation.wording.onlyOriginal') }}</p>
        } @else {
          <p class="mr-wording__meta">{{ t('curation.wording.revised', { count: revisionCount() - 1 }) }}</p>
          <button
            mat-stroked-button
            type="button"
            id="wording-toggle"
            aria-controls="wording-panel"
            [attr.aria-expanded]="open()"
            (click)="toggle()"
          >
            {{ open() ? t('curation.wording.hide') : t('curation.wording.show') }}
          </button>
          <div id="wording-panel" [hidden]="!open()">
            @if (open()) {
              @if (failure(); as key) {
                <p role="alert" class="mr-notice mr-notice--error">{{ t(key) }}</p>
              } @else if (history(); as h) {
                <section class="mr-wording__part" aria-labelledby="wording-original-heading" data-testid="wording-original">
                  <h3 id="wording-original-heading">{{ t('curation.wording.original') }}</h3>
                  <p class="mr-wording__meta"><ng-container *ngTemplateOutlet="byline; context: { $implicit: h.original }" /></p>
                  <p class="mr-wording__title" dir="auto">{{ h.original.title }}</p>
                  <p class="mr-wording__text" dir="auto">{{ h.original.body }}</p>
                </section>

                <section class="mr-wording__part" aria-labelledby="wording-diff-heading" data-testid="wording-diff">
                  <h3 id="wording-diff-heading">{{ t('curation.wording.diffHeading', { number: h.current.revision }) }}</h3>
                  <p class="mr-wording__meta">
                    {{ t('curation.wording.legend') }}
                    <ins class="mr-diff__ins">{{ t('curation.wording.legendInserted') }}</ins>
                    <del class="mr-diff__del">{{ t('curation.wording.legendDeleted') }}</del>
                  </p>
                  <h4 class="mr-wording__label">{{ t('curation.wording.title') }}</h4>
                  <p class="mr-wording__title mr-wording__diff" dir="auto" data-testid="wording-title-diff">
                    <ng-container *ngTemplateOutlet="diff; context: { $implicit: h.titleDiff }" />
                  </p>
                  <h4 class="mr-wording__label">{{ t('curation.wording.body') }}</h4>
                  <p class="mr-wording__text mr-wording__diff" dir="auto" data-testid="wording-body-diff">
                    <ng-container *ngTemplateOutlet="diff; context: { $implicit: h.bodyDiff }" />
                  </p>
                </section>

                <section class="mr-wording__part" aria-labelledby="wording-versions-heading">
                  <h3 id="wording-versions-heading">{{ t('curation.wording.versions') }}</h3>
                  <ol class="mr-wording__versions" reversed data-testid="wording-versions">
                    @for (revision of h.revisions; track revision.revision) {
                      <li class="mr-wording__version">
                        <h4 class="mr-wording__version-heading">
                          {{ t(revision.revision === 1 ? 'curation.wording.originalShort' : 'curation.wording.version', { number: revision.revision }) }}
                          @if (revision.editorial) {
                            <span class="mr-wording__badge">{{ t('curation.wording.editorial') }}</span>
                          }
                        </h4>
                        <p class="mr-wording__meta"><ng-container *ngTemplateOutlet="byline; context: { $implicit: revision }" /></p>
                        @if (revision.note) {
                          <p class="mr-wording__note">
                            {{ t('curation.wording.note') }} <span dir="auto">{{ revision.note }}</span>
                          </p>
                        }
                        <details class="mr-wording__full">
                          <summary>{{ t('curation.wording.showText', { number: revision.revision }) }}</summary>
                          <p class="mr-wording__title" dir="auto">{{ revision.title }}</p>
                          <p class="mr-wording__text" dir="auto">{{ revision.body }}</p>
                        </details>
                      </li>
                    }
                  </ol>
                </section>
              } @else {
                <p role="status">{{ t('curation.wording.loading') }}</p>
              }
            }
          </div>
        }

        <ng-template #byline let-revision>
          {{ when(revision.createdAt) }} ·
          @if (revision.editedBy) {
            {{ t('curation.wording.by') }} <bdi>{{ revision.editedBy.displayName }}</bdi>
          } @else {
            {{ t('curation.wording.byNobody') }}
          }
        </ng-template>

        <!-- Insertions and deletions carry their meaning in text too, not only in colour. -->
        <ng-template #diff let-segments>
          @for (segment of segments; track $index) {
            @switch (segment.kind) {
              @case ('ins') {
                <ins class="mr-diff__ins"
                  ><span class="mr-visually-hidden">[{{ t('curation.wording.insertedStart') }}] </span>{{ segment.text
                  }}<span class="mr-visually-hidden"> [{{ t('curation.wording.insertedEnd') }}]</span></ins
                >
              }
              @case ('del') {
                <del class="mr-diff__del"
                  ><span class="mr-visually-hidden">[{{ t('curation.wording.deletedStart') }}] </span>{{ segment.text
                  }}<span class="mr-visually-hidden"> [{{ t('curation.wording.deletedEnd') }}]</span></del
                >
              }
              @default {
                <span>{{ segment.text }}</span>
              }
            }
          }
        </ng-template>
      </section>
    </ng-container>
  `,
  styles: `
    .mr-wording {
      margin-block: 1.5rem;
    }
    .mr-wording__heading {
      margin-block-end: 0.25rem;
    }
    .mr-wording__part {
      margin-block: 1rem;
      padding: 0.75rem 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 0.5rem;
    }
    .mr-wording__part h3 {
      font: var(--mat-sys-title-medium);
      margin-block: 0 0.5rem;
    }
    .mr-wording__label,
    .mr-wording__version-heading {
      font: var(--mat-sys-title-small);
      margin-block: 0.75rem 0.25rem;
    }
    .mr-wording__meta {
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .mr-wording__title {
      font-weight: 600;
      margin-block: 0.25rem;
    }
    .mr-wording__text {
      white-space: pre-wrap;
      margin-block: 0.25rem;
    }
    .mr-wording__versions {
      padding-inline-start: 1.5rem;
    }
    .mr-wording__version {
      margin-block-end: 0.75rem;
    }
    .mr-wording__badge {
      margin-inline-start: 0.5rem;
      padding: 0 0.5rem;
      border-radius: 1rem;
      font: var(--mat-sys-label-medium);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .mr-wording__note {
      margin-block: 0.25rem;
    }
    .mr-diff__ins {
      background: var(--mr-success-container);
      color: var(--mr-on-success-container);
      text-decoration: underline;
      text-decoration-thickness: 2px;
    }
    .mr-diff__del {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      text-decoration: line-through;
    }
  `,
})
export class WordingHistoryComponent {
  readonly proposalId = input.required<string>();
  /** From the proposal view; a change (a new revision) reloads an open history. */
  readonly revisionCount = input.required<number>();

  private readonly historyQuery = inject(WordingHistoryGQL);
  private readonly lang = inject(LanguageService).current;
  protected readonly open = signal(false);
  protected readonly failure = signal<string | null>(null);
  private readonly revisions = signal<readonly WordingRevisionFragment[] | null>(null);

  protected readonly history = computed<History | null>(() => {
    const revisions = this.revisions();
    const original = revisions?.[0];
    const current = revisions?.at(-1);
    if (!revisions || !original || !current) return null;
    return {
      original,
      current,
      titleDiff: wordDiff(original.title, current.title),
      bodyDiff: wordDiff(original.body, current.body),
      revisions: [...revisions].reverse(),
    };
  });

  constructor() {
    effect(() => {
      const key = { id: this.proposalId(), count: this.revisionCount() };
      untracked(() => {
        this.revisions.set(null);
        if (this.open()) void this.load(key.id);
      });
    });
  }

  protected toggle(): void {
    const opening = !this.open();
    this.open.set(opening);
    if (opening && this.revisions() === null) void this.load(this.proposalId());
  }

  protected when(value: string): string {
    return formatWhen(value, this.lang());
  }

  private async load(id: string): Promise<void> {
    this.failure.set(null);
    try {
      const result = await firstValueFrom(this.historyQuery.fetch({ variables: { id }, fetchPolicy: 'network-only' }));
      if (id !== this.proposalId()) return;
      this.revisions.set(result.data?.proposal?.revisions ?? []);
    } catch (error) {
      this.failure.set(errorMessageKey(toUiError(error)));
    }
  }
}
