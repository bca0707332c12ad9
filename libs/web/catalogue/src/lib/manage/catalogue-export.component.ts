import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import {
  CatalogueExportJobGQL,
  ExportJobStatusComponent,
  ExportJobTracker,
  RequestCatalogueExportGQL,
  RequestProposalsExportGQL,
} from '@mitreden/web/core';
import type { CatalogueExportFormat, CatalogueExportJobItemFragment, ExportJobLabels, ProposalsExportFormat } from '@mitreden/web/core';

const CATALOGUE_FORMATS: readonly CatalogueExportFormat[] = ['XLSX', 'DOCX', 'PDF', 'CSV', 'JSON'];
const PROPOSALS_FORMATS: readonly ProposalsExportFormat[] = ['XLSX', 'CSV'];

const LABELS: ExportJobLabels = {
  progress: 'catalogue.manage.export.progressLabel',
  queued: 'catalogue.manage.export.queued',
  running: 'catalogue.manage.export.running',
  done: 'catalogue.manage.export.done',
  download: 'catalogue.manage.export.download',
  failed: 'catalogue.manage.export.failed',
};

/**
 * Requests a catalogue version's or a process's proposals export; the worker builds it and this
 * polls the job until the download link is there (links expire and are checked against the role).
 */
@Component({
  selector: 'mr-catalogue-export',
  imports: [ExportJobStatusComponent, FormsModule, MatButton, MatFormField, MatLabel, MatOption, MatSelect, TranslocoDirective],
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
        <button mat-stroked-button type="button" [id]="idPrefix() + '-request'" [disabled]="tracker.running()" (click)="request()">
          {{ t(kind() === 'catalogue' ? 'catalogue.manage.export.requestCatalogue' : 'catalogue.manage.export.requestProposals') }}
        </button>
      </div>
      <mr-export-job-status [job]="tracker.job()" [failure]="tracker.failure()" [labels]="labels" />
    </ng-container>
  `,
  styles: `
    .mr-cat-export__controls {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
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
  protected readonly labels = LABELS;
  protected readonly tracker = new ExportJobTracker<CatalogueExportJobItemFragment>(
    async (id) => (await firstValueFrom(this.jobQuery.fetch({ variables: { id }, fetchPolicy: 'network-only' }))).data?.exportJob,
    inject(DestroyRef),
  );

  protected request(): Promise<void> {
    return this.tracker.request(async () =>
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
          ).data?.requestProposalsExport,
    );
  }
}
