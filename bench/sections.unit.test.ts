import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSection } from './sections.js';

describe('BENCHMARKS.md sections', () => {
  it('writing one benchmark section keeps the others', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'bench-')), 'B.md');
    writeFileSync(file, '# Benchmarks\n');
    writeSection(file, 'api', '## API\nold');
    writeSection(file, 'web', '## Web\nw1');
    writeSection(file, 'api', '## API\nnew');
    expect(readFileSync(file, 'utf8')).toBe(
      '# Benchmarks\n\n<!-- bench:api -->\n## API\nnew\n<!-- /bench:api -->\n\n<!-- bench:web -->\n## Web\nw1\n<!-- /bench:web -->\n',
    );
  });
});
