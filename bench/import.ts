import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { Database } from '../src/db/database.js';
import { connectionOptions } from '../src/db/connect.js';
import { startEmbeddedNeo4j } from '../src/db/embedded/launch.js';
import { applyMigrations } from '../src/db/migrations.js';
import { checkCharacter } from '../src/import/credit-code.js';
import { createLogger } from '../src/logger.js';
import { BENCH_ENV } from './env.js';
import { GENERATED_NAME_KEYS } from './generate.cypher.js';
import { mulberry32 } from './random.js';
import { writeSection } from './sections.js';
import { helpRequested } from '../src/cli.js';

type Run = { system: string; rows: number; seconds: number; rowsPerSecond: number; peakMb: number };

/**
 * `npm run bench:import`: imports of 100,000 and 1,000,000 rows into the national bench
 * graph (npm run gen:scale first), through `npm run import` as an officer runs it, beside
 * a floor that writes the same rows with a bare batched UNWIND through neo4j-driver.
 * Each run is a child process whose peak resident memory is sampled; each import is
 * undone afterwards (also timed), and the floor's rows deleted, so the graph stays as it was.
 */
async function main(): Promise<void> {
  helpRequested(
    'usage: npm run bench:import -- [--sizes 100000,1000000] [--out FILE]\nImports of generated lists into the bench graph beside a bare UNWIND floor, with peak memory; writes its section of BENCHMARKS.md.',
  );
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '100000,1000000' },
      out: { type: 'string', default: 'BENCHMARKS.md' },
    },
  });
  const sizes = values.sizes!.split(',').map(Number);
  const config = loadConfig({ ...BENCH_ENV, ...process.env });
  const log = createLogger('warn');
  if (!config.neo4j.uri && !existsSync(path.join(config.embedded.dataDir, 'data')))
    throw new Error('no bench graph: run npm run gen:scale -- --enterprises 1000000 first');
  const embedded = config.neo4j.uri ? undefined : await startEmbeddedNeo4j(config.embedded, log);
  const connection = connectionOptions(config.neo4j, embedded);
  const { uri } = connection;
  const db = new Database(connection);
  const env = {
    ...process.env,
    NEO4J_URI: uri,
    NEO4J_USER: connection.user,
    NEO4J_PASSWORD: connection.password,
    LOG_LEVEL: 'warn',
  };
  const runs: Run[] = [];
  try {
    await applyMigrations(db, log);
    console.log('name keys for the generated enterprises (once)…');
    await db.autoCommit(GENERATED_NAME_KEYS);
    const [size] = await db.read<{ enterprises: number; nodes: number; relationships: number }>(
      'CALL () { MATCH (e:Enterprise) RETURN count(e) AS enterprises } CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN enterprises, nodes, relationships',
    );
    for (const n of sizes) {
      const file = await makeFile(db, n);
      console.log(`${n} rows: ${file} (${(statSync(file).size / 1048576).toFixed(0)} MB)`);
      // The floor runs before and after the import: each write then follows a mass delete
      // (or none) in turn, and neither order favours one side.
      const floor = async (when: string) => {
        runs.push(
          run(
            `floor: bare batched UNWIND (${when})`,
            n,
            await child(['bench/import-floor.ts', file, `floor-${n}`], env),
          ),
        );
        await db.autoCommit(
          'MATCH (e:Enterprise) WHERE e.floor IS NOT NULL CALL (e) { DETACH DELETE e } IN TRANSACTIONS OF 10000 ROWS',
        );
      };
      await floor('before');
      const imported = await child(['src/import/cli.ts', file], env);
      runs.push(run('chain-atlas import (check + write)', n, imported));
      const [{ id }] = (await db.read<{ id: string }>(
        "MATCH (i:Import {status: 'DONE'}) RETURN i.id AS id ORDER BY i.startedAt DESC LIMIT 1",
      )) as [{ id: string }];
      const undone = await child(['src/import/cli.ts', '--undo', id], env);
      runs.push(run('chain-atlas undo', n, undone));
      await floor('after');
    }
    const lines = [
      '## Imports at national scale',
      '',
      `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:import\` on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, into the bench graph (${size!.enterprises.toLocaleString('en')} enterprises, ${size!.nodes.toLocaleString('en')} nodes, ${size!.relationships.toLocaleString('en')} relationships; heap and page cache from bench/env.ts).`,
      '',
      'Each row is a new enterprise with a place (a county of the bench graph, by name), a link, and, for half the rows, a 统一社会信用代码; a tenth of them give an alias. The import is `npm run import -- FILE` as an officer runs it: it reads the file twice (a check of every row that writes nothing, then the write), looks every code, name and alias up in the indexes, records the import, writes each fact with its provenance in batched UNWIND transactions of 2,000 rows and keeps the import history. The floor writes the same enterprises and relationships with a bare batched UNWIND (`CREATE`, ids resolved in memory, no checks, no matching, no provenance), once before the import and once after its undo; time ÷ floor is against the mean of the two. Peak memory is the resident set of the process, sampled every 250 ms. Each import is undone after it is measured, and timed.',
      '',
      '| Rows | System | Seconds | Rows/s | Peak RSS MB | Time ÷ floor |',
      '|---:|---|---:|---:|---:|---:|',
      ...runs.map((r) => {
        const floors = runs.filter((f) => f.rows === r.rows && f.system.startsWith('floor'));
        const floor = floors.reduce((sum, f) => sum + f.seconds, 0) / floors.length;
        return `| ${r.rows.toLocaleString('en')} | ${r.system} | ${r.seconds.toFixed(1)} | ${Math.round(r.rowsPerSecond).toLocaleString('en')} | ${r.peakMb.toFixed(0)} | ${(r.seconds / floor).toFixed(2)} |`;
      }),
    ];
    writeSection(values.out!, 'import', lines.join('\n'));
    console.log(lines.join('\n'));
  } finally {
    await db.close();
    await embedded?.stop();
  }
}

function run(system: string, rows: number, m: { ms: number; peakRss: number }): Run {
  return { system, rows, seconds: m.ms / 1000, rowsPerSecond: rows / (m.ms / 1000), peakMb: m.peakRss / 1048576 };
}

/** Runs a script in a child process; its wall time and peak resident memory. */
async function child(args: string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; peakRss: number }> {
  const started = Date.now();
  const proc = spawn(process.execPath, ['--import', 'tsx', ...args], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  let peakRss = 0;
  const sampler = setInterval(() => {
    try {
      peakRss = Math.max(
        peakRss,
        Number(
          execFileSync('ps', ['-o', 'rss=', '-p', String(proc.pid)])
            .toString()
            .trim(),
        ) * 1024,
      );
    } catch {
      // the process ended between two samples
    }
  }, 250);
  const [code] = (await once(proc, 'exit')) as [number];
  clearInterval(sampler);
  if (code !== 0) throw new Error(`${args.join(' ')} exited with ${code}`);
  return { ms: Date.now() - started, peakRss };
}

/** A CSV of `n` new enterprises on the bench graph's places and links (same seed, same file). */
async function makeFile(db: Database, n: number): Promise<string> {
  const dir = path.join('.data', 'bench-imports');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `enterprises-${n}.csv`);
  if (existsSync(file)) return file;
  const places = (
    await db.read<{ name: string }>(
      "MATCH (p:Place {level: 'COUNTY'}) WHERE p.generated = true RETURN p.name AS name ORDER BY name",
    )
  ).map((r) => r.name);
  const links = (await db.read<{ key: string }>('MATCH (l:ChainLink) RETURN l.key AS key ORDER BY key')).map(
    (r) => r.key,
  );
  const random = mulberry32(20261202);
  const out = createWriteStream(file);
  out.write('企业名称,统一社会信用代码,所在地,产业链环节,简称\n');
  for (let i = 1; i <= n; i++) {
    const code =
      i % 2
        ? ''
        : (() => {
            const first17 = `91${String(110000 + (i % 800000)).padStart(6, '0')}MA${String(i).padStart(7, '0')}`;
            return first17 + checkCharacter(first17);
          })();
    const alias = i % 10 === 0 ? `导入简称${i}` : '';
    const line = `导入企业${i}有限公司,${code},${places[Math.floor(random() * places.length)]},${links[Math.floor(random() * links.length)]},${alias}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return file;
}

main().catch((err: Error) => {
  console.error(`bench:import failed: ${err.message}`);
  process.exit(1);
});
