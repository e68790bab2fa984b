import { createHash, randomBytes } from 'node:crypto';
import type { Principal, Role } from '../auth/tokens.js';
import type { Database } from '../db/database.js';
import type { AccountPolicy } from './policy.js';
import { CREATE_SESSION, END_SESSION, FORGET_STALE_SESSIONS, SESSION, TOUCH_SESSION } from './queries.js';

/** A session is marked as used at most this often, so that reading pages does not write on every request. */
const TOUCH_EVERY_MS = 60_000;

/** What the database stores for a session id: its SHA-256, so a copy of the database opens no session. */
export const storedSessionId = (id: string) => createHash('sha256').update(id).digest('hex');

/** Browser sessions: started at sign-in, found by the cookie's id, ended by idleness, age, sign-out or a disabled account. */
export class Sessions {
  constructor(
    private readonly db: Database,
    private readonly policy: AccountPolicy,
  ) {}

  /** Starts a session for an active user; answers the id for the cookie (never stored as such). */
  async start(username: string): Promise<string> {
    const id = randomBytes(32).toString('base64url');
    const now = Date.now();
    await this.db.write(FORGET_STALE_SESSIONS, {
      now,
      idleMs: this.policy.sessionIdleMs,
      maxMs: this.policy.sessionMaxMs,
    });
    await this.db.write(CREATE_SESSION, { id: storedSessionId(id), username, now });
    return id;
  }

  /** The principal of a live session, marking it used; undefined when it ended, idled out, or its user was disabled. */
  async principal(id: string): Promise<Principal | undefined> {
    const stored = storedSessionId(id);
    const now = Date.now();
    const [row] = await this.db.read<{
      username: string;
      name: string;
      roles: Role[];
      place: string | null;
      lastSeenAt: number;
    }>(SESSION, {
      id: stored,
      now,
      idleMs: this.policy.sessionIdleMs,
      maxMs: this.policy.sessionMaxMs,
    });
    if (!row) return undefined;
    if (now - row.lastSeenAt > TOUCH_EVERY_MS) await this.db.write(TOUCH_SESSION, { id: stored, now });
    return {
      subject: row.username,
      roles: row.roles,
      name: row.name,
      place: row.place ?? undefined,
      sessionId: stored,
    };
  }

  /** Ends a session by its stored id; true when there was one. */
  async end(storedId: string): Promise<boolean> {
    const [row] = await this.db.write<{ ended: number }>(END_SESSION, { id: storedId });
    return (row?.ended ?? 0) > 0;
  }
}
