import type { Database } from '../db/database.js';
import { DEFAULT_ACCOUNT_POLICY, type AccountPolicy } from './policy.js';
import { Sessions } from './sessions.js';
import { SignIns } from './sign-in.js';

/** What accounts need at run time: the policy, the sessions and the sign-in checks (with their failure counts). */
export type Accounts = { policy: AccountPolicy; sessions: Sessions; signIns: SignIns };

/** The accounts of a database under a policy. */
export function createAccounts(db: Database, policy: AccountPolicy = DEFAULT_ACCOUNT_POLICY): Accounts {
  return { policy, sessions: new Sessions(db, policy), signIns: new SignIns(db, policy) };
}

const defaults = new WeakMap<Database, Accounts>();
/** The accounts of a database that was given none (tests): the default policy. */
export function accountsOf(db: Database): Accounts {
  let accounts = defaults.get(db);
  if (!accounts) defaults.set(db, (accounts = createAccounts(db)));
  return accounts;
}
