import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of, throwError } from 'rxjs';
import { ChangePasswordGQL, MyMunicipalityGQL, SessionService, UpdateMyProfileGQL } from '@mitreden/web/core';
import identityDe from '../../i18n/de.json';
import { AccountPage } from './account.page';

const user = {
  id: 'u1',
  displayName: 'Ayşe Öztürk',
  role: 'RESIDENT',
  department: null,
  locale: 'de',
  email: 'ayse@example.org',
  emailConfirmed: true,
};

async function render(saved: { municipality: string | null } | 'error') {
  const mutate = jest.fn(({ variables }: { variables: { input: Record<string, unknown> } }) =>
    of({ data: { updateMyProfile: { ...user, municipality: variables.input['municipality'] ?? null } } }),
  );
  const fetch = jest.fn(() =>
    saved === 'error' ? throwError(() => new Error('offline')) : of({ data: { me: { id: 'u1', ...saved } } }),
  );
  TestBed.configureTestingModule({
    imports: [
      TranslocoTestingModule.forRoot({
        langs: { de: {}, 'identity/de': identityDe },
        translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
        preloadLangs: true,
      }),
    ],
    providers: [
      { provide: SessionService, useValue: { user: signal(user), setUser: jest.fn() } },
      { provide: UpdateMyProfileGQL, useValue: { mutate } },
      { provide: ChangePasswordGQL, useValue: { mutate: jest.fn() } },
      { provide: MyMunicipalityGQL, useValue: { fetch } },
    ],
  });
  const fixture = TestBed.createComponent(AccountPage);
  await fixture.whenStable();
  return { fixture, element: fixture.nativeElement as HTMLElement, mutate };
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

async function save(fixture: Awaited<ReturnType<typeof render>>['fixture']) {
  (fixture.nativeElement as HTMLElement).querySelector('form')?.dispatchEvent(new Event('submit'));
  await fixture.whenStable();
}

describe('AccountPage municipality', () => {
  it('shows the saved municipality with its explanation and saves a new choice', async () => {
    const { element, fixture, mutate } = await render({ municipality: 'Laatzen' });
    const select = element.querySelector('mat-select[formcontrolname="municipality"]');
    const field = select?.closest('mat-form-field');
    expect(text(field?.querySelector('mat-label'))).toBe('Wohnort (Kommune)');
    expect(text(field?.querySelector('mat-hint'))).toBe(
      'Für Abstimmungen, die auf eine Kommune beschränkt sind',
    );
    expect(text(select?.querySelector('.mat-mdc-select-value'))).toBe('Laatzen');

    select?.querySelector<HTMLElement>('.mat-mdc-select-trigger')?.click();
    await fixture.whenStable();
    const options = Array.from(document.querySelectorAll<HTMLElement>('mat-option'));
    expect(options.map(text)).toHaveLength(22);
    expect(text(options[0])).toBe('Keine Angabe');
    options.find((option) => text(option) === 'Wunstorf')?.click();
    await fixture.whenStable();

    await save(fixture);
    expect(mutate).toHaveBeenCalledWith({
      variables: { input: { displayName: 'Ayşe Öztürk', locale: 'de', municipality: 'Wunstorf' } },
    });
  });

  it('sends "" to clear it, and leaves it alone when the saved value could not be read', async () => {
    const first = await render({ municipality: null });
    await save(first.fixture);
    expect(first.mutate).toHaveBeenLastCalledWith({
      variables: { input: { displayName: 'Ayşe Öztürk', locale: 'de', municipality: '' } },
    });
    TestBed.resetTestingModule();

    const second = await render('error');
    await save(second.fixture);
    expect(second.mutate).toHaveBeenLastCalledWith({
      variables: { input: { displayName: 'Ayşe Öztürk', locale: 'de' } },
    });
  });
});
