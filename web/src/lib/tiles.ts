/**
 * Where each of Henan's cities sits on the tile map: one square per city, roughly as
 * they lie (north up), never a boundary map (publishing one needs an approval number,
 * 审图号, and no registry package ships current, licensed boundaries).
 * Columns run west to east, rows north to south.
 */
export const HENAN_TILES: Record<string, { col: number; row: number }> = {
  安阳: { col: 4, row: 0 },
  鹤壁: { col: 4, row: 1 },
  濮阳: { col: 5, row: 1 },
  济源: { col: 1, row: 2 },
  焦作: { col: 2, row: 2 },
  新乡: { col: 3, row: 2 },
  三门峡: { col: 0, row: 3 },
  洛阳: { col: 1, row: 3 },
  郑州: { col: 2, row: 3 },
  开封: { col: 3, row: 3 },
  商丘: { col: 5, row: 3 },
  平顶山: { col: 1, row: 4 },
  许昌: { col: 2, row: 4 },
  周口: { col: 4, row: 4 },
  南阳: { col: 1, row: 5 },
  漯河: { col: 3, row: 4 },
  驻马店: { col: 3, row: 5 },
  信阳: { col: 3, row: 6 },
};

export type Tile<T> = { item: T; col: number; row: number };

/** Places the items on the grid; a place the grid does not know goes to a row of its own below. */
/** Whether the tile layout fits these places: it exists only for Henan's 18 cities, so any other place (济南) gets a plain ranked list. */
export function hasTileLayout(items: { name: string }[]): boolean {
  return items.length > 0 && items.every((i) => HENAN_TILES[i.name]);
}

export function placeTiles<T extends { name: string }>(items: T[]): { tiles: Tile<T>[]; cols: number; rows: number } {
  const known = items.filter((i) => HENAN_TILES[i.name]).map((item) => ({ item, ...HENAN_TILES[item.name]! }));
  const baseRows = known.length ? Math.max(...known.map((t) => t.row)) + 1 : 0;
  const cols = Math.max(6, ...known.map((t) => t.col + 1));
  const extra = items
    .filter((i) => !HENAN_TILES[i.name])
    .map((item, i) => ({ item, col: i % cols, row: baseRows + Math.floor(i / cols) }));
  const tiles = [...known, ...extra];
  return { tiles, cols, rows: tiles.length ? Math.max(...tiles.map((t) => t.row)) + 1 : 0 };
}

/** Five coverage classes, light to dark blue, with the text colour that stays readable on each. */
export const COVERAGE_CLASSES = [
  { upTo: 0, fill: '#f1f5f9', text: '#1e293b', words: '0%' },
  { upTo: 0.25, fill: '#cfe0f5', text: '#0f2a4a', words: '1–25%' },
  { upTo: 0.5, fill: '#8fb7e6', text: '#0b1f38', words: '26–50%' },
  { upTo: 0.75, fill: '#2f6db5', text: '#ffffff', words: '51–75%' },
  { upTo: 1, fill: '#0b4a8f', text: '#ffffff', words: '76–100%' },
] as const;

/** The class of a coverage share 0..1. */
export function coverageClass(share: number): (typeof COVERAGE_CLASSES)[number] {
  return COVERAGE_CLASSES.find((c) => share <= c.upTo + 1e-9) ?? COVERAGE_CLASSES[4];
}
