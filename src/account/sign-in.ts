import { GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Role } from '../auth/tokens.js';
import type { Database } from '../db/database.js';
import { checkPassword } from './password.js';
import { slowdownFor, type AccountPolicy } from './policy.js';
import { RECORD_FAILED_SIGN_IN, RECORD_SIGN_IN, USER_FOR_SIGN_IN } from './queries.js';

/** Who signed in. */
export type Account = { username: string; name: string; roles: Role[]; place: string | null };

type UserRow = Account & { active: boolean; passwordHash: string; failedSignIns: number; lockedUntil: number | null };

/** The one answer to a wrong password, an unknown username and a disabled account alike. */
const WRONG = { en: 'The username or password is not correct.', zh: '用户名或密码不正确。' };

const minutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));

function refused(message: string, messageZh: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', messageZh, http: { status: 401 }, ...extra },
  });
}

function lockedError(until: number): GraphQLError {
  const left = minutes(until - Date.now());
  return refused(
    `Too many failed sign-ins: the account is locked; try again in ${left} minutes.`,
    `登录失败次数过多，账号已锁定，请 ${left} 分钟后再试。`,
    { lockedUntil: new Date(until).toISOString() },
  );
}

/**
 * Checks usernames and passwords. Failures in a row are counted per username (on the
 * user in the database; in memory for usernames that do not exist, so that both behave
 * alike and nothing tells which usernames exist): from the second one answers slow down,
 * and at `maxFailures` the username is locked for `lockMs`. Passwords are never logged
 * nor kept.
 */
export class SignIns {
  private readonly unknown: LRUCache<string, { failures: number; lockedUntil: number | null }>;

  constructor(
    private readonly db: Database,
    readonly policy: AccountPolicy,
  ) {
    this.unknown = new LRUCache({ max: 10_000, ttl: Math.max(policy.lockMs, 60_000) });
  }

  /** The account when the password is right; else UNAUTHENTICATED (wrong, or locked, and for how long). */
  async check(username: string, password: string): Promise<Account> {
    const name = username.trim();
    const [user] = await this.db.read<UserRow>(USER_FOR_SIGN_IN, { username: name });
    const now = Date.now();
    const lockedUntil = user ? user.lockedUntil : (this.unknown.get(name)?.lockedUntil ?? null);
    if (lockedUntil && lockedUntil > now) throw lockedError(lockedUntil);
    const right = await checkPassword(user?.passwordHash, password);
    if (user && right && user.active) {
      await this.db.write(RECORD_SIGN_IN, { username: name, now });
      return { username: user.username, name: user.name, roles: user.roles, place: user.place ?? null };
    }
    const { failures, lockedUntil: lockNow } = await this.fail(name, Boolean(user), now);
    await new Promise((resolve) => setTimeout(resolve, slowdownFor(failures, this.policy)));
    if (lockNow && lockNow > now) throw lockedError(lockNow);
    const left = this.policy.maxFailures - failures;
    if (left <= 2) {
      throw refused(
        `${WRONG.en} After ${left} more failed attempts the account is locked for ${minutes(this.policy.lockMs)} minutes.`,
        `${WRONG.zh}再失败 ${left} 次，账号将锁定 ${minutes(this.policy.lockMs)} 分钟。`,
      );
    }
    throw refused(WRONG.en, WRONG.zh);
  }

  private async fail(
    username: string,
    exists: boolean,
    now: number,
  ): Promise<{ failures: number; lockedUntil: number | null }> {
    const { maxFailures, lockMs } = this.policy;
    if (exists) {
      const [row] = await this.db.write<{ failedSignIns: number; lockedUntil: number | null }>(RECORD_FAILED_SIGN_IN, {
        username,
        maxFailures,
        lockMs,
        now,
      });
      return { failures: row?.failedSignIns ?? 1, lockedUntil: row?.lockedUntil ?? null };
    }
    const previous = this.unknown.get(username);
    const failures = (previous && !(previous.lockedUntil && previous.lockedUntil <= now) ? previous.failures : 0) + 1;
    const entry = { failures, lockedUntil: failures >= maxFailures ? now + lockMs : null };
    this.unknown.set(username, entry);
    return entry;
  }
}
