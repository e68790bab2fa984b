import { parseArgs } from 'node:util';
import { helpRequested } from '../cli.js';
import { ingestFile } from './ingest.js';
import type { Draft } from './extract/types.js';

const USAGE = `usage: npm run ingest -- FILE --dry-run [--json] [--title T] [--issuer I] [--date YYYY-MM-DD] [--region R] [--number N] [--period 2023-2025] [--min-confidence 0.5]
Reads a plan (.txt UTF-8 or GB18030, .docx, .pdf with a text layer) and extracts a draft of candidate facts by rules.
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
  if (!values['dry-run'])
    throw new UsageError('storing drafts is not available in this build yet: run with --dry-run to see the draft');
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

class UsageError extends Error {}

main().catch((err: unknown) => {
  console.error(err instanceof UsageError ? err.message : `ingest failed: ${(err as Error).message}`);
  process.exit(err instanceof UsageError ? 2 : 1);
});
