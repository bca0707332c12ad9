import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CombinedGraphQLErrors } from '@apollo/client';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of, throwError } from 'rxjs';
import {
  AddCommentGQL,
  CommentThreadGQL,
  DeleteCommentGQL,
  EditCommentGQL,
  LanguageService,
  SessionService,
  VoteCommentGQL,
} from '@mitreden/web/core';
import type { ThreadCommentFragment } from '@mitreden/web/core';
import commentsDe from '../i18n/de.json';
import { CommentThreadComponent } from './comment-thread.component';

const ME = { id: 'u-me', displayName: 'Rana Einwohnerin' };
const OTHER = { id: 'u-other', displayName: 'Max Moderation' };

function comment(id: string, parentId: string | null, depth: number, overrides: Partial<ThreadCommentFragment> = {}): ThreadCommentFragment {
  return {
    id,
    proposalId: 'p1',
    parentId,
    depth,
    author: { ...OTHER },
    body: `Text ${id}`,
    deleted: false,
    createdAt: '2026-11-21T10:00:00.000Z',
    editedAt: null,
    upvotes: 0,
    downvotes: 0,
    myVote: 'NONE',
    canEdit: false,
    canDelete: false,
    canReply: true,
    editableUntil: null,
    ...overrides,
  } as ThreadCommentFragment;
}

const THREAD = [
  comment('a', null, 0, { author: { ...ME }, canEdit: true, canDelete: true, editableUntil: '2999-01-01T00:00:00.000Z' }),
  comment('b', 'a', 1, { upvotes: 2, myVote: 'UP' }),
  comment('c', 'b', 2, { deleted: true, body: '', author: null }),
  comment('d', null, 0),
];

function render(options: { loggedIn: boolean; add?: jest.Mock; vote?: jest.Mock }) {
  const user = signal(options.loggedIn ? { ...ME, role: 'RESIDENT' } : null);
  TestBed.configureTestingModule({
    imports: [
      CommentThreadComponent,
      TranslocoTestingModule.forRoot({
        langs: { de: { forms: { checkFields: 'Bitte prüfen' }, errors: { FORBIDDEN: 'Verboten' } }, 'comments/de': commentsDe },
        translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
        preloadLangs: true,
      }),
    ],
    providers: [
      provideRouter([]),
      { provide: CommentThreadGQL, useValue: { fetch: () => of({ data: { comments: THREAD } }) } },
      { provide: AddCommentGQL, useValue: { mutate: options.add ?? jest.fn() } },
      { provide: EditCommentGQL, useValue: { mutate: jest.fn() } },
      { provide: DeleteCommentGQL, useValue: { mutate: jest.fn() } },
      { provide: VoteCommentGQL, useValue: { mutate: options.vote ?? jest.fn() } },
      { provide: LanguageService, useValue: { current: signal('de') } },
      {
        provide: SessionService,
        useValue: { user, known: signal(true), loggedIn: () => user() !== null },
      },
    ],
  });
  const fixture = TestBed.createComponent(CommentThreadComponent);
  fixture.componentRef.setInput('proposalId', 'p1');
  fixture.autoDetectChanges();
  return fixture;
}

async function settle(fixture: ComponentFixture<CommentThreadComponent>): Promise<void> {
  await fixture.whenStable();
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

describe('CommentThreadComponent', () => {
  it('nests replies as lists labelled with their level and keeps tombstones in place', async () => {
    const fixture = render({ loggedIn: true });
    await settle(fixture);
    const element: HTMLElement = fixture.nativeElement;

    const top = element.querySelector('ul.mr-thread__list');
    expect(top?.getAttribute('aria-label')).toBe('Kommentare');
    expect(top?.querySelectorAll(':scope > li')).toHaveLength(2);
    const nested = Array.from(element.querySelectorAll('ul.mr-thread__list--nested')).map((list) => list.getAttribute('aria-label'));
    expect(nested).toEqual(['Antworten auf Rana Einwohnerin, Ebene 2', 'Antworten auf Max Moderation, Ebene 3']);
    expect(element.querySelector('#comment-c .mr-comment__tombstone')?.textContent?.trim()).toBe('Kommentar gelöscht');
    expect(element.querySelector('#comment-c .mr-comment__actions')).toBeNull();
    // Three visible comments; the tombstone does not count.
    expect(element.querySelector('h2')?.textContent).toBe('Kommentare (3)');
  });

  it('offers votes as toggle buttons on other people’s comments only, edit and delete on one’s own', async () => {
    const fixture = render({ loggedIn: true });
    await settle(fixture);
    const element: HTMLElement = fixture.nativeElement;

    expect(element.querySelector('#up-a')).toBeNull();
    expect(element.querySelector('#edit-a')).not.toBeNull();
    expect(element.querySelector('#delete-a')).not.toBeNull();
    expect(element.querySelector('#up-b')?.getAttribute('aria-pressed')).toBe('true');
    expect(element.querySelector('#down-b')?.getAttribute('aria-pressed')).toBe('false');
    expect(element.querySelector('#up-b')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('▲Zustimmen 2');
    expect(element.querySelector('#edit-b')).toBeNull();
    const label = element.querySelector('label, mat-label');
    expect(label?.textContent?.trim()).toBe('Ihr Kommentar');
  });

  it('takes a vote back when the pressed button is pressed again', async () => {
    const vote = jest.fn(() => of({ data: { voteComment: { ...THREAD[1], upvotes: 1, myVote: 'NONE' } } }));
    const fixture = render({ loggedIn: true, vote });
    await settle(fixture);
    fixture.nativeElement.querySelector('#up-b').click();
    await settle(fixture);
    expect(vote).toHaveBeenCalledWith({ variables: { id: 'b', vote: 'NONE' } });
    expect(fixture.nativeElement.querySelector('#up-b').getAttribute('aria-pressed')).toBe('false');
  });

  it('opens the reply form inline with the focus in it; Escape closes it and returns the focus', async () => {
    const fixture = render({ loggedIn: true });
    await settle(fixture);
    const element: HTMLElement = fixture.nativeElement;
    const replyButton = element.querySelector<HTMLButtonElement>('#reply-d');
    replyButton?.click();
    await settle(fixture);
    const textarea = element.querySelector<HTMLTextAreaElement>('#comment-d textarea');
    expect(document.activeElement).toBe(textarea);
    expect(element.querySelector('#comment-d mat-label')?.textContent?.trim()).toBe('Ihre Antwort an Max Moderation');

    textarea?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle(fixture);
    expect(element.querySelector('#comment-d textarea')).toBeNull();
    expect(document.activeElement).toBe(element.querySelector('#reply-d'));
  });

  it('puts a server refusal of the text on the field', async () => {
    const add = jest.fn(() =>
      throwError(
        () =>
          new CombinedGraphQLErrors({
            errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields: { 'input.body': ['noControlCharacters'] } } }],
          }),
      ),
    );
    const fixture = render({ loggedIn: true, add });
    await settle(fixture);
    const element: HTMLElement = fixture.nativeElement;
    const textarea = element.querySelector<HTMLTextAreaElement>('.mr-thread > mr-comment-form textarea');
    if (!textarea) throw new Error('no form');
    textarea.value = 'Hallo';
    textarea.dispatchEvent(new Event('input'));
    element.querySelector<HTMLFormElement>('.mr-thread > mr-comment-form form')?.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(add).toHaveBeenCalledWith({ variables: { input: { proposalId: 'p1', parentId: null, body: 'Hallo' } } });
    expect(textarea.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(textarea);
  });

  it('shows logged-out visitors the thread, the counts and a login link that returns here', async () => {
    const fixture = render({ loggedIn: false });
    await settle(fixture);
    const element: HTMLElement = fixture.nativeElement;
    expect(element.querySelector('textarea')).toBeNull();
    expect(element.querySelector('#up-b')).toBeNull();
    expect(element.querySelector('#comment-b .mr-comment__votes')?.textContent?.trim()).toBe('2 Zustimmung(en), 0 Ablehnung(en)');
    const login = element.querySelector<HTMLAnchorElement>('a[href^="/login"]');
    expect(login?.textContent?.trim()).toBe('Anmelden und mitdiskutieren');
    expect(login?.getAttribute('href')).toContain('returnUrl=');
  });
});
