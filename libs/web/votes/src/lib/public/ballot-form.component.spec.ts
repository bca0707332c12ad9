import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { LanguageService } from '@mitreden/web/core';
import votesDe from '../../i18n/de.json';
import { BallotFormComponent } from './ballot-form.component';
import type { BallotCast, BallotFormPoll } from './ballot-form.component';

const de = votesDe.ballot;

function poll(overrides: Partial<BallotFormPoll> = {}): BallotFormPoll {
  return {
    id: 'p1',
    question: 'Wie soll der Plan heißen?',
    method: 'SINGLE',
    maxChoices: null,
    options: [
      { id: 'o2', position: 2, label: 'Miteinander', description: '', imageUrl: null, imageAlt: null },
      { id: 'o1', position: 1, label: 'Wir sind Hannover', description: 'Der Favorit', imageUrl: '/img/1', imageAlt: 'Logo' },
      { id: 'o3', position: 3, label: 'Vielfalt', description: '', imageUrl: null, imageAlt: null },
    ],
    ...overrides,
  };
}

async function render(value: BallotFormPoll, askCode = false) {
  TestBed.configureTestingModule({
    imports: [
      BallotFormComponent,
      TranslocoTestingModule.forRoot({
        langs: { de: {}, 'votes/de': votesDe },
        translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
        preloadLangs: true,
      }),
    ],
    providers: [{ provide: LanguageService, useValue: { current: signal('de') } }],
  });
  const fixture = TestBed.createComponent(BallotFormComponent);
  fixture.componentRef.setInput('poll', value);
  fixture.componentRef.setInput('askCode', askCode);
  const casts: BallotCast[] = [];
  fixture.componentInstance.cast.subscribe((cast) => casts.push(cast));
  fixture.autoDetectChanges();
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const settle = () => fixture.whenStable();
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
  return { fixture, root, casts, settle, button, element, component: fixture.componentInstance };
}

describe('BallotFormComponent', () => {
  it('single choice: one radio per option in ballot order, with image alt and description, then review and cast', async () => {
    const { root, casts, settle, button } = await render(poll());
    const radios = Array.from(root.querySelectorAll<HTMLInputElement>('input[type="radio"]'));
    expect(radios).toHaveLength(3);
    expect(root.querySelector('legend')?.textContent).toContain('Wie soll der Plan heißen?');
    expect(root.querySelector('img')?.getAttribute('alt')).toBe('Logo');
    expect(root.textContent).toContain('Der Favorit');

    button(de.toReview).click();
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(de.problem.EMPTY);

    radios[1].click();
    await settle();
    button(de.toReview).click();
    await settle();
    expect(root.querySelector('h2')?.textContent).toContain(de.review.heading);
    expect(root.querySelector('.mr-ballot__review')?.textContent).toContain('Miteinander');
    button(de.review.cast).click();
    expect(casts).toEqual([{ choices: ['o2'], code: null }]);
  });

  it('multiple choice: live count and the up-to-k check before the review', async () => {
    const { root, component, settle, button } = await render(poll({ method: 'MULTIPLE', maxChoices: 2 }));
    expect(root.textContent).toContain('Wählen Sie bis zu 2 Optionen.');
    const boxes = Array.from(root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
    boxes.forEach((box) => box.click());
    await settle();
    expect(component.selected()).toEqual(['o1', 'o2', 'o3']);
    expect(root.querySelector('.mr-ballot__count')?.textContent?.trim()).toBe('3 von höchstens 2 ausgewählt');
    button(de.toReview).click();
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('höchstens 2 Optionen');
    expect(component.step()).toBe('choose');
    boxes[0].click();
    await settle();
    button(de.toReview).click();
    await settle();
    expect(component.step()).toBe('review');
  });

  it('ranked: add, move with named buttons, announce the place, review in order', async () => {
    const { root, component, casts, settle, button } = await render(poll({ method: 'RANKED' }));
    expect(root.textContent).toContain(de.ranking.empty);
    button('Miteinander einordnen').click();
    await settle();
    button('Vielfalt einordnen').click();
    await settle();
    expect(component.ranking()).toEqual(['o2', 'o3']);
    expect(root.querySelector('[aria-live="polite"].mr-ballot__sr-only')?.textContent).toBe(
      'Vielfalt ist jetzt auf Platz 2 von 2.',
    );
    // The first has no "up", the last no "down".
    expect(button('Miteinander nach oben').disabled).toBe(true);
    expect(button('Vielfalt nach unten').disabled).toBe(true);

    button('Vielfalt nach oben').click();
    await settle();
    expect(component.ranking()).toEqual(['o3', 'o2']);
    expect(root.textContent).toContain('Vielfalt ist jetzt auf Platz 1 von 2.');
    expect(Array.from(root.querySelectorAll('ol.mr-ballot__ranked bdi')).map((e) => e.textContent)).toEqual([
      'Vielfalt',
      'Miteinander',
    ]);

    button('Miteinander aus der Reihenfolge entfernen').click();
    await settle();
    expect(component.ranking()).toEqual(['o3']);
    expect(root.textContent).toContain('Miteinander ist nicht mehr eingeordnet.');
    button('Wir sind Hannover einordnen').click();
    await settle();

    button(de.toReview).click();
    await settle();
    expect(Array.from(root.querySelectorAll('ol.mr-ballot__review li')).map((li) => li.textContent?.trim())).toEqual([
      'Vielfalt',
      'Wir sind Hannover',
    ]);
    button(de.review.change).click();
    await settle();
    expect(component.ranking()).toEqual(['o3', 'o1']);
    button(de.toReview).click();
    await settle();
    button(de.review.cast).click();
    expect(casts).toEqual([{ choices: ['o3', 'o1'], code: null }]);
  });

  it('ranked: an empty ranking is refused', async () => {
    const { root, component, settle, button } = await render(poll({ method: 'RANKED' }));
    button(de.toReview).click();
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(de.problem.EMPTY_RANKED);
    expect(component.step()).toBe('choose');
  });

  it('voting code: checks the format and sends it normalised', async () => {
    const { root, casts, settle, button, element } = await render(poll({ method: 'APPROVAL' }), true);
    element<HTMLInputElement>('input[type="checkbox"]').click();
    const code = element<HTMLInputElement>('input[name="votingCode"]');
    code.value = 'ABCD-0000';
    code.dispatchEvent(new Event('input'));
    await settle();
    button(de.toReview).click();
    await settle();
    expect(root.textContent).toContain(de.code.invalid);
    code.value = ' abcd efgh jkmn ';
    code.dispatchEvent(new Event('input'));
    await settle();
    button(de.toReview).click();
    await settle();
    expect(root.textContent).toContain('ABCD-EFGH-JKMN');
    button(de.review.cast).click();
    expect(casts).toEqual([{ choices: ['o1'], code: 'ABCDEFGHJKMN' }]);
  });

  it.each(['SINGLE', 'MULTIPLE', 'APPROVAL', 'RANKED'] as const)(
    'is axe-clean for %s (structure; contrast is checked in the browser)',
    async (method) => {
      const axe = (await import('axe-core')).default;
      const { root, settle, button } = await render(poll({ method, maxChoices: 2 }), true);
      if (method === 'RANKED') {
        button('Miteinander einordnen').click();
        await settle();
      }
      const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    },
    30_000,
  );
});
