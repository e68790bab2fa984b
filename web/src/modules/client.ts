import { cacheExchange, Client, fetchExchange } from '@urql/core';
import urql from '@urql/vue';
import type { App } from 'vue';
import { token } from './session';

/**
 * The GraphQL client: the service's own /graphql, always POST with JSON (the server's
 * CSRF protection refuses GET without a preflight header), the session's token when
 * there is one. Answers are cached per document; a mutation refreshes the queries that
 * returned the types it changed.
 */
export const client = new Client({
  url: '/graphql',
  preferGetMethod: false,
  exchanges: [cacheExchange, fetchExchange],
  fetchOptions: (): RequestInit => (token.value ? { headers: { authorization: `Bearer ${token.value}` } } : {}),
});

export function installClient(app: App): void {
  app.use(urql, client);
}
