import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Logger } from '../../logger.js';
import { findMaven } from './maven.js';

const run = promisify(execFile);
const launcherDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'launcher');

/** Where a built launcher lives: its jar and the folder of Neo4j's jars. */
export type LauncherBuild = { dir: string; jar: string; libDir: string };

/**
 * Builds the launcher and resolves Neo4j's jars from Maven Central, once.
 * The output folder is named after a hash of the pom and the Java source, so an
 * unchanged launcher is reused at once and a changed one is rebuilt beside it.
 */
export async function prepareLauncher(cacheDir: string, log: Logger): Promise<LauncherBuild> {
  const dir = path.join(cacheDir, `launcher-${await launcherHash()}`);
  const build = { dir, jar: path.join(dir, 'chain-atlas-neo4j.jar'), libDir: path.join(dir, 'lib') };
  const marker = path.join(dir, 'complete');
  if (existsSync(marker)) return build;

  const mvn = await findMaven(cacheDir, log);
  log.info({ dir }, 'resolving Neo4j from Maven Central and building the launcher (first start only)');
  await rm(dir, { recursive: true, force: true });
  try {
    await run(mvn, ['-q', '-B', '-f', path.join(launcherDir, 'pom.xml'), `-Dlauncher.out=${dir}`, 'package'], {
      timeout: 15 * 60_000,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    const detail = `${e.stdout ?? ''}${e.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`Could not build the embedded Neo4j launcher with ${mvn}: ${e.message}\n${detail}`, { cause: err });
  }
  await writeFile(marker, new Date().toISOString());
  return build;
}

async function launcherHash(): Promise<string> {
  const hash = createHash('sha256');
  hash.update(await readFile(path.join(launcherDir, 'pom.xml')));
  const javaDir = path.join(launcherDir, 'src', 'main', 'java', 'chainatlas');
  for (const name of (await readdir(javaDir)).sort()) hash.update(await readFile(path.join(javaDir, name)));
  return hash.digest('hex').slice(0, 12);
}
