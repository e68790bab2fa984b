import { GraphQLError } from 'graphql';
import type { Principal } from '../auth/tokens.js';
import type { Database } from '../db/database.js';
import { PLACES_UNDER } from './queries.js';

/**
 * Who sees which leads, in one place, for every path that reads them: an officer those
 * of their home place and the places under it (provincial staff: the whole province);
 * an admin only with a provincial home place; readers, analysts and editors none.
 */
export type PipelineScope = {
  /** The place ids whose leads the caller may see (empty: none). */
  places: string[];
  /** Whether the caller may change those leads (officers). */
  mayWrite: boolean;
  /** The caller's home place id. */
  home: string | null;
};

const NONE: PipelineScope = { places: [], mayWrite: false, home: null };

/** The places under a place (itself included), cached for a minute: places change only with a seed. */
export class PlaceTree {
  private readonly cache = new Map<string, { at: number; level: string | null; ids: string[] }>();
  constructor(private readonly db: Database) {}

  async under(place: string): Promise<{ level: string | null; ids: string[] }> {
    const hit = this.cache.get(place);
    if (hit && Date.now() - hit.at < 60_000) return hit;
    const [row] = await this.db.read<{ level: string | null; ids: string[] }>(PLACES_UNDER, { place });
    const found = { at: Date.now(), level: row?.level ?? null, ids: row?.ids ?? [] };
    if (this.cache.size > 5_000) this.cache.clear();
    this.cache.set(place, found);
    return found;
  }
}

const trees = new WeakMap<Database, PlaceTree>();
export function placeTree(db: Database): PlaceTree {
  let tree = trees.get(db);
  if (!tree) trees.set(db, (tree = new PlaceTree(db)));
  return tree;
}

/** The caller's pipeline scope. */
export async function pipelineScope(db: Database, principal: Principal): Promise<PipelineScope> {
  if (!principal.subject || !principal.place) return NONE;
  const officer = principal.roles.includes('officer');
  const admin = principal.roles.includes('admin');
  if (!officer && !admin) return NONE;
  const { level, ids } = await placeTree(db).under(principal.place);
  if (!officer && level !== 'PROVINCE') return NONE;
  return { places: ids, mayWrite: officer, home: principal.place };
}

/** UNAUTHENTICATED when no one is signed in (the pipeline is never anonymous). */
export function requireSignedIn(principal: Principal): void {
  if (principal.subject) return;
  throw new GraphQLError('The pipeline needs you to sign in.', {
    extensions: { code: 'UNAUTHENTICATED', messageZh: '请先登录。', http: { status: 401 } },
  });
}

/** FORBIDDEN unless the caller may change leads (an officer). */
export function requireWriter(scope: PipelineScope, principal: Principal): void {
  requireSignedIn(principal);
  if (scope.mayWrite) return;
  throw new GraphQLError(
    principal.roles.includes('officer')
      ? 'Your account has no home place, so it has no leads: ask an administrator to set one.'
      : 'Changing leads needs the officer role.',
    {
      extensions: {
        code: 'FORBIDDEN',
        messageZh: principal.roles.includes('officer')
          ? '您的账号未设置所属地区，请联系管理员。'
          : '只有招商人员可以编辑招商项目。',
        http: { status: 403 },
      },
    },
  );
}

/** The place ids a filter `place` selects within the scope: the scope itself when no place is given. */
export async function placesWithin(
  db: Database,
  scope: PipelineScope,
  place: string | null | undefined,
): Promise<string[]> {
  if (!place) return scope.places;
  const allowed = new Set(scope.places);
  return (await placeTree(db).under(place)).ids.filter((id) => allowed.has(id));
}
