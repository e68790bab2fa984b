import { toGlobalId } from '../ids.js';
import { searchFields } from '../search/fields.js';
import type { CsvRow } from './parse.js';

export type ReferenceData = {
  places: { id: string; names: (string | null)[] }[];
  links: { id: string; key: string; name: string; chain: string; chainKey: string }[];
  sectors: { id: string; key: string; name: string }[];
  enterprises: { id: string; names: string[] }[];
};

/** A row ready to write: ids resolved, provenance composed. */
export type ResolvedRow = {
  line: number;
  enterpriseId: string;
  matched: boolean;
  newProps: Record<string, unknown>;
  newAliases: string[];
  placeId: string;
  targets: string[];
  provenance: Record<string, unknown>;
};

/** Splits a cell of several values: `;`, `；`, `、` or `|`. */
const list = (cell: string) => cell.split(/[;；、|]/).map((s) => s.trim()).filter(Boolean);

/**
 * Checks every row against the graph and returns them resolved, or every problem with
 * its line number: an import writes all rows or none.
 */
export function resolveRows(rows: CsvRow[], ref: ReferenceData, fileName: string, importedAt = new Date().toISOString().slice(0, 10)): { rows: ResolvedRow[]; problems: string[] } {
  const problems: string[] = [];
  const placeByName = indexBy(ref.places.flatMap((p) => p.names.filter((n): n is string => !!n).map((n) => [n, p.id] as const)));
  const enterpriseByName = indexBy(ref.enterprises.flatMap((e) => e.names.map((n) => [n, e.id] as const)));
  const sectorByName = indexBy(ref.sectors.flatMap((s) => [[s.key, s.id], [s.name, s.id]] as const));
  const linkByName = indexBy(
    ref.links.flatMap((l) => [[l.key, l.id], [`${l.chain}/${l.name}`, l.id], [`${l.chainKey}/${l.name}`, l.id], [l.name, l.id]] as const),
  );
  const resolved: ResolvedRow[] = [];

  for (const row of rows) {
    const at = `line ${row.line}`;
    const before = problems.length;
    if (!row.name) problems.push(`${at}: name is empty`);
    else if (row.name.length > 200) problems.push(`${at}: name is longer than 200 characters`);
    if (row.note.length > 1000) problems.push(`${at}: note is longer than 1000 characters`);
    const places = placeByName.get(row.place);
    if (!row.place) problems.push(`${at}: place is empty`);
    else if (!places) problems.push(`${at}: no place named "${row.place}"`);
    else if (places.size > 1) problems.push(`${at}: "${row.place}" names more than one place`);
    const targets: string[] = [];
    for (const name of list(row.links)) {
      const ids = linkByName.get(name);
      if (!ids) problems.push(`${at}: no chain link "${name}" (write chain/link, e.g. smartphone/camera-module)`);
      else if (ids.size > 1) problems.push(`${at}: "${name}" names links of several chains; write chain/link, e.g. smartphone/${name}`);
      else targets.push(...ids);
    }
    for (const name of list(row.sectors)) {
      const ids = sectorByName.get(name);
      if (!ids) problems.push(`${at}: no sector "${name}"`);
      else targets.push(...ids);
    }
    if (!row.links && !row.sectors) problems.push(`${at}: give links or sectors (what the enterprise makes)`);
    const aliases = list(row.aliases).filter((a) => a !== row.name);
    const matches = new Set([row.name, ...aliases].flatMap((n) => [...(enterpriseByName.get(n) ?? [])]));
    if (matches.size > 1) problems.push(`${at}: "${row.name}" and its aliases match several enterprises already in the graph`);
    if (problems.length > before) continue;

    const [existing] = matches;
    const note = `Imported from ${fileName}, line ${row.line}${row.note ? `: ${row.note}` : ''}.`;
    const origin = { importedFrom: fileName, importedLine: row.line, importedAt };
    resolved.push({
      line: row.line,
      enterpriseId: existing ?? toGlobalId('Enterprise', row.name),
      matched: existing !== undefined,
      newProps: {
        id: toGlobalId('Enterprise', row.name), kind: 'Enterprise', key: row.name, name: row.name, aliases,
        imported: true, ...searchFields(row.name, aliases), sourceSections: [''], sourceQuotes: [''], sourceNotes: [note], ...origin,
      },
      newAliases: existing ? [row.name, ...aliases] : [],
      placeId: [...places!][0]!,
      targets: [...new Set(targets)],
      provenance: { sourceSections: [''], sourceQuotes: [''], sourceNotes: [note], ...origin },
    });
  }
  return { rows: resolved, problems };
}

function indexBy(pairs: (readonly [string, string])[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const [k, v] of pairs) map.set(k, (map.get(k) ?? new Set()).add(v));
  return map;
}
