import { ChangeDetectionStrategy, Component, DestroyRef, inject, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { ExportJobStatusComponent, ExportJobTracker, RequestSurveyExportGQL, SurveyExportJobGQL } from '@mitreden/web/core';
import type { ExportFormat, ExportJobLabels, SurveyExportJobItemFragment } from '@mitreden/web/core';

const LABELS: ExportJobLabels = {
  progress: 'surveys.results.export.progressLabel',
  queued: 'surveys.results.export.queued',
  running: 'surveys.results.export.running',
  done: 'surveys.results.export.done',
  download: 'surveys.results.export.download',
  failed: 'surveys.results.export.failed',
};

/** CSV/XLSX export of every response: requested here, built by the worker, polled until ready. */
@Component({
  selector: 'mr-survey-export',
  imports: [ExportJobStatusComponent, MatButton, TranslocoDirective],
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
              [disabled]="tracker.running()"
              (click)="request(format)"
            >
              {{ t('surveys.results.export.request', { format }) }}
            </button>
          }
        </div>
        <mr-export-job-status [job]="tracker.job()" [failure]="tracker.failure()" [labels]="labels" />
      </section>
    </ng-container>
  `,
  styles: `
    .mr-survey-export__buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class SurveyExportComponent {
  readonly surveyId = input.required<string>();

  private readonly requestMutation = inject(RequestSurveyExportGQL);
  private readonly jobQuery = inject(SurveyExportJobGQL);
  protected readonly formats: readonly ExportFormat[] = ['CSV', 'XLSX'];
  protected readonly labels = LABELS;
  protected readonly tracker = new ExportJobTracker<SurveyExportJobItemFragment>(
    async (id) => (await firstValueFrom(this.jobQuery.fetch({ variables: { id }, fetchPolicy: 'network-only' }))).data?.exportJob,
    inject(DestroyRef),
  );

  protected request(format: ExportFormat): Promise<void> {
    return this.tracker.request(
      async () =>
        (await firstValueFrom(this.requestMutation.mutate({ variables: { surveyId: this.surveyId(), format } }))).data
          ?.requestSurveyExport,
    );
  }
}
