import { existsSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { alignedTable } from '../cli.js';
import { loadConfig } from '../config.js';
import { connect } from '../db/connect.js';
import { applyMigrations } from '../db/migrations.js';
import { createLogger } from '../logger.js';
import type { CheckReport } from './check.js';
import { ImportNotFoundError, ImportRowsError, runImport, undoImport } from './import.js';
import { ImportBusyError, openRecord, recoverInterrupted, type ImportRecord } from './journal.js';
import { terminalProgress } from './progress.js';
import { IMPORTS } from './queries.js';
import { ENCODING_NAMES } from './read/encoding.js';
import { CLI_LARGER, readLimits } from './read/limits.js';
import { ImportFileError } from './read/rows.js';

const USAGE = `usage:
  npm run import -- FILE [--dry-run] [--encoding utf-8|gbk|gb18030] [--sheet NAME]
  npm run import -- --list
  npm run import -- --undo ID
FILE is CSV (UTF-8 or GBK) or XLSX with a header row: name (企业名称), place (所在地/注册地址),
links (产业链环节) and/or sectors (所属行业); optional aliases (简称), creditCode (统一社会信用代码), note (备注).`;

/** How long the command line lets a workbook's parse take. */
const CLI_READ_TIMEOUT_MS = 30 * 60_000;

const who = () => `cli:${os.userInfo().username}`;
const when = (ms?: number | null) => (ms ? new Date(ms).toISOString().replace('T', ' ').slice(0, 19) : '');

/** `npm run import`: imports, checks, lists and undoes enterprise lists on the configured database. */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean' },
      encoding: { type: 'string' },
      sheet: { type: 'string' },
      list: { type: 'boolean' },
      undo: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const file = positionals[0];
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!file && !values.list && !values.undo) {
    console.error(USAGE);
    return 2;
  }
  const encoding = values.encoding ? ENCODING_NAMES[values.encoding.toLowerCase()] : undefined;
  if (values.encoding && !encoding)
    throw new Error(`--encoding must be utf-8, gbk or gb18030, not "${values.encoding}"`);
  if (file && !existsSync(file)) throw new Error(`${file}: no such file`);

  const config = loadConfig();
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const { db, embedded } = await connect(config, log, { reuseRunning: true });
  try {
    await applyMigrations(db, log);
    const recovered = await recoverInterrupted(db, log);
    for (const id of recovered)
      console.error(`an interrupted import or undo (${id}) was finished: what it had written is removed`);
    if (values.list)
      return list(
        (await db.read<{ import: ImportRecord }>(IMPORTS, { limit: 200 })).map((r) => ({
          import: openRecord(r.import),
        })),
      );
    if (values.undo) {
      const record = await undoImport(db, values.undo, who(), log, terminalProgress());
      console.log(
        `undid ${record.id} (${record.file}): what it added is removed; facts the seed or another import also states stay`,
      );
      return 0;
    }
    // Larger workbooks than the server takes (CLI_XLSX_UNPACKED_LIMIT_BYTES), and more time.
    const limits = readLimits(config.imports.cliXlsxUnpackedBytes, CLI_READ_TIMEOUT_MS, CLI_LARGER);
    const { check, record } = await runImport(
      db,
      { path: file! },
      { fileName: file!, by: who(), encoding, sheet: values.sheet, dryRun: values['dry-run'], limits },
      log,
      terminalProgress(),
    );
    describe(file!, check);
    if (!record) {
      console.log(`no problems; nothing was written (dry run). Import it with: npm run import -- ${file}`);
      return 0;
    }
    console.log(
      `imported ${file} as ${record.id}: ${count(record.enterprisesCreated, 'enterprise')} created, ${count(record.rowsIntoExisting, 'row')} merged into existing ones, ${count(record.relationshipsCreated, 'relationship')} and ${count(record.aliasesAdded, 'alias', 'aliases')} added`,
    );
    console.log(`undo it with: npm run import -- --undo ${record.id}`);
    return 0;
  } finally {
    await db.close();
    await embedded?.stop();
  }
}

/** "1 enterprise", "3 enterprises". */
const count = (n: number | null | undefined, one: string, many = `${one}s`) =>
  `${(n ?? 0).toLocaleString('en')} ${n === 1 ? one : many}`;

function describe(file: string, c: CheckReport) {
  const read =
    c.format === 'xlsx' ? `XLSX, sheet "${c.sheet}"` : `CSV, ${c.encoding === 'gb18030' ? 'GB18030/GBK' : 'UTF-8'}`;
  const more =
    c.ignoredColumnCount > c.ignoredColumns.length ? ` and ${c.ignoredColumnCount - c.ignoredColumns.length} more` : '';
  console.log(
    `${file}: ${read}; ${c.rows} rows${c.ignoredColumns.length ? `; columns ignored: ${c.ignoredColumns.join(', ')}${more}` : ''}`,
  );
  console.log(
    `  would create ${count(c.enterprisesToCreate, 'enterprise')} and merge rows into ${c.enterprisesToMerge} already in the graph${c.duplicateRows ? ` (${count(c.duplicateRows, 'row')} repeat an enterprise of an earlier row)` : ''}`,
  );
  for (const e of c.createdExamples) console.log(`  new    line ${e.line}: ${e.name}`);
  for (const e of c.mergedExamples)
    console.log(
      `  merge  line ${e.line}: ${e.name} -> ${e.into} (by ${e.by === 'code' ? '统一社会信用代码' : 'name or alias'})`,
    );
}

function list(rows: { import: ImportRecord }[]): number {
  if (!rows.length) {
    console.log('no imports yet');
    return 0;
  }
  const header = ['id', 'status', 'file', 'rows', 'created', 'merged', 'by', 'started', 'undone'];
  const cells = rows.map(({ import: i }) => [
    i.id,
    i.status,
    i.file,
    String(i.rows),
    String(i.enterprisesCreated ?? ''),
    String(i.rowsIntoExisting ?? ''),
    i.by,
    when(i.startedAt),
    i.undoneAt ? `${when(i.undoneAt)} by ${i.undoneBy}` : '',
  ]);
  for (const line of alignedTable(header, cells)) console.log(line);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    if (err instanceof ImportRowsError) {
      console.error(`${process.argv[2]}: ${err.message}`);
    } else if (err instanceof ImportFileError || err instanceof ImportBusyError || err instanceof ImportNotFoundError) {
      console.error(`${process.argv.slice(2).join(' ')}: ${err.message}`);
    } else {
      console.error(`import failed: ${err.message}`);
    }
    process.exit(1);
  },
);
