import { SignJWT } from 'jose';
import { issueToken, type Role } from '../src/auth/tokens.js';
import { TEST_JWT_SECRET } from './api.js';

/** What a request got back: status, GraphQL errors' codes and the parsed body. */
export type Reply = { status: number; codes: string[]; body: any };

/** Sends raw bytes to /graphql, as any client (or attacker) could. */
export async function send(url: string, body: string | Uint8Array, headers: Record<string, string> = { 'content-type': 'application/json' }, method = 'POST'): Promise<Reply> {
  const payload = typeof body === 'string' ? body : new Blob([new Uint8Array(body)]);
  const res = await fetch(`${url}/graphql`, { method, headers, body: method === 'GET' ? undefined : payload });
  const text = await res.text();
  let parsed: any = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  const codes = Array.isArray(parsed?.errors) ? parsed.errors.map((e: any) => e.extensions?.code) : [];
  return { status: res.status, codes, body: parsed };
}

/** Sends one GraphQL operation, with a token of these roles when given. */
export async function gql(url: string, query: string, variables: Record<string, unknown> = {}, auth?: Role[] | string): Promise<Reply> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (Array.isArray(auth)) headers.authorization = `Bearer ${await issueToken(TEST_JWT_SECRET, 'hostile-test', auth, 1)}`;
  else if (typeof auth === 'string') headers.authorization = auth;
  return send(url, JSON.stringify({ query, variables }), headers);
}

/** Tokens a forger might try. */
export async function forgedTokens(): Promise<Record<string, string>> {
  const enc = new TextEncoder();
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return {
    'signed with another secret': `Bearer ${await issueToken('another-secret-another-secret-0000000', 'x', ['admin'], 1)}`,
    'alg none': `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'x', roles: ['admin'], iss: 'chain-atlas' })}.`,
    expired: `Bearer ${await new SignJWT({ roles: ['admin'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer('chain-atlas').setIssuedAt(1).setExpirationTime(2).sign(enc.encode(TEST_JWT_SECRET))}`,
    'no roles': `Bearer ${await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer('chain-atlas').setExpirationTime('1h').sign(enc.encode(TEST_JWT_SECRET))}`,
    'unknown role': `Bearer ${await new SignJWT({ roles: ['root'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer('chain-atlas').setExpirationTime('1h').sign(enc.encode(TEST_JWT_SECRET))}`,
    garbage: 'Bearer not.a.jwt',
    'basic auth': 'Basic YWRtaW46YWRtaW4=',
  };
}
