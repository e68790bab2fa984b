/** The Cypher of accounts: users, their sign-in failures and their browser sessions. */

/** A user by username, with the hash and lock state sign-in needs. */
export const USER_FOR_SIGN_IN = `
MATCH (u:User {username: $username})
RETURN u.username AS username, u.name AS name, u.roles AS roles, u.place AS place, u.active AS active,
       u.passwordHash AS passwordHash, coalesce(u.failedSignIns, 0) AS failedSignIns, u.lockedUntil AS lockedUntil`;

/** Counts a failed sign-in (from one again after a lock ran out); locks the account for `$lockMs` once the failures reach `$maxFailures`. */
export const RECORD_FAILED_SIGN_IN = `
MATCH (u:User {username: $username})
SET u.failedSignIns = CASE WHEN u.lockedUntil IS NOT NULL AND u.lockedUntil <= $now THEN 1 ELSE coalesce(u.failedSignIns, 0) + 1 END
SET u.lockedUntil = CASE WHEN u.failedSignIns >= $maxFailures THEN $now + $lockMs WHEN u.lockedUntil <= $now THEN null ELSE u.lockedUntil END
RETURN u.failedSignIns AS failedSignIns, u.lockedUntil AS lockedUntil`;

/** A successful sign-in clears the failures. */
export const RECORD_SIGN_IN = `
MATCH (u:User {username: $username})
SET u.failedSignIns = 0, u.lockedUntil = null, u.lastSignInAt = $now`;

/** Adds a user; fails on the username's unique constraint when it is taken. */
export const CREATE_USER = `
CREATE (u:User {id: 'user:' + $username, username: $username, name: $name, roles: $roles, place: $place, active: true,
                passwordHash: $passwordHash, failedSignIns: 0, createdAt: $now, updatedAt: $now})
RETURN u.username AS username`;

/** Every user, by username, without hashes. */
export const USERS = `
MATCH (u:User)
OPTIONAL MATCH (p:Place {id: u.place})
RETURN u.username AS username, u.name AS name, u.roles AS roles, p.name AS place, u.place AS placeId, u.active AS active,
       u.lockedUntil AS lockedUntil, u.lastSignInAt AS lastSignInAt, u.createdAt AS createdAt
ORDER BY u.username LIMIT 1000`;

/** Sets a user's password, clears a lock, and ends their sessions. */
export const SET_PASSWORD = `
MATCH (u:User {username: $username})
SET u.passwordHash = $passwordHash, u.failedSignIns = 0, u.lockedUntil = null, u.updatedAt = $now
WITH u
OPTIONAL MATCH (s:Session {username: u.username}) WHERE s.id <> coalesce($keepSession, '')
DETACH DELETE s
RETURN count(DISTINCT u) AS changed`;

/** Disables a user and ends their sessions (their tokens are revoked separately). */
export const DISABLE_USER = `
MATCH (u:User {username: $username})
SET u.active = false, u.updatedAt = $now
WITH u
OPTIONAL MATCH (s:Session {username: u.username})
DETACH DELETE s
RETURN count(DISTINCT u) AS changed`;

/** A place by id, or by name (a place of Henan first, then the plan's order). */
export const PLACE_BY_ID_OR_NAME = `
MATCH (p:Place) WHERE p.id = $place OR p.name = $place OR $place IN coalesce(p.aliases, [])
RETURN p.id AS id, p.name AS name
ORDER BY CASE WHEN p.id = $place THEN 0 ELSE 1 END, CASE WHEN p.inHenan THEN 0 ELSE 1 END, p.position LIMIT 1`;

/** Starts a browser session: only the hash of its id is stored. */
export const CREATE_SESSION = `
MATCH (u:User {username: $username, active: true})
CREATE (s:Session {id: $id, username: u.username, createdAt: $now, lastSeenAt: $now})
RETURN s.id AS id`;

/** A session with its active user, while neither idle nor too old. */
export const SESSION = `
MATCH (s:Session {id: $id}) WHERE s.lastSeenAt > $now - $idleMs AND s.createdAt > $now - $maxMs
MATCH (u:User {username: s.username, active: true})
RETURN u.username AS username, u.name AS name, u.roles AS roles, u.place AS place, s.lastSeenAt AS lastSeenAt`;

/** Marks a session as used now (done at most once a minute a session). */
export const TOUCH_SESSION = 'MATCH (s:Session {id: $id}) SET s.lastSeenAt = $now';

/** Ends a session. */
export const END_SESSION = 'MATCH (s:Session {id: $id}) DETACH DELETE s RETURN count(*) AS ended';

/** Forgets sessions that went idle or grew too old. */
export const FORGET_STALE_SESSIONS =
  'MATCH (s:Session) WHERE s.lastSeenAt <= $now - $idleMs OR s.createdAt <= $now - $maxMs DETACH DELETE s';

/** The tokens issued to a username, newest first. */
export const MY_TOKENS = `
MATCH (t:IssuedToken {subject: $username})
OPTIONAL MATCH (r:RevokedToken {id: t.id})
RETURN t.id AS id, t.issuedAt AS issuedAt, t.expiresAt AS expiresAt, r.revokedAt AS revokedAt
ORDER BY t.issuedAt DESC LIMIT 100`;

/** One token of a username, to revoke it. */
export const MY_TOKEN =
  'MATCH (t:IssuedToken {id: $id, subject: $username}) RETURN t.id AS id, t.subject AS subject, t.expiresAt AS expiresAt';
