import { inject } from '@angular/core';
import { ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { provideApollo } from 'apollo-angular';
import { LanguageService } from '../i18n/language.service';

/**
 * Same-origin `/graphql` with the session cookie. `apollo-require-preflight` satisfies the API's
 * CSRF prevention; `Accept-Language` lets the server translate its texts (process, action fields).
 */
export function provideGraphql() {
  return provideApollo(() => {
    const language = inject(LanguageService);
    const headers = new SetContextLink((previous) => ({
      headers: {
        ...(previous['headers'] as Record<string, string> | undefined),
        'Accept-Language': language.current(),
        'apollo-require-preflight': 'true',
      },
    }));
    const http = new HttpLink({ uri: '/graphql', credentials: 'include' });
    return {
      link: ApolloLink.from([headers, http]),
      cache: new InMemoryCache(),
    };
  });
}
