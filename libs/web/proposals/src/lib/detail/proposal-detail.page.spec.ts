import { Component, input, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CombinedGraphQLErrors } from '@apollo/client';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of, throwError } from 'rxjs';
import { CommentThreadComponent } from '@mitreden/web/comments';
import {
  ProposalDetailPageGQL,
  ProposalRevisionsGQL,
  SessionService,
  SupportProposalGQL,
  WithdrawSupportGQL,
} from '@mitreden/web/core';
import type { PhaseKind, ProposalDetailFragment } from '@mitreden/web/core';
import { FollowButtonComponent } from '@mitreden/web/follows';
import proposalsDe from '../../i18n/de.json';
import { ProposalDetailPage } from './proposal-detail.page';

/** The thread and follow button have their own specs; here only their placement matters. */
@Component({ selector: 'mr-comment-thread', template: '' })
class ThreadStub {
  readonly proposalId = input.required<string>();
  readonly canParticipate = input(true);
}
@Component({ selector: 'mr-follow-button', template: '' })
class FollowStub {
  readonly target = input.required<string>();
  readonly targetId = input.required<string>();
  readonly following = input(false);
}
@Component({ template: '' })
class EmptyPage {}

const PROPOSAL: ProposalDetailFragment = {
  id: 'pr1',
  number: 7,
  kind: 'MEASURE',
  title: 'Einen Integrationsbeirat einrichten',
  state: 'PUBLISHED',
  source: 'FORUM',
  language: 'de',
  participantCount: 18,
  supportCount: 2,
  commentCount: 1,
  supportedByMe: false,
  createdAt: '2026-11-01T10:00:00Z',
  author: null,
  enteredBy: { id: 'm1', displayName: 'Mo Moderation' },
  actionField: { id: 'af1', title: 'Partizipation und Teilhabe' },
  forum: { id: 'f1', title: 'Forum 1' },
  processId: 'p1',
  processSlug: 'wir-sind-hannover',
  participationOpen: true,
  body: 'Text',
  bodyHtml: '<p>Text mit <strong>Betonung</strong></p>',
  goalId: 'g1',
  goalTitle: 'Politische Partizipation ermöglichen',
  canEdit: false,
  canWithdraw: false,
  followedByMe: false,
  revisionCount: 1,
  updatedAt: '2026-11-01T10:00:00Z',
  withdrawnAt: null,
  withdrawalReason: null,
};

async function setUp(
  proposal: ProposalDetailFragment,
  { loggedIn = true, phase = 'FORUMS' as PhaseKind, support = jest.fn() }: { loggedIn?: boolean; phase?: PhaseKind; support?: jest.Mock } = {},
) {
  const session = { known: signal(true), loggedIn: signal(loggedIn), user: signal(null) };
  TestBed.configureTestingModule({
    imports: [
      TranslocoTestingModule.forRoot({
        langs: { de: { status: { success: 'Erledigt', error: 'Fehler' } }, 'proposals/de': proposalsDe },
        translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
        preloadLangs: true,
      }),
    ],
    providers: [
      provideRouter(
        [
          { path: 'proposals/:id', component: ProposalDetailPage },
          { path: '**', component: EmptyPage },
        ],
        withComponentInputBinding(),
      ),
      { provide: SessionService, useValue: session },
      {
        provide: ProposalDetailPageGQL,
        useValue: {
          fetch: () =>
            of({ data: { proposal: { ...proposal, participationOpen: phase === 'FORUMS' } } }),
        },
      },
      { provide: ProposalRevisionsGQL, useValue: { fetch: jest.fn() } },
      { provide: SupportProposalGQL, useValue: { mutate: support } },
      { provide: WithdrawSupportGQL, useValue: { mutate: jest.fn() } },
    ],
  });
  TestBed.overrideComponent(ProposalDetailPage, {
    remove: { imports: [CommentThreadComponent, FollowButtonComponent] },
    add: { imports: [ThreadStub, FollowStub] },
  });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(`/proposals/${proposal.id}`);
  await harness.fixture.whenStable();
  return { harness, element: harness.routeNativeElement as HTMLElement };
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

describe('ProposalDetailPage', () => {
  it('shows the proposal with its rendered body, the goal it serves, who entered it and the places for follow and comments', async () => {
    const { element } = await setUp(PROPOSAL);
    expect(text(element.querySelector('h1'))).toBe('Einen Integrationsbeirat einrichten');
    expect(element.querySelector('.mr-proposal__body strong')?.textContent).toBe('Betonung');
    expect(element.querySelector('.mr-goal a')?.getAttribute('href')).toBe('/proposals/g1');
    const facts = Object.fromEntries(
      Array.from(element.querySelectorAll('.mr-facts > div')).map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]),
    );
    expect(facts).toMatchObject({
      Handlungsfeld: 'Partizipation und Teilhabe',
      Forum: 'Forum 1',
      Herkunft: 'Forum',
      'Erfasst von': 'Mo Moderation (Moderation)',
      'Beteiligte Personen': '18',
      Sprache: 'Deutsch',
    });
    expect(element.querySelector('.mr-back a')?.getAttribute('href')).toBe('/processes/wir-sind-hannover/proposals');
    expect(element.querySelector('mr-follow-button')).not.toBeNull();
    expect(element.querySelector('mr-comment-thread')).not.toBeNull();
    expect(element.textContent).not.toContain('Bearbeiten');
  });

  it('supports as a toggle button and announces the new count', async () => {
    const support = jest.fn(() => of({ data: { supportProposal: { id: 'pr1', supportCount: 3, supportedByMe: true } } }));
    const { element, harness } = await setUp(PROPOSAL, { support });
    const button = element.querySelector<HTMLButtonElement>('.mr-support__actions button');
    expect(text(button)).toBe('Unterstützen');
    expect(button?.getAttribute('aria-pressed')).toBe('false');
    button?.click();
    await harness.fixture.whenStable();
    expect(support).toHaveBeenCalledWith({ variables: { id: 'pr1' } });
    expect(text(button)).toBe('Unterstützt');
    expect(button?.getAttribute('aria-pressed')).toBe('true');
    expect(text(element.querySelector('.mr-support__counts'))).toContain('Unterstützungen: 3');
    expect(text(element.querySelector('[role="status"]'))).toContain('Sie unterstützen diesen Vorschlag. Unterstützungen: 3');
  });

  it('shows a refusal from the server by its code', async () => {
    const support = jest.fn(() =>
      throwError(() => new CombinedGraphQLErrors({ data: null, errors: [{ message: 'x', extensions: { code: 'PHASE_CLOSED' } }] })),
    );
    const { element, harness } = await setUp(PROPOSAL, { support });
    element.querySelector<HTMLButtonElement>('.mr-support__actions button')?.click();
    await harness.fixture.whenStable();
    expect(text(element.querySelector('[role="status"]'))).toContain('errors.PHASE_CLOSED');
  });

  it('sends logged-out visitors to the login with a way back', async () => {
    const { element } = await setUp(PROPOSAL, { loggedIn: false });
    const link = element.querySelector('.mr-support__actions a');
    expect(text(link)).toBe('Zum Unterstützen anmelden');
    expect(link?.getAttribute('href')).toBe('/login?returnUrl=%2Fproposals%2Fpr1');
  });

  it('disables support with the reason outside the forums phase and for withdrawn proposals', async () => {
    const closed = await setUp(PROPOSAL, { phase: 'ASSESSMENT' });
    const button = closed.element.querySelector<HTMLButtonElement>('.mr-support__actions button');
    expect(button?.disabled).toBe(true);
    expect(text(closed.element.querySelector(`#${button?.getAttribute('aria-describedby')}`))).toBe(
      'Unterstützen ist nur während der Forenphase möglich.',
    );

    TestBed.resetTestingModule();
    const withdrawn = await setUp({
      ...PROPOSAL,
      state: 'WITHDRAWN',
      withdrawnAt: '2026-11-10T10:00:00Z',
      withdrawalReason: 'Doppelt eingereicht.',
    });
    expect(text(withdrawn.element.querySelector('#withdrawn-banner'))).toContain('Doppelt eingereicht.');
    expect(withdrawn.element.querySelector<HTMLButtonElement>('.mr-support__actions button')?.disabled).toBe(true);
    expect(text(withdrawn.element.querySelector('#support-block'))).toBe('Zurückgezogene Vorschläge können nicht mehr unterstützt werden.');
  });

  it('offers edit and withdraw to the author', async () => {
    const { element } = await setUp({ ...PROPOSAL, canEdit: true, canWithdraw: true, author: { id: 'u1', displayName: 'Rana' } });
    const actions = Array.from(element.querySelectorAll('.mr-support__actions a, .mr-support__actions button')).map(text);
    expect(actions).toEqual(['Unterstützen', 'Bearbeiten', 'Zurückziehen']);
    expect(element.querySelector('a[href="/proposals/pr1/edit"]')).not.toBeNull();
  });
});
