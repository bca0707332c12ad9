import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { Observable, Subject, of } from 'rxjs';
import { CastVoteGQL, LanguageService, PollGQL, PollTurnoutGQL, SessionService } from '@mitreden/web/core';
import votesDe from '../../i18n/de.json';
import { PollPage, castErrorKey } from './poll.page';
import type { PublicPoll } from './poll.page';

const de = votesDe;

function poll(overrides: Partial<PublicPoll> = {}): PublicPoll {
  return {
    id: 'p1',
    slug: 'integrationsplan',
    processSlug: 'integration',
    processTitle: 'Integrationsplan',
    phaseTitle: 'Abstimmung',
    question: 'Wie soll der neue Integrationsplan heißen?',
    description: 'Bitte wählen Sie.',
    method: 'SINGLE',
    maxChoices: null,
    opensAt: '2026-11-01T08:00:00Z',
    closesAt: '2099-12-01T08:00:00Z',
    status: 'OPEN',
    turnout: 122,
    acceptsAccounts: true,
    acceptsCodes: false,
    allowVoteChange: false,
    municipality: null,
    options: [
      { id: 'o1', position: 1, label: 'Wir sind Hannover', description: '', imageUrl: null, imageAlt: null },
      { id: 'o2', position: 2, label: 'Miteinander', description: '', imageUrl: null, imageAlt: null },
    ],
    viewer: { canVote: true, hasVoted: false, block: null },
    results: null,
    ...overrides,
  };
}

async function render(value: PublicPoll) {
  const turnout = new Subject<{ data: { pollTurnout: { pollId: string; voters: number } } }>();
  let unsubscribed = false;
  const cast = jest.fn(() => of({ data: { castVote: { receipt: 'ABCD-EFGH-JKMN', replacedEarlierVote: false } } }));
  const fetch = jest.fn(() => of({ data: { poll: value } }));
  TestBed.configureTestingModule({
    imports: [
      PollPage,
      TranslocoTestingModule.forRoot({
        langs: { de: {}, 'votes/de': votesDe },
        translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
        preloadLangs: true,
      }),
    ],
    providers: [
      provideRouter([]),
      { provide: LanguageService, useValue: { current: signal('de'), direction: signal('ltr') } },
      { provide: SessionService, useValue: { loggedIn: signal(false) } },
      { provide: PollGQL, useValue: { fetch } },
      { provide: CastVoteGQL, useValue: { mutate: cast } },
      {
        provide: PollTurnoutGQL,
        useValue: {
          subscribe: () =>
            new Observable((subscriber) => {
              const inner = turnout.subscribe(subscriber);
              return () => {
                unsubscribed = true;
                inner.unsubscribe();
              };
            }),
        },
      },
    ],
  });
  const fixture = TestBed.createComponent(PollPage);
  fixture.componentRef.setInput('slug', value.slug);
  fixture.autoDetectChanges();
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const button = (name: string): HTMLButtonElement => {
    const found = Array.from(root.querySelectorAll('button')).find(
      (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
    );
    if (!found) throw new Error(`no button named ${name}`);
    return found;
  };
  const element = <T extends Element>(selector: string): T => {
    const found = root.querySelector<T>(selector);
    if (!found) throw new Error(`nothing matches ${selector}`);
    return found;
  };
  return { fixture, root, turnout, cast, fetch, button, element, unsubscribed: () => unsubscribed, settle: () => fixture.whenStable() };
}

describe('PollPage', () => {
  it('shows the question and live turnout, and stops listening when left', async () => {
    const { fixture, root, turnout, settle, unsubscribed, element } = await render(poll());
    expect(root.querySelector('h1')?.textContent).toContain('Wie soll der neue Integrationsplan heißen?');
    const status = element('.mr-poll__turnout');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent?.trim()).toBe('122 Personen haben bisher abgestimmt');
    turnout.next({ data: { pollTurnout: { pollId: 'p1', voters: 123 } } });
    await settle();
    expect(status.textContent?.trim()).toBe('123 Personen haben bisher abgestimmt');
    fixture.destroy();
    expect(unsubscribed()).toBe(true);
  });

  it('casts a vote after the review and shows the receipt once', async () => {
    const { root, cast, button, settle } = await render(poll());
    root.querySelectorAll<HTMLInputElement>('input[type="radio"]')[0].click();
    await settle();
    button(de.ballot.toReview).click();
    await settle();
    button(de.ballot.review.cast).click();
    await settle();
    expect(cast).toHaveBeenCalledWith({ variables: { input: { pollId: 'p1', choices: ['o1'], code: null } } });
    expect(root.querySelector('#receipt-heading')?.textContent).toContain(de.receipt.heading);
    expect(root.querySelector('.mr-receipt__code')?.textContent).toBe('ABCD-EFGH-JKMN');
    expect(button(de.receipt.copy)).toBeDefined();
    expect(button(de.receipt.print)).toBeDefined();
    expect(root.textContent).toContain(de.receipt.explainSecret);
    expect(root.querySelector('mr-ballot-form')).toBeNull();
  });

  it('sends logged-out people to the login and back, and offers the code field when codes count', async () => {
    const { root } = await render(
      poll({ acceptsCodes: true, viewer: { canVote: false, hasVoted: false, block: 'LOGIN_REQUIRED' } }),
    );
    const login = Array.from(root.querySelectorAll('a')).find((a) => a.textContent?.trim() === de.poll.login);
    expect(login?.getAttribute('href')).toBe('/login?returnUrl=%2Fvotes%2Fintegrationsplan');
    expect(root.querySelector('input[name="votingCode"]')).not.toBeNull();
  });

  it('explains a missing municipality with a link to the account', async () => {
    const { root } = await render(
      poll({ municipality: 'Hannover', viewer: { canVote: false, hasVoted: false, block: 'MUNICIPALITY_MISSING' } }),
    );
    expect(root.textContent).toContain('in Hannover wohnen');
    const link = Array.from(root.querySelectorAll('a')).find((a) => a.textContent?.trim() === de.poll.setMunicipality);
    expect(link?.getAttribute('href')).toBe('/account');
    expect(root.querySelector('mr-ballot-form')).toBeNull();
  });

  it('says when the viewer has voted and offers a change when allowed', async () => {
    const { root, button, settle } = await render(
      poll({ allowVoteChange: true, viewer: { canVote: true, hasVoted: true, block: null } }),
    );
    expect(root.textContent).toContain(de.poll.voted.heading);
    expect(root.querySelector('mr-ballot-form')).toBeNull();
    button(de.poll.voted.change).click();
    await settle();
    expect(root.querySelector('mr-ballot-form')).not.toBeNull();
  });

  it('shows the count in progress', async () => {
    const { fixture, root } = await render(poll({ status: 'COUNTING' }));
    expect(root.textContent).toContain('Die Stimmen werden ausgezählt');
    fixture.destroy();
  });

  it('is axe-clean with the ballot and after voting', async () => {
    const axe = (await import('axe-core')).default;
    const rules = { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } };
    const { root, button, settle } = await render(poll({ method: 'RANKED' }));
    expect((await axe.run(root, rules)).violations.map((v) => v.id)).toEqual([]);
    button('Wir sind Hannover einordnen').click();
    await settle();
    button(de.ballot.toReview).click();
    await settle();
    expect((await axe.run(root, rules)).violations.map((v) => v.id)).toEqual([]);
    button(de.ballot.review.cast).click();
    await settle();
    expect((await axe.run(root, rules)).violations.map((v) => v.id)).toEqual([]);
  }, 30_000);

  it('words refused votes for code voters', () => {
    expect(castErrorKey({ code: 'INVALID_TOKEN', fields: {} }, true)).toBe('votes.ballot.code.rejected');
    expect(castErrorKey({ code: 'ALREADY_VOTED', fields: {} }, true)).toBe('votes.ballot.code.used');
    expect(castErrorKey({ code: 'ALREADY_VOTED', fields: {} }, false)).toBe('errors.ALREADY_VOTED');
    expect(castErrorKey({ code: 'BAD_USER_INPUT', fields: { choices: ['TOO_MANY'] } }, false)).toBe('votes.ballot.problem.TOO_MANY');
  });
});
