import { randomUUID } from 'node:crypto';
import { decodeJwt, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';

export const ROLES = ['reader', 'officer', 'analyst', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is asking: the token's subject, roles and id (or the session's); anonymous when no
 * credential was sent. `name` and `place` (a Place id) come from the account, carried by
 * the token's claims or read with the session.
 */
export type Principal = {
  subject: string | undefined;
  roles: Role[];
  tokenId?: string | undefined;
  name?: string | undefined;
  place?: string | undefined;
  /** Set when the request came with the browser's session cookie (the session's id). */
  sessionId?: string | undefined;
};
export const ANONYMOUS: Principal = { subject: undefined, roles: [] };

const ISSUER = 'chain-atlas';
/** The longest a token may be valid: a token with no end, or a later one, is refused. */
export const MAX_TOKEN_DAYS = 365;
const claims = z.object({
  sub: z.string().min(1),
  roles: z.array(z.enum(ROLES)).min(1),
  jti: z.string().min(8),
  exp: z.number(),
  iat: z.number(),
  name: z.string().optional(),
  place: z.string().optional(),
});

/** What a token may say of its account besides the subject and roles: the display name and home place (a Place id). */
export type AccountClaims = { name?: string | undefined; place?: string | undefined };

/** A token's lifetime in whole days, 1 to MAX_TOKEN_DAYS; else a reason. */
export function tokenDays(value: unknown): number {
  const days = Number(value);
  if (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS)
    throw new Error(`days must be a whole number from 1 to ${MAX_TOKEN_DAYS}; got ${String(value)}`);
  return days;
}

/** Signs a token (HS256) for a subject with roles (and an account's name and place), valid for `days` (1 to 365), with an id of its own for revoking it. */
export async function issueToken(
  secret: string,
  subject: string,
  roles: Role[],
  days: number,
  id: string = randomUUID(),
  account: AccountClaims = {},
): Promise<string> {
  const extra = Object.fromEntries(Object.entries(account).filter(([, v]) => v !== undefined));
  return new SignJWT({ roles, ...extra })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setIssuer(ISSUER)
    .setJti(id)
    .setIssuedAt()
    .setExpirationTime(`${tokenDays(days)}d`)
    .sign(new TextEncoder().encode(secret));
}

/** The id, subject and end of a token, read without checking it (to revoke a token one holds). */
export function tokenFacts(token: string): { id: string; subject: string; expiresAt: number } {
  const payload = decodeJwt(token);
  if (!payload.jti || !payload.sub || !payload.exp)
    throw new Error('this is not a chain-atlas token (it has no id, subject or end)');
  return { id: payload.jti, subject: payload.sub, expiresAt: payload.exp * 1000 };
}

/**
 * Verifies a bearer token; throws with a reason a person understands. A token must
 * carry an id (jti) and an end (exp) no more than MAX_TOKEN_DAYS after it was issued.
 */
export async function verifyToken(secret: string | undefined, token: string): Promise<Principal> {
  if (!secret) throw new Error('this server has no AUTH_JWT_SECRET, so it accepts no tokens');
  let payload: unknown;
  try {
    ({ payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
      issuer: ISSUER,
      algorithms: ['HS256'],
      requiredClaims: ['exp', 'iat', 'jti', 'sub'],
    }));
  } catch (err) {
    const e = err as { code?: string; claim?: string };
    if (e.code === 'ERR_JWT_EXPIRED') throw new Error('the token has expired', { cause: err });
    if (e.code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && e.claim)
      throw new Error(`the token has no "${e.claim}" claim; issue a new one with npm run token`, { cause: err });
    throw new Error('the token is not valid', { cause: err });
  }
  const parsed = claims.safeParse(payload);
  if (!parsed.success) throw new Error('the token carries no valid roles');
  if (parsed.data.exp - parsed.data.iat > MAX_TOKEN_DAYS * 86_400 + 60)
    throw new Error(`the token is valid for longer than ${MAX_TOKEN_DAYS} days`);
  const { sub, roles, jti, name, place } = parsed.data;
  return { subject: sub, roles, tokenId: jti, ...(name ? { name } : {}), ...(place ? { place } : {}) };
}
