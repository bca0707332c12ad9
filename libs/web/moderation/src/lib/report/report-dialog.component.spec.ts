import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of } from 'rxjs';
import { ReportContentGQL } from '@mitreden/web/core';
import moderationDe from '../../i18n/de.json';
import { ReportDialogComponent } from './report-dialog.component';
import type { ReportDialogData } from './report-dialog.component';

function render(mutate = jest.fn(() => of({ data: { report: true } }))) {
  const close = jest.fn();
  const data: ReportDialogData = { targetType: 'COMMENT', targetId: 'c1', targetLabel: 'Ihr seid alle doof' };
  TestBed.configureTestingModule({
    imports: [
      ReportDialogComponent,
      TranslocoTestingModule.forRoot({
        langs: { de: {}, 'moderation/de': moderationDe },
        translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
        preloadLangs: true,
      }),
    ],
    providers: [
      { provide: MAT_DIALOG_DATA, useValue: data },
      { provide: MatDialogRef, useValue: { close } },
      { provide: ReportContentGQL, useValue: { mutate } },
    ],
  });
  const fixture = TestBed.createComponent(ReportDialogComponent);
  fixture.autoDetectChanges();
  return { fixture, mutate, close };
}

const radio = (root: HTMLElement, label: string): HTMLInputElement => {
  const match = Array.from(root.querySelectorAll('mat-radio-button')).find((element) => element.textContent?.trim() === label);
  const input = match?.querySelector('input');
  if (!input) throw new Error(`No radio "${label}"`);
  return input;
};

describe('ReportDialogComponent', () => {
  it('offers the reasons as a labelled radio group and refuses sending without one', async () => {
    const { fixture, mutate } = render();
    await fixture.whenStable();
    const root: HTMLElement = fixture.nativeElement;
    const group = root.querySelector('mat-radio-group');
    expect(root.querySelector(`#${group?.getAttribute('aria-labelledby')}`)?.textContent).toBe(moderationDe.report.reasonLabel);
    expect(root.querySelectorAll('mat-radio-button')).toHaveLength(6);

    root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await fixture.whenStable();
    expect(mutate).not.toHaveBeenCalled();
    expect(root.textContent).toContain(moderationDe.report.reasonRequired);
  });

  it('requires words for "other" and sends the trimmed details', async () => {
    const { fixture, mutate, close } = render();
    await fixture.whenStable();
    const root: HTMLElement = fixture.nativeElement;
    radio(root, moderationDe.report.reasons.OTHER).click();
    await fixture.whenStable();
    const submit = root.querySelector<HTMLButtonElement>('button[type="submit"]');
    submit?.click();
    await fixture.whenStable();
    expect(mutate).not.toHaveBeenCalled();
    expect(root.querySelector('textarea')?.required).toBe(true);
    expect(root.querySelector('mat-label')?.textContent).toContain(moderationDe.report.detailsRequired);

    const details = root.querySelector('textarea') as HTMLTextAreaElement;
    details.value = '  Wirbt für einen Shop  ';
    details.dispatchEvent(new Event('input'));
    submit?.click();
    await fixture.whenStable();
    expect(mutate).toHaveBeenCalledWith({
      variables: { input: { targetType: 'COMMENT', targetId: 'c1', reason: 'OTHER', details: 'Wirbt für einen Shop' } },
    });
    expect(close).toHaveBeenCalledWith(true);
  });

  it('sends a plain reason without details', async () => {
    const { fixture, mutate } = render();
    await fixture.whenStable();
    radio(fixture.nativeElement, moderationDe.report.reasons.SPAM).click();
    await fixture.whenStable();
    fixture.nativeElement.querySelector('button[type="submit"]').click();
    await fixture.whenStable();
    expect(mutate).toHaveBeenCalledWith({
      variables: { input: { targetType: 'COMMENT', targetId: 'c1', reason: 'SPAM', details: null } },
    });
  });
});
