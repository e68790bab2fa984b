import { randomBytes } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
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
    return {
      ...formatted,
      message: 'The database is not available right now; try again in a few seconds.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  if (code?.startsWith('Neo.ClientError.Statement') || code?.startsWith('Neo.ClientError.Procedure')) {
    return {
      ...formatted,
      message: `The query was refused: ${withoutJava(firstLine(formatted.message))}`,
      extensions: { code: 'BAD_USER_INPUT', neo4jCode: code },
    };
  }
  if (
    code === 'Neo.ClientError.Transaction.TransactionTimedOut' ||
    code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'
  ) {
    return {
      ...formatted,
      message: 'The query took too long and was stopped.',
      extensions: { code: 'BAD_USER_INPUT', neo4jCode: code },
    };
  }
  if (formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && / limit of \d+ exceeded/.test(formatted.message)) {
    // graphql-armor words its limits as syntax errors; they are limits on what a request may cost.
    return {
      ...formatted,
      message: `Request too complex: ${formatted.message.replace(/^Syntax Error: /, '')}`,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'LIMIT_EXCEEDED' },
    };
  }
  const known = formatted.extensions?.code;
  if (!known || known === 'INTERNAL_SERVER_ERROR') {
    // Never the error itself (a TypeError, a Java exception): a reference to the service log, which has it.
    const reference = (error as { extensions?: { reference?: string } })?.extensions?.reference;
    return {
      message: reference
        ? `Internal server error (reference ${reference}; the detail is in the service log).`
        : 'Internal server error.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        ...(reference ? { reference } : {}),
        messageZh: reference ? `服务器内部错误（编号 ${reference}），请联系管理员。` : '服务器内部错误，请联系管理员。',
      },
    };
  }
  const { stacktrace: _omit, http: _status, ...extensions } = formatted.extensions ?? {};
  // Apollo prefixes errors thrown while building the context; the reason is what matters.
  return { ...formatted, message: formatted.message.replace(/^Context creation failed: /, ''), extensions };
}

/**
 * Logs each unexpected error of a request (what formatError hides) with a short
 * reference, which the client is given instead of the error, so a person reporting
 * "reference 3f2a91c0" leads an administrator to the log line.
 */
export function logUnexpectedErrors(log: { error: (obj: object, msg: string) => void }): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, request }) {
          for (const err of errors) {
            const code = (err.extensions?.code ??
              (err.originalError as { extensions?: { code?: string } } | undefined)?.extensions?.code) as
              string | undefined;
            const driverCode = (err.originalError as { code?: string } | undefined)?.code;
            if (code && code !== 'INTERNAL_SERVER_ERROR') continue;
            if (driverCode && (UNAVAILABLE.has(driverCode) || driverCode.startsWith('Neo.ClientError'))) continue;
            const reference = randomBytes(4).toString('hex');
            (err.extensions as Record<string, unknown>).reference = reference;
            log.error(
              { reference, err: err.originalError ?? err, path: err.path, operation: request.operationName },
              'unexpected error in a request',
            );
          }
        },
      };
    },
  };
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}

/** A database message without the Java exception class names Neo4j sometimes puts in it. */
export function withoutJava(text: string): string {
  return text.replace(/\b(?:java|javax|org\.neo4j)(?:\.[\w$]+)+(?:Exception|Error)\b:?\s*/g, '').trim();
}
