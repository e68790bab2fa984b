import type { Account } from './sign-in.js';

/** What signIn answers before its fields are resolved: the account (the token is issued only when asked for). */
export type SignInResultModel = { account: Account };
