import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { RECORD_ISSUED_TOKEN, REVOKE_TOKENS } from '../auth/queries.js';
import { issueToken, tokenFacts, type Principal } from '../auth/tokens.js';
import { requireRole } from '../auth/guard.js';
import { revocationsOf, type Context } from '../context.js';
import { badInput } from '../errors.js';
import type { Resolvers, Role as RoleEnum } from '../generated/graphql.generated.js';
import { fetchSelected } from '../graph/index.js';
import type { PlaceModel } from '../model.js';
import { PLACE_BY_ID } from '../place/queries.js';
import { viewerOf } from '../viewer/resolvers.js';
import { clearedSessionCookie, sessionCookie } from './cookie.js';
import { hashPassword, passwordProblem } from './password.js';
import { MY_TOKEN, MY_TOKENS, SET_PASSWORD } from './queries.js';
import { AccountInputError, addUser, disableUser, listUsers, setPassword } from './users.js';

const iso = (ms: number | null) => (ms == null ? null : new Date(ms).toISOString());

/** The signed-in person's username; UNAUTHENTICATED when no one is signed in. */
function signedIn(principal: Principal): string {
  if (principal.subject) return principal.subject;
  throw new GraphQLError('This needs you to sign in.', {
    extensions: { code: 'UNAUTHENTICATED', messageZh: '请先登录。', http: { status: 401 } },
  });
}

/** Revokes tokens by id, at once in this process. */
async function revoke(
  ctx: Context,
  tokens: { id: string; subject: string | null; expiresAt: number }[],
): Promise<number> {
  const [row] = await ctx.db.write<{ revoked: number }>(REVOKE_TOKENS, { tokens, now: Date.now() });
  for (const t of tokens) revocationsOf(ctx.db).add(t.id);
  return row?.revoked ?? 0;
}

/** Runs an account change, turning its refusals into BAD_USER_INPUT with the reason in Chinese. */
async function asInput<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof AccountInputError) throw badInput(err.message, { messageZh: err.messageZh });
    throw err;
  }
}

export const accountResolvers: Resolvers = {
  Mutation: {
    signIn: async (_p, { username, password }, ctx) => {
      const account = await ctx.accounts.signIns.check(username, password);
      if (ctx.http) {
        const id = await ctx.accounts.sessions.start(account.username);
        ctx.http.setCookie(sessionCookie(id, ctx.accounts.policy.sessionMaxMs, ctx.http.secure));
      }
      ctx.log.info({ username: account.username }, 'signed in');
      return { account };
    },
    signOut: async (_p, _a, ctx) => {
      const { principal } = ctx;
      if (ctx.http) ctx.http.setCookie(clearedSessionCookie(ctx.http.secure));
      if (principal.sessionId) return ctx.accounts.sessions.end(principal.sessionId);
      if (principal.tokenId && principal.subject) {
        const expiresAt = Date.now() + 366 * 86_400_000;
        return (await revoke(ctx, [{ id: principal.tokenId, subject: principal.subject, expiresAt }])) > 0;
      }
      return false;
    },
    changePassword: async (_p, { oldPassword, newPassword }, ctx) => {
      const username = signedIn(ctx.principal);
      await ctx.accounts.signIns.check(username, oldPassword);
      const problem = passwordProblem(newPassword);
      if (problem) throw badInput(`newPassword: ${problem}`, { messageZh: problem });
      await ctx.db.write(SET_PASSWORD, {
        username,
        passwordHash: await hashPassword(newPassword),
        now: Date.now(),
        keepSession: ctx.principal.sessionId ?? null,
      });
      ctx.log.info({ username }, 'password changed');
      return true;
    },
    createUser: async (_p, { input }, ctx) => {
      requireRole(ctx.principal, 'admin');
      const roles = input.roles.map((r) => r.toLowerCase() as Principal['roles'][number]);
      await asInput(() => addUser(ctx.db, { ...input, roles }));
      ctx.log.info({ username: input.username, by: ctx.principal.subject }, 'user created');
      return (await listUsers(ctx.db)).find((u) => u.username === input.username)!;
    },
    disableUser: async (_p, { username }, ctx) => {
      requireRole(ctx.principal, 'admin');
      const done = await disableUser(ctx.db, username);
      if (done) ctx.log.info({ username, by: ctx.principal.subject }, 'user disabled');
      return done;
    },
    setUserPassword: async (_p, { username, password }, ctx) => {
      requireRole(ctx.principal, 'admin');
      return asInput(() => setPassword(ctx.db, username, password));
    },
    revokeMyToken: async (_p, { id }, ctx) => {
      const username = signedIn(ctx.principal);
      const mine = await ctx.db.read<{ id: string; subject: string; expiresAt: number }>(MY_TOKEN, { id, username });
      return mine.length > 0 && (await revoke(ctx, mine)) >= 0;
    },
  },
  Query: {
    users: async (_p, _a, ctx) => {
      requireRole(ctx.principal, 'admin');
      return listUsers(ctx.db);
    },
    myTokens: async (_p, _a, ctx) => {
      const username = signedIn(ctx.principal);
      const rows = await ctx.db.read<{ id: string; issuedAt: number; expiresAt: number; revokedAt: number | null }>(
        MY_TOKENS,
        { username },
      );
      return rows.map((r) => ({
        id: r.id,
        issuedAt: iso(r.issuedAt)!,
        expiresAt: iso(r.expiresAt)!,
        revokedAt: iso(r.revokedAt),
        current: r.id === ctx.principal.tokenId,
      }));
    },
  },
  User: {
    roles: (u) => u.roles.map((r) => r.toUpperCase() as RoleEnum),
    place: async (u, _a, ctx, info) =>
      u.placeId
        ? ((await fetchSelected<PlaceModel>(ctx, info, { ...PLACE_BY_ID, params: { id: u.placeId } }))[0] ?? null)
        : null,
    locked: (u) => Boolean(u.lockedUntil && u.lockedUntil > Date.now()),
    lastSignInAt: (u) => iso(u.lastSignInAt),
    createdAt: (u) => iso(u.createdAt)!,
  },
  SignInResult: {
    token: async ({ account }, _a, ctx) => {
      if (!ctx.jwtSecret)
        throw new GraphQLError('This server has no AUTH_JWT_SECRET, so it issues no tokens.', {
          extensions: { code: 'BAD_USER_INPUT', messageZh: '服务器未配置 AUTH_JWT_SECRET，无法签发令牌。' },
        });
      const token = await issueToken(
        ctx.jwtSecret,
        account.username,
        account.roles,
        ctx.accounts.policy.tokenDays,
        randomUUID(),
        { name: account.name, place: account.place ?? undefined },
      );
      const facts = tokenFacts(token);
      await ctx.db.write(RECORD_ISSUED_TOKEN, {
        id: facts.id,
        subject: account.username,
        roles: account.roles,
        issuedAt: Date.now(),
        expiresAt: facts.expiresAt,
      });
      return token;
    },
    viewer: ({ account }) =>
      viewerOf({
        subject: account.username,
        roles: account.roles,
        name: account.name,
        place: account.place ?? undefined,
      }),
  },
};
