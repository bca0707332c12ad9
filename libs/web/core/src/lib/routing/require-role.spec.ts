import { TestBed } from '@angular/core/testing';
import { RedirectCommand, Router, provideRouter } from '@angular/router';
import type { ActivatedRouteSnapshot, RouterStateSnapshot, UrlTree } from '@angular/router';
import { SessionService } from '../session/session.service';
import { requireRole } from './guards';

describe('requireRole', () => {
  function run(user: { role: string } | null): Promise<unknown> {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: SessionService, useValue: { ready: () => Promise.resolve(user) } }],
    });
    const guard = requireRole('project_group', 'admin');
    return TestBed.runInInjectionContext(() =>
      guard({} as ActivatedRouteSnapshot, { url: '/manage/processes' } as RouterStateSnapshot),
    ) as Promise<unknown>;
  }

  it('lets the named roles in', async () => {
    expect(await run({ role: 'PROJECT_GROUP' })).toBe(true);
    TestBed.resetTestingModule();
    expect(await run({ role: 'ADMIN' })).toBe(true);
  });

  it('sends anonymous visitors to the login page and back afterwards', async () => {
    const result = (await run(null)) as UrlTree;
    expect(TestBed.inject(Router).serializeUrl(result)).toBe('/login?returnUrl=%2Fmanage%2Fprocesses');
  });

  it.each(['RESIDENT', 'MODERATOR', 'DEPARTMENT_EXPERT'])('shows a %s "not found" without changing the address', async (role) => {
    const result = await run({ role });
    expect(result).toBeInstanceOf(RedirectCommand);
    const command = result as RedirectCommand;
    expect(TestBed.inject(Router).serializeUrl(command.redirectTo)).toBe('/not-found');
    expect(command.navigationBehaviorOptions?.skipLocationChange).toBe(true);
  });
});
