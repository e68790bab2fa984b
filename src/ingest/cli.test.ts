import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..', '..');
const PLAN = path.join(import.meta.dirname, 'fixtures', 'plans', 'shandong-2023-ngit-innovation-action-plan.txt');
const run = (args: string[]) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/ingest/cli.ts', ...args], {
    cwd: ROOT,
    timeout: 120_000,
    maxBuffer: 32 * 1024 * 1024,
  });

describe('npm run ingest -- FILE --dry-run --json', () => {
  it('prints exactly one JSON object on stdout, every quote a substring of the file; the options override the text', async () => {
    const { stdout, stderr } = await run([
      PLAN,
      '--dry-run',
      '--json',
      '--region',
      '山东',
      '--date',
      '2023-01-05',
      '--issuer',
      '山东省科学技术厅',
      '--title',
      '山东省新一代信息技术创新能力提升行动计划（2023—2025年）',
    ]);
    const draft = JSON.parse(stdout) as {
      plan: Record<string, unknown>;
      sections: { code: string; title: string }[];
      facts: { kind: string; name: string; quote: string; section: string; confidence: number }[];
    };
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(draft.plan).toMatchObject({
      region: '山东',
      date: '2023-01-05',
      issuer: '山东省科学技术厅',
      period: '2023-2025',
    });
    expect(draft.sections[0]).toEqual({ code: '一', title: '总体要求', parent: null });
    const text = readFileSync(PLAN, 'utf8');
    expect(draft.facts.length).toBeGreaterThan(10);
    for (const f of draft.facts) {
      expect(text).toContain(f.quote);
      for (const key of [
        'kind',
        'name',
        'chain',
        'place',
        'value',
        'valueMax',
        'unit',
        'year',
        'growthPct',
        'quote',
        'section',
        'confidence',
      ])
        expect(f).toHaveProperty(key);
    }
    expect(draft.facts.some((f) => f.kind === 'PLACE' && f.name === '济南')).toBe(true);
    expect(stderr).toMatch(/candidate facts/);
  });

  it('answers --help with its usage', async () => {
    const { stdout } = await run(['--help']);
    expect(stdout).toMatch(/^usage: npm run ingest/);
  });
});
