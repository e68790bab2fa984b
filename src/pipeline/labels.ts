/**
 * The pipeline's island. Leads, their events and interactions, watchlists, the audit of
 * who read or exported them, and the accounts (users, sessions, tokens) are stored as nodes with these labels, joined to
 * each other by these relationship types only, and never by a relationship to a node
 * of the public graph: they name the enterprise, place and link they concern by id.
 * So a traversal that starts from the public graph never reaches them, and the
 * analyst's Cypher guard (src/cypher/guard.ts) refuses any plan that names these labels
 * or types, or that could reach a node without a label (all-nodes scans, seeks by id).
 */
export const PRIVATE_LABELS = [
  'Lead',
  'LeadEvent',
  'Interaction',
  'Watch',
  'FeedMark',
  'AuditEntry',
  'User',
  'Session',
  'IssuedToken',
  'RevokedToken',
] as const;

/** Relationship types inside the island. */
export const PRIVATE_TYPES = ['HAS_EVENT', 'HAS_INTERACTION', 'WATCHES'] as const;
