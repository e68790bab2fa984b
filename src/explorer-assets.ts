import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

type ManifestChunk = { file: string; imports?: string[]; dynamicImports?: string[]; css?: string[]; assets?: string[] };

/**
 * The built files only the API explorer loads (GraphiQL, its editor, the printed schema
 * it shows): from Vite's manifest, everything reachable from graphiql.html that the app
 * (index.html) does not load. With GraphiQL off they are not served, so a server that
 * hides its schema does not hand it out in a script.
 */
export function explorerOnlyAssets(dist: string): Set<string> {
  const file = path.join(dist, '.vite', 'manifest.json');
  if (!existsSync(file)) return new Set();
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, ManifestChunk>;
  const reachable = (entry: string) => {
    const files = new Set<string>();
    const visit = (key: string, seen: Set<string>) => {
      const chunk = manifest[key];
      if (!chunk || seen.has(key)) return;
      seen.add(key);
      for (const f of [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])]) files.add(path.basename(f));
      for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next, seen);
    };
    visit(entry, new Set());
    return files;
  };
  const app = reachable('index.html');
  return new Set([...reachable('graphiql.html')].filter((f) => !app.has(f)));
}
