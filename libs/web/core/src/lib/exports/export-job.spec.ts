import { DestroyRef } from '@angular/core';
import { CombinedGraphQLErrors } from '@apollo/client';
import { ExportJobTracker, exportPercent, fileSize } from './export-job';
import type { ExportJobLike } from './export-job';

const job = (status: ExportJobLike['status'], processed = 0, total = 10): ExportJobLike => ({
  id: 'j1',
  status,
  processed,
  total,
  format: 'XLSX',
  fileName: 'export.xlsx',
  byteSize: 2048,
  downloadUrl: status === 'DONE' ? '/api/exports/j1/file' : null,
});

function destroyRef(): { ref: DestroyRef; destroy: () => void } {
  const callbacks: (() => void)[] = [];
  return {
    ref: { onDestroy: (callback: () => void) => callbacks.push(callback) } as unknown as DestroyRef,
    destroy: () => callbacks.forEach((callback) => callback()),
  };
}

describe('export jobs', () => {
  afterEach(() => jest.useRealTimers());

  it('reports progress as a bounded percentage and sizes in the page language', () => {
    expect(exportPercent(null)).toBe(0);
    expect(exportPercent({ processed: 0, total: 0 })).toBe(0);
    expect(exportPercent({ processed: 50, total: 144 })).toBe(35);
    expect(exportPercent({ processed: 200, total: 144 })).toBe(100);
    expect(fileSize(2048, 'en')).toBe('2 kB');
    expect(fileSize(null, 'en')).toBe('');
  });

  it('polls a running job until it is done, and stops when the page goes away', async () => {
    jest.useFakeTimers();
    const answers = [job('RUNNING', 5), job('DONE', 10)];
    const fetchJob = jest.fn(async () => answers.shift());
    const { ref, destroy } = destroyRef();
    const tracker = new ExportJobTracker(fetchJob, ref, 1000);
    await tracker.request(async () => job('QUEUED'));
    expect(tracker.running()).toBe(true);
    await jest.advanceTimersByTimeAsync(1000);
    expect(tracker.job()?.processed).toBe(5);
    await jest.advanceTimersByTimeAsync(1000);
    expect(tracker.job()?.status).toBe('DONE');
    expect(tracker.running()).toBe(false);
    expect(fetchJob).toHaveBeenCalledTimes(2);

    await tracker.request(async () => job('QUEUED'));
    destroy();
    await jest.advanceTimersByTimeAsync(5000);
    expect(fetchJob).toHaveBeenCalledTimes(2);
  });

  it('turns a refused request into the error code’s message key', async () => {
    const tracker = new ExportJobTracker(async () => null, destroyRef().ref);
    await tracker.request(async () => {
      throw new CombinedGraphQLErrors({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] });
    });
    expect(tracker.failure()).toBe('errors.FORBIDDEN');
    expect(tracker.job()).toBeNull();
  });
});
