import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of } from 'rxjs';
import { CurationLineageGQL, SessionService } from '@mitreden/web/core';
import type { LineageNodeFragment, ProposalState } from '@mitreden/web/core';
import curationDe from '../i18n/de.json';
import { CurationActionsComponent } from './curation-actions.component';
import { ProposalLineageComponent } from './proposal-lineage.component';

const node = (id: string, number: number, title: string, state: ProposalState, supportCount: number): LineageNodeFragment => ({
  id,
  number,
  title,
  kind: 'MEASURE',
  state,
  supportCount,
  commentCount: 0,
  hidden: false,
});

const A = node('a', 1, 'Sprachcafé A', 'MERGED', 3);
const B = node('b', 2, 'Sprachcafé B', 'MERGED', 3);
const C = node('c', 3, 'Sprachcafé', 'SPLIT', 4);
const D = node('d', 4, 'Teil D', 'PUBLISHED', 4);

function configure(role: string | null, fetch = jest.fn()) {
  TestBed.configureTestingModule({
    imports: [
      TranslocoTestingModule.forRoot({
        langs: { de: {}, 'curation/de': curationDe },
        translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
        preloadLangs: true,
      }),
    ],
    providers: [
      provideRouter([]),
      { provide: CurationLineageGQL, useValue: { fetch } },
      { provide: SessionService, useValue: { user: signal(role ? { role } : null) } },
    ],
  });
  return fetch;
}

describe('ProposalLineageComponent', () => {
  it('shows "merged into" with a link and the full ancestry and descendants', async () => {
    const fetch = configure(null, jest.fn(() =>
      of({
        data: {
          proposalLineage: {
            proposalId: 'a',
            parents: [],
            children: [C],
            ancestors: [],
            descendants: [C, D],
            edges: [{ parentId: 'a', childId: 'c', kind: 'MERGE' as const }],
          },
        },
      }),
    ));
    const fixture = TestBed.createComponent(ProposalLineageComponent);
    fixture.componentRef.setInput('proposalId', 'a');
    fixture.componentRef.setInput('state', 'MERGED');
    fixture.componentRef.setInput('mergedIntoId', 'c');
    fixture.componentRef.setInput('lineageCount', 1);
    fixture.autoDetectChanges();
    await fixture.whenStable();
    expect(fetch).toHaveBeenCalledWith({ variables: { id: 'a' }, fetchPolicy: 'network-only' });
    const banner: HTMLElement = fixture.nativeElement.querySelector('#merged-banner');
    expect(banner.textContent).toContain('Zusammengeführt in #3:');
    expect(banner.querySelector('a')?.getAttribute('href')).toBe('/proposals/c');
    const items = [...fixture.nativeElement.querySelectorAll('[data-testid="lineage-descendants"] li')].map((li) =>
      (li as HTMLElement).textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(items).toEqual([
      '#3 Sprachcafé aufgeteilt · Unterstützungen: 4',
      '#4 Teil D veröffentlicht · Unterstützungen: 4 · über Zwischenschritte',
    ]);
  });

  it('lists where a result came from and asks nothing for proposals without lineage', async () => {
    const fetch = configure(null, jest.fn(() =>
      of({
        data: {
          proposalLineage: { proposalId: 'c', parents: [A, B], children: [], ancestors: [A, B], descendants: [], edges: [] },
        },
      }),
    ));
    const fixture = TestBed.createComponent(ProposalLineageComponent);
    fixture.componentRef.setInput('proposalId', 'x');
    fixture.componentRef.setInput('state', 'PUBLISHED');
    fixture.componentRef.setInput('lineageCount', 0);
    fixture.autoDetectChanges();
    await fixture.whenStable();
    expect(fetch).not.toHaveBeenCalled();
    expect(fixture.nativeElement.textContent.trim()).toBe('');

    fixture.componentRef.setInput('proposalId', 'c');
    fixture.componentRef.setInput('lineageCount', 2);
    await fixture.whenStable();
    const links = [...fixture.nativeElement.querySelectorAll('[data-testid="lineage-ancestors"] a')].map((a) =>
      (a as HTMLElement).getAttribute('href'),
    );
    expect(links).toEqual(['/proposals/a', '/proposals/b']);
    expect(fixture.nativeElement.querySelector('h3')?.textContent).toBe('Hervorgegangen aus');
  });
});

describe('CurationActionsComponent', () => {
  const render = async (role: string | null, state = 'PUBLISHED') => {
    configure(role);
    const fixture = TestBed.createComponent(CurationActionsComponent);
    fixture.componentRef.setInput('proposalId', 'p1');
    fixture.componentRef.setInput('state', state);
    fixture.autoDetectChanges();
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  };

  it('offers moderators merge and split links', async () => {
    const host = await render('MODERATOR');
    expect(host.querySelector('#curation-merge')?.getAttribute('href')).toBe('/moderation/merge?ids=p1');
    expect(host.querySelector('#curation-split')?.getAttribute('href')).toBe('/moderation/split/p1');
  });

  it('shows nothing to residents or on merged proposals', async () => {
    expect((await render('RESIDENT')).textContent?.trim()).toBe('');
    TestBed.resetTestingModule();
    expect((await render('ADMIN', 'MERGED')).textContent?.trim()).toBe('');
  });
});
