import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { DATA_DIR } from '../read.js';

/**
 * A copy of seed/data without the entry named `name` under `key` of `file`, as if a
 * curator had deleted it; `remove()` deletes the copy.
 */
export function dataWithout(file: string, key: string, name: string): { dir: string; remove: () => void } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'seed-copy-'));
  const dir = path.join(root, 'seed', 'data');
  cpSync(DATA_DIR, dir, { recursive: true });
  const target = path.join(dir, file);
  const data = parse(readFileSync(target, 'utf8')) as Record<string, { name?: string; enterprise?: string }[]>;
  const before = data[key]!.length;
  data[key] = data[key]!.filter((e) => e.name !== name);
  if (data[key].length !== before - 1) throw new Error(`${file}: ${key} has no single entry named ${name}`);
  writeFileSync(target, stringify(data));
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}
