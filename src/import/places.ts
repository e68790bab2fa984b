import type { InWords } from '../language.js';

/** A place as the import resolves names against it. */
export type PlaceEntry = {
  id: string;
  name: string;
  fullName?: string | null;
  aliases?: string[] | null;
  parent?: string | null;
  inHenan?: boolean;
};

/** Suffixes a place's name is written with or without (郑州市 = 郑州). */
const SUFFIXES = ['省', '市', '县', '区', '自治州', '自治县', '地区', '盟', '旗'];

/** Whether the name ending at `end` names a street (北京路, 郑州大道, 南京街): then it is no place of the address. */
function namesStreet(text: string, end: number): boolean {
  const c = text[end];
  const d = text[end + 1];
  return (
    c === '路' || c === '街' || c === '巷' || (c === '大' && (d === '街' || d === '道')) || (c === '胡' && d === '同')
  );
}

/** Places written exactly like this: by a name, full name or alias (`named`), or with a suffix added (`suffixed`: 郑州 + 市). */
type Trie = { next: Map<string, Trie>; named: string[]; suffixed: string[] };
const trie = (): Trie => ({ next: new Map(), named: [], suffixed: [] });
const NONE: [number, Trie][] = [];
/** Chinese order, for listing the places a name may be. */
const COLLATOR = new Intl.Collator('zh');

/** What resolving a place's text gave: the place, or why there is none. */
export type PlaceMatch = { id: string } | { problem: InWords };

/**
 * Resolves what officers write in a place column to the deepest place the graph knows,
 * anywhere in the country: a name with or without its suffix (郑州市 -> 郑州), an alias, a
 * full name, or a full address (山东省济南市历下区经十路… -> 历下区; 济南市高新区… -> the
 * zone 济南高新区; 河南省郑州市中原区… -> 中原区). An address is read left to right like a
 * postal address: each name found must lie inside the place read before it, and a zone may
 * be written without its city's name once the city is read (济南市高新区). A name several
 * places share (朝阳区, 鼓楼区) is kept open until a later name settles it; still open at the
 * end, the one in Henan when exactly one of them is (as before the whole country was
 * loaded: the lists are Henan officers'), else a problem of the row that names the places it
 * could be: same-named counties elsewhere are never confused across provinces. Names are found with a trie of every written form, so a
 * row costs a few steps per character whatever the number of places (~3,400 at national scale).
 */
export class PlaceIndex {
  private readonly root = trie();
  private readonly byId: Map<string, PlaceEntry>;

  constructor(places: PlaceEntry[]) {
    this.byId = new Map(places.map((p) => [p.id, p]));
    for (const p of places) {
      const named = new Set(
        [p.name, p.fullName, ...(p.aliases ?? [])].filter((n): n is string => !!n && n.length >= 2),
      );
      for (const form of named) this.add(form, p.id, 'named');
      for (const form of named)
        for (const s of SUFFIXES) if (!form.endsWith(s) && !named.has(form + s)) this.add(form + s, p.id, 'suffixed');
    }
  }

  private add(form: string, id: string, how: 'named' | 'suffixed') {
    let node = this.root;
    for (const ch of form) {
      let next = node.next.get(ch);
      if (!next) node.next.set(ch, (next = trie()));
      node = next;
    }
    if (!node[how].includes(id)) node[how].push(id);
  }

  /** The trie node of exactly `text`. */
  private exact(text: string): Trie | undefined {
    let node: Trie | undefined = this.root;
    for (const ch of text) if (!(node = node.next.get(ch))) return undefined;
    return node;
  }

  /** The written forms starting at `start`, longest first: [end, node]; from `from` (the trie after a city's name) when given. */
  private prefixes(text: string, start: number, from: Trie = this.root): [number, Trie][] {
    let node: Trie | undefined = from.next.get(text[start]!);
    if (!node) return NONE;
    const found: [number, Trie][] = [];
    for (let i = start; node; node = node.next.get(text[++i]!))
      if (node.named.length || node.suffixed.length) found.push([i + 1, node]);
    return found.reverse();
  }

  /** The trie after a place's name (济南 → the forms that start with 济南), for zones written without it. */
  private readonly afterName = new Map<string, Trie | undefined>();
  private trieAfterName(id: string): Trie | undefined {
    if (!this.afterName.has(id)) {
      const name = this.byId.get(id)?.name ?? '';
      this.afterName.set(id, name.length >= 2 ? this.exact(name) : undefined);
    }
    return this.afterName.get(id);
  }

  /** Whether `id` lies inside `ancestor` (strictly). */
  private inside(id: string, ancestor: string): boolean {
    for (let p = this.byId.get(id)?.parent; p; p = this.byId.get(p)?.parent) if (p === ancestor) return true;
    return false;
  }

  /** Of several places, those no other of them contains: 安阳 the city, not a county inside it of the same name. */
  private outermost(ids: string[]): string[] {
    const unique = [...new Set(ids)];
    const out: string[] = [];
    for (const id of unique) if (!unique.some((other) => other !== id && this.inside(id, other))) out.push(id);
    return out;
  }

  /**
   * The places a name starting at `i` may be, inside one of `open` (the places read so far,
   * or any place at the start), longest name first, a name before a suffixed form; else a
   * zone written without its city (高新区 after 济南市 is 济南高新区).
   */
  private next(text: string, i: number, open: string[] | null): { end: number; ids: string[] } | undefined {
    // No closures here: a row's every character comes through (and tsx names each closure it makes).
    const direct = this.pick(text, this.prefixes(text, i), open);
    if (direct || !open) return direct;
    for (const o of open) {
      const after = this.trieAfterName(o);
      const zone = after ? this.pick(text, this.prefixes(text, i, after), open) : undefined;
      if (zone) return zone;
    }
    return undefined;
  }

  /** The longest of `options` naming places inside one of `open` (a name before a suffixed form), and not a street. */
  private pick(
    text: string,
    options: [number, Trie][],
    open: string[] | null,
  ): { end: number; ids: string[] } | undefined {
    for (const [end, node] of options) {
      if (namesStreet(text, end)) continue;
      let ids = this.fits(node.named, open);
      if (!ids.length) ids = this.fits(node.suffixed, open);
      if (ids.length) return { end, ids: ids.length === 1 ? ids : this.outermost(ids) };
    }
    return undefined;
  }

  /** Those of `ids` inside one of `open`; all at the start. */
  private fits(ids: string[], open: string[] | null): string[] {
    if (open === null) return ids;
    const out: string[] = [];
    for (const id of ids)
      for (const o of open)
        if (this.inside(id, o)) {
          out.push(id);
          break;
        }
    return out;
  }

  resolve(text: string): PlaceMatch {
    const written = text.trim();
    if (!written) return { problem: { EN: 'place is empty', ZH: '所在地为空' } };
    const whole = this.exact(written);
    if (whole && (whole.named.length || whole.suffixed.length)) {
      const ids = this.outermost(whole.named.length ? whole.named : whole.suffixed);
      return ids.length === 1 ? { id: ids[0]! } : this.among(written, ids);
    }
    // An address: take names left to right, each inside one of the places before it.
    let open: string[] | null = null;
    let name = '';
    for (let i = 0; i < written.length;) {
      const found = this.next(written, i, open);
      if (!found) {
        i++;
        continue;
      }
      name = written.slice(i, found.end);
      open = found.ids;
      i = found.end;
    }
    if (!open)
      return {
        problem: {
          EN: `no place in the graph matches "${written}" (write a city, county or district, or a full address)`,
          ZH: `图谱中没有与“${written}”对应的地方（请写市、县、区名或完整地址）`,
        },
      };
    return open.length === 1 ? { id: open[0]! } : this.among(name, open);
  }

  /** Of places sharing a name, the one in Henan when exactly one is; else the row's problem. */
  private among(name: string, ids: string[]): PlaceMatch {
    const henan = ids.filter((id) => this.byId.get(id)?.inHenan);
    return henan.length === 1 ? { id: henan[0]! } : this.ambiguous(name, ids);
  }

  /** A name several places share, with each of them as its parent's name and its own (开封市鼓楼区, 南京市鼓楼区 …). */
  private ambiguous(name: string, ids: string[]): PlaceMatch {
    const label = (id: string) => {
      const p = this.byId.get(id)!;
      const up = p.parent ? this.byId.get(p.parent) : undefined;
      return `${up ? (up.fullName ?? up.name) : ''}${p.fullName ?? p.name}`;
    };
    const labels = ids.map(label).sort(COLLATOR.compare);
    const shown = labels.length > 6 ? [...labels.slice(0, 6), '…'] : labels;
    return {
      problem: {
        EN: `"${name}" names more than one place (${shown.join(', ')}); write the province or city before it (e.g. ${labels[0]})`,
        ZH: `“${name}”对应不止一个地方（${shown.join('、')}）：请在前面写上所属的省或市（如 ${labels[0]}）`,
      },
    };
  }
}
