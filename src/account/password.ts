import { hash, verify } from '@node-rs/argon2';

/** `Algorithm.Argon2id` of @node-rs/argon2 (an ambient const enum, which this project's module syntax cannot import). */
const ARGON2ID = 2;

/** Argon2id with the OWASP-recommended minimum (19 MiB, 2 passes, 1 lane): about 20 ms a check on this service's machines. */
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 200;

/** Why a new password cannot be used, in Chinese; undefined when it can. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `密码至少 ${MIN_PASSWORD_LENGTH} 个字符。`;
  if (password.length > MAX_PASSWORD_LENGTH) return `密码最多 ${MAX_PASSWORD_LENGTH} 个字符。`;
  if (!password.trim()) return '密码不能全是空格。';
  return undefined;
}

/** The PHC string of a password's Argon2id hash (salt and parameters included). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** A hash of nothing anyone knows, checked against when the username is unknown, so that both answers take as long. */
const DECOY = hash('decoy-password-no-one-has', OPTIONS);

/** True when the password matches the stored hash; without a hash, spends the same time and answers false. */
export async function checkPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  const target = stored ?? (await DECOY);
  const matches = await verify(target, password.slice(0, MAX_PASSWORD_LENGTH)).catch(() => false);
  return Boolean(stored) && matches;
}
