import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';

export const ROLES = ['reader', 'officer', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking: the token's subject and roles; anonymous when no token was sent. */
export type Principal = { subject: string | undefined; roles: Role[] };
export const ANONYMOUS: Principal = { subject: undefined, roles: [] };

const ISSUER = 'chain-atlas';
const claims = z.object({ sub: z.string().min(1), roles: z.array(z.enum(ROLES)).min(1) });

/** Signs a token (HS256) for a subject with roles, valid for `days`. */
export async function issueToken(secret: string, subject: string, roles: Role[], days: number): Promise<string> {
  return new SignJWT({ roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(`${days}d`)
    .sign(new TextEncoder().encode(secret));
}

/** Verifies a bearer token; throws with a reason a person understands. */
export async function verifyToken(secret: string | undefined, token: string): Promise<Principal> {
  if (!secret) throw new Error('this server has no AUTH_JWT_SECRET, so it accepts no tokens');
  let payload: unknown;
  try {
    ({ payload } = await jwtVerify(token, new TextEncoder().encode(secret), { issuer: ISSUER, algorithms: ['HS256'] }));
  } catch (err) {
    const code = (err as { code?: string }).code;
    throw new Error(code === 'ERR_JWT_EXPIRED' ? 'the token has expired' : 'the token is not valid');
  }
  const parsed = claims.safeParse(payload);
  if (!parsed.success) throw new Error('the token carries no valid roles');
  return { subject: parsed.data.sub, roles: parsed.data.roles };
}
