import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { Apollo } from 'apollo-angular';
import { isLocale } from '@mitreden/shared/contracts';
import { LanguageService } from '../i18n/language.service';
import { LogoutGQL, MeGQL } from '../graphql/generated';
import type { SessionUserFragment } from '../graphql/generated';

/**
 * Who is logged in, as the server says. `undefined` until the first `me` answer arrives, so guards
 * can wait instead of redirecting a logged-in person to the login page on a reload.
 */
@Injectable({ providedIn: 'root' })
export class SessionService {
  private readonly meQuery = inject(MeGQL);
  private readonly logoutMutation = inject(LogoutGQL);
  private readonly apollo = inject(Apollo);
  private readonly language = inject(LanguageService);

  private readonly state = signal<SessionUserFragment | null | undefined>(undefined);
  private pending: Promise<SessionUserFragment | null> | null = null;

  readonly user = computed(() => this.state() ?? null);
  readonly known = computed(() => this.state() !== undefined);
  readonly loggedIn = computed(() => !!this.state());
  readonly isAdmin = computed(() => this.state()?.role === 'ADMIN');

  /** Resolves once the session is known (the first `me` request finished or failed). */
  ready(): Promise<SessionUserFragment | null> {
    const current = this.state();
    if (current !== undefined) return Promise.resolve(current);
    return this.refresh();
  }

  refresh(): Promise<SessionUserFragment | null> {
    this.pending ??= firstValueFrom(this.meQuery.fetch({ fetchPolicy: 'network-only' }))
      .then((result) => result.data?.me ?? null)
      // Unreachable API: treat as logged out; the server still enforces every permission.
      .catch(() => null)
      .then((user) => {
        this.state.set(user);
        this.pending = null;
        return user;
      });
    return this.pending;
  }

  /** After a profile change the mutation already returned the fresh user. */
  setUser(user: SessionUserFragment): void {
    this.state.set(user);
  }

  /**
   * After login: a language picked on this device wins; otherwise the page switches to the
   * language saved in the account.
   */
  async startSession(user: SessionUserFragment): Promise<void> {
    this.state.set(user);
    if (!this.language.storedChoice() && isLocale(user.locale)) await this.language.use(user.locale);
  }

  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.logoutMutation.mutate());
    } finally {
      this.state.set(null);
      // Nothing of the previous person's data may remain for the next one on a shared computer.
      await this.apollo.client.clearStore();
    }
  }
}
