import type { ChainStage } from './status';

/** What the layout needs of a link: its stage and the links it feeds (ids in the same chain). */
export type LayoutLink = { id: string; stage: ChainStage; feeds: string[] };

export type PlacedLink = { id: string; x: number; y: number; column: number; row: number };
export type StageBand = { stage: ChainStage; left: number; right: number };
export type ChainLayout = { nodes: PlacedLink[]; stages: StageBand[]; width: number; height: number };

export const NODE_WIDTH = 150;
export const NODE_HEIGHT = 56;
const GAP_X = 70;
const GAP_Y = 22;
/** Stage names sit above the nodes. */
export const HEADER = 44;
const PAD = 16;
/** A column taller than this is split, so a chain of 40 links still fits a screen. */
export const MAX_ROWS = 7;

const STAGE_ORDER: ChainStage[] = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'];

/**
 * A layered layout of a chain: columns upstream → midstream → downstream; inside a
 * stage, a link fed by another of the same stage stands to its right (longest path);
 * a layer of more than MAX_ROWS links is split into several columns; rows are ordered
 * by the mean row of the links that feed them (barycentre), which keeps FEEDS arrows
 * short and uncrossed. Coordinates are node centres in pixels.
 */
export function layoutChain(links: LayoutLink[]): ChainLayout {
  const ids = new Set(links.map((l) => l.id));
  const byId = new Map(links.map((l) => [l.id, l]));
  const fedBy = new Map<string, string[]>(links.map((l) => [l.id, []]));
  for (const l of links) for (const t of l.feeds) if (ids.has(t) && t !== l.id) fedBy.get(t)!.push(l.id);

  // Longest path from a source of the same stage; a cycle is cut where it is found.
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const depthOf = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return 0;
    visiting.add(id);
    const stage = byId.get(id)!.stage;
    const preds = fedBy.get(id)!.filter((p) => byId.get(p)!.stage === stage);
    const d = preds.length ? Math.max(...preds.map(depthOf)) + 1 : 0;
    visiting.delete(id);
    depth.set(id, d);
    return d;
  };

  // Layers in order, each split into columns of at most MAX_ROWS.
  const columns: { stage: ChainStage; ids: string[] }[] = [];
  for (const stage of STAGE_ORDER) {
    const inStage = links.filter((l) => l.stage === stage);
    const layers: string[][] = [];
    for (const l of inStage) (layers[depthOf(l.id)] ??= []).push(l.id);
    for (const layer of layers.filter(Boolean)) {
      const parts = Math.ceil(layer.length / MAX_ROWS);
      const size = Math.ceil(layer.length / parts);
      for (let p = 0; p < parts; p++) columns.push({ stage, ids: layer.slice(p * size, (p + 1) * size) });
    }
  }

  // Barycentre ordering, left to right: a link's rank is the mean row of its feeders placed so far.
  const rowOf = new Map<string, number>();
  const order = new Map(links.map((l, i) => [l.id, i]));
  for (const column of columns) {
    const key = (id: string) => {
      const rows = fedBy
        .get(id)!
        .map((p) => rowOf.get(p))
        .filter((r): r is number => r !== undefined);
      return rows.length ? rows.reduce((a, b) => a + b, 0) / rows.length : Number.POSITIVE_INFINITY;
    };
    const keyed = column.ids.map((id) => ({ id, k: key(id), o: order.get(id)! }));
    // Links with no placed feeder keep the plan's order, after those that have one.
    keyed.sort((a, b) => (a.k === b.k ? a.o - b.o : a.k - b.k));
    column.ids = keyed.map((k) => k.id);
    column.ids.forEach((id, row) => rowOf.set(id, row));
  }

  const rows = Math.max(1, ...columns.map((c) => c.ids.length));
  const innerHeight = rows * NODE_HEIGHT + (rows - 1) * GAP_Y;
  const nodes: PlacedLink[] = [];
  columns.forEach((column, c) => {
    const x = PAD + NODE_WIDTH / 2 + c * (NODE_WIDTH + GAP_X);
    // Shorter columns are centred vertically.
    const offset = (innerHeight - (column.ids.length * NODE_HEIGHT + (column.ids.length - 1) * GAP_Y)) / 2;
    column.ids.forEach((id, row) =>
      nodes.push({ id, column: c, row, x, y: PAD + HEADER + offset + NODE_HEIGHT / 2 + row * (NODE_HEIGHT + GAP_Y) }),
    );
  });
  const width = Math.max(PAD * 2 + columns.length * (NODE_WIDTH + GAP_X) - GAP_X, 320);
  const centre = (c: number) => PAD + NODE_WIDTH / 2 + c * (NODE_WIDTH + GAP_X);
  const stages: StageBand[] = [];
  for (const stage of STAGE_ORDER) {
    const cols = columns.map((col, i) => (col.stage === stage ? i : -1)).filter((i) => i >= 0);
    if (!cols.length) continue;
    const left = Math.max(4, centre(cols[0]!) - NODE_WIDTH / 2 - GAP_X / 2 + 4);
    const right = Math.min(width - 4, centre(cols.at(-1)!) + NODE_WIDTH / 2 + GAP_X / 2 - 4);
    stages.push({ stage, left, right });
  }
  return { nodes, stages, width, height: PAD * 2 + HEADER + innerHeight };
}
