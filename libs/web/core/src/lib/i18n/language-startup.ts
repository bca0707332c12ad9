import { inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { LanguageService } from './language.service';
import { resolveInitialLocale } from './locale-resolution';
import { SessionService } from '../session/session.service';
import { UpdateMyLocaleGQL } from '../graphql/generated';

const ACCOUNT_LOOKUP_TIMEOUT_MS = 2500;

function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return Promise.race([promise, new Promise<T>((resolve) => setTimeout(() => resolve(fallback), ms))]);
}

/**
 * App initializer: picks the first language (device choice → account → browser → German), loads it
 * before the first render, and afterwards keeps the server in step with language switches.
 */
export async function startLanguageAndSession(): Promise<void> {
  const language = inject(LanguageService);
  const session = inject(SessionService);
  const apollo = inject(Apollo);
  const updateMyLocale = inject(UpdateMyLocaleGQL);

  const stored = language.storedChoice();
  const user = session.refresh();
  // Only wait for the account when it decides the language; a slow API must not block the page long.
  const account = stored ? null : ((await within(user, ACCOUNT_LOOKUP_TIMEOUT_MS, null))?.locale ?? null);
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages;
  await language.use(resolveInitialLocale({ stored, account, browser }));

  language.changes.subscribe(async ({ locale, chosenByUser }) => {
    // A reset while `me` is still in flight would cancel it and log the person out visually.
    const current = await session.ready();
    // Server-translated texts (process, action fields) are cached per language: fetch them again.
    apollo.client.resetStore().catch(() => undefined);
    if (chosenByUser && current && current.locale !== locale) {
      updateMyLocale.mutate({ variables: { locale } }).subscribe({
        next: (result) => {
          if (result.data) session.setUser(result.data.updateMyProfile);
        },
        // The switch already applied on this device; the account keeps its old language.
        error: () => undefined,
      });
    }
  });
}
