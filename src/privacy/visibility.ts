import type { Principal } from '../auth/tokens.js';
import { mayEditPlans, mayReadPrivate } from './fields.js';

/** What decides whether a node may be seen: its kind, and a plan's status. */
type Seen = { kind: string; status?: string | null };

/**
 * Who may see which nodes, in one place, for every path that hands out nodes by id
 * (`node`, `nodes`, a plan by id): the import history is for officers and admins; a
 * draft plan, its candidates and its review decisions for editors and admins. To
 * anyone else they do not exist.
 */
export function visibleTo(principal: Principal, node: Seen): boolean {
  if (node.kind === 'Import') return mayReadPrivate(principal);
  if (node.kind === 'Candidate' || node.kind === 'ReviewDecision') return mayEditPlans(principal);
  if (node.kind === 'Plan' && node.status === 'DRAFT') return mayEditPlans(principal);
  return true;
}
