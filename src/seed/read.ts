import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { ZodError } from 'zod';
import {
  factsFileSchema,
  planFileSchema,
  sectorFileSchema,
  type FactsFile,
  type PlanFile,
  type SectorFile,
} from './schema.js';

/** The repository's seed/ folder: the data, its format and the curation (this loader lives in src/seed/). */
export const SEED_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'seed');
export const DATA_DIR = path.join(SEED_DIR, 'data');
export const SOURCE_FILE = path.join(SEED_DIR, 'henan-2015-key-industries-plan.txt');

/** Every seed file, validated, with its path relative to the repository root. */
export type SeedFiles = {
  plan: { file: string; data: PlanFile };
  sectors: { file: string; data: SectorFile }[];
  others: { file: string; data: FactsFile }[];
};

/** A seed file that is not valid; the message names the file and each entry at fault. */
export class SeedValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`The seed data has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    this.name = 'SeedValidationError';
  }
}

/** Reads and validates `plan.yaml`, every `sectors/*.yaml`, and the other `*.yaml` files. */
export function readSeedFiles(dataDir = DATA_DIR): SeedFiles {
  const problems: string[] = [];
  const rel = (f: string) => path.relative(path.resolve(dataDir, '..', '..'), f);
  const load = <T>(
    file: string,
    schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: ZodError } },
  ) => {
    let raw: unknown;
    try {
      raw = parse(readFileSync(file, 'utf8'));
    } catch (err) {
      problems.push(`${rel(file)}: not valid YAML: ${(err as Error).message.split('\n')[0]}`);
      return undefined;
    }
    const result = schema.safeParse(raw);
    if (result.success) return { file: rel(file), data: result.data };
    for (const issue of result.error.issues)
      problems.push(`${rel(file)}: ${describePath(raw, issue.path)}: ${issue.message}`);
    return undefined;
  };

  const yamlIn = (dir: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => path.join(dir, f));
  const plan = load(path.join(dataDir, 'plan.yaml'), planFileSchema);
  const sectors = yamlIn(path.join(dataDir, 'sectors')).map((f) => load(f, sectorFileSchema));
  const others = yamlIn(dataDir)
    .filter((f) => path.basename(f) !== 'plan.yaml')
    .map((f) => load(f, factsFileSchema));
  if (problems.length || !plan) throw new SeedValidationError(problems.length ? problems : ['plan.yaml is missing']);
  return { plan, sectors: sectors.filter((s) => s !== undefined), others: others.filter((o) => o !== undefined) };
}

/** `enterprises[3] (舜宇光电公司).sources[0]`: a path a person can find in the file. */
function describePath(root: unknown, issuePath: (string | number)[]): string {
  let node: unknown = root;
  let out = '';
  for (const part of issuePath) {
    node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[part] : undefined;
    out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${part}`;
    const label =
      node && typeof node === 'object' && !Array.isArray(node)
        ? ((node as { name?: unknown; key?: unknown }).name ?? (node as { key?: unknown }).key)
        : undefined;
    if (typeof part === 'number' && typeof label === 'string') out += ` (${label})`;
  }
  return out || '(file)';
}
