import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
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
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import { errorMessageKey, htmlLang, LanguageService, MailDeliveryFailuresGQL, toUiError } from '@mitreden/web/core';
import type { MailDeliveryFailuresQuery } from '@mitreden/web/core';

type MailFailure = MailDeliveryFailuresQuery['mailDeliveryFailures'][number];

type LoadState =
  | { status: 'loading' }
  | { status: 'loaded'; items: MailFailure[] }
  | { status: 'failed'; key: string };

/** The API's default; enough to spot a pattern without paging through history. */
export const MAIL_FAILURES_LIMIT = 50;

/** Templates with a translated name; others (added later in the API) show their technical name. */
const KNOWN_TEMPLATES: ReadonlySet<string> = new Set([
  'confirm_email',
  'account_exists',
  'reset_password',
  'password_changed',
]);

/**
 * Admin view of mails the worker gave up on, so someone notices a wrong address or a broken mail
 * server before residents complain that they never got their confirmation link.
 */
@Component({
  selector: 'mr-mail-failures-page',
  imports: [
    MatButton,
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
    TranslocoDirective,
  ],
  providers: [provideTranslocoScope('mail')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './mail-failures.page.html',
  styleUrl: './mail-failures.page.scss',
})
export class MailFailuresPage {
  private readonly failuresQuery = inject(MailDeliveryFailuresGQL);
  private readonly language = inject(LanguageService);

  protected readonly limit = MAIL_FAILURES_LIMIT;
  protected readonly columns = ['failedAt', 'recipientEmail', 'template', 'attempts', 'lastError'];

  /** Bumped by the reload button to fetch the list again. */
  private readonly reloads = signal(0);

  protected readonly state = toSignal(
    toObservable(this.reloads).pipe(
      switchMap(() =>
        this.failuresQuery.fetch({ variables: { limit: MAIL_FAILURES_LIMIT }, fetchPolicy: 'network-only' }).pipe(
          map((result): LoadState => {
            const items = result.data?.mailDeliveryFailures;
            return items ? { status: 'loaded', items } : { status: 'failed', key: 'errors.INTERNAL_SERVER_ERROR' };
          }),
          catchError((error: unknown) => of<LoadState>({ status: 'failed', key: errorMessageKey(toUiError(error)) })),
          startWith<LoadState>({ status: 'loading' }),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState },
  );

  /** Keeps the last rows visible while reloading, so the table does not jump. */
  private lastLoaded: MailFailure[] | null = null;
  protected readonly rows = computed(() => {
    const state = this.state();
    if (state.status === 'loaded') this.lastLoaded = state.items;
    return this.lastLoaded ?? [];
  });
  protected readonly failureKey = computed(() => {
    const state = this.state();
    return state.status === 'failed' ? state.key : null;
  });
  protected readonly loading = computed(() => this.state().status === 'loading');

  private readonly dateFormat = computed(
    () => new Intl.DateTimeFormat(htmlLang(this.language.current()), { dateStyle: 'medium', timeStyle: 'short' }),
  );
  private readonly numberFormat = computed(() => new Intl.NumberFormat(htmlLang(this.language.current())));

  protected reload(): void {
    this.reloads.update((count) => count + 1);
  }

  protected formatDate(value: string): string {
    return this.dateFormat().format(new Date(value));
  }

  protected formatNumber(value: number): string {
    return this.numberFormat().format(value);
  }

  protected templateKey(template: string): string | null {
    return KNOWN_TEMPLATES.has(template) ? `mail.failures.templates.${template}` : null;
  }

  protected readonly trackById = (_index: number, failure: MailFailure): string => failure.id;
}
