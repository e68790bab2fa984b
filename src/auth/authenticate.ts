import { sessionIdIn } from '../account/cookie.js';
import type { Sessions } from '../account/sessions.js';
import { ANONYMOUS, verifyToken, type Principal } from './tokens.js';
import type { Revocations } from './revocations.js';

/** What checks credentials: the secret that signs tokens, the list of revoked ones, and (where browsers sign in) the sessions. */
export type Authenticator = { secret: string | undefined; revocations: Revocations; sessions?: Sessions | undefined };

/** A request's credentials that cannot be accepted; `reason` says why, for a person. */
export class AuthenticationError extends Error {
  override name = 'AuthenticationError';
}

/**
 * Who sends a request. An Authorization header wins: a valid, unrevoked bearer token's
 * principal, else AuthenticationError. Without one, the session cookie's person while the
 * session lives (an ended or idle session is anonymous: the browser signs in again).
 * Anonymous without either. Single sign-on would plug in here: a header set by the
 * intranet's gateway, or an OIDC token, mapped to the same Principal.
 */
export async function authenticate(
  authorization: string | undefined,
  { secret, revocations, sessions }: Authenticator,
  cookie?: string,
): Promise<Principal> {
  if (!authorization) {
    const sessionId = sessions && sessionIdIn(cookie);
    return (sessionId && (await sessions.principal(sessionId))) || ANONYMOUS;
  }
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
