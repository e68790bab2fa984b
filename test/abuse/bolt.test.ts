import { stat } from 'node:fs/promises';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordFile } from '../../src/db/embedded/password.js';
import { startInstance, type Instance } from './instance.js';

/** Runs `RETURN 1` on a Bolt port with these credentials; the error code, or 'ok'. */
async function tryBolt(uri: string, auth?: { user: string; password: string }): Promise<string> {
  const driver = neo4j.driver(uri, auth && neo4j.auth.basic(auth.user, auth.password), { connectionTimeout: 5_000 });
  try {
    await driver.executeQuery('RETURN 1');
    return 'ok';
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  } finally {
    await driver.close();
  }
}

describe("the embedded Neo4j's Bolt port on a shared machine", () => {
  let service: Instance;
  let bolt: string;
  let dataDir: string;
  beforeAll(async () => {
    service = await startInstance({ ownDatabase: true });
    const up = service.logs
      .map((l) => JSON.parse(l) as { msg?: string; uri?: string; dataDir?: string })
      .filter((l) => l.uri || l.dataDir);
    bolt = up.find((l) => l.msg === 'embedded Neo4j is up')!.uri!;
    dataDir = up.find((l) => l.msg === 'starting embedded Neo4j')!.dataDir!;
  }, 300_000);
  afterAll(() => service?.stop());

  it('refuses a connection without the password, and one with a guessed password', async () => {
    expect(await tryBolt(bolt)).toBe('Neo.ClientError.Security.Unauthorized');
    expect(await tryBolt(bolt, { user: 'neo4j', password: 'neo4j' })).toBe('Neo.ClientError.Security.Unauthorized');
  });

  it('accepts the password kept in the data folder, which only its owner may read', async () => {
    const file = passwordFile(dataDir);
    expect((await stat(file)).mode & 0o077).toBe(0);
    const { readFile } = await import('node:fs/promises');
    expect(await tryBolt(bolt, { user: 'neo4j', password: (await readFile(file, 'utf8')).trim() })).toBe('ok');
    expect(path.dirname(file)).toBe(dataDir);
  });
});
