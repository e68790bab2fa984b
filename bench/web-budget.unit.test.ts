import { describe, expect, it } from 'vitest';
import { filesOf, type Manifest } from './web-budget.js';

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
});
