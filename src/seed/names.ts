/**
 * Groups declarations that share any name or alias (union-find), so that 富士康 and
 * 富士康集团, declared in two files, become one entity.
 */
export function groupByNames<T>(items: T[], namesOf: (item: T) => string[]): T[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const owner = new Map<string, number>();
  items.forEach((item, i) => {
    for (const name of namesOf(item)) {
      const other = owner.get(name);
      if (other === undefined) owner.set(name, i);
      else parent[find(i)] = find(other);
    }
  });
  const groups = new Map<number, T[]>();
  items.forEach((item, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), item]);
  });
  return [...groups.values()];
}

/** A lookup from every name and alias to the key of what it names. */
export class NameIndex {
  private readonly keys = new Map<string, string>();

  add(key: string, names: (string | undefined)[]): void {
    for (const n of names) if (n) this.keys.set(n, key);
  }

  get(name: string): string | undefined {
    return this.keys.get(name);
  }
}
