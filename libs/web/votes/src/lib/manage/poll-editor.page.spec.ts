import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { Router, provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { CombinedGraphQLErrors } from '@apollo/client';
import { Observable, of, throwError } from 'rxjs';
import {
  ClosePollNowGQL,
  DeletePollGQL,
  LanguageService,
  ManagedPollGQL,
  ManagePollProcessesGQL,
  PublishPollGQL,
  SavePollGQL,
  SetPollOptionImageGQL,
} from '@mitreden/web/core';
import type { ManagePollDetailFragment, PollInput } from '@mitreden/web/core';
import votesDe from '../../i18n/de.json';
import { PollEditorPage } from './poll-editor.page';

const tr = (de: string) => [{ locale: 'de', text: de }];

function poll(overrides: Partial<ManagePollDetailFragment> = {}): ManagePollDetailFragment {
  return {
    id: 'poll-1',
    slug: 'name-plan',
    status: 'DRAFT',
    opensAt: '2026-12-01T09:00:00.000Z',
    closesAt: '2026-12-15T17:00:00.000Z',
    turnout: 0,
    question: tr('Wie soll der Plan heißen?'),
    version: 3,
    processId: 'p1',
    phaseId: 'ph-vote',
    method: 'SINGLE',
    maxChoices: null,
    acceptsAccounts: true,
    acceptsCodes: false,
    allowVoteChange: false,
    municipality: null,
    description: [],
    options: [
      { id: 'o2', position: 2, imageUrl: null, label: tr('Zweite'), description: [], imageAlt: [] },
      { id: 'o1', position: 1, imageUrl: null, label: tr('Erste'), description: [], imageAlt: [] },
    ],
    codes: { generated: 0, used: 0, batches: 0 },
    ...overrides,
  };
}

type SaveResult = Observable<{ data: { savePoll: ManagePollDetailFragment } }>;

function badInput(code: string, fields: Record<string, string[]> = {}) {
  return new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code, fields } }] });
}

async function render(
  loaded: ManagePollDetailFragment | null,
  id: string | undefined,
  saveResult: () => SaveResult = () => of({ data: { savePoll: poll({ id: 'poll-9', version: 4 }) } }),
) {
  const save = jest.fn((_: { variables: { input: PollInput } }) => saveResult());
  const publish = jest.fn(() => of({ data: { publishPoll: poll({ status: 'SCHEDULED' }) } }));
  TestBed.configureTestingModule({
    imports: [
      PollEditorPage,
      TranslocoTestingModule.forRoot({
        langs: { de: {}, 'votes/de': votesDe },
        translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
        preloadLangs: true,
      }),
    ],
    providers: [
      provideRouter([]),
      provideNoopAnimations(),
      { provide: ManagedPollGQL, useValue: { fetch: () => of({ data: { managedPoll: loaded } }) } },
      {
        provide: ManagePollProcessesGQL,
        useValue: {
          watch: () => ({
            valueChanges: of({
              dataState: 'complete',
              data: {
                processes: [
                  {
                    id: 'p1',
                    title: 'Integration 2026',
                    isCurrent: true,
                    phases: [{ id: 'ph-vote', kind: 'VOTE', title: 'Abstimmung', startsAt: '', endsAt: '' }],
                  },
                ],
              },
            }),
          }),
        },
      },
      { provide: SavePollGQL, useValue: { mutate: save } },
      { provide: SetPollOptionImageGQL, useValue: { mutate: jest.fn() } },
      { provide: DeletePollGQL, useValue: { mutate: jest.fn() } },
      { provide: PublishPollGQL, useValue: { mutate: publish } },
      { provide: ClosePollNowGQL, useValue: { mutate: jest.fn() } },
      { provide: LanguageService, useValue: { current: signal('de'), direction: signal('ltr') } },
    ],
  });
  const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  const fixture = TestBed.createComponent(PollEditorPage);
  if (id) fixture.componentRef.setInput('id', id);
  fixture.autoDetectChanges();
  await fixture.whenStable();
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const button = (text: string) =>
    Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.trim().startsWith(text)) as HTMLButtonElement | undefined;
  return { fixture, el, save, publish, navigate, button };
}

// JIT-compiling Material on the first render is slow on CI machines.
jest.setTimeout(60_000);

describe('PollEditorPage', () => {
  afterEach(() => TestBed.resetTestingModule());

  it('loads a draft with options in ballot order and saves the whole document with its version', async () => {
    const { el, save, button, fixture } = await render(poll(), 'poll-1');
    const first = el.querySelector<HTMLInputElement>('#pm-option-0-label-de');
    expect(first?.value).toBe('Erste');
    // Keyboard reorder: move option 1 down.
    el.querySelector<HTMLButtonElement>('#pm-option-0-down')?.click();
    await fixture.whenStable();
    expect(el.querySelector<HTMLInputElement>('#pm-option-0-label-de')?.value).toBe('Zweite');
    button('Speichern')?.click();
    await fixture.whenStable();
    expect(save).toHaveBeenCalledTimes(1);
    const input = save.mock.calls[0]?.[0].variables.input;
    expect(input?.version).toBe(3);
    expect(input?.options.map((o) => o.id)).toEqual(['o2', 'o1']);
    expect(button('Veröffentlichen')).toBeDefined();
  });

  it('shows a published poll read-only without save or publish', async () => {
    const { el, button } = await render(poll({ status: 'OPEN' }), 'poll-1');
    expect(el.textContent).toContain('kann nicht mehr geändert werden');
    expect(el.querySelector<HTMLInputElement>('#pm-slug')?.disabled).toBe(true);
    expect(button('Speichern')).toBeUndefined();
    expect(button('Abstimmung jetzt beenden')).toBeDefined();
  });

  it('navigates to the saved poll after creating one', async () => {
    const { el, navigate, save, button, fixture } = await render(null, undefined);
    const set = (selector: string, value: string) => {
      const input = el.querySelector<HTMLInputElement>(selector);
      if (!input) throw new Error(selector);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    set('#pm-slug', 'neu');
    set('#pm-question-de', 'Frage?');
    set('#pm-opens-date', '2026-12-01');
    set('#pm-closes-date', '2026-12-10');
    set('#pm-option-0-label-de', 'Ja');
    set('#pm-option-1-label-de', 'Nein');
    button('Speichern')?.click();
    await fixture.whenStable();
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]?.[0].variables.input.processId).toBe('p1');
    expect(save.mock.calls[0]?.[0].variables.input.phaseId).toBe('ph-vote');
    expect(navigate).toHaveBeenCalledWith(['/manage/polls', 'poll-9']);
  });
});

describe('PollEditorPage server answers and confirmations', () => {
  afterEach(() => TestBed.resetTestingModule());

  it('shows server field errors at the fields they belong to', async () => {
    const { el, button, fixture } = await render(poll(), 'poll-1', () =>
      throwError(() => badInput('BAD_USER_INPUT', { slug: ['TAKEN'], closesAt: ['BEFORE_OPENING'], 'options.1.label': ['germanRequired'] })),
    );
    button('Speichern')?.click();
    await fixture.whenStable();
    expect(el.textContent).toContain('Diese Adresse ist schon vergeben.');
    expect(el.textContent).toContain('Das Ende muss nach dem Beginn liegen.');
    expect(el.querySelector('#pm-option-1-label-de')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('explains a version conflict and offers a reload', async () => {
    const { el, button, fixture } = await render(poll(), 'poll-1', () => throwError(() => badInput('CONFLICT')));
    button('Speichern')?.click();
    await fixture.whenStable();
    expect(el.textContent).toContain('Jemand anderes hat diese Abstimmung inzwischen geändert');
    expect(button('Neu laden')).toBeDefined();
  });

  it('publishes only after the confirmation saying the poll can no longer be edited', async () => {
    const { el, button, fixture, publish } = await render(poll(), 'poll-1');
    button('Veröffentlichen')?.click();
    await fixture.whenStable();
    const dialog = document.querySelector('mat-dialog-container');
    expect(dialog?.textContent).toContain('nicht mehr bearbeitet werden');
    const confirm = Array.from(dialog?.querySelectorAll('button') ?? []).find((b) => b.textContent?.trim() === 'Veröffentlichen');
    confirm?.click();
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    expect(publish).toHaveBeenCalledWith({ variables: { id: 'poll-1' } });
    expect(el.textContent).toContain('Die Abstimmung ist veröffentlicht.');
    expect(el.querySelector<HTMLInputElement>('#pm-slug')?.disabled).toBe(true);
  });
});

describe('PollEditorPage accessibility (axe in jsdom, no colour checks)', () => {
  afterEach(() => TestBed.resetTestingModule());

  it('has no axe violations on a draft', async () => {
    const axe = (await import('axe-core')).default;
    const { el } = await render(poll(), 'poll-1');
    document.body.appendChild(el);
    const result = await axe.run(el, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(result.passes.length).toBeGreaterThan(5);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
