import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_JWT_SECRET } from '../api.js';
import { neo4jEnv } from '../database.js';
import { firstError } from '../http-client.js';
import { useWrites } from '../writes.js';
import { startInstance, timedQuery, type Instance } from './instance.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SUBJECT = 'token-test-3f9a';

/** Runs `npm run token -- ARGS` on the test database; never throws, gives the exit code and output. */
async function tokenCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, AUTH_JWT_SECRET: TEST_JWT_SECRET, ...neo4jEnv(), LOG_LEVEL: 'warn' };
  return promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/auth/cli.ts', ...args], {
    cwd: ROOT,
    env,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (err: { code: number; stdout: string; stderr: string }) => ({
      code: err.code,
      stdout: err.stdout,
      stderr: err.stderr,
    }),
  );
}

const sign = (build: (jwt: SignJWT) => SignJWT) =>
  build(
    new SignJWT({ roles: ['reader'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(SUBJECT)
      .setIssuer('chain-atlas'),
  ).sign(new TextEncoder().encode(TEST_JWT_SECRET));

describe('tokens end, are bounded, and can be revoked', () => {
  // The command line records the tokens it issues and revokes: the fixture finds them by their labels.
  useWrites({ track: ['IssuedToken', 'RevokedToken'] });
  let service: Instance;
  const read = (token: string) => timedQuery(service.url, '{ sectors { id } }', { authorization: `Bearer ${token}` });

  beforeAll(async () => {
    service = await startInstance();
  });
  afterAll(() => service?.stop());

  it('a token without an end (exp) is refused, and so is one valid for 100,000 days', async () => {
    const endless = await sign((j) => j.setIssuedAt().setJti('no-end-0001'));
    expect(firstError(await read(endless)).message).toMatch(/no "exp" claim/);
    const forever = await sign((j) => j.setIssuedAt().setJti('forever-0001').setExpirationTime('100000d'));
    expect(firstError(await read(forever)).message).toMatch(/longer than 365 days/);
    const noId = await sign((j) => j.setIssuedAt().setExpirationTime('1d'));
    expect(firstError(await read(noId)).message).toMatch(/no "jti" claim/);
  });

  it('npm run token refuses --days -1, 0, 1.5 and 100000, naming the range', async () => {
    for (const days of ['-1', '0', '1.5', '100000', 'ten']) {
      const run = await tokenCli('--subject', SUBJECT, '--role', 'reader', `--days=${days}`);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/--days must be a whole number from 1 to 365/);
    }
  }, 120_000);

  it('a token issued from the command line works until it is revoked, then is refused within seconds', async () => {
    const issued = await tokenCli('--subject', SUBJECT, '--role', 'reader', '--days', '2');
    expect(issued.code).toBe(0);
    const token = issued.stdout.trim();
    expect((await read(token)).status).toBe(200);
    const listed = await tokenCli('list');
    expect(listed.stdout).toMatch(new RegExp(`${SUBJECT}\\s+reader`));
    const revoked = await tokenCli('revoke', token);
    expect(revoked.stdout).toMatch(/revoked 1 token/);
    await new Promise((r) => setTimeout(r, 5_500));
    const refused = await read(token);
    expect(refused.status).toBe(401);
    expect(firstError(refused).message).toMatch(/the token has been revoked/);
  }, 120_000);

  it('revoke --subject revokes every token of that subject', async () => {
    const tokens = [];
    for (let i = 0; i < 2; i++) tokens.push((await tokenCli('--subject', SUBJECT, '--role', 'officer')).stdout.trim());
    expect((await tokenCli('revoke', '--subject', SUBJECT)).code).toBe(0);
    await new Promise((r) => setTimeout(r, 5_500));
    for (const token of tokens) expect((await read(token)).status).toBe(401);
  }, 120_000);
});
