import type { InWords } from '../language.js';

/** A place as the import resolves names against it. */
export type PlaceEntry = { id: string; name: string; fullName?: string | null; aliases?: string[] | null; parent?: string | null; inHenan?: boolean };

/** Suffixes a place's name is written with or without (郑州市 = 郑州). */
const SUFFIXES = ['省', '市', '县', '区', '自治州', '自治县', '地区', '盟', '旗'];

type Trie = { next: Map<string, Trie>; places: string[] };
const trie = (): Trie => ({ next: new Map(), places: [] });

/** What resolving a place's text gave: the place, or why there is none. */
export type PlaceMatch = { id: string } | { problem: InWords };

/**
 * Resolves what officers write in a place column to the deepest place the graph knows:
 * a name with or without its suffix (郑州市 -> 郑州), an alias, a full name, or a full
 * address (河南省郑州市金水区… -> 金水区 when the graph has it, else 郑州). An address is
 * read left to right like a postal address: each name found must lie inside the place
 * read before it. Names are found with a trie of every written form, so a row costs a
 * few steps per character whatever the number of places.
 */
export class PlaceIndex {
  private readonly root = trie();
  private readonly byId: Map<string, PlaceEntry>;

  constructor(places: PlaceEntry[]) {
    this.byId = new Map(places.map((p) => [p.id, p]));
    for (const p of places) {
      const forms = new Set([p.name, p.fullName, ...(p.aliases ?? [])].filter((n): n is string => !!n && n.length >= 2));
      for (const form of [...forms]) for (const s of SUFFIXES) if (!form.endsWith(s)) forms.add(form + s);
      for (const form of forms) this.add(form, p.id);
    }
  }

  private add(form: string, id: string) {
    let node = this.root;
    for (const ch of form) {
      let next = node.next.get(ch);
      if (!next) node.next.set(ch, (next = trie()));
      node = next;
    }
    if (!node.places.includes(id)) node.places.push(id);
  }

  /** The places whose written form is exactly `text`. */
  private exact(text: string): string[] {
    let node: Trie | undefined = this.root;
    for (const ch of text) if (!(node = node.next.get(ch))) return [];
    return node.places;
  }

  /** The longest written forms starting at `start`, longest first: [end, places]. */
  private *prefixes(text: string, start: number): Generator<[number, string[]]> {
    const found: [number, string[]][] = [];
    let node: Trie | undefined = this.root;
    for (let i = start; i < text.length && (node = node.next.get(text[i]!)); i++) if (node.places.length) found.push([i + 1, node.places]);
    yield* found.reverse();
  }

  /** Whether `id` is `ancestor` or lies inside it. */
  private within(id: string, ancestor: string): boolean {
    for (let p: string | null | undefined = id; p; p = this.byId.get(p)?.parent) if (p === ancestor) return true;
    return false;
  }

  resolve(text: string): PlaceMatch {
    const written = text.trim();
    if (!written) return { problem: { EN: 'place is empty', ZH: '所在地为空' } };
    const exact = this.exact(written);
    if (exact.length === 1) return { id: exact[0]! };
    if (exact.length > 1) return this.preferHenan(exact, written);
    // An address: take names left to right, each inside the one before.
    let current: string | null = null;
    for (let i = 0; i < written.length; ) {
      let advanced = false;
      for (const [end, ids] of this.prefixes(written, i)) {
        const inside: string[] = ids.filter((id) => current === null || (id !== current && this.within(id, current)));
        if (!inside.length) continue;
        const match: PlaceMatch = inside.length === 1 ? { id: inside[0]! } : this.preferHenan(inside, written);
        if ('problem' in match) return match;
        current = match.id;
        i = end;
        advanced = true;
        break;
      }
      if (!advanced) i++;
    }
    return current ? { id: current } : { problem: { EN: `no place in the graph matches "${written}" (write a city, county or district, or a full address)`, ZH: `图谱中没有与“${written}”对应的地方（请写市、县、区名或完整地址）` } };
  }

  /** Among places of the same name, the one in Henan when exactly one is; else ambiguous. */
  private preferHenan(ids: string[], written: string): PlaceMatch {
    const henan = ids.filter((id) => this.byId.get(id)?.inHenan);
    return henan.length === 1 ? { id: henan[0]! } : { problem: { EN: `"${written}" names more than one place; write the city before it (e.g. 新乡市长垣县)`, ZH: `“${written}”对应不止一个地方：请在前面写上所属的市（如 新乡市长垣县）` } };
  }
}
