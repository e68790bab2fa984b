import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';

/** Driver error codes and names that mean "the database is not there right now". */
const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** A GraphQL error for a request argument that cannot be used. */
export function badInput(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extra } });
}

/**
 * Shapes every error for the client: database outages become SERVICE_UNAVAILABLE,
 * anything unexpected becomes INTERNAL_SERVER_ERROR without internals or stack.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: { code?: string; name?: string } })?.originalError;
  const code = original?.code ?? original?.name;
  if (code && UNAVAILABLE.has(code)) {
    return { ...formatted, message: 'The database is not available right now; try again in a few seconds.', extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  if (code?.startsWith('Neo.ClientError.Statement') || code?.startsWith('Neo.ClientError.Procedure')) {
    return { ...formatted, message: `The query was refused: ${firstLine(formatted.message)}`, extensions: { code: 'BAD_USER_INPUT', neo4jCode: code } };
  }
  if (code === 'Neo.ClientError.Transaction.TransactionTimedOut' || code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
    return { ...formatted, message: 'The query took too long and was stopped.', extensions: { code: 'BAD_USER_INPUT', neo4jCode: code } };
  }
  if (formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && / limit of \d+ exceeded/.test(formatted.message)) {
    // graphql-armor words its limits as syntax errors; they are limits on what a request may cost.
    return { ...formatted, message: `Request too complex: ${formatted.message.replace(/^Syntax Error: /, '')}`, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'LIMIT_EXCEEDED' } };
  }
  const known = formatted.extensions?.code;
  if (!known || known === 'INTERNAL_SERVER_ERROR') {
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  const { stacktrace: _omit, http: _status, ...extensions } = formatted.extensions ?? {};
  // Apollo prefixes errors thrown while building the context; the reason is what matters.
  return { ...formatted, message: formatted.message.replace(/^Context creation failed: /, ''), extensions };
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
