import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { isLocale } from '@mitreden/shared/contracts';
import {
  LanguageService,
  RequestSurveyExportGQL,
  SurveyExportJobGQL,
  errorMessageKey,
  htmlLang,
  toUiError,
} from '@mitreden/web/core';
import type { ExportFormat, SurveyExportJobItemFragment } from '@mitreden/web/core';
import { fileSize } from './results-view';

export const EXPORT_POLL_MS = 1000;

/** CSV/XLSX export of every response: requested here, built by the worker, polled until ready. */
@Component({
  selector: 'mr-survey-export',
  imports: [MatAnchor, MatButton, MatProgressBar, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <section class="mr-survey-export" aria-labelledby="survey-export-heading">
        <h2 id="survey-export-heading">{{ t('surveys.results.export.heading') }}</h2>
        <p class="mr-survey-export__intro">{{ t('surveys.results.export.intro') }}</p>
        <div class="mr-survey-export__buttons">
          @for (format of formats; track format) {
            <button
              mat-stroked-button
              type="button"
              [id]="'survey-export-' + format"
              [disabled]="running()"
              (click)="request(format)"
            >
              {{ t('surveys.results.export.request', { format }) }}
            </button>
          }
        </div>
        @if (running() && job(); as current) {
          <mat-progress-bar
            class="mr-survey-export__progress"
            [mode]="current.total > 0 ? 'determinate' : 'indeterminate'"
            [value]="percent()"
            [attr.aria-label]="t('surveys.results.export.progressLabel')"
          />
        }
        <div role="status" class="mr-survey-export__status">
          @if (failure(); as key) {
            <span class="mr-notice mr-notice--error">{{ t(key) }}</span>
          } @else if (job(); as current) {
            @switch (current.status) {
              @case ('QUEUED') {
                {{ t('surveys.results.export.queued') }}
              }
              @case ('RUNNING') {
                {{
                  t('surveys.results.export.running', { processed: current.processed, total: current.total })
                }}
              }
              @case ('DONE') {
                {{ t('surveys.results.export.done') }}
                @if (current.downloadUrl) {
                  <a mat-flat-button [href]="current.downloadUrl" download class="mr-survey-export__download">
                    {{ t('surveys.results.export.download', { file: current.fileName ?? current.format }) }}
                    @if (current.byteSize !== null) {
                      <span>({{ size(current.byteSize) }})</span>
                    }
                  </a>
                }
              }
              @case ('FAILED') {
                <span class="mr-notice mr-notice--error">{{ t('surveys.results.export.failed') }}</span>
              }
            }
          }
        </div>
      </section>
    </ng-container>
  `,
  styles: `
    .mr-survey-export__buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .mr-survey-export__progress {
      margin-block: 1rem 0.5rem;
      max-inline-size: 32rem;
    }
    .mr-survey-export__status {
      margin-block: 0.5rem;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
  `,
})
export class SurveyExportComponent {
  readonly surveyId = input.required<string>();

  private readonly requestMutation = inject(RequestSurveyExportGQL);
  private readonly jobQuery = inject(SurveyExportJobGQL);
  private readonly lang = inject(LanguageService).current;
  protected readonly formats: readonly ExportFormat[] = ['CSV', 'XLSX'];
  protected readonly job = signal<SurveyExportJobItemFragment | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly running = computed(() => {
    const status = this.job()?.status;
    return status === 'QUEUED' || status === 'RUNNING';
  });
  protected readonly percent = computed(() => {
    const job = this.job();
    return job && job.total > 0 ? Math.min(100, Math.round((job.processed / job.total) * 100)) : 0;
  });
  private timer: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      if (this.timer !== null) clearTimeout(this.timer);
    });
  }

  protected async request(format: ExportFormat): Promise<void> {
    this.failure.set(null);
    try {
      const result = await firstValueFrom(
        this.requestMutation.mutate({ variables: { surveyId: this.surveyId(), format } }),
      );
      const job = result.data?.requestSurveyExport;
      if (!job) throw new Error('requestSurveyExport returned nothing');
      this.track(job);
    } catch (error) {
      this.failure.set(errorMessageKey(toUiError(error)));
    }
  }

  protected size(bytes: number): string {
    const locale = this.lang();
    return fileSize(bytes, isLocale(locale) ? htmlLang(locale) : 'de');
  }

  private track(job: SurveyExportJobItemFragment): void {
    this.job.set(job);
    if (this.destroyed || (job.status !== 'QUEUED' && job.status !== 'RUNNING')) return;
    this.timer = setTimeout(() => void this.poll(job.id), EXPORT_POLL_MS);
  }

  private async poll(id: string): Promise<void> {
    this.timer = null;
    try {
      const result = await firstValueFrom(
        this.jobQuery.fetch({ variables: { id }, fetchPolicy: 'network-only' }),
      );
      const job = result.data?.exportJob;
      if (!job) throw new Error('exportJob returned nothing');
      this.track(job);
    } catch (error) {
      this.job.set(null);
      this.failure.set(errorMessageKey(toUiError(error)));
    }
  }
}
