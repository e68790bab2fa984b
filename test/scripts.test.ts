import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scripts = (
  JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;

/** Each script's entry point: a TypeScript file run by tsx, or a tool from node_modules/.bin. */
function entries(command: string): { tsx: string[]; bins: string[] } {
  const tsx: string[] = [];
  const bins: string[] = [];
  for (const part of command.split('&&').map((p) => p.trim().replace(/^(\w+=\S+\s+)+/, ''))) {
    const [bin, first] = part.split(/\s+/);
    if (bin === 'tsx') tsx.push(first!);
    else if (bin !== 'npm' && bin !== 'bash') bins.push(bin!);
  }
  return { tsx, bins };
}

describe('every npm script points at something that runs', () => {
  const all = Object.entries(scripts).map(([name, command]) => ({ name, command, ...entries(command) }));

  it.each(all.filter((s) => s.bins.length))('$name: its tools are installed ($command)', ({ bins }) => {
    for (const bin of bins) expect(existsSync(path.join(ROOT, 'node_modules', '.bin', bin)), bin).toBe(true);
  });

  it.each(all.filter((s) => s.tsx.length))(
    '$name: its entry answers --help ($command)',
    async ({ tsx }) => {
      for (const file of tsx) {
        expect(existsSync(path.join(ROOT, file)), `${file} exists`).toBe(true);
        const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', file, '--help'], {
          cwd: ROOT,
          timeout: 60_000,
        });
        expect(stdout, file).toMatch(/^usage:/);
      }
    },
    120_000,
  );
});
