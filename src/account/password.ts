import { hash, verify } from '@node-rs/argon2';
import { sealer } from '../privacy/data-key.js';

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

/**
 * What the graph stores for a password: its Argon2id hash (a PHC string, salt and
 * parameters included), sealed under the data key like every private field, so analysts'
 * Cypher and backup files hold no hash to attack offline.
 */
export async function hashPassword(password: string): Promise<string> {
  return sealer().seal(await hash(password, OPTIONS))!;
}

/** A hash of nothing anyone knows, checked against when the username is unknown, so that both answers take as long. */
const DECOY = hash('decoy-password-no-one-has', OPTIONS);

/** True when the password matches the stored (sealed) hash; without a hash it can read, spends the same time and answers false. */
export async function checkPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  const readable = stored ? sealer().unseal(stored) : undefined;
  const matches = await verify(readable ?? (await DECOY), password.slice(0, MAX_PASSWORD_LENGTH)).catch(() => false);
  return Boolean(readable) && matches;
}
