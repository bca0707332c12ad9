import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of } from 'rxjs';
import { AuditActionNamesGQL, AuditLogPageGQL } from '@mitreden/web/core';
import type { AuditEntryItemFragment } from '@mitreden/web/core';
import auditDe from '../i18n/de.json';
import { AuditLogPage } from './audit-log.page';

const entry = (id: string, action: string): AuditEntryItemFragment => ({
  id,
  occurredAt: '2026-03-04T10:00:00Z',
  actorId: 'u1',
  actorName: 'Mia Moderatorin',
  actorRole: 'moderator',
  action,
  targetType: 'proposal',
  targetId: 'p1',
  targetLabel: '#8 Bänke',
  processId: null,
  reason: 'Titel präzisiert',
  before: '{"title":"Alt"}',
  after: '{"title":"Neu"}',
});

async function setUp() {
  const fetchLog = jest.fn(({ variables }: { variables: { after: string | null } }) =>
    of({
      data: {
        auditLog: variables.after
          ? { totalCount: 2, hasNextPage: false, endCursor: 'c2', nodes: [entry('1', 'proposal.merge')] }
          : { totalCount: 2, hasNextPage: true, endCursor: 'c1', nodes: [entry('2', 'proposal.revise')] },
      },
    }),
  );
  TestBed.configureTestingModule({
    imports: [
      TranslocoTestingModule.forRoot({
        langs: { de: {}, 'audit/de': auditDe },
        translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
        preloadLangs: true,
      }),
    ],
    providers: [
      provideRouter([]),
      { provide: AuditLogPageGQL, useValue: { fetch: fetchLog } },
      { provide: AuditActionNamesGQL, useValue: { fetch: () => of({ data: { auditActions: ['proposal.merge', 'proposal.revise'] } }) } },
    ],
  });
  const fixture = TestBed.createComponent(AuditLogPage);
  await fixture.whenStable();
  return { fixture, element: fixture.nativeElement as HTMLElement, fetchLog };
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

describe('AuditLogPage', () => {
  it('lists entries with who, what, target and reason, and expands before/after', async () => {
    const { element, fixture } = await setUp();
    const row = element.querySelector('[data-testid="audit-row"]');
    expect(text(row)).toContain('Mia Moderatorin');
    expect(text(row)).toContain('Wortlaut überarbeitet');
    expect(text(row)).toContain('#8 Bänke');
    expect(text(row)).toContain('Titel präzisiert');
    expect(row?.querySelector('a')?.getAttribute('href')).toBe('/proposals/p1');
    const toggle = row?.querySelector<HTMLButtonElement>('button[aria-expanded]');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    toggle?.click();
    await fixture.whenStable();
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    expect(text(element.querySelector('#audit-details-2'))).toContain('"title": "Neu"');
  });

  it('loads more by cursor and offers the CSV with the applied filter', async () => {
    const { element, fixture, fetchLog } = await setUp();
    element.querySelector<HTMLButtonElement>('#audit-more')?.click();
    await fixture.whenStable();
    expect(fetchLog).toHaveBeenLastCalledWith(expect.objectContaining({ variables: expect.objectContaining({ after: 'c1' }) }));
    expect(element.querySelectorAll('[data-testid="audit-row"]')).toHaveLength(2);
    expect(element.querySelector('#audit-more')).toBeNull();

    const search = element.querySelector<HTMLInputElement>('#audit-search');
    if (!search) throw new Error('no search field');
    search.value = 'Bänke';
    search.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('#audit-apply')?.click();
    await fixture.whenStable();
    expect(fetchLog).toHaveBeenLastCalledWith(
      expect.objectContaining({ variables: { filter: { search: 'Bänke' }, first: 50, after: null } }),
    );
    expect(element.querySelector('#audit-csv')?.getAttribute('href')).toBe('/api/audit-log.csv?search=B%C3%A4nke');
  });
});
