import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { destination, pino } from 'pino';
import { loadConfig } from '../config.js';
import { connect } from '../db/connect.js';
import { applyMigrations } from '../db/migrations.js';
import { toStoredDraft, vocabularyFromGraph } from '../plan/extraction.js';
import { PlanExistsError, storeDraft } from '../plan/ingest.js';
import { extractDraft } from './extract/index.js';
import { helpRequested } from '../cli.js';
import { ingestFile } from './ingest.js';
import type { Draft } from './extract/types.js';

const USAGE = `usage: npm run ingest -- FILE [--dry-run [--json]] [--title T] [--issuer I] [--date YYYY-MM-DD] [--region R] [--number N] [--period 2023-2025] [--min-confidence 0.5]
Reads a plan (.txt UTF-8 or GB18030, .docx, .pdf with a text layer) and extracts a draft of candidate facts by rules.
Without --dry-run it stores the draft (status DRAFT, seen by editors only) and prints its id and review page.
--dry-run writes nothing; with --json it prints exactly one JSON object on stdout: { plan, sections, facts }.
The options override what the text gives (many texts lack their title, issuer and date).`;

/** The JSON a dry run prints: what others rely on (extra fields are allowed). */
export function draftJson(draft: Draft): unknown {
  return {
    plan: draft.plan,
    sections: draft.sections.map(({ code, title, parent }) => ({ code, title, parent })),
    facts: draft.facts,
  };
}

async function main(): Promise<void> {
  helpRequested(USAGE);
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      title: { type: 'string' },
      issuer: { type: 'string' },
      date: { type: 'string' },
      region: { type: 'string' },
      number: { type: 'string' },
      period: { type: 'string' },
      'min-confidence': { type: 'string' },
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError(`give one plan file\n${USAGE}`);
  if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError('--date is YYYY-MM-DD');
  const started = performance.now();
  const { draft, source } = await ingestFile(file, {
    title: values.title,
    issuer: values.issuer,
    date: values.date,
    region: values.region,
    number: values.number,
    period: values.period,
    minConfidence: values['min-confidence'] ? Number(values['min-confidence']) : undefined,
  });
  console.error(
    `${file}: ${source.format}${source.encoding ? ` (${source.encoding})` : ''}, ${source.text.length} characters, ${draft.sections.length} sections, ${draft.facts.length} candidate facts in ${((performance.now() - started) / 1000).toFixed(2)} s`,
  );
  if (!values['dry-run']) {
    const id = await storeAsDraft(draft, source.text, path.basename(file));
    const port = process.env.PORT ?? '4000';
    console.log(`stored as draft ${id}`);
    console.log(`review it at http://localhost:${port}/plans/${id} (an editor's or admin's sign-in)`);
    return;
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify(draftJson(draft))}\n`);
    return;
  }
  const counts = new Map<string, number>();
  for (const f of draft.facts) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  console.log(`plan: ${JSON.stringify(draft.plan)}`);
  console.log([...counts].map(([k, n]) => `${k} ${n}`).join(', '));
  for (const f of draft.facts) console.log(`${f.kind}\t${f.name}\t${f.confidence}\t${f.section}\t${f.quote}`);
}

/** Stores a draft in the configured database (a running npm start's embedded Neo4j, else one started here, else NEO4J_URI). */
async function storeAsDraft(draft: Draft, text: string, fileName: string): Promise<string> {
  const config = loadConfig();
  const log = pino({ level: 'warn' }, destination(2));
  const { db, embedded } = await connect(config, log, { reuseRunning: true });
  try {
    await applyMigrations(db, log);
    // The graph's own names: a match is then a node of this graph.
    const stored = extractDraft(text, await vocabularyFromGraph(db), { ...draft.plan });
    return await storeDraft(db, toStoredDraft(stored), { text, by: `cli:${os.userInfo().username}`, fileName });
  } catch (err) {
    if (err instanceof PlanExistsError) throw new UsageError(err.message);
    throw err;
  } finally {
    await db.close();
    await embedded?.stop();
  }
}

class UsageError extends Error {}

main().catch((err: unknown) => {
  console.error(err instanceof UsageError ? err.message : `ingest failed: ${(err as Error).message}`);
  process.exit(err instanceof UsageError ? 2 : 1);
});
