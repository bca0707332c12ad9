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
  SessionService,
  SupportProposalGQL,
  WithdrawSupportGQL,
  WordingHistoryGQL,
} from '@mitreden/web/core';
import type { PhaseKind, ProposalDetailFragment } from '@mitreden/web/core';
import { FollowButtonComponent } from '@mitreden/web/follows';
import { HiddenNoticeComponent, ReportButtonComponent } from '@mitreden/web/moderation';
import { ProposalLineageComponent } from '@mitreden/web/curation';
import { AssessmentPanelComponent, PublicAssessmentsComponent } from '@mitreden/web/assessments';
import { AnswerEditorComponent, OfficialAnswerComponent } from '@mitreden/web/answers';
import { ProposalInCatalogueComponent } from '@mitreden/web/catalogue';
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
/** The other libraries' slots have their own specs; stubbed so this spec needs no Apollo. */
@Component({ selector: 'mr-hidden-notice', template: '' })
class HiddenNoticeStub {
  readonly targetType = input<string>();
  readonly targetId = input<string>();
  readonly hidden = input<boolean>();
}
@Component({ selector: 'mr-proposal-lineage', template: '' })
class LineageStub {
  readonly proposalId = input<string>();
  readonly state = input<string>();
  readonly mergedIntoId = input<string | null>();
  readonly lineageCount = input<number>();
}
@Component({ selector: 'mr-report-button', template: '' })
class ReportStub {
  readonly targetType = input<string>();
  readonly targetId = input<string>();
  readonly targetLabel = input<string>();
}
@Component({ selector: 'mr-official-answer', template: '' })
class OfficialAnswerStub {
  readonly proposalId = input<string>();
}
@Component({ selector: 'mr-public-assessments', template: '' })
class PublicAssessmentsStub {
  readonly proposalId = input<string>();
}
@Component({ selector: 'mr-assessment-panel', template: '' })
class AssessmentPanelStub {
  readonly proposalId = input<string>();
}
@Component({ selector: 'mr-answer-editor', template: '' })
class AnswerEditorStub {
  readonly proposalId = input<string>();
}

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
  hidden: false,
  mergedIntoId: null,
  lineageCount: 0,
};

async function setUp(
  proposal: ProposalDetailFragment,
  {
    loggedIn = true,
    phase = 'FORUMS' as PhaseKind,
    support = jest.fn(),
    role = null as string | null,
    history = jest.fn(),
  }: { loggedIn?: boolean; phase?: PhaseKind; support?: jest.Mock; role?: string | null; history?: jest.Mock } = {},
) {
  const session = { known: signal(true), loggedIn: signal(loggedIn), user: signal(role ? { id: 'staff', role } : null) };
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
      { provide: WordingHistoryGQL, useValue: { fetch: history } },
      { provide: SupportProposalGQL, useValue: { mutate: support } },
      { provide: WithdrawSupportGQL, useValue: { mutate: jest.fn() } },
    ],
  });
  TestBed.overrideComponent(ProposalDetailPage, {
    remove: {
      imports: [
        CommentThreadComponent,
        FollowButtonComponent,
        HiddenNoticeComponent,
        ProposalLineageComponent,
        ReportButtonComponent,
        OfficialAnswerComponent,
        ProposalInCatalogueComponent,
        PublicAssessmentsComponent,
        AssessmentPanelComponent,
        AnswerEditorComponent,
      ],
    },
    add: {
      imports: [
        ThreadStub,
        FollowStub,
        HiddenNoticeStub,
        LineageStub,
        ReportStub,
        OfficialAnswerStub,
        PublicAssessmentsStub,
        AssessmentPanelStub,
        AnswerEditorStub,
      ],
    },
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

  it('keeps the Originalfassung one click away, with a word diff that does not rely on colour', async () => {
    const revision = (number: number, title: string, body: string, editorial: boolean, note: string | null) => ({
      revision: number,
      title,
      body,
      editorial,
      note,
      createdAt: `2026-11-0${number}T10:00:00Z`,
      editedBy: { id: `u${number}`, displayName: editorial ? 'Mo Moderation' : 'Rana' },
    });
    const history = jest.fn(() =>
      of({
        data: {
          proposal: {
            id: 'pr1',
            revisionCount: 2,
            revisions: [
              revision(1, 'Beirat einrichten', 'Ein Beirat für alle', false, null),
              revision(2, 'Einen Integrationsbeirat einrichten', 'Ein Beirat für alle Menschen', true, 'Titel präzisiert'),
            ],
          },
        },
      }),
    );
    const { element, harness } = await setUp({ ...PROPOSAL, revisionCount: 2 }, { history });
    expect(history).not.toHaveBeenCalled();
    const toggle = element.querySelector<HTMLButtonElement>('#wording-toggle');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    toggle?.click();
    await harness.fixture.whenStable();
    expect(history).toHaveBeenCalledWith({ variables: { id: 'pr1' }, fetchPolicy: 'network-only' });
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    const original = element.querySelector('[data-testid="wording-original"]');
    expect(text(original?.querySelector('.mr-wording__title'))).toBe('Beirat einrichten');
    expect(text(original?.querySelector('.mr-wording__text'))).toBe('Ein Beirat für alle');
    expect(text(original)).toContain('Rana');
    const diff = element.querySelector('[data-testid="wording-diff"]');
    expect(Array.from(diff?.querySelectorAll('.mr-wording__diff ins') ?? []).map(text)).toEqual([
      '[curation.wording.insertedStart] Einen Integrationsbeirat [curation.wording.insertedEnd]',
      '[curation.wording.insertedStart] Menschen [curation.wording.insertedEnd]',
    ]);
    expect(Array.from(diff?.querySelectorAll('.mr-wording__diff del') ?? []).map(text)).toEqual([
      '[curation.wording.deletedStart] Beirat [curation.wording.deletedEnd]',
    ]);
    expect(diff?.querySelector('.mr-wording__diff ins .mr-visually-hidden')).not.toBeNull();
    const versions = element.querySelectorAll('[data-testid="wording-versions"] > li');
    expect(versions).toHaveLength(2);
    expect(text(versions[0])).toContain('curation.wording.editorial');
    expect(text(versions[0])).toContain('Titel präzisiert');
    expect(text(versions[1])).not.toContain('curation.wording.editorial');
  });

  it('offers the revise button to moderators only, for published proposals', async () => {
    const resident = await setUp(PROPOSAL, { role: 'RESIDENT' });
    expect(resident.element.querySelector('#curation-revise')).toBeNull();
    TestBed.resetTestingModule();
    const moderator = await setUp(PROPOSAL, { role: 'MODERATOR' });
    expect(moderator.element.querySelector('mr-curation-actions #curation-revise')).not.toBeNull();
  });
});
