import { inject } from '@angular/core';
import { ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { provideApollo } from 'apollo-angular';
import { createClient } from 'graphql-ws';
import { LanguageService } from '../i18n/language.service';

/**
 * Same-origin `/graphql` with the session cookie. `apollo-require-preflight` satisfies the API's
 * CSRF prevention; `Accept-Language` lets the server translate its texts (process, action fields).
 * Subscriptions (live turnout) go over graphql-ws on the same path; the socket opens on the first
 * subscription only and reconnects by itself.
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
    const socket = new GraphQLWsLink(
      createClient({
        url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
        lazy: true,
        retryAttempts: Number.POSITIVE_INFINITY,
        shouldRetry: () => true,
      }),
    );
    const isSubscription = ({ query }: ApolloLink.Operation) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    };
    return {
      link: ApolloLink.split(isSubscription, socket, ApolloLink.from([headers, http])),
      cache: new InMemoryCache(),
    };
  });
}
