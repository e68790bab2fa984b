import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

type ManifestEntry = { file: string; imports?: string[]; css?: string[]; isEntry?: boolean; src?: string };
export type Manifest = Record<string, ManifestEntry>;

/** The files a browser loads for a manifest entry: its file, its static imports (transitively) and their CSS. */
export function filesOf(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return new Set();
  seen.add(key);
  const entry = manifest[key];
  if (!entry) throw new Error(`no ${key} in the Vite manifest`);
  const files = new Set([entry.file, ...(entry.css ?? [])]);
  for (const imported of entry.imports ?? []) for (const f of filesOf(manifest, imported, seen)) files.add(f);
  return files;
}

/** JS and CSS bytes of some built files, raw and gzipped (level 6, as servers send them). */
export function weigh(dist: string, files: Iterable<string>) {
  let raw = 0;
  let gzip = 0;
  const byFile: { file: string; gzip: number }[] = [];
  for (const file of files) {
    if (!/\.(js|css)$/.test(file)) continue;
    const bytes = readFileSync(path.join(dist, file));
    const zipped = gzipSync(bytes, { level: 6 }).length;
    raw += bytes.length;
    gzip += zipped;
    byFile.push({ file, gzip: zipped });
  }
  return { raw, gzip, byFile: byFile.sort((a, b) => b.gzip - a.gzip) };
}

/** What the first view (the home page or the chain map, whichever is opened first) and the chain map view load, from web/dist's manifest. */
export function budgets(dist: string) {
  const manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const first = filesOf(manifest, 'index.html');
  // The chain map page is in the first bundle; were it split off again, its own files would count here.
  const page = 'src/pages/ChainMapPage.vue';
  const chainMap = new Set([...first, ...(manifest[page] ? filesOf(manifest, page) : [])]);
  return { firstView: weigh(dist, first), chainMapView: weigh(dist, chainMap) };
}
