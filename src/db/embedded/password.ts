import { randomBytes } from 'node:crypto';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The file in the data folder that holds the embedded Neo4j's password (its owner alone may read it). */
export const passwordFile = (dataDir: string) => path.join(dataDir, 'chain-atlas-neo4j-password');

/**
 * The password of the embedded Neo4j's user neo4j: made at random the first time and
 * kept beside the data, readable by this user only; the launcher sets it in Neo4j.
 * Command-line tools that use a running service's database read it from here.
 */
export async function embeddedPassword(dataDir: string): Promise<string> {
  const file = passwordFile(dataDir);
  const existing = await readFile(file, 'utf8').then(
    (t) => t.trim(),
    () => undefined,
  );
  if (existing) {
    await chmod(file, 0o600);
    return existing;
  }
  const password = randomBytes(32).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
  return password;
}
