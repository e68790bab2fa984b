import { describe, expect, it } from 'vitest';
import { layoutChain, MAX_ROWS, NODE_HEIGHT, NODE_WIDTH, type LayoutLink } from './layout';

const link = (id: string, stage: LayoutLink['stage'], feeds: string[] = []): LayoutLink => ({ id, stage, feeds });

/** Two placed nodes overlap when their boxes intersect. */
function overlaps(a: { x: number; y: number }, b: { x: number; y: number }) {
  return Math.abs(a.x - b.x) < NODE_WIDTH && Math.abs(a.y - b.y) < NODE_HEIGHT;
}

describe('the chain map layout', () => {
  it('puts upstream links left of midstream, midstream left of downstream', () => {
    const { nodes, stages } = layoutChain([
      link('phone', 'MIDSTREAM'),
      link('chip', 'UPSTREAM', ['phone']),
      link('shop', 'DOWNSTREAM'),
    ]);
    const x = Object.fromEntries(nodes.map((n) => [n.id, n.x]));
    expect(x.chip).toBeLessThan(x.phone!);
    expect(x.phone).toBeLessThan(x.shop!);
    expect(stages.map((s) => s.stage)).toEqual(['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM']);
  });

  it('places a link fed by another of its own stage to the right of it', () => {
    const { nodes } = layoutChain([link('board', 'UPSTREAM'), link('chip', 'UPSTREAM', ['board'])]);
    const x = Object.fromEntries(nodes.map((n) => [n.id, n.x]));
    expect(x.chip).toBeLessThan(x.board!);
  });

  it('survives a cycle of FEEDS', () => {
    const { nodes } = layoutChain([link('a', 'UPSTREAM', ['b']), link('b', 'UPSTREAM', ['a'])]);
    expect(nodes).toHaveLength(2);
  });

  it('orders a column by the rows of the links that feed it, so arrows do not cross', () => {
    const links = [
      link('a', 'UPSTREAM', ['y']),
      link('b', 'UPSTREAM', ['x']),
      link('x', 'MIDSTREAM'),
      link('y', 'MIDSTREAM'),
    ];
    const row = Object.fromEntries(layoutChain(links).nodes.map((n) => [n.id, n.row]));
    expect(row.y).toBe(row.a);
    expect(row.x).toBe(row.b);
  });

  it('keeps a chain of 40 links readable: no overlaps, no column taller than MAX_ROWS, every stage in order', () => {
    const links: LayoutLink[] = [];
    for (let i = 0; i < 16; i++) links.push(link(`u${i}`, 'UPSTREAM', [`m${i % 14}`]));
    for (let i = 0; i < 14; i++) links.push(link(`m${i}`, 'MIDSTREAM', [`d${i % 10}`]));
    for (let i = 0; i < 10; i++) links.push(link(`d${i}`, 'DOWNSTREAM'));
    const { nodes, width, height } = layoutChain(links);
    expect(nodes).toHaveLength(40);
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++)
        expect(overlaps(nodes[i]!, nodes[j]!), `${nodes[i]!.id} / ${nodes[j]!.id}`).toBe(false);
    const perColumn = new Map<number, number>();
    for (const n of nodes) perColumn.set(n.column, (perColumn.get(n.column) ?? 0) + 1);
    expect(Math.max(...perColumn.values())).toBeLessThanOrEqual(MAX_ROWS);
    const maxX = (prefix: string) => Math.max(...nodes.filter((n) => n.id.startsWith(prefix)).map((n) => n.x));
    const minX = (prefix: string) => Math.min(...nodes.filter((n) => n.id.startsWith(prefix)).map((n) => n.x));
    expect(maxX('u')).toBeLessThan(minX('m'));
    expect(maxX('m')).toBeLessThan(minX('d'));
    // Fits an office screen's height, and its width stays within a couple of screens.
    expect(height).toBeLessThan(700);
    expect(width).toBeLessThan(2000);
    for (const n of nodes) {
      expect(n.x + NODE_WIDTH / 2).toBeLessThanOrEqual(width);
      expect(n.y + NODE_HEIGHT / 2).toBeLessThanOrEqual(height);
    }
  });
});
