import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslocoDirective } from '@jsverse/transloco';
import { isLocale } from '@mitreden/shared/contracts';
import { LanguageService } from '../i18n/language.service';
import { htmlLang } from '../i18n/locale-resolution';
import { exportPercent, fileSize } from './export-job';
import type { ExportJobLike } from './export-job';

/** Translation keys (in the host's scope) for the export's states; `running` gets processed/total, `download` file. */
export interface ExportJobLabels {
  progress: string;
  queued: string;
  running: string;
  done: string;
  download: string;
  failed: string;
}

/**
 * Progress bar, live status and download link of an export, the same on every page that offers
 * one. The status region is polite: each state change is announced once.
 */
@Component({
  selector: 'mr-export-job-status',
  imports: [MatAnchor, MatProgressBar, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      @if (running() && job(); as current) {
        <mat-progress-bar
          class="mr-export-job__progress"
          [mode]="current.total > 0 ? 'determinate' : 'indeterminate'"
          [value]="percent()"
          [attr.aria-label]="t(labels().progress)"
        />
      }
      <div role="status" class="mr-export-job__status">
        @if (failure(); as key) {
          <span class="mr-notice mr-notice--error">{{ t(key) }}</span>
        } @else if (job(); as current) {
          @switch (current.status) {
            @case ('QUEUED') {
              {{ t(labels().queued) }}
            }
            @case ('RUNNING') {
              {{ t(labels().running, { processed: current.processed, total: current.total }) }}
            }
            @case ('DONE') {
              {{ t(labels().done) }}
              @if (current.downloadUrl) {
                <a mat-flat-button [href]="current.downloadUrl" download>
                  {{ t(labels().download, { file: current.fileName ?? current.format }) }}
                  @if (current.byteSize !== null && current.byteSize !== undefined) {
                    <span>({{ size(current.byteSize) }})</span>
                  }
                </a>
              }
            }
            @case ('FAILED') {
              <span class="mr-notice mr-notice--error">{{ t(labels().failed) }}</span>
            }
          }
        }
      </div>
    </ng-container>
  `,
  styles: `
    .mr-export-job__progress {
      margin-block: 0.75rem 0.25rem;
      max-inline-size: 32rem;
    }
    .mr-export-job__status {
      margin-block: 0.5rem;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
  `,
})
export class ExportJobStatusComponent {
  readonly job = input.required<ExportJobLike | null>();
  readonly failure = input<string | null>(null);
  readonly labels = input.required<ExportJobLabels>();
  private readonly lang = inject(LanguageService).current;
  protected readonly running = computed(() => {
    const status = this.job()?.status;
    return status === 'QUEUED' || status === 'RUNNING';
  });
  protected readonly percent = computed(() => exportPercent(this.job()));

  protected size(bytes: number): string {
    const locale = this.lang();
    return fileSize(bytes, isLocale(locale) ? htmlLang(locale) : 'de');
  }
}
