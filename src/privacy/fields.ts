import type { Principal } from '../auth/tokens.js';

/**
 * What is private, in one place. These properties are stored sealed (see seal.ts), so
 * analysts' Cypher and backup files hold only ciphertext, and the API gives their values
 * to officers and admins only. Everything else in the graph is public: the plan, the
 * enterprises and their provenance (an import's file name and line included: the
 * source of a fact), targets and the figures recorded against them.
 */
export const PRIVATE_PROPERTIES = {
  /** Who ran an import or undid it, and on which machine and process. */
  Import: ['by', 'undoneBy', 'host', 'pid'],
  /** Who recorded a figure against a target, and their note on it. */
  Actual: ['recordedBy', 'note'],
  /** Who ingested, published or withdrew a plan. */
  Plan: ['ingestedBy', 'publishedBy', 'withdrawnBy'],
  /** Who decided on a candidate fact of a plan. */
  ReviewDecision: ['by'],
  /** A user's password hash (Argon2id): never readable outside the service, not even as a hash. */
  User: ['passwordHash'],
  /** A lead's note, the reasons it was paused or lost, its amounts (planned and actual). */
  Lead: ['note', 'pausedReason', 'lostReason', 'figures'],
  /** Who took part in an interaction (names and phones), what was said, the next action. */
  Interaction: ['ours', 'theirs', 'summary', 'nextSummary'],
  /** The note of a change of a lead. */
  LeadEvent: ['note'],
} as const;

/** Whether the asker may read private fields: officers and admins. */
export function mayReadPrivate(principal: Principal): boolean {
  return principal.roles.includes('officer') || principal.roles.includes('admin');
}

/** Whether the asker may ingest, review, publish and withdraw plans, and see drafts: editors and admins. */
export function mayEditPlans(principal: Principal): boolean {
  return principal.roles.includes('editor') || principal.roles.includes('admin');
}
