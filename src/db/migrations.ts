import type { Logger } from '../logger.js';
import type { Database } from './database.js';
import { SEARCH_INDEX } from '../search/queries.js';

/**
 * Constraints and indexes, applied at every start. Each statement is idempotent
 * (`IF NOT EXISTS`), so applying them again changes nothing. Domain areas add theirs
 * to this list; names say what they guard.
 */
const LABELS = [
  'Plan',
  'Section',
  'Category',
  'Sector',
  'Chain',
  'ChainLink',
  'Enterprise',
  'Place',
  'Cluster',
  'Project',
  'Target',
  'Stance',
  'Actual',
  'Import',
  'Candidate',
  'ReviewDecision',
];

export const MIGRATIONS: readonly string[] = [
  // Every node of the graph is an :Entity with a global id; the loader MERGEs on it.
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  // The same per label, so `MATCH (e:Enterprise {id: $id})` is an index seek too.
  ...LABELS.map((l) => `CREATE CONSTRAINT ${l.toLowerCase()}_id IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE`),
  'CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)',
  'CREATE INDEX enterprise_name IF NOT EXISTS FOR (n:Enterprise) ON (n.name)',
  // Only institutions carry it: counting them is an index scan, however many companies there are.
  'CREATE INDEX enterprise_organisation_kind IF NOT EXISTS FOR (n:Enterprise) ON (n.organisationKind)',
  'CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name)',
  'CREATE INDEX place_level IF NOT EXISTS FOR (n:Place) ON (n.level)',
  'CREATE INDEX sector_category IF NOT EXISTS FOR (n:Sector) ON (n.category)',
  'CREATE INDEX target_metric IF NOT EXISTS FOR (n:Target) ON (n.metric)',
  'CREATE INDEX target_year IF NOT EXISTS FOR (n:Target) ON (n.year)',
  'CREATE INDEX actual_target IF NOT EXISTS FOR (n:Actual) ON (n.targetId)',
  'CREATE INDEX stance_role IF NOT EXISTS FOR (n:Stance) ON (n.role)',
  'CREATE INDEX chain_link_name IF NOT EXISTS FOR (n:ChainLink) ON (n.name)',
  // Imports find enterprises by credit code and by alias with indexed lookups of just the values in the file.
  'CREATE INDEX enterprise_credit_code IF NOT EXISTS FOR (n:Enterprise) ON (n.creditCode)',
  'CREATE CONSTRAINT name_key IF NOT EXISTS FOR (k:NameKey) REQUIRE k.key IS UNIQUE',
  'CREATE INDEX import_status IF NOT EXISTS FOR (n:Import) ON (n.status)',
  // One lock node serialises the start of imports (MERGE on it needs the constraint to be safe).
  'CREATE CONSTRAINT import_lock IF NOT EXISTS FOR (l:ImportLock) REQUIRE l.key IS UNIQUE',
  // Plans by their key (one plan per text) and status; a plan's sections.
  'CREATE INDEX plan_key IF NOT EXISTS FOR (n:Plan) ON (n.key)',
  'CREATE INDEX plan_status IF NOT EXISTS FOR (n:Plan) ON (n.status)',
  'CREATE INDEX section_plan IF NOT EXISTS FOR (n:Section) ON (n.planId)',
  'CREATE INDEX place_code IF NOT EXISTS FOR (n:Place) ON (n.code)',
  // Tokens issued from the command line, and revoked ones, by their id (jti).
  'CREATE CONSTRAINT issued_token_id IF NOT EXISTS FOR (t:IssuedToken) REQUIRE t.id IS UNIQUE',
  'CREATE CONSTRAINT revoked_token_id IF NOT EXISTS FOR (t:RevokedToken) REQUIRE t.id IS UNIQUE',
  // Accounts: one user per username; browser sessions by their (hashed) id and by user, to end them all.
  'CREATE CONSTRAINT user_username IF NOT EXISTS FOR (u:User) REQUIRE u.username IS UNIQUE',
  'CREATE CONSTRAINT session_id IF NOT EXISTS FOR (s:Session) REQUIRE s.id IS UNIQUE',
  'CREATE INDEX session_username IF NOT EXISTS FOR (s:Session) ON (s.username)',
  // The pipeline's island (src/pipeline/labels.ts): leads by id, by place (every list is filtered by the caller's
  // places), by enterprise and link (the enterprise page, the chain map) and by activity (lists are newest first).
  'CREATE CONSTRAINT lead_id IF NOT EXISTS FOR (l:Lead) REQUIRE l.id IS UNIQUE',
  'CREATE INDEX lead_place IF NOT EXISTS FOR (l:Lead) ON (l.placeId)',
  'CREATE INDEX lead_enterprise IF NOT EXISTS FOR (l:Lead) ON (l.enterpriseId)',
  'CREATE INDEX lead_link IF NOT EXISTS FOR (l:Lead) ON (l.linkId)',
  'CREATE INDEX lead_updated IF NOT EXISTS FOR (l:Lead) ON (l.updatedAt)',
  'CREATE CONSTRAINT interaction_id IF NOT EXISTS FOR (i:Interaction) REQUIRE i.id IS UNIQUE',
  'CREATE CONSTRAINT lead_event_id IF NOT EXISTS FOR (e:LeadEvent) REQUIRE e.id IS UNIQUE',
  'CREATE INDEX watch_username IF NOT EXISTS FOR (w:Watch) ON (w.username)',
  // The audit of who read or exported pipeline data: listed newest first, or one person's.
  'CREATE INDEX audit_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at)',
  'CREATE INDEX audit_username IF NOT EXISTS FOR (a:AuditEntry) ON (a.username)',
  SEARCH_INDEX,
];

export async function applyMigrations(db: Database, log: Logger, statements = MIGRATIONS): Promise<void> {
  for (const cypher of statements) await db.schema(cypher);
  await db.schema('CALL db.awaitIndexes(300)');
  log.info({ statements: statements.length }, 'schema migrations applied');
}
