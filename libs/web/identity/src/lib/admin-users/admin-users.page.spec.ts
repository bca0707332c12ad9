import { TestBed } from '@angular/core/testing';
import { CombinedGraphQLErrors } from '@apollo/client';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of, throwError } from 'rxjs';
import { AdminUsersGQL, SetUserRoleGQL } from '@mitreden/web/core';
import type { AdminUserRowFragment } from '@mitreden/web/core';
import identityDe from '../../i18n/de.json';
import { AdminUsersPage } from './admin-users.page';
import { RoleDialogComponent } from './role-dialog.component';

const USERS: AdminUserRowFragment[] = [
  {
    id: 'u1',
    displayName: 'Amira Haddad',
    email: 'amira@example.org',
    role: 'ADMIN',
    department: null,
    emailConfirmed: true,
    createdAt: '2026-11-01T10:00:00Z',
  },
  {
    id: 'u2',
    displayName: 'Jonas Weber',
    email: 'jonas@example.org',
    role: 'DEPARTMENT_EXPERT',
    department: 'Fachbereich Soziales',
    emailConfirmed: false,
    createdAt: '2026-11-02T10:00:00Z',
  },
];

const translocoTesting = TranslocoTestingModule.forRoot({
  langs: { de: { roles: { ADMIN: 'Administration', DEPARTMENT_EXPERT: 'Fachbereich' } }, 'identity/de': identityDe },
  translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
  preloadLangs: true,
});

describe('AdminUsersPage', () => {
  it('renders one accessible table row per user with role, department and confirmation in words', async () => {
    const fetch = jest.fn(() => of({ data: { users: { totalCount: 2, items: USERS } } }));
    TestBed.configureTestingModule({
      imports: [AdminUsersPage, translocoTesting],
      providers: [{ provide: AdminUsersGQL, useValue: { fetch } }],
    });
    const fixture = TestBed.createComponent(AdminUsersPage);
    fixture.autoDetectChanges();
    await fixture.whenStable();

    expect(fetch).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { search: null, role: null, offset: 0, limit: 20 } }),
    );
    const element: HTMLElement = fixture.nativeElement;
    const headers = Array.from(element.querySelectorAll('th')).map((th) => th.textContent?.trim());
    expect(headers).toEqual(['Anzeigename', 'E-Mail-Adresse', 'Rolle', 'Fachbereich', 'E-Mail bestätigt', 'Aktionen']);
    const rows = Array.from(element.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(rows).toEqual([
      ['Amira Haddad', 'amira@example.org', 'Administration', 'keiner–', 'Ja', 'Rolle ändern'],
      ['Jonas Weber', 'jonas@example.org', 'Fachbereich', 'Fachbereich Soziales', 'Nein', 'Rolle ändern'],
    ]);
    const buttons = Array.from(element.querySelectorAll('tbody button')).map((b) => b.getAttribute('aria-label'));
    expect(buttons).toEqual(['Rolle ändern für Amira Haddad', 'Rolle ändern für Jonas Weber']);
    expect(element.querySelector('[role="status"]')?.textContent).toContain('2 Benutzer*innen gefunden.');
  });

  it('announces a failed load instead of an empty table', async () => {
    const fetch = jest.fn(() =>
      throwError(() => new CombinedGraphQLErrors({ data: null, errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] })),
    );
    TestBed.configureTestingModule({
      imports: [AdminUsersPage, translocoTesting],
      providers: [{ provide: AdminUsersGQL, useValue: { fetch } }],
    });
    const fixture = TestBed.createComponent(AdminUsersPage);
    fixture.autoDetectChanges();
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('[role="status"]')?.textContent).toContain('errors.FORBIDDEN');
  });
});

describe('RoleDialogComponent', () => {
  function renderDialog(user: AdminUserRowFragment, mutate: jest.Mock) {
    const close = jest.fn();
    TestBed.configureTestingModule({
      imports: [RoleDialogComponent, translocoTesting],
      providers: [
        { provide: MAT_DIALOG_DATA, useValue: user },
        { provide: MatDialogRef, useValue: { close } },
        { provide: SetUserRoleGQL, useValue: { mutate } },
      ],
    });
    const fixture = TestBed.createComponent(RoleDialogComponent);
    fixture.autoDetectChanges();
    return { fixture, close };
  }

  it('shows the LAST_ADMIN refusal in the dialog and keeps it open', async () => {
    const mutate = jest.fn(() =>
      throwError(
        () => new CombinedGraphQLErrors({ data: null, errors: [{ message: 'last', extensions: { code: 'LAST_ADMIN' } }] }),
      ),
    );
    const { fixture, close } = renderDialog({ ...USERS[0] }, mutate);
    await fixture.whenStable();
    fixture.nativeElement.querySelector('form').dispatchEvent(new Event('submit'));
    await fixture.whenStable();

    expect(mutate).toHaveBeenCalledWith({ variables: { input: { userId: 'u1', role: 'ADMIN', department: null } } });
    expect(fixture.nativeElement.querySelector('[role="status"]')?.textContent).toContain('errors.LAST_ADMIN');
    expect(close).not.toHaveBeenCalled();
  });

  it('requires a department for department experts and sends it', async () => {
    const updated = { ...USERS[1], department: 'Fachbereich Bildung' };
    const mutate = jest.fn(() => of({ data: { setUserRole: updated } }));
    const { fixture, close } = renderDialog({ ...USERS[1], department: null }, mutate);
    await fixture.whenStable();
    const form = fixture.nativeElement.querySelector('form');
    form.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(mutate).not.toHaveBeenCalled();

    const department: HTMLInputElement = fixture.nativeElement.querySelector('input[formcontrolname="department"]');
    department.value = ' Fachbereich Bildung ';
    department.dispatchEvent(new Event('input'));
    form.dispatchEvent(new Event('submit'));
    await fixture.whenStable();

    expect(mutate).toHaveBeenCalledWith({
      variables: { input: { userId: 'u2', role: 'DEPARTMENT_EXPERT', department: 'Fachbereich Bildung' } },
    });
    expect(close).toHaveBeenCalledWith(updated);
  });
});
