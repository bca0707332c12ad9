import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of } from 'rxjs';
import { CurrentProcessGQL } from '@mitreden/web/core';
import processesDe from '../i18n/de.json';
import { HomePage } from './home.page';

describe('HomePage', () => {
  it('shows the process as the page heading and its action fields in order', async () => {
    const process = {
      id: 'p1',
      slug: 'wir-sind-hannover',
      currentPhase: { id: 'ph2', kind: 'FORUMS', title: 'Thematische Foren', endsAt: '2026-12-31T12:00:00.000Z' },
      title: 'Wir sind Hannover – Zusammenleben in der Stadt',
      summary: 'Ein Integrationsplan, gemeinsam erarbeitet.',
      actionFields: [
        { id: 'a2', position: 2, title: 'Willkommenskultur', description: 'Ankommen erleichtern.', crossCutting: false },
        { id: 'a1', position: 1, title: 'Partizipation und Teilhabe', description: 'Mitbestimmen.', crossCutting: false },
        { id: 'a9', position: 9, title: 'Antidiskriminierung', description: 'Gleich behandeln.', crossCutting: true },
      ],
    };
    TestBed.configureTestingModule({
      imports: [
        HomePage,
        TranslocoTestingModule.forRoot({
          langs: { de: {}, 'processes/de': processesDe },
          translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideRouter([]),
        {
          provide: CurrentProcessGQL,
          useValue: { watch: () => ({ valueChanges: of({ dataState: 'complete', data: { currentProcess: process } }) }) },
        },
      ],
    });
    const fixture = TestBed.createComponent(HomePage);
    fixture.autoDetectChanges();
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;

    expect(element.querySelector('h1')?.textContent).toBe('Wir sind Hannover – Zusammenleben in der Stadt');
    expect(element.querySelector('.mr-process__phase')?.textContent?.replace(/\s+/g, ' ')).toContain('Thematische Foren');
    expect(element.querySelector('.mr-process__phase')?.textContent).toContain('2026');
    const link = element.querySelector<HTMLAnchorElement>('a.mr-process__link');
    expect(link?.getAttribute('href')).toBe('/processes/wir-sind-hannover');
    expect(link?.textContent?.trim()).toBe(processesDe.home.toProcess);
    expect(element.querySelector('h2')?.textContent).toBe('Handlungsfelder');
    const titles = Array.from(element.querySelectorAll('li h3')).map((h3) => h3.textContent?.replace(/\s+/g, ' ').trim());
    expect(titles).toEqual(['1. Partizipation und Teilhabe', '2. Willkommenskultur', '9. Antidiskriminierung']);
    expect(element.querySelectorAll('.mr-action-field__badge')).toHaveLength(1);
    expect(element.querySelector('.mr-action-field__badge')?.textContent?.trim()).toBe('Querschnittsthema');
  });
});
