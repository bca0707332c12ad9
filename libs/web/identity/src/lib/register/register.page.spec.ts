import { TestBed } from '@angular/core/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CombinedGraphQLErrors } from '@apollo/client';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of, throwError } from 'rxjs';
import { RegisterGQL } from '@mitreden/web/core';
import identityDe from '../../i18n/de.json';
import { RegisterPage } from './register.page';

function render(mutate: jest.Mock) {
  TestBed.configureTestingModule({
    imports: [
      RegisterPage,
      TranslocoTestingModule.forRoot({
        langs: { de: {}, 'identity/de': identityDe },
        translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
        preloadLangs: true,
      }),
    ],
    providers: [provideRouter([]), { provide: RegisterGQL, useValue: { mutate } }],
  });
  const fixture = TestBed.createComponent(RegisterPage);
  fixture.autoDetectChanges();
  return fixture;
}

function field(fixture: ComponentFixture<RegisterPage>, name: string): HTMLInputElement {
  return fixture.nativeElement.querySelector(`input[formcontrolname="${name}"]`);
}

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('blur'));
}

function consentBox(fixture: ComponentFixture<RegisterPage>): HTMLInputElement {
  return fixture.nativeElement.querySelector('mat-checkbox input[type="checkbox"]');
}

function fillValidFields(fixture: ComponentFixture<RegisterPage>) {
  type(field(fixture, 'displayName'), 'Ayşe Öztürk');
  type(field(fixture, 'email'), 'ayse@example.org');
  type(field(fixture, 'password'), 'lange sichere passphrase');
}

async function submit(fixture: ComponentFixture<RegisterPage>) {
  fixture.nativeElement.querySelector('form').dispatchEvent(new Event('submit'));
  await fixture.whenStable();
  // afterNextRender (focus) runs after the render that whenStable waited for.
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

describe('RegisterPage', () => {
  it('labels every field visibly', async () => {
    const fixture = render(jest.fn());
    await fixture.whenStable();
    const labels = [...fixture.nativeElement.querySelectorAll('mat-label')].map((label: Element) => label.textContent?.trim());
    expect(labels).toEqual(['Anzeigename', 'E-Mail-Adresse', 'Passwort']);
    expect(field(fixture, 'email').getAttribute('autocomplete')).toBe('email');
    expect(field(fixture, 'password').getAttribute('autocomplete')).toBe('new-password');
  });

  it('refuses an invalid form, shows errors tied to the fields and focuses the first invalid one', async () => {
    const mutate = jest.fn();
    const fixture = render(mutate);
    await fixture.whenStable();
    type(field(fixture, 'displayName'), 'Ayşe');
    type(field(fixture, 'email'), 'not-an-address');

    await submit(fixture);

    expect(mutate).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(field(fixture, 'email'));
    const errors = [...fixture.nativeElement.querySelectorAll('mat-error')] as HTMLElement[];
    expect(errors.map((error) => error.textContent?.trim())).toEqual(['validation.email', 'validation.required']);
    // mat-form-field links each error to its input for screen readers.
    const describedBy = field(fixture, 'email').getAttribute('aria-describedby') ?? '';
    expect(describedBy.split(' ')).toContain(errors[0].id);
    expect(fixture.nativeElement.querySelector('[role="status"]').textContent).toContain('forms.checkFields');
  });

  it('sends the registration in the current language and shows the neutral confirmation message', async () => {
    const mutate = jest.fn(() => of({ data: { register: true } }));
    const fixture = render(mutate);
    await fixture.whenStable();
    type(field(fixture, 'displayName'), '  Ayşe Öztürk ');
    type(field(fixture, 'email'), 'ayse@example.org');
    type(field(fixture, 'password'), 'lange sichere passphrase');
    consentBox(fixture).click();

    await submit(fixture);

    expect(mutate).toHaveBeenCalledWith({
      variables: {
        input: {
          displayName: 'Ayşe Öztürk',
          email: 'ayse@example.org',
          password: 'lange sichere passphrase',
          locale: 'de',
          acceptPrivacy: true,
        },
      },
    });
    expect(fixture.nativeElement.querySelector('[role="status"]').textContent).toContain(
      'Wenn die Adresse verwendet werden kann',
    );
    expect(fixture.nativeElement.querySelector('form')).toBeNull();
  });

  it('puts server validation errors on the matching field and focuses it', async () => {
    const mutate = jest.fn(() =>
      throwError(
        () =>
          new CombinedGraphQLErrors({
            data: null,
            errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields: { 'input.displayName': ['maxLength'] } } }],
          }),
      ),
    );
    const fixture = render(mutate);
    await fixture.whenStable();
    type(field(fixture, 'displayName'), 'Name');
    type(field(fixture, 'email'), 'ayse@example.org');
    type(field(fixture, 'password'), 'lange sichere passphrase');
    consentBox(fixture).click();

    await submit(fixture);

    expect(document.activeElement).toBe(field(fixture, 'displayName'));
    expect(fixture.nativeElement.querySelector('mat-error')?.textContent?.trim()).toBe('validation.server.maxLength');
  });

  it('asks for consent to the privacy notice with a link that opens it in a new tab', async () => {
    const fixture = render(jest.fn());
    await fixture.whenStable();
    const box = consentBox(fixture);
    expect(box.required).toBe(true);
    expect(box.checked).toBe(false);
    const label = fixture.nativeElement.querySelector(`label[for="${box.id}"]`) as HTMLLabelElement;
    expect(label.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Ich habe die Datenschutzhinweise (öffnet in neuem Tab) gelesen und bin mit der Verarbeitung meiner Angaben einverstanden. *',
    );
    const link = label.querySelector('a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/privacy');
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener');
  });

  it('refuses to register without consent: the error is tied to the checkbox, which gets focus', async () => {
    const mutate = jest.fn();
    const fixture = render(mutate);
    await fixture.whenStable();
    fillValidFields(fixture);
    expect(fixture.nativeElement.querySelector('#register-consent-error')).toBeNull();

    await submit(fixture);

    expect(mutate).not.toHaveBeenCalled();
    const box = consentBox(fixture);
    expect(document.activeElement).toBe(box);
    expect(box.getAttribute('aria-invalid')).toBe('true');
    const error = fixture.nativeElement.querySelector('#register-consent-error') as HTMLElement;
    expect(error.textContent?.trim()).toBe(identityDe.register.consentRequired);
    expect(box.getAttribute('aria-describedby')).toBe('register-consent-error');

    box.click();
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('#register-consent-error')).toBeNull();
    expect(box.hasAttribute('aria-invalid')).toBe(false);
    expect(box.hasAttribute('aria-describedby')).toBe(false);
  });

  it('puts the server refusing the consent (mustAccept) on the checkbox and focuses it', async () => {
    const mutate = jest.fn(() =>
      throwError(
        () =>
          new CombinedGraphQLErrors({
            data: null,
            errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields: { 'input.acceptPrivacy': ['mustAccept'] } } }],
          }),
      ),
    );
    const fixture = render(mutate);
    await fixture.whenStable();
    fillValidFields(fixture);
    consentBox(fixture).click();

    await submit(fixture);

    expect(mutate).toHaveBeenCalled();
    expect(document.activeElement).toBe(consentBox(fixture));
    expect(consentBox(fixture).getAttribute('aria-invalid')).toBe('true');
    expect(fixture.nativeElement.querySelector('#register-consent-error')).not.toBeNull();
  });
});
