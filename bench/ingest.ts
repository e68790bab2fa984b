import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { helpRequested } from '../src/cli.js';
import { extractDraft } from '../src/ingest/extract/index.js';
import type { Draft, ExtractOptions, Vocabulary } from '../src/ingest/extract/types.js';
import { nationalVocabulary, vocabularyFromSeed } from '../src/ingest/extract/vocabulary.js';
import { henanKey, readKey, type AnswerKey } from '../src/ingest/bench/key.js';
import { score, type KindScore } from '../src/ingest/bench/score.js';
import { SOURCE_FILE } from '../src/seed/read.js';
import { writeSection } from './sections.js';

const PLANS_DIR = process.env.PLANS_DIR ?? path.join(import.meta.dirname, '..', 'src', 'ingest', 'fixtures', 'plans');
const KEYS_DIR = path.join(import.meta.dirname, '..', 'src', 'ingest', 'fixtures', 'keys');

/** The plans measured: the Henan plan (its key from the seed), the two keyed plans nobody tuned on, the three the rules were developed on (no key: counts and time only). */
const PLANS: { name: string; file: string; role: 'dev' | 'unseen'; key?: string; options: ExtractOptions }[] = [
  { name: 'henan-2015 (seed key)', file: SOURCE_FILE, role: 'dev', key: 'henan', options: { region: '河南' } },
  {
    name: 'jinan-2021',
    file: 'jinan-2021-digital-pioneer-city-plan.txt',
    role: 'unseen',
    key: 'jinan-2021-digital-pioneer-city-plan.yaml',
    options: {},
  },
  {
    name: 'shandong-2023-manufacturing',
    file: 'shandong-2023-manufacturing-innovation-action-plan.txt',
    role: 'unseen',
    key: 'shandong-2023-manufacturing-innovation-action-plan.yaml',
    options: {},
  },
  {
    name: 'shandong-2019-clusters-ai',
    file: 'shandong-2019-clusters-ai-guiding-opinions.txt',
    role: 'dev',
    options: { region: '山东', issuer: '山东省人民政府', date: '2019-05-24' },
  },
  {
    name: 'shandong-2020-smart-transformation',
    file: 'shandong-2020-traditional-industries-smart-transformation-plan.txt',
    role: 'dev',
    options: { region: '山东', issuer: '山东省工业和信息化厅', date: '2020-07-02', period: '2020-2022' },
  },
  {
    name: 'shandong-2023-ngit',
    file: 'shandong-2023-ngit-innovation-action-plan.txt',
    role: 'dev',
    options: { region: '山东', issuer: '山东省科学技术厅', date: '2023-01-05', period: '2023-2025' },
  },
];

const AIMED = new Set(['CHAIN', 'CHAIN_LINK', 'PLACE', 'CARRIER', 'TARGET']);

type Row = {
  plan: string;
  role: string;
  vocabulary: string;
  seconds: number;
  chars: number;
  facts: number;
  verbatim: number;
  scores: KindScore[] | null;
};

function timed(
  text: string,
  vocab: Vocabulary,
  options: ExtractOptions,
  runs: number,
): { draft: Draft; seconds: number } {
  let draft: Draft | undefined;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    draft = extractDraft(text, vocab, options);
    times.push((performance.now() - t0) / 1000);
  }
  times.sort((a, b) => a - b);
  return { draft: draft!, seconds: times[Math.floor(times.length / 2)]! };
}

function verbatim(text: string, draft: Draft): number {
  const quotes = draft.facts.flatMap((f) => [f, ...(f.also ?? [])]);
  return quotes.length
    ? quotes.filter((q) => text.slice(q.start, q.end) === q.quote && text.includes(q.quote)).length / quotes.length
    : 1;
}

const pct = (x: number | null) => (x === null ? '–' : x.toFixed(2));

function main(): void {
  helpRequested(
    'usage: npm run bench:ingest -- [--runs 3] [--out FILE] [--details]\nExtracts a draft from each plan, scores it against the answer keys (recall and precision per kind), checks every quote is verbatim, times each plan and a synthetic 60,000-character plan; writes its section of BENCHMARKS.md.',
  );
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      out: { type: 'string', default: 'BENCHMARKS.md' },
      details: { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  const t0 = performance.now();
  const seedVocab = vocabularyFromSeed();
  const vocabSeconds = (performance.now() - t0) / 1000;
  const national = nationalVocabulary();
  const rows: Row[] = [];
  const texts: string[] = [];
  for (const plan of PLANS) {
    const file = path.isAbsolute(plan.file) ? plan.file : path.join(PLANS_DIR, plan.file);
    const text = readFileSync(file, 'utf8');
    texts.push(text);
    let key: AnswerKey | null = null;
    let options = plan.options;
    if (plan.key === 'henan') key = henanKey(text);
    else if (plan.key) {
      key = readKey(path.join(KEYS_DIR, plan.key));
      // The caller's metadata, as an officer enters it (the texts lack their notices).
      options = {
        title: key.plan.title,
        issuer: key.plan.issuer,
        date: key.plan.date,
        region: key.plan.region,
        period: key.plan.period,
      };
    }
    const vocabularies: [string, Vocabulary][] =
      plan.key === 'henan'
        ? [
            ['seed + national', seedVocab],
            ['national only', national],
          ]
        : [['seed + national', seedVocab]];
    for (const [vname, vocab] of vocabularies) {
      const { draft, seconds } = timed(text, vocab, options, runs);
      const scores = key ? score(draft.facts, key, text) : null;
      rows.push({
        plan: plan.name,
        role: plan.role,
        vocabulary: vname,
        seconds,
        chars: text.length,
        facts: draft.facts.length,
        verbatim: verbatim(text, draft),
        scores,
      });
      console.log(
        `${plan.name} [${vname}]: ${draft.facts.length} candidates in ${seconds.toFixed(3)} s${scores ? '' : ' (no key)'}`,
      );
      if (scores)
        for (const s of scores) {
          console.log(
            `  ${s.kind.padEnd(11)} key ${String(s.keyItems).padStart(3)}  candidates ${String(s.candidates).padStart(3)}  recall ${pct(s.recall)}  precision ${pct(s.precision)}`,
          );
          if (values.details && plan.role === 'unseen') {
            if (s.missed.length) console.log(`    missed: ${s.missed.join(' | ')}`);
            if (s.wrong.length) console.log(`    wrong: ${s.wrong.join(' | ')}`);
          }
        }
    }
  }
  // A synthetic plan of 60,000 characters: the real texts concatenated (repeated as needed).
  let big = '';
  while (big.length < 60000) big += texts.join('\n');
  big = big.slice(0, 60000);
  const synthetic = timed(big, seedVocab, { region: '山东' }, runs);
  const syntheticVerbatim = verbatim(big, synthetic.draft);
  console.log(
    `synthetic 60,000 characters: ${synthetic.draft.facts.length} candidates in ${synthetic.seconds.toFixed(2)} s`,
  );

  const unseen = rows.filter((r) => r.role === 'unseen' && r.scores);
  const pooled = (kind: string) => {
    const ss = unseen.map((r) => r.scores!.find((s) => s.kind === kind)!);
    const keyItems = ss.reduce((a, s) => a + s.keyItems, 0);
    const cands = ss.reduce((a, s) => a + s.candidates, 0);
    return {
      recall: keyItems ? ss.reduce((a, s) => a + s.found, 0) / keyItems : null,
      precision: cands ? ss.reduce((a, s) => a + s.correct, 0) / cands : null,
      keyItems,
      cands,
    };
  };
  const cpu = os.cpus();
  const lines = [
    '## Plan ingestion: extraction quality and speed',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:ingest\` on ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, Node ${process.version}; median of ${runs} runs per plan.`,
    '',
    "Each plan's text goes through `extractDraft` (src/ingest) with the vocabulary the CLI uses (the seed's names and the national places) and the metadata an officer would enter; its candidates are scored against an answer key. **Recall** is the share of the key's items that some candidate matches; **precision** the share of candidates that match some key item (a second candidate for the same item is not counted wrong; how names match is in src/ingest/bench/score.ts). The Henan key is the curated seed, so with the seed's vocabulary it is partly circular (the rules look the seed's names up): the row with the national places only is the fairer reading. The two Shandong/Jinan keys were written by hand before any rule was written, and the rules were developed on the Henan plan and the other three plans (which have no key: their rows give counts and time only); the first, blind, run on the two keyed plans is recorded in the reading below, and rules were fixed after it, so their rows here are held-out keys that are no longer blind. **Verbatim** is the share of quotes (best and other mentions) that are exact slices of the text; it must be 1.00.",
    '',
    '| Plan | Role | Vocabulary | Chars | Candidates | Verbatim | Seconds | CHAIN R/P | CHAIN_LINK R/P | PLACE R/P | CARRIER R/P | TARGET R/P | ENTERPRISE R/P | PROJECT R/P |',
    '|---|---|---|---:|---:|---:|---:|---|---|---|---|---|---|---|',
    ...rows.map((r) => {
      const cell = (k: string) => {
        const s = r.scores?.find((x) => x.kind === k);
        return s ? `${pct(s.recall)} / ${pct(s.precision)} (${s.keyItems}/${s.candidates})` : '–';
      };
      return `| ${r.plan} | ${r.role === 'unseen' ? 'held out (keyed)' : 'development'} | ${r.vocabulary} | ${r.chars.toLocaleString('en')} | ${r.facts} | ${r.verbatim.toFixed(2)} | ${r.seconds.toFixed(3)} | ${['CHAIN', 'CHAIN_LINK', 'PLACE', 'CARRIER', 'TARGET', 'ENTERPRISE', 'PROJECT'].map(cell).join(' | ')} |`;
    }),
    '',
    'Cells are recall / precision (key items / candidates).',
    '',
    `**The two keyed plans pooled** (aim: recall ≥ 0.85 and precision ≥ 0.70 for the kinds marked *): ${[
      'CHAIN',
      'CHAIN_LINK',
      'PLACE',
      'CARRIER',
      'TARGET',
      'ENTERPRISE',
      'PROJECT',
    ]
      .map((k) => {
        const p = pooled(k);
        return `${k}${AIMED.has(k) ? '*' : ''} ${pct(p.recall)} / ${pct(p.precision)}`;
      })
      .join('; ')}.`,
    '',
    `**Speed.** A synthetic plan of 60,000 characters (the six texts concatenated, repeated to length) takes ${synthetic.seconds.toFixed(2)} s (${synthetic.draft.facts.length} candidates, verbatim ${syntheticVerbatim.toFixed(2)}); the budget is 10 s. Building the vocabulary from the seed files (once per process, the CLI's start-up) takes ${vocabSeconds.toFixed(1)} s and is not in these figures.`,
  ];
  writeSection(values.out!, 'ingest', lines.join('\n'));
  console.log(`wrote the ingest section of ${values.out}`);
}

main();
