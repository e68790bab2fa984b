// Builds the web app into web/dist when its inputs changed since the last build:
// `npm start` runs it first (prestart), the browser tests' setup too. `--force` always builds.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');
const STAMP = path.join(here, 'dist', '.inputs-sha256');

/** Everything the build reads: the app, the explorer, the contract, the printed schema, the lock file. */
const INPUTS = [
  'web/src',
  'web/explorer',
  'web/public',
  'web/index.html',
  'web/graphiql.html',
  'web/vite.config.ts',
  'web/tsconfig.json',
  'test/contract/operations',
  'src/generated/schema.graphql',
  'src/ids.ts',
  'package-lock.json',
];

function filesUnder(relative: string): string[] {
  const full = path.join(root, relative);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [relative];
  return readdirSync(full)
    .sort()
    .flatMap((name) => (name.endsWith('.test.ts') ? [] : filesUnder(path.join(relative, name))));
}

/** A digest of every input file's path and content. */
export function inputsDigest(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(filesUnder))
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(root, file)))
      .update('\0');
  return hash.digest('hex');
}

/** Builds unless web/dist was built from exactly these inputs; returns whether it built. */
export async function buildWebIfStale({
  force = false,
  log = console.log,
}: { force?: boolean; log?: (line: string) => void } = {}): Promise<boolean> {
  const digest = inputsDigest();
  if (!force && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === digest) return false;
  log('building the web app (web/dist)…');
  const started = Date.now();
  const { build } = await import('vite');
  await build({ configFile: path.join(here, 'vite.config.ts'), logLevel: 'warn' });
  writeFileSync(STAMP, digest);
  log(`web app built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--help')) {
    console.log(
      'usage: npm run build:web   (tsx web/build.ts [--force])\nBuilds the web app into web/dist when its sources changed since the last build; --force builds anyway.',
    );
    process.exit(0);
  }
  buildWebIfStale({ force: process.argv.includes('--force') }).catch((err: Error) => {
    console.error(`the web app could not be built: ${err.message}`);
    process.exit(1);
  });
}
