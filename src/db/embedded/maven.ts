import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Logger } from '../../logger.js';

const run = promisify(execFile);

/** The Maven release fetched from Maven Central when no `mvn` is installed. */
const MAVEN_VERSION = '3.9.9';
const MAVEN_CENTRAL = 'https://repo.maven.apache.org/maven2';

/**
 * Returns a Maven command: `MAVEN_CMD`, else `mvn` on the PATH, else a Maven
 * distribution downloaded once from Maven Central into the cache folder (checked
 * against its published SHA-512), so that Node and Java are the only prerequisites.
 */
export async function findMaven(cacheDir: string, log: Logger): Promise<string> {
  if (process.env.MAVEN_CMD) return process.env.MAVEN_CMD;
  try {
    await run('mvn', ['-v'], { timeout: 60_000 });
    return 'mvn';
  } catch {
    // no usable mvn on the PATH: fall through to the cached or downloaded one
  }
  const home = path.join(cacheDir, `apache-maven-${MAVEN_VERSION}`);
  const mvn = path.join(home, 'bin', 'mvn');
  if (existsSync(mvn)) return mvn;

  const name = `apache-maven-${MAVEN_VERSION}-bin.tar.gz`;
  const url = `${MAVEN_CENTRAL}/org/apache/maven/apache-maven/${MAVEN_VERSION}/${name}`;
  log.info({ url }, 'no mvn found; downloading Maven from Maven Central (once)');
  const [archive, checksum] = await Promise.all([download(url), download(`${url}.sha512`)]);
  const expected = checksum.toString('utf8').trim().split(/\s+/)[0];
  const actual = createHash('sha512').update(archive).digest('hex');
  if (expected !== actual) throw new Error(`Maven download from ${url} failed its SHA-512 check`);

  await mkdir(cacheDir, { recursive: true });
  const file = path.join(cacheDir, name);
  await writeFile(file, archive);
  await run('tar', ['-xzf', file, '-C', cacheDir]);
  await rm(file);
  return mvn;
}

async function download(url: string): Promise<Buffer> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url} answered ${res.status} ${res.statusText}`);
  return Buffer.from(await res.arrayBuffer());
}
