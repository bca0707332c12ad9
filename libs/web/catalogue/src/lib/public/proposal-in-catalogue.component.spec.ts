import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of, throwError } from 'rxjs';
import { ProposalInCatalogueGQL } from '@mitreden/web/core';
import type { ProposalInCatalogueQuery } from '@mitreden/web/core';
import catalogueDe from '../../i18n/de.json';
import { ProposalInCatalogueComponent } from './proposal-in-catalogue.component';

type Reference = ProposalInCatalogueQuery['proposalInCatalogue'][number];

const reference = (code: string, text: string): Reference => ({
  measureId: `m-${code}`,
  code,
  text,
  textLocale: 'de',
  actionFieldPosition: Number(code.split('.')[0]),
  actionFieldTitle: 'Bildung und Sprache',
  status: 'IN_PROGRESS',
  progress: 40,
  versionNumber: 2,
  adoptedOn: '2026-10-01',
  councilReference: 'Drucksache 2555/2026',
});

async function render(answer: () => ReturnType<ProposalInCatalogueGQL['fetch']>): Promise<HTMLElement> {
  TestBed.configureTestingModule({
    imports: [
      ProposalInCatalogueComponent,
      TranslocoTestingModule.forRoot({
        langs: { 'catalogue/de': catalogueDe },
        translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
        preloadLangs: true,
      }),
    ],
    providers: [provideRouter([]), { provide: ProposalInCatalogueGQL, useValue: { fetch: answer } }],
  });
  const fixture = TestBed.createComponent(ProposalInCatalogueComponent);
  fixture.componentRef.setInput('proposalId', 'p1');
  fixture.detectChanges();
  await fixture.whenStable();
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('ProposalInCatalogueComponent', () => {
  it('lists the measures a proposal fed, each linking to its place on the action field page', async () => {
    const root = await render(
      () => of({ data: { proposalInCatalogue: [reference('1.2', 'Sprachcafés ausbauen'), reference('3.10', 'Beratung')] } }) as never,
    );
    expect(text(root.querySelector('h2'))).toBe('Eingeflossen in den Maßnahmenkatalog');
    expect(text(root.querySelector('p'))).toContain('Version 2, Drucksache 2555/2026');
    const links = Array.from(root.querySelectorAll('a')).map((link) => link.getAttribute('href'));
    expect(links).toEqual(['/catalogue/1#measure-1-2', '/catalogue/3#measure-3-10']);
    expect(text(root.querySelector('li'))).toBe('Maßnahme 1.2: Sprachcafés ausbauen (Bildung und Sprache · In Umsetzung)');
    // The measure's text says its language (German here), whatever the page's language is.
    expect(root.querySelector('li bdi')?.getAttribute('lang')).toBe('de');
  });

  it('renders nothing when the proposal fed no measure or the request fails', async () => {
    expect((await render(() => of({ data: { proposalInCatalogue: [] } }) as never)).querySelector('section')).toBeNull();
    TestBed.resetTestingModule();
    expect((await render(() => throwError(() => new Error('offline')) as never)).querySelector('section')).toBeNull();
  });
});
