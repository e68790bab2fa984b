import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWebIfStale } from '../web/build.js';
import { budgets, filesOf, type Manifest } from './web-budget.js';

describe('the web app budget', () => {
  it('counts a view as its entry, its static imports and their CSS, each once', () => {
    const manifest: Manifest = {
      'index.html': { file: 'app.js', imports: ['_vue.js'], css: ['app.css'], isEntry: true },
      '_vue.js': { file: 'vue.js' },
      'Page.vue': { file: 'page.js', imports: ['_vue.js', '_echarts.js'] },
      '_echarts.js': { file: 'echarts.js', imports: ['_vue.js'] },
    };
    expect([...filesOf(manifest, 'index.html')].sort()).toEqual(['app.css', 'app.js', 'vue.js']);
    expect([...filesOf(manifest, 'Page.vue')].sort()).toEqual(['echarts.js', 'page.js', 'vue.js']);
  });

  describe('as built', () => {
    beforeAll(() => buildWebIfStale({ log: () => {} }), 120_000);
    it('the first view, chain map included, loads at most 350 KB of JS and CSS, gzipped; GraphiQL is not part of it', () => {
      const { firstView, chainMapView } = budgets(path.join('web', 'dist'));
      expect(firstView.gzip).toBeLessThan(350 * 1024);
      expect(chainMapView.gzip).toBe(firstView.gzip);
      expect(firstView.byFile.some((f) => /graphiql|monaco/i.test(f.file))).toBe(false);
    });
  });
});
