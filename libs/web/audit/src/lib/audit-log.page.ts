import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { isLocale } from '@mitreden/shared/contracts';
import {
  AuditActionNamesGQL,
  AuditLogPageGQL,
  LanguageService,
  errorMessageKey,
  htmlLang,
  toUiError,
} from '@mitreden/web/core';
import type { AuditEntryItemFragment, AuditLogFilter } from '@mitreden/web/core';
import { EMPTY_AUDIT_FORM, csvHref, prettyJson, toAuditFilter } from './audit-filter';

const PAGE_SIZE = 50;
const SEARCH_MAX = 200;
/** Target types the moderation and curation libraries record. */
export const AUDIT_TARGET_TYPES = [
  'proposal',
  'comment',
  'user',
  'process',
  'netiquette_template',
  'assessment',
  'official_answer',
] as const;

/** The audit log for the project group: filter, read before/after, load more, download as CSV. */
@Component({
  selector: 'mr-audit-log-page',
  imports: [
    MatAnchor,
    MatButton,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    ReactiveFormsModule,
    RouterLink,
    TranslocoDirective,
  ],
  providers: [provideTranslocoScope('audit')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h1>{{ t('audit.heading') }}</h1>
      <p class="mr-page-intro">{{ t('audit.intro') }}</p>

      <form class="mr-audit__filters" [formGroup]="form" (ngSubmit)="apply()" role="search" aria-labelledby="audit-filter-heading">
        <h2 id="audit-filter-heading" class="mr-visually-hidden">{{ t('audit.filter.heading') }}</h2>
        <mat-form-field appearance="outline">
          <mat-label>{{ t('audit.filter.action') }}</mat-label>
          <mat-select formControlName="action" id="audit-action">
            <mat-option value="">{{ t('audit.filter.all') }}</mat-option>
            @for (action of actions(); track action) {
              <mat-option [value]="action">{{ actionLabel(action, t) }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ t('audit.filter.targetType') }}</mat-label>
          <mat-select formControlName="targetType" id="audit-target-type">
            <mat-option value="">{{ t('audit.filter.all') }}</mat-option>
            @for (type of targetTypes; track type) {
              <mat-option [value]="type">{{ t('audit.targetType.' + type) }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ t('audit.filter.from') }}</mat-label>
          <input matInput type="date" formControlName="fromDay" id="audit-from" />
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ t('audit.filter.to') }}</mat-label>
          <input matInput type="date" formControlName="toDay" id="audit-to" />
        </mat-form-field>
        <mat-form-field appearance="outline" class="mr-audit__search">
          <mat-label>{{ t('audit.filter.search') }}</mat-label>
          <input matInput type="search" formControlName="search" id="audit-search" [maxlength]="searchMax" />
          <mat-hint>{{ t('audit.filter.searchHint') }}</mat-hint>
        </mat-form-field>
        <div class="mr-audit__buttons">
          <button mat-flat-button type="submit" id="audit-apply">{{ t('audit.filter.apply') }}</button>
          <button mat-button type="button" (click)="reset()">{{ t('audit.filter.reset') }}</button>
          <a mat-stroked-button [href]="csvUrl()" download id="audit-csv">{{ t('audit.csv') }}</a>
        </div>
      </form>

      <p role="status" aria-live="polite" class="mr-audit__count">
        @if (failure(); as key) {
          <span class="mr-notice mr-notice--error">{{ t(key) }}</span>
        } @else if (loading() && !entries().length) {
          {{ t('audit.loading') }}
        } @else if (totalCount() !== null) {
          {{ t('audit.count', { shown: entries().length, total: totalCount() }) }}
        }
      </p>

      @if (entries().length) {
        <div class="mr-audit__scroll" tabindex="0" role="region" aria-labelledby="audit-table-caption">
          <table class="mr-audit__table">
            <caption id="audit-table-caption" class="mr-visually-hidden">{{ t('audit.table.caption') }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ t('audit.table.when') }}</th>
                <th scope="col">{{ t('audit.table.who') }}</th>
                <th scope="col">{{ t('audit.table.what') }}</th>
                <th scope="col">{{ t('audit.table.target') }}</th>
                <th scope="col">{{ t('audit.table.reason') }}</th>
                <th scope="col">{{ t('audit.table.details') }}</th>
              </tr>
            </thead>
            <tbody>
              @for (entry of entries(); track entry.id) {
                <tr data-testid="audit-row">
                  <td class="mr-audit__nowrap">{{ when(entry.occurredAt) }}</td>
                  <td>
                    <bdi>{{ entry.actorName }}</bdi>
                    @if (entry.actorRole) {
                      <span class="mr-audit__meta">{{ t('audit.role.' + entry.actorRole) }}</span>
                    }
                  </td>
                  <td>{{ actionLabel(entry.action, t) }}</td>
                  <td>
                    <span class="mr-audit__meta">{{ t('audit.targetType.' + entry.targetType) }}</span>
                    @if (entry.targetType === 'proposal' && entry.targetId) {
                      <a [routerLink]="['/proposals', entry.targetId]"><bdi>{{ entry.targetLabel || entry.targetId }}</bdi></a>
                    } @else {
                      <bdi>{{ entry.targetLabel }}</bdi>
                    }
                  </td>
                  <td class="mr-audit__reason" dir="auto">{{ entry.reason }}</td>
                  <td>
                    @if (entry.before || entry.after) {
                      <button
                        mat-button
                        type="button"
                        [attr.aria-expanded]="isExpanded(entry.id)"
                        [attr.aria-controls]="'audit-details-' + entry.id"
                        (click)="toggle(entry.id)"
                      >
                        {{ t(isExpanded(entry.id) ? 'audit.table.hideChanges' : 'audit.table.showChanges') }}
                        <span class="mr-visually-hidden">: {{ actionLabel(entry.action, t) }}, {{ when(entry.occurredAt) }}</span>
                      </button>
                    }
                  </td>
                </tr>
                @if (isExpanded(entry.id)) {
                  <tr class="mr-audit__details-row" [id]="'audit-details-' + entry.id">
                    <td colspan="6">
                      <div class="mr-audit__details">
                        <div>
                          <h3 class="mr-audit__details-heading">{{ t('audit.table.before') }}</h3>
                          <pre class="mr-audit__json" dir="ltr">{{ pretty(entry.before) || '—' }}</pre>
                        </div>
                        <div>
                          <h3 class="mr-audit__details-heading">{{ t('audit.table.after') }}</h3>
                          <pre class="mr-audit__json" dir="ltr">{{ pretty(entry.after) || '—' }}</pre>
                        </div>
                      </div>
                    </td>
                  </tr>
                }
              }
            </tbody>
          </table>
        </div>
      } @else if (!loading() && !failure() && totalCount() === 0) {
        <p>{{ t('audit.empty') }}</p>
      }

      @if (endCursor()) {
        <button mat-stroked-button type="button" id="audit-more" (click)="loadMore()" [disabled]="loading()">
          {{ t('audit.more') }}
        </button>
      }
    </ng-container>
  `,
  styles: `
    .mr-audit__filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      align-items: flex-start;
    }
    .mr-audit__search {
      flex: 1 1 18rem;
    }
    .mr-audit__buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      inline-size: 100%;
    }
    .mr-audit__count {
      margin-block: 1rem;
    }
    .mr-audit__scroll {
      overflow-x: auto;
    }
    .mr-audit__table {
      border-collapse: collapse;
      inline-size: 100%;
    }
    .mr-audit__table th,
    .mr-audit__table td {
      padding: 0.5rem;
      text-align: start;
      vertical-align: top;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .mr-audit__nowrap {
      white-space: nowrap;
    }
    .mr-audit__meta {
      display: block;
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .mr-audit__reason {
      white-space: pre-wrap;
      max-inline-size: 24rem;
    }
    .mr-audit__details {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
      gap: 1rem;
    }
    .mr-audit__details-heading {
      font: var(--mat-sys-title-small);
      margin-block: 0 0.25rem;
    }
    .mr-audit__json {
      margin: 0;
      padding: 0.5rem;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      background: var(--mat-sys-surface-container);
      border-radius: 0.25rem;
      max-block-size: 20rem;
      overflow: auto;
    }
  `,
})
export class AuditLogPage {
  private readonly logQuery = inject(AuditLogPageGQL);
  private readonly actionsQuery = inject(AuditActionNamesGQL);
  private readonly lang = inject(LanguageService).current;
  protected readonly targetTypes = AUDIT_TARGET_TYPES;
  protected readonly searchMax = SEARCH_MAX;

  protected readonly form = inject(NonNullableFormBuilder).group({
    action: [EMPTY_AUDIT_FORM.action],
    targetType: [EMPTY_AUDIT_FORM.targetType],
    fromDay: [EMPTY_AUDIT_FORM.fromDay],
    toDay: [EMPTY_AUDIT_FORM.toDay],
    search: [EMPTY_AUDIT_FORM.search, [Validators.maxLength(SEARCH_MAX)]],
  });

  private readonly filter = signal<AuditLogFilter>({});
  protected readonly actions = signal<readonly string[]>([]);
  protected readonly entries = signal<readonly AuditEntryItemFragment[]>([]);
  protected readonly totalCount = signal<number | null>(null);
  protected readonly endCursor = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly failure = signal<string | null>(null);
  private readonly expanded = signal<ReadonlySet<string>>(new Set());
  protected readonly csvUrl = computed(() => csvHref(this.filter()));

  constructor() {
    void this.loadActions();
    void this.load(false);
  }

  protected apply(): void {
    if (this.form.invalid) return;
    this.filter.set(toAuditFilter(this.form.getRawValue()));
    void this.load(false);
  }

  protected reset(): void {
    this.form.reset();
    this.apply();
  }

  protected loadMore(): void {
    void this.load(true);
  }

  protected isExpanded(id: string): boolean {
    return this.expanded().has(id);
  }

  protected toggle(id: string): void {
    this.expanded.update((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  /** The translated name of an action, or the action itself for one this page does not know. */
  protected actionLabel(action: string, t: (key: string) => string): string {
    const key = `audit.action.${action.replace('.', '_')}`;
    const label = t(key);
    return label === key ? action : label;
  }

  protected when(value: string): string {
    const locale = this.lang();
    return new Intl.DateTimeFormat(isLocale(locale) ? htmlLang(locale) : 'de', {
      dateStyle: 'medium',
      timeStyle: 'medium',
    }).format(new Date(value));
  }

  protected pretty(value: string | null | undefined): string {
    return prettyJson(value);
  }

  private async load(more: boolean): Promise<void> {
    const filter = this.filter();
    this.loading.set(true);
    this.failure.set(null);
    try {
      const result = await firstValueFrom(
        this.logQuery.fetch({
          variables: { filter, first: PAGE_SIZE, after: more ? this.endCursor() : null },
          fetchPolicy: 'network-only',
        }),
      );
      // A newer filter was applied while this page loaded.
      if (filter !== this.filter()) return;
      const page = result.data?.auditLog;
      if (!page) throw new Error('auditLog returned nothing');
      this.entries.update((current) => (more ? [...current, ...page.nodes] : page.nodes));
      if (!more) this.expanded.set(new Set());
      this.totalCount.set(page.totalCount);
      this.endCursor.set(page.hasNextPage ? (page.endCursor ?? null) : null);
    } catch (error) {
      this.failure.set(errorMessageKey(toUiError(error)));
    } finally {
      this.loading.set(false);
    }
  }

  private async loadActions(): Promise<void> {
    try {
      const result = await firstValueFrom(this.actionsQuery.fetch({ fetchPolicy: 'network-only' }));
      this.actions.set(result.data?.auditActions ?? []);
    } catch {
      // The filter then offers "all" only; the log itself reports its own failure.
    }
  }
}
