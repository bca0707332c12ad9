import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of } from 'rxjs';
import {
  ContentHidingGQL,
  DecideHidingReviewGQL,
  LanguageService,
  RequestHidingReviewGQL,
  SessionService,
  UnhideContentGQL,
} from '@mitreden/web/core';
import type { HidingDetailsFragment } from '@mitreden/web/core';
import moderationDe from '../i18n/de.json';
import { HiddenNoticeComponent } from './hidden-notice.component';

const HIDING: HidingDetailsFragment = {
  id: 'h1',
  targetType: 'PROPOSAL',
  targetId: 'p1',
  reason: 'Beleidigung.\n\nBitte umformulieren.',
  templateKey: 'insult',
  automatic: false,
  hiddenAt: '2026-11-21T10:00:00.000Z',
  liftedAt: null,
  hiddenBy: null,
  reviewRequestedAt: null,
  reviewRequest: null,
  reviewDecidedAt: null,
  reviewOutcome: null,
  canRequestReview: true,
};

function render(role: string, hidden: boolean, request = jest.fn()) {
  const user = signal({ id: 'u1', displayName: 'Cem', role });
  TestBed.configureTestingModule({
    imports: [
      HiddenNoticeComponent,
      TranslocoTestingModule.forRoot({
        langs: { de: { forms: { checkFields: 'Bitte prüfen' } }, 'moderation/de': moderationDe },
        translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
        preloadLangs: true,
      }),
    ],
    providers: [
      { provide: ContentHidingGQL, useValue: { fetch: () => of({ data: { hiding: HIDING } }) } },
      { provide: RequestHidingReviewGQL, useValue: { mutate: request } },
      { provide: UnhideContentGQL, useValue: { mutate: jest.fn() } },
      { provide: DecideHidingReviewGQL, useValue: { mutate: jest.fn() } },
      { provide: MatDialog, useValue: { open: jest.fn() } },
      { provide: LanguageService, useValue: { current: signal('de') } },
      { provide: SessionService, useValue: { user, loggedIn: () => true } },
    ],
  });
  const fixture = TestBed.createComponent(HiddenNoticeComponent);
  fixture.componentRef.setInput('targetType', 'PROPOSAL');
  fixture.componentRef.setInput('targetId', 'p1');
  fixture.componentRef.setInput('hidden', hidden);
  fixture.autoDetectChanges();
  return fixture;
}

/** Lets the effect's fetch resolve and the view catch up. */
async function settle(fixture: ReturnType<typeof render>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

describe('HiddenNoticeComponent', () => {
  it('tells the author why and takes one review request', async () => {
    const request = jest.fn(() => of({ data: { requestHidingReview: { ...HIDING, canRequestReview: false, reviewRequestedAt: '2026-11-22T10:00:00.000Z', reviewRequest: 'Zitat' } } }));
    const fixture = render('RESIDENT', true, request);
    await settle(fixture);
    const element: HTMLElement = fixture.nativeElement;
    expect(element.querySelector('h2')?.textContent).toContain(moderationDe.notice.authorHeading);
    expect(element.textContent).toContain('Bitte umformulieren.');
    const textarea = element.querySelector('textarea') as HTMLTextAreaElement;
    textarea.value = 'Zitat';
    textarea.dispatchEvent(new Event('input'));
    (element.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(request).toHaveBeenCalledWith({ variables: { hidingId: 'h1', text: 'Zitat' } });
    expect(element.querySelector('textarea')).toBeNull();
    expect(element.textContent).toContain(moderationDe.notice.reviewPending);
  });

  it('offers moderators "hide" on visible content and "unhide" on hidden content', async () => {
    const visible = render('MODERATOR', false);
    await settle(visible);
    expect(visible.nativeElement.textContent).toContain(moderationDe.hide.openProposal);
    TestBed.resetTestingModule();
    const hidden = render('MODERATOR', true);
    await settle(hidden);
    expect(hidden.nativeElement.querySelector('h2')?.textContent).toContain(moderationDe.notice.moderatorHeading);
    expect(hidden.nativeElement.textContent).toContain(moderationDe.notice.unhide);
  });

  it('shows residents nothing on visible content', async () => {
    const fixture = render('RESIDENT', false);
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent.trim()).toBe('');
  });
});
