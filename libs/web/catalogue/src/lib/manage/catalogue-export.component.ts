import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import {
  CatalogueExportJobGQL,
  RequestCatalogueExportGQL,
  RequestProposalsExportGQL,
  errorMessageKey,
  toUiError,
} from '@mitreden/web/core';
import type { CatalogueExportFormat, CatalogueExportJobItemFragment, ProposalsExportFormat } from '@mitreden/web/core';

export const CATALOGUE_EXPORT_POLL_MS = 1000;
const CATALOGUE_FORMATS: readonly CatalogueExportFormat[] = ['XLSX', 'DOCX', 'PDF', 'CSV', 'JSON'];
const PROPOSALS_FORMATS: readonly ProposalsExportFormat[] = ['XLSX', 'CSV'];

/** Share of the job done, 0..100, for the progress bar. */
export function exportPercent(job: Pick<CatalogueExportJobItemFragment, 'processed' | 'total'> | null): number {
  return job && job.total > 0 ? Math.min(100, Math.round((job.processed / job.total) * 100)) : 0;
}

/**
 * Requests a catalogue version's or a process's proposals export; the worker builds it and this
 * polls the job until the download link is there (links expire and are checked against the role).
 */
@Component({
  selector: 'mr-catalogue-export',
  imports: [FormsModule, MatAnchor, MatButton, MatFormField, MatLabel, MatOption, MatProgressBar, MatSelect, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <div class="mr-cat-export__controls">
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ t('catalogue.manage.export.format') }}</mat-label>
          <mat-select [(ngModel)]="format" [id]="idPrefix() + '-format'">
            @for (option of formats(); track option) {
              <mat-option [value]="option">{{ t('catalogue.manage.export.formats.' + option) }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        @if (kind() === 'catalogue') {
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ t('catalogue.manage.export.language') }}</mat-label>
            <mat-select [(ngModel)]="language" [id]="idPrefix() + '-language'">
              <mat-option value="de">Deutsch</mat-option>
              <mat-option value="en">English</mat-option>
            </mat-select>
          </mat-form-field>
        }
        <button mat-stroked-button type="button" [id]="idPrefix() + '-request'" [disabled]="running()" (click)="request()">
          {{ t(kind() === 'catalogue' ? 'catalogue.manage.export.requestCatalogue' : 'catalogue.manage.export.requestProposals') }}
        </button>
      </div>
      @if (running() && job(); as current) {
        <mat-progress-bar
          class="mr-cat-export__progress"
          [mode]="current.total > 0 ? 'determinate' : 'indeterminate'"
          [value]="percent()"
          [attr.aria-label]="t('catalogue.manage.export.progressLabel')"
        />
      }
      <div role="status" class="mr-cat-export__status">
        @if (failure(); as key) {
          <span class="mr-notice mr-notice--error">{{ t(key) }}</span>
        } @else if (job(); as current) {
          @switch (current.status) {
            @case ('QUEUED') {
              {{ t('catalogue.manage.export.queued') }}
            }
            @case ('RUNNING') {
              {{ t('catalogue.manage.export.running', { processed: current.processed, total: current.total }) }}
            }
            @case ('DONE') {
              {{ t('catalogue.manage.export.done') }}
              @if (current.downloadUrl) {
                <a mat-flat-button [href]="current.downloadUrl" download>{{ t('catalogue.manage.export.download', { file: current.fileName ?? current.format }) }}</a>
              }
            }
            @case ('FAILED') {
              <span class="mr-notice mr-notice--error">{{ t('catalogue.manage.export.failed') }}</span>
            }
          }
        }
      </div>
    </ng-container>
  `,
  styles: `
    .mr-cat-export__controls {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
    }
    .mr-cat-export__progress {
      margin-block: 0.75rem 0.25rem;
      max-inline-size: 32rem;
    }
    .mr-cat-export__status {
      margin-block: 0.5rem;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
  `,
})
export class CatalogueExportComponent {
  /** catalogue: targetId is a version id; proposals: a process id. */
  readonly kind = input.required<'catalogue' | 'proposals'>();
  readonly targetId = input.required<string>();
  readonly idPrefix = input('catalogue-export');

  private readonly requestCatalogue = inject(RequestCatalogueExportGQL);
  private readonly requestProposals = inject(RequestProposalsExportGQL);
  private readonly jobQuery = inject(CatalogueExportJobGQL);
  protected format: CatalogueExportFormat = 'XLSX';
  protected language: 'de' | 'en' = 'de';
  protected readonly formats = computed(() => (this.kind() === 'catalogue' ? CATALOGUE_FORMATS : PROPOSALS_FORMATS));
  protected readonly job = signal<CatalogueExportJobItemFragment | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly running = computed(() => {
    const status = this.job()?.status;
    return status === 'QUEUED' || status === 'RUNNING';
  });
  protected readonly percent = computed(() => exportPercent(this.job()));
  private timer: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      if (this.timer !== null) clearTimeout(this.timer);
    });
  }

  protected async request(): Promise<void> {
    this.failure.set(null);
    try {
      const job =
        this.kind() === 'catalogue'
          ? (
              await firstValueFrom(
                this.requestCatalogue.mutate({
                  variables: { input: { versionId: this.targetId(), format: this.format, language: this.language } },
                }),
              )
            ).data?.requestCatalogueExport
          : (
              await firstValueFrom(
                this.requestProposals.mutate({
                  variables: { input: { processId: this.targetId(), format: this.format === 'CSV' ? 'CSV' : 'XLSX' } },
                }),
              )
            ).data?.requestProposalsExport;
      if (!job) throw new Error('The export request returned nothing');
      this.track(job);
    } catch (error) {
      this.failure.set(errorMessageKey(toUiError(error)));
    }
  }

  private track(job: CatalogueExportJobItemFragment): void {
    this.job.set(job);
    if (this.destroyed || (job.status !== 'QUEUED' && job.status !== 'RUNNING')) return;
    this.timer = setTimeout(() => void this.poll(job.id), CATALOGUE_EXPORT_POLL_MS);
  }

  private async poll(id: string): Promise<void> {
    this.timer = null;
    try {
      const result = await firstValueFrom(this.jobQuery.fetch({ variables: { id }, fetchPolicy: 'network-only' }));
      const job = result.data?.exportJob;
      if (!job) throw new Error('exportJob returned nothing');
      this.track(job);
    } catch (error) {
      this.job.set(null);
      this.failure.set(errorMessageKey(toUiError(error)));
    }
  }
}
