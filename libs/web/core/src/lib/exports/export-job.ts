import { DestroyRef, computed, signal } from '@angular/core';
import { errorMessageKey, toUiError } from '../graphql/graphql-errors';
import type { JobStatus } from '../graphql/generated';

/** How often a running export is asked for its progress. */
export const EXPORT_POLL_MS = 1000;

/** What every export fragment (ExportJob) carries that the status display needs. */
export interface ExportJobLike {
  id: string;
  status: JobStatus;
  total: number;
  processed: number;
  format: string;
  fileName?: string | null;
  byteSize?: number | null;
  downloadUrl?: string | null;
}

/** Share of the job done, 0..100, for the progress bar. */
export function exportPercent(job: Pick<ExportJobLike, 'processed' | 'total'> | null): number {
  return job && job.total > 0 ? Math.min(100, Math.round((job.processed / job.total) * 100)) : 0;
}

/** Human file size for a download link, in the page's language. */
export function fileSize(bytes: number | null, lang: string): string {
  if (bytes === null) return '';
  const units = ['byte', 'kilobyte', 'megabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}

/**
 * One export as the page follows it: request it, then poll the job until the worker is done or
 * failed. `failure` holds the translation key of a refused request or lost job.
 */
export class ExportJobTracker<J extends ExportJobLike> {
  readonly job = signal<J | null>(null);
  readonly failure = signal<string | null>(null);
  readonly running = computed(() => {
    const status = this.job()?.status;
    return status === 'QUEUED' || status === 'RUNNING';
  });
  private timer: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;

  constructor(
    private readonly fetchJob: (id: string) => Promise<J | null | undefined>,
    destroyRef: DestroyRef,
    private readonly pollMs = EXPORT_POLL_MS,
  ) {
    destroyRef.onDestroy(() => {
      this.destroyed = true;
      if (this.timer !== null) clearTimeout(this.timer);
    });
  }

  async request(send: () => Promise<J | null | undefined>): Promise<void> {
    this.failure.set(null);
    try {
      const job = await send();
      if (!job) throw new Error('The export request returned nothing');
      this.track(job);
    } catch (error) {
      this.failure.set(errorMessageKey(toUiError(error)));
    }
  }

  private track(job: J): void {
    this.job.set(job);
    if (this.destroyed || (job.status !== 'QUEUED' && job.status !== 'RUNNING')) return;
    this.timer = setTimeout(() => void this.poll(job.id), this.pollMs);
  }

  private async poll(id: string): Promise<void> {
    this.timer = null;
    try {
      const job = await this.fetchJob(id);
      if (!job) throw new Error('exportJob returned nothing');
      this.track(job);
    } catch (error) {
      this.job.set(null);
      this.failure.set(errorMessageKey(toUiError(error)));
    }
  }
}
