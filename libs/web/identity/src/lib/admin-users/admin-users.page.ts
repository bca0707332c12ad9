import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatPaginator, MatPaginatorIntl } from '@angular/material/paginator';
import type { PageEvent } from '@angular/material/paginator';
import { MatOption, MatSelect } from '@angular/material/select';
import {
  MatCell,
  MatCellDef,
  MatColumnDef,
  MatHeaderCell,
  MatHeaderCellDef,
  MatHeaderRow,
  MatHeaderRowDef,
  MatRow,
  MatRowDef,
  MatTable,
} from '@angular/material/table';
import { provideTranslocoScope, TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { catchError, debounceTime, distinctUntilChanged, map, of, startWith, switchMap } from 'rxjs';
import { AdminUsersGQL, errorMessageKey, toUiError } from '@mitreden/web/core';
import type { AdminUserRowFragment, Role } from '@mitreden/web/core';
import { RoleDialogComponent } from './role-dialog.component';
import { TranslatedPaginatorIntl } from './translated-paginator-intl';
import { ROLE_OPTIONS } from './role-labels';

interface Filters {
  search: string;
  role: Role | null;
  pageIndex: number;
  pageSize: number;
}

type LoadState =
  | { status: 'loading' }
  | { status: 'loaded'; items: AdminUserRowFragment[]; totalCount: number }
  | { status: 'failed'; key: string };

const SEARCH_DEBOUNCE_MS = 300;

@Component({
  selector: 'mr-admin-users-page',
  imports: [
    FormsModule,
    MatButton,
    MatCell,
    MatCellDef,
    MatColumnDef,
    MatFormField,
    MatHeaderCell,
    MatHeaderCellDef,
    MatHeaderRow,
    MatHeaderRowDef,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatPaginator,
    MatRow,
    MatRowDef,
    MatSelect,
    MatTable,
    TranslocoDirective,
  ],
  providers: [provideTranslocoScope('identity'), { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './admin-users.page.html',
  styleUrl: './admin-users.page.scss',
})
export class AdminUsersPage {
  private readonly usersQuery = inject(AdminUsersGQL);
  private readonly dialog = inject(MatDialog);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly transloco = inject(TranslocoService);

  protected readonly roles = ROLE_OPTIONS;
  /** A real option value, so the select shows "all roles" instead of looking empty. */
  protected readonly allRoles = 'ALL';
  protected readonly columns = ['displayName', 'email', 'role', 'department', 'emailConfirmed', 'actions'];
  protected readonly pageSizes = [10, 20, 50];

  protected readonly search = signal('');
  protected readonly role = signal<Role | null>(null);
  protected readonly page = signal({ pageIndex: 0, pageSize: 20 });
  /** Bumped to fetch the current page again after a change. */
  private readonly reload = signal(0);

  private readonly debouncedSearch = toSignal(
    toObservable(this.search).pipe(debounceTime(SEARCH_DEBOUNCE_MS), map((value) => value.trim()), distinctUntilChanged()),
    { initialValue: '' },
  );

  private readonly filters = computed<Filters & { reload: number }>(() => ({
    search: this.debouncedSearch(),
    role: this.role(),
    ...this.page(),
    reload: this.reload(),
  }));

  protected readonly state = toSignal(
    toObservable(this.filters).pipe(
      switchMap((filters) =>
        this.usersQuery
          .fetch({
            variables: {
              search: filters.search || null,
              role: filters.role,
              offset: filters.pageIndex * filters.pageSize,
              limit: filters.pageSize,
            },
            fetchPolicy: 'network-only',
          })
          .pipe(
            map((result): LoadState => {
              const page = result.data?.users;
              return page
                ? { status: 'loaded', items: page.items, totalCount: page.totalCount }
                : { status: 'failed', key: 'errors.INTERNAL_SERVER_ERROR' };
            }),
            catchError((error: unknown) => of<LoadState>({ status: 'failed', key: errorMessageKey(toUiError(error)) })),
            startWith<LoadState>({ status: 'loading' }),
          ),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState },
  );

  /** Keeps the last rows visible while the next page loads, so the table does not jump. */
  private lastLoaded: Extract<LoadState, { status: 'loaded' }> | null = null;
  protected readonly rows = computed(() => {
    const state = this.state();
    if (state.status === 'loaded') this.lastLoaded = state;
    return this.lastLoaded?.items ?? [];
  });
  protected readonly totalCount = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.totalCount : (this.lastLoaded?.totalCount ?? 0);
  });
  protected readonly failureKey = computed(() => {
    const state = this.state();
    return state.status === 'failed' ? state.key : null;
  });
  protected readonly loading = computed(() => this.state().status === 'loading');

  protected setSearch(value: string): void {
    this.search.set(value);
    this.page.update((page) => ({ ...page, pageIndex: 0 }));
  }

  protected setRole(role: Role | typeof this.allRoles): void {
    this.role.set(role === this.allRoles ? null : role);
    this.page.update((page) => ({ ...page, pageIndex: 0 }));
  }

  protected changePage(event: PageEvent): void {
    this.page.set({ pageIndex: event.pageIndex, pageSize: event.pageSize });
  }

  /** Rows keep their DOM across reloads, so focus can return to the button that opened the dialog. */
  protected readonly trackById = (_index: number, user: AdminUserRowFragment): string => user.id;

  protected editRole(user: AdminUserRowFragment): void {
    const dialogRef = this.dialog.open(RoleDialogComponent, {
      data: user,
      width: 'min(32rem, calc(100vw - 2rem))',
      maxWidth: '100vw',
      restoreFocus: true,
    });
    dialogRef.afterClosed().subscribe((updated: AdminUserRowFragment | undefined) => {
      if (!updated) return;
      this.reload.update((count) => count + 1);
      const role = this.transloco.translate(`roles.${updated.role}`);
      void this.announcer.announce(
        this.transloco.translate('identity.admin.roleChanged', { name: updated.displayName, role }),
        'polite',
      );
    });
  }
}
