import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { PhaseItemFragment } from '@mitreden/web/core';
import processesDe from '../../i18n/de.json';
import { PhaseTimelineComponent } from './phase-timeline.component';

const phase = (id: string, kind: PhaseItemFragment['kind'], status: PhaseItemFragment['status'], title: string, start: string, end: string): PhaseItemFragment => ({
  id,
  kind,
  status,
  title,
  description: '',
  startsAt: start,
  endsAt: end,
});

describe('PhaseTimelineComponent', () => {
  it('lists phases in order, says which one runs in words and marks it as the current step', async () => {
    TestBed.configureTestingModule({
      imports: [
        PhaseTimelineComponent,
        TranslocoTestingModule.forRoot({
          langs: { de: {}, 'processes/de': processesDe },
          translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
          preloadLangs: true,
        }),
      ],
    });
    const fixture = TestBed.createComponent(PhaseTimelineComponent);
    fixture.componentRef.setInput('phases', [
      phase('1', 'SURVEY', 'PAST', 'Umfrage', '2026-09-01T10:00:00Z', '2026-10-01T10:00:00Z'),
      phase('2', 'FORUMS', 'CURRENT', 'Thematische Foren', '2026-10-01T10:00:00Z', '2026-12-01T10:00:00Z'),
      phase('3', 'VOTE', 'UPCOMING', 'Abstimmung', '2026-12-01T10:00:00Z', '2027-01-01T10:00:00Z'),
    ]);
    fixture.autoDetectChanges();
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;

    expect(element.querySelector('ol')).not.toBeNull();
    const items = Array.from(element.querySelectorAll('li'));
    expect(items.map((item) => item.querySelector('h3')?.textContent?.trim())).toEqual(['Umfrage', 'Thematische Foren', 'Abstimmung']);
    expect(items.map((item) => item.querySelector('.mr-timeline__status')?.textContent?.trim())).toEqual([
      processesDe.phaseStatus.PAST,
      processesDe.phaseStatus.CURRENT,
      processesDe.phaseStatus.UPCOMING,
    ]);
    expect(items.map((item) => item.getAttribute('aria-current'))).toEqual([null, 'step', null]);
    const times = Array.from(items[1].querySelectorAll('time'));
    expect(times.map((time) => time.getAttribute('datetime'))).toEqual(['2026-10-01T10:00:00.000Z', '2026-12-01T10:00:00.000Z']);
    // The active language's long date, e.g. "1. Oktober 2026".
    expect(times[0].textContent?.trim()).toBe('1. Oktober 2026');
  });
});
