import { REVOKE_TOKENS, TOKENS_OF_SUBJECT } from '../auth/queries.js';
import { ROLES, type Role } from '../auth/tokens.js';
import type { Database } from '../db/database.js';
import { hashPassword, passwordProblem } from './password.js';
import { CREATE_USER, DISABLE_USER, PLACE_BY_ID_OR_NAME, SET_PASSWORD, USERS } from './queries.js';

/** A user as `npm run user -- list` shows it (never the hash). */
export type UserRow = { username: string; name: string; roles: Role[]; place: string | null; active: boolean; lockedUntil: number | null; lastSignInAt: number | null; createdAt: number };

/** What `add` needs: the home place by id or name (郑州, 河南). */
export type NewUser = { username: string; name: string; roles: Role[]; place: string; password: string };

const USERNAME = /^[\p{L}\p{N}._-]{2,64}$/u;

/** Adds a user; throws with a reason a person understands (a taken username, an unknown place, a weak password). */
export async function addUser(db: Database, user: NewUser): Promise<{ username: string; place: string }> {
  if (!USERNAME.test(user.username)) throw new Error('the username must be 2 to 64 letters, digits, dots, dashes or underscores');
  if (!user.name.trim()) throw new Error('--name is required (the name people see)');
  const bad = user.roles.filter((r) => !ROLES.includes(r));
  if (!user.roles.length || bad.length) throw new Error(`--role must be one of ${ROLES.join(', ')}${bad.length ? ` (not ${bad.join(', ')})` : ''}`);
  const problem = passwordProblem(user.password);
  if (problem) throw new Error(`the password cannot be used: ${problem}`);
  const [place] = await db.read<{ id: string; name: string }>(PLACE_BY_ID_OR_NAME, { place: user.place });
  if (!place) throw new Error(`--place: no place is named or has the id ${user.place} (load the seed first: npm run seed)`);
  try {
    await db.write(CREATE_USER, { username: user.username, name: user.name.trim(), roles: user.roles, place: place.id, passwordHash: await hashPassword(user.password), now: Date.now() });
  } catch (err) {
    if ((err as { code?: string }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed') throw new Error(`the username ${user.username} is taken`, { cause: err });
    throw err;
  }
  return { username: user.username, place: place.name };
}

/** Every user, by username. */
export function listUsers(db: Database): Promise<UserRow[]> {
  return db.read<UserRow>(USERS);
}

/** Sets a user's password (clearing a lock, ending their sessions); false when there is no such user. */
export async function setPassword(db: Database, username: string, password: string): Promise<boolean> {
  const problem = passwordProblem(password);
  if (problem) throw new Error(`the password cannot be used: ${problem}`);
  const [row] = await db.write<{ changed: number }>(SET_PASSWORD, { username, passwordHash: await hashPassword(password), now: Date.now(), keepSession: null });
  return (row?.changed ?? 0) > 0;
}

/** Disables a user: their sessions end and their tokens are revoked; false when there is no such user. */
export async function disableUser(db: Database, username: string): Promise<boolean> {
  const now = Date.now();
  const [row] = await db.write<{ changed: number }>(DISABLE_USER, { username, now });
  if (!row?.changed) return false;
  const tokens = await db.read<{ id: string; subject: string; expiresAt: number }>(TOKENS_OF_SUBJECT, { subject: username, now });
  if (tokens.length) await db.write(REVOKE_TOKENS, { tokens, now });
  return true;
}
