import { signal } from '@angular/core';
import type { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of } from 'rxjs';
import {
  ApproveOfficialAnswerGQL,
  DraftOfficialAnswerGQL,
  LanguageService,
  OfficialAnswerGQL,
  PublishOfficialAnswerGQL,
  SessionService,
} from '@mitreden/web/core';
import type { OfficialAnswerItemFragment } from '@mitreden/web/core';
import answersDe from '../i18n/de.json';
import { AnswerEditorComponent } from './answer-editor.component';
import { OfficialAnswerComponent } from './official-answer.component';

const ME = 'u-me';

function answer(overrides: Partial<OfficialAnswerItemFragment> = {}): OfficialAnswerItemFragment {
  return {
    __typename: 'OfficialAnswer',
    id: 'a1',
    proposalId: 'p1',
    proposalNumber: 7,
    proposalTitle: 'Mehr Bänke',
    status: 'DRAFT',
    outcome: 'ACCEPTED',
    text: 'Wir stellen Bänke auf.',
    textLocale: 'de',
    textTranslations: [{ __typename: 'Translation', locale: 'de', text: 'Wir stellen Bänke auf.' }],
    draftedBy: { __typename: 'Participant', id: ME, displayName: 'Paul' },
    approvedBy: null,
    approvedAt: null,
    publishedAt: null,
    updatedAt: '2026-11-20T10:00:00Z',
    canApprove: false,
    canPublish: false,
    canEdit: true,
    ...overrides,
  } as OfficialAnswerItemFragment;
}

function render<T>(component: Type<T>, role: string, current: OfficialAnswerItemFragment | null) {
  const draft = jest.fn(() => of({ data: { draftOfficialAnswer: current } }));
  const approve = jest.fn(() => of({ data: { approveOfficialAnswer: current } }));
  TestBed.configureTestingModule({
    imports: [
      component,
      TranslocoTestingModule.forRoot({
        langs: { de: {}, 'answers/de': answersDe },
        translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
        preloadLangs: true,
      }),
    ],
    providers: [
      {
        provide: OfficialAnswerGQL,
        useValue: {
          watch: () => ({ valueChanges: of({ dataState: 'complete', data: { officialAnswer: current } }) }),
        },
      },
      { provide: DraftOfficialAnswerGQL, useValue: { mutate: draft } },
      { provide: ApproveOfficialAnswerGQL, useValue: { mutate: approve } },
      { provide: PublishOfficialAnswerGQL, useValue: { mutate: jest.fn() } },
      { provide: SessionService, useValue: { user: signal({ id: ME, role }) } },
      { provide: LanguageService, useValue: { current: signal('de') } },
    ],
  });
  const fixture = TestBed.createComponent(component);
  fixture.componentRef.setInput('proposalId', 'p1');
  fixture.autoDetectChanges();
  return { fixture, draft, approve };
}

const buttons = (root: HTMLElement) =>
  Array.from(root.querySelectorAll('button')).map((button) => button.textContent?.trim());

describe('AnswerEditorComponent', () => {
  it('renders nothing for people outside the project group', async () => {
    const { fixture } = render(AnswerEditorComponent, 'MODERATOR', answer());
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent.trim()).toBe('');
  });

  it('explains four eyes instead of offering the drafter an approve button', async () => {
    const { fixture } = render(AnswerEditorComponent, 'PROJECT_GROUP', answer());
    await fixture.whenStable();
    const root: HTMLElement = fixture.nativeElement;
    expect(root.querySelector('h2')?.textContent).toBe(answersDe.editor.heading);
    expect(buttons(root)).toEqual([answersDe.editor.save]);
    expect(root.textContent).toContain(answersDe.editor.ownDraft);
    expect((root.querySelector('textarea[lang="de"]') as HTMLTextAreaElement).value).toBe(
      'Wir stellen Bänke auf.',
    );
    expect(root.querySelector('textarea[lang="ar"]')?.getAttribute('dir')).toBe('rtl');
  });

  it('lets a second member approve and announces it', async () => {
    const { fixture, approve } = render(AnswerEditorComponent, 'ADMIN', answer({ canApprove: true }));
    await fixture.whenStable();
    const root: HTMLElement = fixture.nativeElement;
    const approveButton = Array.from(root.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === answersDe.editor.approve,
    );
    approveButton?.click();
    await fixture.whenStable();
    expect(approve).toHaveBeenCalledWith({ variables: { id: 'a1' } });
    expect(root.querySelector('[role="status"]')?.textContent).toContain(answersDe.editor.approved);
  });

  it('refuses to save without German text and names the field', async () => {
    const { fixture, draft } = render(AnswerEditorComponent, 'PROJECT_GROUP', null);
    await fixture.whenStable();
    const root: HTMLElement = fixture.nativeElement;
    (root.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(draft).not.toHaveBeenCalled();
    expect(root.querySelectorAll('mat-error').length).toBeGreaterThanOrEqual(2);
  });

  it('shows a published answer as final without a form', async () => {
    const { fixture } = render(
      AnswerEditorComponent,
      'PROJECT_GROUP',
      answer({ status: 'PUBLISHED', publishedAt: '2026-11-21T10:00:00Z', canEdit: false }),
    );
    await fixture.whenStable();
    const root: HTMLElement = fixture.nativeElement;
    expect(root.querySelector('form')).toBeNull();
    expect(root.textContent).toContain(answersDe.editor.publishedLocked);
  });
});

describe('OfficialAnswerComponent', () => {
  it('shows nothing before publication', async () => {
    const { fixture } = render(OfficialAnswerComponent, 'RESIDENT', answer());
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent.trim()).toBe('');
  });

  it('shows a published answer as a labelled region with outcome, text in its language and date', async () => {
    const { fixture } = render(
      OfficialAnswerComponent,
      'RESIDENT',
      answer({ status: 'PUBLISHED', publishedAt: '2026-11-21T10:00:00Z', text: '<b>fett</b>' }),
    );
    await fixture.whenStable();
    const region: HTMLElement = fixture.nativeElement.querySelector('[role="region"]');
    expect(document.getElementById(region.getAttribute('aria-labelledby') ?? '')?.textContent).toBe(
      answersDe.display.heading,
    );
    expect(region.textContent).toContain(answersDe.outcome.ACCEPTED);
    expect(region.querySelector('b')).toBeNull();
    expect(region.querySelector('[lang="de"]')?.textContent).toBe('<b>fett</b>');
    expect(region.textContent).toContain('21. November 2026');
  });
});
