import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { SEED_DIR } from '../../src/seed/read.js';
import type { Exclusion } from './carriers.js';

/** The entries of an exclusions file beside the seed data (`carrier-exclusions.yaml` …). */
export function readExclusions<T = Exclusion>(file: string): T[] {
  return parse(readFileSync(path.join(SEED_DIR, file), 'utf8')) as T[];
}

/** Exclusions that no longer match the source, hold none of the words they excuse, or give no reason. */
export function staleExclusions(exclusions: Exclusion[], source: string, words: RegExp): string[] {
  return exclusions.flatMap((e) => [
    ...(source.includes(e.text) ? [] : [`${e.text}: not in the source`]),
    ...(words.test(e.text) ? [] : [`${e.text}: holds no ${words.source}`]),
    ...(e.why.length > 10 ? [] : [`${e.text}: says too little why`]),
  ]);
}
