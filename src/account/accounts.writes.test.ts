import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jEnv } from '../../test/database.js';
import { startInstance, timedQuery, type Instance } from '../../test/abuse/instance.js';
import { dataOf, firstError } from '../../test/http-client.js';
import { useWrites } from '../../test/writes.js';
import { toGlobalId } from '../ids.js';
import { SESSION_COOKIE } from './cookie.js';
import { addUser, disableUser } from './users.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PASSWORD = 'plum-blossom-2015';
const SIGN_IN =
  'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { viewer { name roles place { name } } } }';
const VIEWER = '{ viewer { subject name roles canWrite place { id name } } }';

/** Runs `npm run user -- ARGS` on the test database with `stdin` as its input; never throws. */
function userCli(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'src/account/cli.ts', ...args],
      { cwd: ROOT, env: { ...process.env, ...neo4jEnv(), LOG_LEVEL: 'warn' } },
      (err, stdout, stderr) =>
        resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(stdin);
  });
}

describe('accounts: signing in with a password, sessions in a cookie, locking, and npm run user', () => {
  // Users, sessions and the tokens of sign-in are found by label: the command line and the service make them.
  const owned = useWrites({ track: ['User', 'Session', 'IssuedToken', 'RevokedToken'] });
  let service: Instance;
  const signIn = (username: string, password: string, headers: Record<string, string> = {}) =>
    fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: SIGN_IN, variables: { u: username, p: password } }),
    });

  beforeAll(async () => {
    service = await startInstance({
      env: {
        SIGN_IN_MAX_FAILURES: '3',
        SIGN_IN_LOCK_MINUTES: '2',
        SIGN_IN_SLOWDOWN_MS: '200',
        SESSION_IDLE_MINUTES: '30',
      },
    });
  }, 300_000);
  afterAll(() => service?.stop());

  it('signing in sets an httpOnly, SameSite=Strict session cookie for the whole site, which then authenticates queries', async () => {
    await addUser(owned.db, {
      username: 'li-zhengzhou',
      name: '李处长',
      roles: ['officer'],
      place: '郑州',
      password: PASSWORD,
    });
    const res = await signIn('li-zhengzhou', PASSWORD);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { signIn: unknown } };
    expect(body.data.signIn).toEqual({ viewer: { name: '李处长', roles: ['OFFICER'], place: { name: '郑州' } } });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(
      new RegExp(`^${SESSION_COOKIE}=[\\w-]{43}; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200$`),
    );
    const session = cookie.split(';')[0]!;
    const viewer = dataOf(await timedQuery<{ viewer: unknown }>(service.url, VIEWER, { cookie: session }));
    expect(viewer.viewer).toEqual({
      subject: 'li-zhengzhou',
      name: '李处长',
      roles: ['OFFICER'],
      canWrite: true,
      place: { id: toGlobalId('Place', '郑州'), name: '郑州' },
    });
    // The password's hash is sealed under the data key (analysts' Cypher and backups see ciphertext); only the session id's hash is stored.
    const [user] = await owned.db.read<{ hash: string }>(
      'MATCH (u:User {username: $u}) RETURN u.passwordHash AS hash',
      { u: 'li-zhengzhou' },
    );
    expect(user!.hash).toMatch(/^sealed:v1:/);
    const stored = await owned.db.read<{ id: string }>('MATCH (s:Session {username: $u}) RETURN s.id AS id', {
      u: 'li-zhengzhou',
    });
    expect(stored).toHaveLength(1);
    expect(session).not.toContain(stored[0]!.id);
    // Signing out ends the session and clears the cookie.
    const out = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(((await out.json()) as { data: unknown }).data).toEqual({ signOut: true });
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect(
      dataOf(await timedQuery<{ viewer: { subject: string | null } }>(service.url, VIEWER, { cookie: session })).viewer
        .subject,
    ).toBeNull();
  });

  it('a forged X-Forwarded-Proto does not make a plain http request https: the cookie is not Secure (cookie.unit.test.ts shows Secure over https)', async () => {
    await addUser(owned.db, {
      username: 'secure-wang',
      name: '王',
      roles: ['reader'],
      place: '河南',
      password: PASSWORD,
    });
    // The service trusts no proxy: a plain http request is not made https by a header.
    const res = await signIn('secure-wang', PASSWORD, { 'x-forwarded-proto': 'https' });
    expect(res.headers.get('set-cookie')).not.toMatch(/Secure/);
  });

  it('a cookie-authenticated mutation sent as a form or without JSON is refused by the CSRF protection', async () => {
    await addUser(owned.db, {
      username: 'csrf-zhao',
      name: '赵',
      roles: ['officer'],
      place: '郑州',
      password: PASSWORD,
    });
    const session = (await signIn('csrf-zhao', PASSWORD)).headers.get('set-cookie')!.split(';')[0]!;
    const form = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: session },
      body: 'query=mutation%20%7B%20signOut%20%7D',
    });
    expect(form.status).toBe(400);
    expect(await form.text()).toMatch(/CSRF|preflight/i);
    const viewer = dataOf(
      await timedQuery<{ viewer: { subject: string | null } }>(service.url, VIEWER, { cookie: session }),
    );
    expect(viewer.viewer.subject).toBe('csrf-zhao');
  });

  it('a wrong password, an unknown username and a disabled account get the same UNAUTHENTICATED answer', async () => {
    await addUser(owned.db, {
      username: 'chen-luoyang',
      name: '陈',
      roles: ['officer'],
      place: '洛阳',
      password: PASSWORD,
    });
    await addUser(owned.db, {
      username: 'gone-zhou',
      name: '周',
      roles: ['officer'],
      place: '洛阳',
      password: PASSWORD,
    });
    await disableUser(owned.db, 'gone-zhou');
    const answers = [];
    for (const [u, p] of [
      ['chen-luoyang', 'not-the-password'],
      ['nobody-here', 'not-the-password'],
      ['gone-zhou', PASSWORD],
    ] as const) {
      const res = await signIn(u, p);
      expect(res.headers.get('set-cookie')).toBeNull();
      answers.push(firstError({ status: res.status, codes: [], body: (await res.json()) as never, text: '' }));
    }
    // (The third failure locks an account here: each answer also says how many attempts are left.)
    expect(answers[0]).toMatchObject({
      message: expect.stringMatching(/^The username or password is not correct\./),
      extensions: { code: 'UNAUTHENTICATED', messageZh: expect.stringMatching(/^用户名或密码不正确。/) },
    });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(service.logs.join('\n')).not.toContain(PASSWORD);
    expect(service.logs.join('\n')).not.toContain('not-the-password');
  });

  it('repeated failures slow down, then lock the account for a while, and say so; the right password is refused while locked', async () => {
    await addUser(owned.db, {
      username: 'sun-kaifeng',
      name: '孙',
      roles: ['officer'],
      place: '开封',
      password: PASSWORD,
    });
    const attempt = async (password: string) => {
      const started = Date.now();
      const res = await signIn('sun-kaifeng', password);
      return {
        ms: Date.now() - started,
        error: ((await res.json()) as { errors?: { extensions: { messageZh: string } }[] }).errors?.[0],
      };
    };
    const first = await attempt('wrong-1-wrong');
    const second = await attempt('wrong-2-wrong');
    expect(second.ms).toBeGreaterThanOrEqual(200);
    expect(first.error!.extensions.messageZh).toBe('用户名或密码不正确。再失败 2 次，账号将锁定 2 分钟。');
    const third = await attempt('wrong-3-wrong');
    expect(third.ms).toBeGreaterThanOrEqual(400);
    expect(third.error!.extensions.messageZh).toBe('登录失败次数过多，账号已锁定，请 2 分钟后再试。');
    const right = await attempt(PASSWORD);
    expect(right.error!.extensions.messageZh).toBe('登录失败次数过多，账号已锁定，请 2 分钟后再试。');
    // An unknown username is locked the same way, so locking tells nothing about which names exist.
    for (let i = 0; i < 3; i++) await signIn('no-such-user', 'x-wrong-password');
    const unknown = (await (await signIn('no-such-user', 'x-wrong-password')).json()) as {
      errors: { extensions: { messageZh: string } }[];
    };
    expect(unknown.errors[0]!.extensions.messageZh).toBe('登录失败次数过多，账号已锁定，请 2 分钟后再试。');
    // The administrator's passwd clears the lock.
    const passwd = await userCli(['passwd', 'sun-kaifeng', '--password-stdin'], `${PASSWORD}\n`);
    expect(passwd.code).toBe(0);
    expect((await attempt(PASSWORD)).error).toBeUndefined();
  }, 60_000);

  it("npm run user adds, lists and disables users; a disabled user's session ends", async () => {
    const added = await userCli(
      ['add', 'cli-admin', '--name', '管理员', '--role', 'admin', '--place', '河南', '--password-stdin'],
      `${PASSWORD}\n`,
    );
    expect(added).toMatchObject({ code: 0, stdout: expect.stringMatching(/^added cli-admin \(admin\) of 河南/) });
    expect(added.stdout + added.stderr).not.toContain(PASSWORD);
    const again = await userCli(
      ['add', 'cli-admin', '--name', '管理员', '--role', 'admin', '--place', '河南', '--password-stdin'],
      `${PASSWORD}\n`,
    );
    expect(again).toMatchObject({ code: 1, stderr: 'user: the username cli-admin is taken\n' });
    const weak = await userCli(
      ['add', 'cli-weak', '--name', '弱', '--role', 'reader', '--place', '河南', '--password-stdin'],
      'short\n',
    );
    expect(weak.stderr).toMatch(/密码至少 8 个字符/);
    const session = (await signIn('cli-admin', PASSWORD)).headers.get('set-cookie')!.split(';')[0]!;
    const list = await userCli(['list']);
    expect(list.code).toBe(0);
    const lines = list.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^username\s+name\s+roles\s+place\s+state\s+last sign-in\s+created$/);
    expect(lines.find((l) => l.startsWith('cli-admin '))).toMatch(
      /^cli-admin\s+管理员\s+admin\s+河南\s+active\s+\d{4}-/,
    );
    expect(await userCli(['disable', 'cli-admin'])).toMatchObject({ code: 0 });
    expect((await userCli(['list'])).stdout).toMatch(/cli-admin\s+管理员\s+admin\s+河南\s+disabled/);
    expect(
      dataOf(await timedQuery<{ viewer: { subject: string | null } }>(service.url, VIEWER, { cookie: session })).viewer
        .subject,
    ).toBeNull();
    expect(await userCli(['disable', 'no-such-person'])).toMatchObject({
      code: 1,
      stderr: 'user: no user is named no-such-person\n',
    });
  }, 120_000);

  it('a signed-in person changes their password, lists their tokens and revokes one', async () => {
    await addUser(owned.db, {
      username: 'token-he',
      name: '何',
      roles: ['analyst'],
      place: '河南',
      password: PASSWORD,
    });
    const post = (query: string, headers: Record<string, string>, variables = {}) =>
      fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      }).then(
        (r) => r.json() as Promise<{ data?: Record<string, unknown>; errors?: { extensions: { code: string } }[] }>,
      );
    const issued = await post(
      'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }',
      {},
      { u: 'token-he', p: PASSWORD },
    );
    const token = (issued.data!.signIn as { token: string }).token;
    const bearer = { authorization: `Bearer ${token}` };
    const mine = await post('{ myTokens { id current revokedAt } }', bearer);
    const tokens = mine.data!.myTokens as { id: string; current: boolean; revokedAt: string | null }[];
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).toMatchObject({ current: true, revokedAt: null });
    const changed = await post(
      'mutation { changePassword(oldPassword: "plum-blossom-2015", newPassword: "new-plum-2016") }',
      bearer,
    );
    expect(changed.data).toEqual({ changePassword: true });
    expect((await signIn('token-he', PASSWORD)).status).toBe(401);
    const revoked = await post(`mutation { revokeMyToken(id: "${tokens[0]!.id}") }`, bearer);
    expect(revoked.data).toEqual({ revokeMyToken: true });
    const after = await post('{ viewer { subject } }', bearer);
    expect(after.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('a session unused for longer than SESSION_IDLE_MINUTES ends; uploads honour the cookie and its roles', async () => {
    await addUser(owned.db, { username: 'idle-ma', name: '马', roles: ['reader'], place: '河南', password: PASSWORD });
    const session = (await signIn('idle-ma', PASSWORD)).headers.get('set-cookie')!.split(';')[0]!;
    const upload = () =>
      fetch(`${service.url}/uploads`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', cookie: session },
        body: 'name\n',
      });
    // A reader's session is known to the upload route, and refused for its role (not as anonymous).
    const refused = await upload();
    expect(refused.status).toBe(403);
    expect(
      dataOf(await timedQuery<{ viewer: { subject: string | null } }>(service.url, VIEWER, { cookie: session })).viewer
        .subject,
    ).toBe('idle-ma');
    await owned.db.write('MATCH (s:Session {username: $u}) SET s.lastSeenAt = s.lastSeenAt - 31 * 60000', {
      u: 'idle-ma',
    });
    expect(
      dataOf(await timedQuery<{ viewer: { subject: string | null } }>(service.url, VIEWER, { cookie: session })).viewer
        .subject,
    ).toBeNull();
    expect((await upload()).status).toBe(401);
  });
});
