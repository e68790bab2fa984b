import { REVOKE_TOKENS, TOKENS_OF_SUBJECT } from '../auth/queries.js';
import { ROLES, type Role } from '../auth/tokens.js';
import type { Database } from '../db/database.js';
import type { UserModel } from './model.js';
import { hashPassword, passwordProblem } from './password.js';
import { CREATE_USER, DISABLE_USER, PLACE_BY_ID_OR_NAME, SET_PASSWORD, USERS } from './queries.js';

/** A reason a user cannot be added or changed, in English (the command line) and Chinese (the web app). */
export class AccountInputError extends Error {
  override name = 'AccountInputError';
  constructor(
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
  }
}

/** A user as `npm run user -- list` and the `users` query show it (never the hash). */
export type UserRow = UserModel;

/** What `add` needs: the home place by id or name (郑州, 河南). */
export type NewUser = { username: string; name: string; roles: Role[]; place: string; password: string };

const USERNAME = /^[\p{L}\p{N}._-]{2,64}$/u;

/** Adds a user; throws with a reason a person understands (a taken username, an unknown place, a weak password). */
export async function addUser(db: Database, user: NewUser): Promise<{ username: string; place: string }> {
  if (!USERNAME.test(user.username))
    throw new AccountInputError(
      'the username must be 2 to 64 letters, digits, dots, dashes or underscores',
      '用户名须为 2 到 64 个字母、数字、点、连字符或下划线。',
    );
  if (!user.name.trim()) throw new AccountInputError('--name is required (the name people see)', '请填写姓名。');
  const bad = user.roles.filter((r) => !ROLES.includes(r));
  if (!user.roles.length || bad.length)
    throw new AccountInputError(
      `--role must be one of ${ROLES.join(', ')}${bad.length ? ` (not ${bad.join(', ')})` : ''}`,
      '请至少选择一个角色。',
    );
  const problem = passwordProblem(user.password);
  if (problem) throw new AccountInputError(`the password cannot be used: ${problem}`, problem);
  const [place] = await db.read<{ id: string; name: string }>(PLACE_BY_ID_OR_NAME, { place: user.place });
  if (!place)
    throw new AccountInputError(
      `--place: no place is named or has the id ${user.place} (load the seed first: npm run seed)`,
      '找不到该地区。',
    );
  try {
    await db.write(CREATE_USER, {
      username: user.username,
      name: user.name.trim(),
      roles: user.roles,
      place: place.id,
      passwordHash: await hashPassword(user.password),
      now: Date.now(),
    });
  } catch (err) {
    if ((err as { code?: string }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed')
      throw new AccountInputError(`the username ${user.username} is taken`, `用户名 ${user.username} 已被使用。`);
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
  if (problem) throw new AccountInputError(`the password cannot be used: ${problem}`, problem);
  const [row] = await db.write<{ changed: number }>(SET_PASSWORD, {
    username,
    passwordHash: await hashPassword(password),
    now: Date.now(),
    keepSession: null,
  });
  return (row?.changed ?? 0) > 0;
}

/** Disables a user: their sessions end and their tokens are revoked; false when there is no such user. */
export async function disableUser(db: Database, username: string): Promise<boolean> {
  const now = Date.now();
  const [row] = await db.write<{ changed: number }>(DISABLE_USER, { username, now });
  if (!row?.changed) return false;
  const tokens = await db.read<{ id: string; subject: string; expiresAt: number }>(TOKENS_OF_SUBJECT, {
    subject: username,
    now,
  });
  if (tokens.length) await db.write(REVOKE_TOKENS, { tokens, now });
  return true;
}
