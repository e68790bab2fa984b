/** The Cypher of tokens: those issued from the command line, and those revoked. */

/** Records a token issued from the command line (its id, never the token itself). */
export const RECORD_ISSUED_TOKEN = `
MERGE (t:IssuedToken {id: $id})
SET t.subject = $subject, t.roles = $roles, t.issuedAt = $issuedAt, t.expiresAt = $expiresAt`;

/** Issued tokens, newest first, with whether each was revoked. */
export const ISSUED_TOKENS = `
MATCH (t:IssuedToken)
OPTIONAL MATCH (r:RevokedToken {id: t.id})
RETURN t.id AS id, t.subject AS subject, t.roles AS roles, t.issuedAt AS issuedAt, t.expiresAt AS expiresAt, r.revokedAt AS revokedAt
ORDER BY t.issuedAt DESC LIMIT 500`;

/** Revokes tokens by id; kept until they would have expired anyway. */
export const REVOKE_TOKENS = `
UNWIND $tokens AS token
MERGE (r:RevokedToken {id: token.id})
ON CREATE SET r.revokedAt = $now, r.subject = token.subject, r.expiresAt = token.expiresAt
RETURN count(r) AS revoked`;

/** The ids of the issued, unexpired tokens of a subject (to revoke them all). */
export const TOKENS_OF_SUBJECT = `
MATCH (t:IssuedToken {subject: $subject}) WHERE t.expiresAt > $now
RETURN t.id AS id, t.subject AS subject, t.expiresAt AS expiresAt`;

/** The revoked tokens that have not yet expired. */
export const REVOKED_TOKEN_IDS = 'MATCH (r:RevokedToken) WHERE r.expiresAt > $now RETURN r.id AS id';

/** Forgets revocations of tokens that have expired since. */
export const FORGET_EXPIRED_REVOCATIONS = 'MATCH (r:RevokedToken) WHERE r.expiresAt <= $now DELETE r';
