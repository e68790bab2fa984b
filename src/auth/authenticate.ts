import { ANONYMOUS, verifyToken, type Principal } from './tokens.js';
import type { Revocations } from './revocations.js';

/** What checks a bearer token: the secret that signs them and the list of revoked ones. */
export type Authenticator = { secret: string | undefined; revocations: Revocations };

/** A request's credentials that cannot be accepted; `reason` says why, for a person. */
export class AuthenticationError extends Error {
  override name = 'AuthenticationError';
}

/** Who sends an Authorization header: anonymous without one; a valid, unrevoked token's principal; else AuthenticationError. */
export async function authenticate(
  authorization: string | undefined,
  { secret, revocations }: Authenticator,
): Promise<Principal> {
  if (!authorization) return ANONYMOUS;
  const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
  if (!token) throw new AuthenticationError('the Authorization header must be "Bearer <token>"');
  let principal: Principal;
  try {
    principal = await verifyToken(secret, token);
  } catch (err) {
    throw new AuthenticationError((err as Error).message);
  }
  if (principal.tokenId && (await revocations.isRevoked(principal.tokenId)))
    throw new AuthenticationError('the token has been revoked');
  return principal;
}
