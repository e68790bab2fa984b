import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { budgets } from '../../bench/web-budget.js';
import { buildWebIfStale } from '../build.js';

/** The built app's weight (bench/web-budget.ts; how it counts is a unit test beside it). */
describe('the web app as built', () => {
  beforeAll(() => buildWebIfStale({ log: () => {} }), 120_000);

  it('the first view, chain map included, loads at most 350 KB of JS and CSS, gzipped; GraphiQL is not part of it', () => {
    const { firstView, chainMapView } = budgets(path.join('web', 'dist'));
    expect(firstView.gzip).toBeLessThan(350 * 1024);
    expect(chainMapView.gzip).toBe(firstView.gzip);
    expect(firstView.byFile.some((f) => /graphiql|monaco/i.test(f.file))).toBe(false);
  });
});
