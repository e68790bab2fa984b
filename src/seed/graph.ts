import { toGlobalId, type NodeKind } from '../ids.js';
import type { Source } from './schema.js';

/** Provenance as stored on every seeded node and relationship: three parallel lists. */
export type Provenance = { sourceSections: string[]; sourceQuotes: string[]; sourceNotes: string[] };

export type NodeRow = { id: string; label: NodeKind; props: Record<string, unknown> };
export type RelRow = { from: string; type: string; to: string; props: Provenance & Record<string, unknown> };

/**
 * Collects the nodes and relationships of the seed graph. Declaring the same node or
 * relationship twice merges them: properties first-come, sources united.
 */
export class GraphBuilder {
  private readonly nodes = new Map<string, NodeRow>();
  private readonly rels = new Map<string, RelRow>();

  node(label: NodeKind, key: string, props: Record<string, unknown>, sources: Source[]): string {
    const id = toGlobalId(label, key);
    const existing = this.nodes.get(id);
    if (existing) {
      for (const [k, v] of Object.entries(props)) if (existing.props[k] == null && v != null) existing.props[k] = v;
      addSources(existing.props as unknown as Provenance, sources);
    } else {
      const provenance = emptyProvenance();
      addSources(provenance, sources);
      // `position`: order of first declaration, i.e. the document's order (sections, sectors, links).
      const position = this.nodes.size;
      this.nodes.set(id, {
        id,
        label,
        props: { id, kind: label, key, position, ...withoutNulls(props), ...provenance },
      });
    }
    return id;
  }

  /** A relationship; `props` (such as a rank) are set by its first declaration. */
  rel(from: string, type: string, to: string, sources: Source[], props: Record<string, unknown> = {}): void {
    const k = `${from}|${type}|${to}`;
    const existing = this.rels.get(k);
    if (existing) addSources(existing.props, sources);
    else {
      const provenance = emptyProvenance();
      addSources(provenance, sources);
      this.rels.set(k, { from, type, to, props: { ...withoutNulls(props), ...provenance } });
    }
  }

  result(): { nodes: NodeRow[]; rels: RelRow[] } {
    return { nodes: [...this.nodes.values()], rels: [...this.rels.values()] };
  }
}

function emptyProvenance(): Provenance {
  return { sourceSections: [], sourceQuotes: [], sourceNotes: [] };
}

function addSources(p: Provenance, sources: Source[]): void {
  for (const s of sources) {
    const [section, quote, note] = 'quote' in s ? [s.section, s.quote, ''] : ['', '', s.curated];
    const seen = p.sourceQuotes.some(
      (q, i) => q === quote && p.sourceSections[i] === section && p.sourceNotes[i] === note,
    );
    if (seen) continue;
    p.sourceSections.push(section);
    p.sourceQuotes.push(quote);
    p.sourceNotes.push(note);
  }
}

function withoutNulls(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined && v !== null));
}
