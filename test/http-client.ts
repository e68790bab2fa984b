import { SignJWT } from 'jose';
import { issueToken, type Role } from '../src/auth/tokens.js';
import { TEST_JWT_SECRET } from './api.js';

/** A GraphQL error as the service sends it: its code, and the message in Chinese where officers read it. */
export type WireError = {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; messageZh?: string; [key: string]: unknown };
};

/** A GraphQL answer as JSON on the wire; `T` is the shape of its data. */
export type WireAnswer<T = unknown> = { data?: T | null; errors?: WireError[]; extensions?: Record<string, unknown> };

/** What a request got back: status, GraphQL errors' codes, the body parsed (empty unless it was a JSON object) and as sent. */
export type Reply<T = unknown> = { status: number; codes: (string | undefined)[]; body: WireAnswer<T>; text: string };

/** A response read as a Reply: its text, parsed as a GraphQL answer when it is one (a JSON object). */
export async function replyOf<T>(res: Response): Promise<Reply<T>> {
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: the body stays empty, the text says what came
  }
  const body = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as WireAnswer<T>) : {};
  return { status: res.status, codes: (body.errors ?? []).map((e) => e.extensions?.code), body, text };
}

/** The data of a reply that must have answered; fails with what came instead. */
export function dataOf<T>(reply: Reply<T>): T {
  if (reply.body.data == null) throw new Error(`expected data, got ${reply.status}: ${reply.text.slice(0, 500)}`);
  return reply.body.data;
}

/** The first error of a reply that must have failed; fails when it has none. */
export function firstError(reply: Reply<unknown>): WireError {
  const error = reply.body.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${reply.status}: ${reply.text.slice(0, 500)}`);
  return error;
}

/** Sends raw bytes to /graphql, as any client (or attacker) could. */
export async function send<T = unknown>(
  url: string,
  body: string | Uint8Array,
  headers: Record<string, string> = { 'content-type': 'application/json' },
  method = 'POST',
): Promise<Reply<T>> {
  const payload = typeof body === 'string' ? body : new Blob([new Uint8Array(body)]);
  return replyOf<T>(await fetch(`${url}/graphql`, { method, headers, body: method === 'GET' ? undefined : payload }));
}

/** Sends one GraphQL operation, with a token of these roles when given. */
export async function gql<T = unknown>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  auth?: Role[] | string,
): Promise<Reply<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (Array.isArray(auth))
    headers.authorization = `Bearer ${await issueToken(TEST_JWT_SECRET, 'hostile-test', auth, 1)}`;
  else if (typeof auth === 'string') headers.authorization = auth;
  return send<T>(url, JSON.stringify({ query, variables }), headers);
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
