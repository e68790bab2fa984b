import type { Role } from '../auth/tokens.js';
import type { Account } from './sign-in.js';

/** What signIn answers before its fields are resolved: the account (the token is issued only when asked for). */
export type SignInResultModel = { account: Account };

/** A User as the `USERS` query returns it (place by name and id; times in ms). */
export type UserModel = {
  username: string;
  name: string;
  roles: Role[];
  place: string | null;
  placeId: string | null;
  active: boolean;
  lockedUntil: number | null;
  lastSignInAt: number | null;
  createdAt: number;
};
