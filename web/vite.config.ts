import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig, type Plugin } from 'vite';
import { contractExamples } from './explorer/examples.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const CONTRACT = path.join(here, '..', 'test', 'contract', 'operations');
const SCHEMA = path.join(here, '..', 'src', 'generated', 'schema.graphql');

/** `virtual:explorer-data`: the contract operations as GraphiQL tabs, and the printed schema for its docs. */
function explorerData(): Plugin {
  const id = 'virtual:explorer-data';
  return {
    name: 'chain-atlas-explorer-data',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      const operations = readdirSync(CONTRACT)
        .filter((f) => f.endsWith('.graphql'))
        .sort()
        .map((file) => ({ file, text: readFileSync(path.join(CONTRACT, file), 'utf8') }));
      for (const { file } of operations) this.addWatchFile(path.join(CONTRACT, file));
      return `export const tabs = ${JSON.stringify(contractExamples(operations))};\nexport const sdl = ${JSON.stringify(readFileSync(SCHEMA, 'utf8'))};`;
    },
  };
}

/** The officers' app (index.html) and the API explorer (graphiql.html), built into web/dist and served by the service. */
export default defineConfig({
  root: here,
  base: '/',
  plugins: [vue(), explorerData()],
  build: {
    outDir: path.join(here, 'dist'),
    emptyOutDir: true,
    // Which files each page loads: the web benchmark sums them (bench/web.ts).
    manifest: true,
    // Budgets are measured in BENCHMARKS.md; the explorer's editor is large by nature and loads only at /graphiql.
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: { app: path.join(here, 'index.html'), graphiql: path.join(here, 'graphiql.html') },
      // GraphiQL's React packages mark modules "use client", which means nothing outside a React server.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
  worker: { format: 'es' },
  server: { proxy: { '/graphql': 'http://localhost:4000', '/readyz': 'http://localhost:4000' } },
});
