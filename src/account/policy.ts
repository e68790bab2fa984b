/** How sessions and sign-in failures are handled (SESSION_IDLE_MINUTES and friends, src/config.ts). */
export type AccountPolicy = {
  /** A browser session unused this long ends. */
  sessionIdleMs: number;
  /** A browser session ends this long after sign-in, however much it is used. */
  sessionMaxMs: number;
  /** How long a bearer token from signIn is valid. */
  tokenDays: number;
  /** Failures in a row that lock an account. */
  maxFailures: number;
  /** How long a locked account stays locked. */
  lockMs: number;
  /** From the second failure in a row, each answer waits this much more (at most four times it). */
  slowdownMs: number;
};

export const DEFAULT_ACCOUNT_POLICY: AccountPolicy = {
  sessionIdleMs: 30 * 60_000,
  sessionMaxMs: 12 * 3_600_000,
  tokenDays: 30,
  maxFailures: 5,
  lockMs: 15 * 60_000,
  slowdownMs: 500,
};

/** How long to wait before answering the `failures`-th failed sign-in in a row. */
export function slowdownFor(failures: number, policy: Pick<AccountPolicy, 'slowdownMs'>): number {
  return Math.min(Math.max(failures - 1, 0), 4) * policy.slowdownMs;
}
