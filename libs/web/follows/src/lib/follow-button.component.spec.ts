import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of } from 'rxjs';
import { FollowGQL, SessionService, UnfollowGQL } from '@mitreden/web/core';
import followsDe from '../i18n/de.json';
import { FollowButtonComponent } from './follow-button.component';

function render(loggedIn: boolean, follow = jest.fn(() => of({ data: { follow: true } })), unfollow = jest.fn(() => of({ data: { unfollow: false } }))) {
  TestBed.configureTestingModule({
    imports: [
      FollowButtonComponent,
      TranslocoTestingModule.forRoot({
        langs: { de: {}, 'follows/de': followsDe },
        translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
        preloadLangs: true,
      }),
    ],
    providers: [
      provideRouter([]),
      { provide: FollowGQL, useValue: { mutate: follow } },
      { provide: UnfollowGQL, useValue: { mutate: unfollow } },
      { provide: SessionService, useValue: { known: signal(true), loggedIn: signal(loggedIn) } },
    ],
  });
  const fixture = TestBed.createComponent(FollowButtonComponent);
  fixture.componentRef.setInput('target', 'FORUM');
  fixture.componentRef.setInput('targetId', 'f1');
  fixture.componentRef.setInput('following', false);
  fixture.autoDetectChanges();
  return { fixture, follow, unfollow };
}

describe('FollowButtonComponent', () => {
  it('toggles following with aria-pressed and announces the result', async () => {
    const { fixture, follow, unfollow } = render(true);
    await fixture.whenStable();
    const button: HTMLButtonElement = fixture.nativeElement.querySelector('button');
    expect(button.textContent?.trim()).toBe('+Folgen');
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(fixture.nativeElement.querySelector(`#${button.getAttribute('aria-describedby')}`)?.textContent).toBe(
      followsDe.button.hint.FORUM,
    );

    button.click();
    await fixture.whenStable();
    expect(follow).toHaveBeenCalledWith({ variables: { target: 'FORUM', id: 'f1' } });
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(fixture.nativeElement.querySelector('[role="status"]').textContent).toBe(followsDe.button.followed);

    button.click();
    await fixture.whenStable();
    expect(unfollow).toHaveBeenCalledWith({ variables: { target: 'FORUM', id: 'f1' } });
    expect(button.getAttribute('aria-pressed')).toBe('false');
  });

  it('offers logged-out visitors a login link instead', async () => {
    const { fixture } = render(false);
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('button')).toBeNull();
    const link: HTMLAnchorElement = fixture.nativeElement.querySelector('a');
    expect(link.textContent?.trim()).toBe('Anmelden, um zu folgen');
    expect(link.getAttribute('href')).toContain('/login?returnUrl=');
  });
});
