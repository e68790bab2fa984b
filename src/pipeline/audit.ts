import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Principal } from '../auth/tokens.js';
import type { Database } from '../db/database.js';
import type { Resolvers } from '../generated/graphql.generated.js';
import { boundedInt } from '../graph/index.js';
import { fromGlobalId } from '../ids.js';
import type { Logger } from '../logger.js';
import type { AuditAction, AuditRow } from './model.js';
import { AUDIT_PAGE, RECORD_AUDIT } from './queries.js';
import { requireSignedIn } from './scope.js';
import { afterTimeCursor, timeCursor } from './time-cursor.js';

/** The longest detail kept (filters and a file name are far shorter). */
const DETAIL_MAX = 500;

/**
 * Records who read or exported pipeline data: one small write per request, and the same
 * fields in the service log. Never blocks the answer: a failed write is logged as a
 * warning and the answer goes out. Only for someone signed in who saw at least one lead,
 * so that reading an empty list writes nothing.
 */
export async function recordAudit(
  db: Database,
  log: Logger,
  principal: Principal,
  what: { action: AuditAction; detail: string; count: number },
): Promise<void> {
  if (!principal.subject || what.count <= 0) return;
  const entry: AuditRow = {
    id: randomUUID(),
    at: Date.now(),
    username: principal.subject,
    action: what.action,
    detail: what.detail.slice(0, DETAIL_MAX),
    count: what.count,
  };
  const { id: _id, ...fields } = entry;
  log.info({ audit: fields }, 'pipeline data read');
  try {
    await db.write(RECORD_AUDIT, { entry });
  } catch (err) {
    log.warn({ err, audit: fields }, 'the audit entry could not be written');
  }
}

/** A filter value as the audit shows it: a global id by its key (郑州, smartphone), anything else as given. */
export function shown(value: string): string {
  return fromGlobalId(value)?.key ?? value;
}

/** `name=value` pairs of the filters that were given, for an entry's detail. */
export function filtersOf(filters: Record<string, string | null | undefined>): string {
  return Object.entries(filters)
    .filter(([, v]) => v != null && v !== '')
    .map(([k, v]) => `${k}=${shown(v!)}`)
    .join(' ');
}

/** FORBIDDEN unless an administrator asks. */
function requireAdmin(principal: Principal): void {
  requireSignedIn(principal);
  if (principal.roles.includes('admin')) return;
  throw new GraphQLError('The audit of pipeline data is for administrators only.', {
    extensions: { code: 'FORBIDDEN', messageZh: '只有管理员可以查看招商数据的访问记录。', http: { status: 403 } },
  });
}

const cursorOf = (entry: AuditRow) => timeCursor(entry.at, entry.id);

export const auditResolvers: Resolvers = {
  Query: {
    pipelineAudit: async (_p, args, ctx) => {
      requireAdmin(ctx.principal);
      const limit = boundedInt('first', args.first, 50, 1, 100);
      const [row] = await ctx.db.read<{ total: number; page: AuditRow[] }>(AUDIT_PAGE, {
        username: args.username ?? null,
        limit: limit + 1,
        ...afterTimeCursor(args.after),
      });
      const items = row?.page ?? [];
      const edges = items.slice(0, limit).map((node) => ({ cursor: cursorOf(node), node }));
      return {
        totalCount: row?.total ?? 0,
        edges,
        pageInfo: {
          hasNextPage: items.length > limit,
          hasPreviousPage: !!args.after,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    },
  },
  AuditEntry: {
    at: (a: AuditRow) => new Date(a.at).toISOString(),
  },
};
