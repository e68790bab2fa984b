import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { Context } from './context.js';

export type ListLimits = {
  /** Most items any one list argument may hold (`nodes(ids:)`, `compareChain(places:)` …). */
  maxListItems: number;
  /** The request's cost limit, which list arguments count towards. */
  maxCost: number;
  /** Largest answer, in bytes of JSON. */
  maxResponseBytes: number;
};

/** A list argument of a field, with how many items it holds once variables are filled in. */
type ListArgument = { field: string; argument: string; items: number; selectionCost: number };

/**
 * List arguments priced and capped, and answers capped in size. graphql-armor prices a
 * field once whatever its arguments, so `nodes(ids:)` with 36,500 ids cost as much as
 * with one: here each list argument counts its items times what its field selects,
 * every list is capped, and an answer larger than the cap is replaced by an error
 * before it is sent.
 */
export function listLimits(limits: ListLimits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
          const lists = listArguments(operation, fragments, request.variables ?? {});
          const tooLong = lists.find((l) => l.items > limits.maxListItems);
          if (tooLong) {
            throw new GraphQLError(
              `${tooLong.field}(${tooLong.argument}:) has ${tooLong.items} items; a list argument may have at most ${limits.maxListItems}.`,
              { extensions: { code: 'BAD_USER_INPUT', argument: tooLong.argument, http: { status: 400 } } },
            );
          }
          const cost = lists.reduce((sum, l) => sum + Math.max(0, l.items - 1) * l.selectionCost, 0);
          if (cost > limits.maxCost) {
            throw new GraphQLError(
              `Request too complex: its list arguments cost ${cost}, over the limit of ${limits.maxCost}.`,
              {
                extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'LIMIT_EXCEEDED', http: { status: 400 } },
              },
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (!result.data) return;
          const bytes = Buffer.byteLength(JSON.stringify(result.data));
          if (bytes <= limits.maxResponseBytes) return;
          contextValue?.log?.warn(
            { bytes, limit: limits.maxResponseBytes },
            'an answer over the size limit was withheld',
          );
          response.body.singleResult = {
            errors: [
              {
                message: `The answer would be ${Math.ceil(bytes / 1024)} KB, over the limit of ${Math.floor(limits.maxResponseBytes / 1024)} KB; ask for fewer fields or a smaller page.`,
                extensions: { code: 'RESPONSE_TOO_LARGE' },
              },
            ],
            extensions: result.extensions,
          };
        },
      };
    },
  };
}

/** Every list argument in the operation, fragments followed, with its item count. */
function listArguments(
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): ListArgument[] {
  const found: ListArgument[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        for (const arg of s.arguments ?? []) {
          const items = largestList(arg.value, variables);
          if (items !== undefined)
            found.push({
              field: s.name.value,
              argument: arg.name.value,
              items,
              selectionCost: 1 + fieldCount(s, fragments),
            });
        }
        walk(s.selectionSet);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        walk(s.selectionSet);
      } else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        walk(fragments.get(s.name.value)?.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return found;
}

/** The longest list in an argument value (a literal or a variable, lists inside input objects included); undefined when it holds none. */
function largestList(value: ValueNode, variables: Record<string, unknown>): number | undefined {
  switch (value.kind) {
    case Kind.LIST:
      return Math.max(value.values.length, ...value.values.map((v) => largestList(v, variables) ?? 0));
    case Kind.OBJECT: {
      const inner = value.fields
        .map((f) => largestList(f.value, variables))
        .filter((n): n is number => n !== undefined);
      return inner.length ? Math.max(...inner) : undefined;
    }
    case Kind.VARIABLE:
      return largestIn(variables[value.name.value]);
    default:
      return undefined;
  }
}

function largestIn(value: unknown, depth = 0): number | undefined {
  if (depth > 10 || value === null || typeof value !== 'object') return undefined;
  const children = Array.isArray(value) ? value : Object.values(value);
  let largest = Array.isArray(value) ? value.length : undefined;
  for (const child of children) {
    const inner = largestIn(child, depth + 1);
    if (inner !== undefined) largest = Math.max(largest ?? 0, inner);
  }
  return largest;
}

/** How many fields a field selects, fragments included (each counted once). */
function fieldCount(field: FieldNode, fragments: Map<string, FragmentDefinitionNode>): number {
  let count = 0;
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        count++;
        walk(s.selectionSet);
      } else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        walk(fragments.get(s.name.value)?.selectionSet);
      }
    }
  };
  walk(field.selectionSet);
  return count;
}
