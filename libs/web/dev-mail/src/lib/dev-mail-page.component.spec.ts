import { TestBed } from '@angular/core/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { CombinedGraphQLErrors } from '@apollo/client';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of, throwError } from 'rxjs';
import type { Observable } from 'rxjs';
import { DevMailsGQL } from '@mitreden/web/core';
import type { DevMailsQuery } from '@mitreden/web/core';
import en from '../i18n/en.json';
import { DevMailPageComponent } from './dev-mail-page.component';

const confirmation: DevMailsQuery['devMails'][number] = {
  id: 'mail-2',
  to: ['anna@example.test'],
  from: 'noreply@mitreden.local',
  subject: 'Confirm your e-mail address',
  text: 'Hello Anna,\nconfirm here: http://localhost:3000/confirm-email?token=t0k3n.\nThanks',
  html: '<p>Hello <b>Anna</b></p><script>parent.hacked = true</script>',
  receivedAt: '2026-11-21T10:05:00.000Z',
};
const older: DevMailsQuery['devMails'][number] = {
  id: 'mail-1',
  to: ['ben@example.test'],
  from: 'noreply@mitreden.local',
  subject: 'Your password was changed',
  text: 'Only text',
  html: '',
  receivedAt: '2026-11-21T09:00:00.000Z',
};

function render(answer: () => Observable<unknown>): ComponentFixture<DevMailPageComponent> {
  TestBed.configureTestingModule({
    imports: [
      DevMailPageComponent,
      TranslocoTestingModule.forRoot({
        langs: { en: {}, 'devMail/en': en },
        translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
        preloadLangs: true,
      }),
    ],
    providers: [{ provide: DevMailsGQL, useValue: { fetch: answer } }],
  });
  return TestBed.createComponent(DevMailPageComponent);
}

async function settle(fixture: ComponentFixture<DevMailPageComponent>): Promise<HTMLElement> {
  await fixture.whenStable();
  fixture.detectChanges();
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('DevMailPageComponent', () => {
  it('lists the mails newest first and opens the newest one', async () => {
    const page = await settle(render(() => of({ data: { devMails: [confirmation, older] } })));

    expect(page.querySelector('h1')?.textContent).toContain('Development mailbox');
    expect(page.querySelector('[role="status"]')?.textContent).toContain('2 e-mail(s) received');
    const items = Array.from(page.querySelectorAll<HTMLButtonElement>('.dev-mail__item'));
    expect(items.map((item) => item.querySelector('.dev-mail__item-subject')?.textContent)).toEqual([
      confirmation.subject,
      older.subject,
    ]);
    expect(items[0].getAttribute('aria-current')).toBe('true');
    expect(page.querySelector('#dev-mail-subject')?.textContent).toBe(confirmation.subject);
  });

  it('makes links in the text version clickable without rendering mail text as HTML', async () => {
    const page = await settle(render(() => of({ data: { devMails: [confirmation] } })));
    const links = Array.from(page.querySelectorAll<HTMLAnchorElement>('.dev-mail__text a'));
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['http://localhost:3000/confirm-email?token=t0k3n']);
    expect(page.querySelector('.dev-mail__text')?.textContent).toContain('Thanks');
  });

  it('shows the HTML version in a titled iframe that may not run scripts', async () => {
    const page = await settle(render(() => of({ data: { devMails: [confirmation] } })));
    const frame = page.querySelector('iframe');
    expect(frame).not.toBeNull();
    const sandbox = frame?.getAttribute('sandbox') ?? '';
    expect(sandbox).not.toContain('allow-scripts');
    expect(sandbox).not.toContain('allow-same-origin');
    expect(frame?.getAttribute('title')).toContain(confirmation.subject);
    expect(frame?.getAttribute('srcdoc')).toContain('<b>Anna</b>');
  });

  it('switches to another mail and focuses its subject', async () => {
    const fixture = render(() => of({ data: { devMails: [confirmation, older] } }));
    const page = await settle(fixture);
    page.querySelectorAll<HTMLButtonElement>('.dev-mail__item')[1].click();
    await settle(fixture);
    await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));

    const heading = page.querySelector<HTMLElement>('#dev-mail-subject');
    expect(heading?.textContent).toBe(older.subject);
    expect(document.activeElement).toBe(heading);
    expect(page.querySelector('iframe')).toBeNull();
    expect(page.textContent).toContain('This e-mail has no HTML version.');
  });

  it('says so when the server has the viewer switched off', async () => {
    const notFound = new CombinedGraphQLErrors({
      errors: [{ message: 'The development mail viewer is not enabled', extensions: { code: 'NOT_FOUND' } }],
    });
    const page = await settle(render(() => throwError(() => notFound)));
    expect(page.querySelector('[role="status"]')?.textContent).toContain('not available');
    expect(page.querySelector('.dev-mail__item')).toBeNull();
  });

  it('offers an empty state and a retry after a failure', async () => {
    let calls = 0;
    const fixture = render(() => (++calls === 1 ? throwError(() => new Error('offline')) : of({ data: { devMails: [] } })));
    const page = await settle(fixture);
    expect(page.querySelector('[role="status"]')?.textContent).toContain('could not be loaded');

    page.querySelector<HTMLButtonElement>('.dev-mail__toolbar button')?.click();
    await settle(fixture);
    expect(page.querySelector('.dev-mail__empty')?.textContent).toContain('No e-mails yet');
  });
});
