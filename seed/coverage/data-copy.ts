import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { DATA_DIR } from '../../src/seed/read.js';

type Entry = { name?: string; key?: string; links?: Entry[] };
type File = Record<string, Entry[]>;

/** A copy of seed/data with `file` changed by `edit`, as if a curator had edited it; `remove()` deletes the copy. */
export function dataCopy(file: string, edit: (data: File) => void): { dir: string; remove: () => void } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'seed-copy-'));
  const dir = path.join(root, 'seed', 'data');
  cpSync(DATA_DIR, dir, { recursive: true });
  const target = path.join(dir, file);
  const data = parse(readFileSync(target, 'utf8')) as File;
  edit(data);
  writeFileSync(target, stringify(data));
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Removes the one entry of `list` named (or keyed) `name`; throws when there is not exactly one. */
export function without(list: Entry[], name: string): Entry[] {
  const kept = list.filter((e) => e.name !== name && e.key !== name);
  if (kept.length !== list.length - 1) throw new Error(`no single entry named ${name}`);
  return kept;
}
